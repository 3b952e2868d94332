#!/usr/bin/env bash
# The app over N years of synthetic issues (default 10), for the scale e2e tests and measurements:
#   npm run synth (once) → npm run build:data → vite build into dist-<N>y with that data → prerender.
# The seeds and the data are reused when present (the data build is the slow part); the app is
# always rebuilt, so the tests run today's code. Data of another schema or index version is
# rebuilt; SCALE_REBUILD=1 rebuilds it anyway, e.g. after other pipeline changes. Env: SCALE_YEARS, SCALE_SEEDS, SCALE_DATA, DIST_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
years=${SCALE_YEARS:-10}
seeds=${SCALE_SEEDS:-/tmp/synth$years}
data=${SCALE_DATA:-/tmp/data$years}
dist=${DIST_DIR:-dist-${years}y}

if [[ ! -d $seeds ]]; then
  npm run synth --silent -- --years "$years" --out "$seeds"
fi
# Data written under another schema or search index version would be refused by today's app.
current_versions() {
  npx tsx --eval "
    import { readFileSync } from 'node:fs';
    import { SCHEMA_VERSION } from './src/schema/issue.ts';
    import { SEARCH_INDEX_VERSION } from './src/schema/search.ts';
    const entry = JSON.parse(readFileSync(process.argv[1] + '/manifest.json', 'utf8'));
    const m = JSON.parse(readFileSync(process.argv[1] + '/' + entry.search, 'utf8'));
    process.exit(entry.schemaVersion === SCHEMA_VERSION && m.indexVersion === SEARCH_INDEX_VERSION ? 0 : 1);
  " "$data" 2>/dev/null
}
if [[ -n ${SCALE_REBUILD:-} || ! -f $data/manifest.json ]] || ! current_versions; then
  npm run build:data --silent -- --seeds "$seeds" --out "$data"
else
  echo "reusing the data in $data (SCALE_REBUILD=1 to rebuild it)"
fi
DIST_DIR=$dist npx vite build --logLevel warn
# vite copied public/data (the seeds' build); the scale data replaces it. Hard links when the
# file system allows (the 10-year data is hundreds of MB), else a copy.
rm -rf "${dist:?}/data"
cp -al "$data" "$dist/data" 2>/dev/null || cp -r "$data" "$dist/data"
echo "$dist: $(find "$dist/data/issues" -name '*.json' | wc -l) issues"
# The pages as HTML, from that data (incremental: only groups whose inputs changed are rendered).
npx tsx scripts/prerender/index.ts --dist "$dist"
