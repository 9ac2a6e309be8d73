#!/usr/bin/env bash
# Installs the system packages Debrief builds against, when they are missing.
set -euo pipefail
if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libcmark-gfm \
   && [ -e /usr/include/cmark-gfm-core-extensions.h ]; then
  exit 0
fi
packages="libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config"
if ! command -v apt-get >/dev/null 2>&1; then
  echo "error: libcmark-gfm (with its extensions) and pkg-config are needed; install $packages with your package manager" >&2
  exit 1
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "installing $packages" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $packages >/dev/null
