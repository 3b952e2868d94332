// The archive built from seeds/, read and validated the way the app reads it: public/data when a
// build is there, else a fresh build into a temporary folder (a clean clone runs the unit tests
// before `npm run build`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issueSchema, type Issue } from '../../../schema/issue.ts';
import { entityDetailSchema, entityListSchema, type EntityDetail, type EntityList } from '../../../schema/entities.ts';
import { manifestSchema, type Manifest } from '../../../schema/manifest.ts';
import { dataFiles } from '../../../schema/paths.ts';

const root = join(import.meta.dirname, '../../../..');

export interface SeedArchive {
  manifest: Manifest;
  issues: Issue[];
  entityList: EntityList;
  entities: EntityDetail[];
}

function dataDir(): string {
  const built = join(root, 'public/data');
  if (existsSync(join(built, dataFiles.manifest))) return built;
  const dir = mkdtempSync(join(tmpdir(), 'seo-data-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const out = join(dir, 'data');
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/pipeline/build-data.ts'), '--seeds', join(root, 'seeds'), '--out', out], {
    encoding: 'utf8',
    cwd: root,
  });
  if (result.status !== 0) throw new Error(`building the seed data failed:\n${result.stderr}`);
  return out;
}

/** Every issue and entity of the seed archive, each checked by its schema. */
export function loadSeedArchive(): SeedArchive {
  const dir = dataDir();
  const json = (file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const manifest = manifestSchema.parse(json(dataFiles.manifest));
  const issues = manifest.issues.map((entry) => issueSchema.parse(json(dataFiles.issue(entry.id, entry.hash))));
  const entityList = entityListSchema.parse(json(manifest.entities));
  const entities = entityList.entities.map((e) => entityDetailSchema.parse(json(dataFiles.entity(e.type, e.id, e.hash))));
  return { manifest, issues, entityList, entities };
}
