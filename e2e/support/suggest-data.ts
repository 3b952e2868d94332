import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { searchManifestSchema } from '../../src/schema/search-data';
import { suggestFileSchema, type SuggestFile } from '../../src/schema/search-suggest';
import { dataPaths } from '../../src/schema/paths';
import { readManifest } from './archive-data';

const distDir = fileURLToPath(new URL(`../../${process.env.DIST_DIR ?? 'dist'}/`, import.meta.url));
const read = (path: string): unknown => {
  if (!existsSync(distDir + path)) throw new Error(`${distDir + path} is missing: build first (npm run build).`);
  return JSON.parse(readFileSync(distDir + path, 'utf8'));
};

/** The built suggestion file, as the search worker loads it. */
export function readSuggestions(): SuggestFile {
  const search = searchManifestSchema.parse(read(dataPaths.named(readManifest().search)));
  return suggestFileSchema.parse(read(dataPaths.named(search.suggest)));
}
