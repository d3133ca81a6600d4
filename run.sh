#!/usr/bin/env bash
# postcheck's main job on the bundled sample data. First run: creates .venv and installs
# postcheck into it (needs only Python 3.11+ and access to PyPI). Then checks the sample
# posts in examples/posts.jsonl and prints every finding with its fix.
# Extra arguments go to `postcheck check`, e.g.  ./run.sh --format json
set -euo pipefail
cd "$(dirname "$0")"
. ./scripts/venv.sh
ensure_venv ""
echo "== postcheck check --jsonl examples/posts.jsonl ==" >&2
set +e
.venv/bin/postcheck check --jsonl examples/posts.jsonl --color "${POSTCHECK_COLOR:-auto}" "$@"
status=$?
set -e
# exit code 1 only means "findings" (the sample posts are meant to have some)
if [ "$status" -ge 2 ]; then exit "$status"; fi
echo "== postcheck check --image examples/photos/night-shift.jpg (metadata; add postcheck[images] for text and faces) ==" >&2
set +e
.venv/bin/postcheck check "Quiet night shift, home soon" --image examples/photos/night-shift.jpg --color "${POSTCHECK_COLOR:-auto}"
status=$?
set -e
if [ "$status" -ge 2 ]; then exit "$status"; fi
if [ -f ./scripts/run-audit.sh ]; then ./scripts/run-audit.sh; fi
echo "Done. Try your own draft:  .venv/bin/postcheck check \"your post\" --explain" >&2
