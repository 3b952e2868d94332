#!/usr/bin/env bash
# Installs the locked dependencies when a fresh clone has none yet, so `npm start` and `npm test`
# are the only commands a new machine needs.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x node_modules/.bin/vite ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing dependencies (npm ci)…"
  npm ci --no-audit --no-fund
fi
