#!/usr/bin/env bash
# Sets up pyvm on a fresh Debian machine with Node.js 20: the Debian packages that the
# chart library's native canvas needs (only when missing), the npm dependencies, and the
# compiled JavaScript in dist/. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES="build-essential pkg-config libcairo2-dev libpango1.0-dev libjpeg-dev libgif-dev librsvg2-dev fontconfig fonts-dejavu-core"
missing=""
for p in $APT_PACKAGES; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "setup: installing Debian packages:$missing"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm packages"
  JOBS=max npm ci --no-audit --no-fund --loglevel=error
fi

echo "setup: compiling TypeScript"
npx tsc -p tsconfig.json
