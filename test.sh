#!/usr/bin/env bash
# Sets up .venv with the test extras (first run only) and runs the whole test suite.
# Network access is blocked inside the tests (tests/postcheck_socket_guard.py).
set -euo pipefail
cd "$(dirname "$0")"
. ./scripts/venv.sh
ensure_venv "[test,ray,postgres,images]"
exec .venv/bin/python -m pytest -q "$@"
