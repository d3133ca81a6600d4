#!/usr/bin/env bash
# Part of run.sh: audit the bundled synthetic X archive (a fictional paramedic's account).
# Findings and reports go to postcheck's data folder (POSTCHECK_HOME, or your user data dir).
set -uo pipefail
cd "$(dirname "$0")/.."
echo "== postcheck audit examples/archives/*.zip ==" >&2
.venv/bin/postcheck audit examples/archives/twitter-2024-11-16-paramedic-example.zip
status=$?
if [ "$status" -ge 2 ]; then exit "$status"; fi
echo "Review the findings with: .venv/bin/postcheck review" >&2
exit 0
