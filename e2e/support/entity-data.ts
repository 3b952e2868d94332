import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EntityDetail, EntityList } from '../../src/schema/entities';
import { entityDetailSchema, entityListSchema } from '../../src/schema/entities';
import { readManifest } from './archive-data';
import { dataFiles } from '../../src/schema/paths';

// Same source as archive-data.ts: the data the preview server serves from the dist folder.
const dataDir = fileURLToPath(new URL(`../../${process.env.DIST_DIR ?? 'dist'}/data/`, import.meta.url));

function readJson(relativePath: string): unknown {
  const file = dataDir + relativePath;
  if (!existsSync(file)) throw new Error(`${file} is missing: build the data and the app first (npm run build).`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The entity list (entities/list.<hash>.json, as the manifest names it), checked with the app's schema. */
export function readEntityList(): EntityList {
  return entityListSchema.parse(readJson(readManifest().entities));
}

/** One entity's page data, checked with the app's schema. */
export function readEntity(type: 'person' | 'place', id: string): EntityDetail {
  const entry = readEntityList().entities.find((e) => e.type === type && e.id === id);
  if (!entry) throw new Error(`${type} ${id} is not in the built entity list`);
  return entityDetailSchema.parse(readJson(dataFiles.entity(type, id, entry.hash)));
}
