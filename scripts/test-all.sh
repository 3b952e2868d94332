#!/usr/bin/env bash
# The whole test suite: typecheck, lint, unit tests, data + app build, the initial-JS budget,
# e2e in headless Chromium.
# Every step runs even if an earlier one failed, so one run shows every problem; the exit status
# is non-zero if any step failed. The last line is "N passed, N failed" summed from the reports.
set -u
cd "$(dirname "$0")/.."
rm -rf reports && mkdir -p reports
failed_steps=()

step() {
  local name=$1; shift
  echo "::: $name"
  if ! "$@"; then failed_steps+=("$name"); fi
}

step typecheck npx tsc -b  # both programs: tsconfig.app.json (browser) and tsconfig.node.json
step lint npx oxlint --deny-warnings src e2e scripts tests
step unit npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json
step build npm run build --silent
if [[ " ${failed_steps[*]} " == *" build "* ]]; then
  echo "e2e skipped: the build failed" >&2
else
  step initial-js npx tsx scripts/bench-reader.ts
  step e2e npx playwright test
fi

node scripts/summarize-reports.mjs "${failed_steps[@]}"
