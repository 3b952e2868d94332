/**
 * Walks a built data folder from manifest.json along every recorded name, checking each file's
 * bytes against the hash in its name: what the app will fetch, and whether it would accept it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { hashInName, nameHash } from '../src/schema/content-hash.ts';
import { entityDetailSchema, entityListSchema } from '../src/schema/entities.ts';
import { manifestSchema } from '../src/schema/manifest.ts';
import { dataFiles } from '../src/schema/paths.ts';
import { searchFiles, searchManifestSchema } from '../src/schema/search-data.ts';

const allFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)));

export function linkedFiles(out: string): { reached: Set<string>; written: string[]; damaged: string[] } {
  const reached = new Set<string>();
  const damaged: string[] = [];
  const read = (path: string) => {
    const bytes = readFileSync(join(out, path));
    reached.add(path);
    if (hashInName(path) !== nameHash(new Uint8Array(bytes))) damaged.push(path);
    return bytes;
  };
  const json = (path: string) => JSON.parse(read(path).toString('utf8')) as unknown;
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(out, dataFiles.manifest), 'utf8')));
  manifest.issues.forEach((i) => read(dataFiles.issue(i.id, i.hash)));
  manifest.years.forEach((y) => read(y.file));
  for (const e of entityListSchema.parse(json(manifest.entities)).entities) {
    const detail = entityDetailSchema.parse(json(dataFiles.entity(e.type, e.id, e.hash)));
    detail.earlierYears.forEach((y) => read(dataFiles.entityYear(e.type, e.id, y.year, y.hash)));
  }
  const search = searchManifestSchema.parse(json(manifest.search));
  read(search.docs);
  read(search.table);
  read(search.refs);
  read(search.suggest);
  search.chunks.forEach(([, , hash], n) => read(searchFiles.chunk(n, hash)));
  return { reached, written: allFiles(out), damaged };
}
