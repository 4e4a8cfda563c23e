#!/usr/bin/env bash
# The test command of the README. The browser tests need a headless Chromium and fail without one, so this installs
# Debian's where none is on PATH; then it runs every test. Arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")/.."

has_chromium() {
  command -v chromium || command -v chromium-browser || command -v google-chrome || command -v google-chrome-stable
} >/dev/null

if ! has_chromium; then
  if [ "$(id -u)" -eq 0 ]; then
    as_root=""
  elif command -v sudo >/dev/null; then
    as_root=sudo
  else
    echo "tests/run.sh: no Chromium on PATH and no sudo to install it; install Chromium (Debian/Ubuntu: apt-get install chromium) and run again" >&2
    exit 1
  fi
  if ! command -v apt-get >/dev/null; then
    echo "tests/run.sh: no Chromium on PATH and no apt-get to install it; install Chromium or Chrome and run again" >&2
    exit 1
  fi
  echo "tests/run.sh: installing Chromium for the browser tests (apt-get install chromium)" >&2
  $as_root apt-get update -qq
  $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium
  has_chromium || { echo "tests/run.sh: Chromium was installed but is not on PATH" >&2; exit 1; }
fi

dotnet test ReviewGen.sln "$@"
