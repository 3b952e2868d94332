/**
 * Files of the generated data, relative to the data folder (public/data/ when built). Every file but
 * manifest.json carries its content hash in its name (schema/content-hash.ts), recorded by the file
 * that refers to it: manifest.json names the year volumes, issues, entity list and search manifest;
 * the entity list names each entity's file; an entity's file names its earlier years' files.
 */
import { withHash } from './content-hash.ts';

export type EntityKind = 'person' | 'place';

/**
 * Whether an id (an entity's name, from a URL) can be one file name of ours: not empty, not `.` or
 * `..`, no slash or backslash (a host may decode %2F, and some treat a backslash as a separator), so no id
 * can reach a file outside its own folder.
 */
export const isFileNameId = (id: string): boolean => id !== '' && id !== '.' && id !== '..' && !/[/\\]/.test(id);

export const dataFiles = {
  manifest: 'manifest.json',
  /** One year's issues with their headlines; the manifest lists these files. */
  manifestYear: (year: number, hash: string) => withHash(`manifest/${year}.json`, hash),
  issue: (issueId: string, hash: string) => withHash(`issues/${issueId}.json`, hash),
  entityList: (hash: string) => withHash('entities/list.json', hash),
  entity: (type: EntityKind, id: string, hash: string) => withHash(`entities/${type}/${id}.json`, hash),
  /** An earlier year of an entity's articles. */
  entityYear: (type: EntityKind, id: string, year: number, hash: string) => withHash(`entities/${type}/${id}/${year}.json`, hash),
} as const;

/** URLs of the generated data, relative to the site root; the app fetches these. */
export const dataPaths = {
  manifest: `data/${dataFiles.manifest}`,
  /** A file as manifest.json names it (its years, entity list and search manifest). */
  named: (file: string) => `data/${file}`,
  issue: (issueId: string, hash: string) => `data/${dataFiles.issue(issueId, hash)}`,
  /** Entity ids are Chinese names: percent-encode them in the URL; the file on disk keeps the name. */
  entity: (type: EntityKind, id: string, hash: string) => `data/${dataFiles.entity(type, encodeURIComponent(id), hash)}`,
  entityYear: (type: EntityKind, id: string, year: number, hash: string) =>
    `data/${dataFiles.entityYear(type, encodeURIComponent(id), year, hash)}`,
} as const;
