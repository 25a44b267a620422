#!/usr/bin/env bash
# Builds the Linux one-folder bundle (dist/qalam/) with PyInstaller, then smoke-tests the BUILT
# program (packaging/smoke_test.py). .ci/run calls this after the tests.
#   packaging/build_linux.sh [PYTHON]    PYTHON: the environment the studio is installed in
#                                        (default .venv/bin/python, as made by the README)
set -euo pipefail
cd "$(dirname "$0")/.."
python="${1:-.venv/bin/python}"

# PyInstaller reads shared-library dependencies with objdump (binutils); Debian images have it.
if ! command -v objdump >/dev/null; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get install -y -qq --no-install-recommends binutils >/dev/null
fi

"$python" -m pip install -q -r packaging/requirements.txt
"$python" packaging/stamp_version.py --check

start=$(date +%s)
"$python" -m PyInstaller --noconfirm --clean --log-level WARN packaging/qalam.spec
echo "built dist/qalam in $(($(date +%s) - start)) s: $(du -sh dist/qalam | cut -f1)"

"$python" packaging/smoke_test.py dist/qalam
