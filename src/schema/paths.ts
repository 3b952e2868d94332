/**
 * Whether an id (an entity's name, from a URL) can be one file name of ours: not empty, not `.` or
 * `..`, no slash or backslash (a host may decode %2F, and some treat a backslash as a separator), so no id
 * can reach a file outside its own folder.
 */
export const isFileNameId = (id: string): boolean => id !== '' && id !== '.' && id !== '..' && !/[/\\]/.test(id);

/** Files of the generated data, relative to the data folder (public/data/ when built). */
export const dataFiles = {
  manifest: 'manifest.json',
  /** One year's issues with their headlines; the manifest lists these files. */
  manifestYear: (year: number) => `manifest/${year}.json`,
  issue: (issueId: string) => `issues/${issueId}.json`,
  entityList: 'entities/list.json',
  entity: (type: 'person' | 'place', id: string) => `entities/${type}/${id}.json`,
  /** An earlier year of an entity's articles. */
  entityYear: (type: 'person' | 'place', id: string, year: number) => `entities/${type}/${id}/${year}.json`,
} as const;

/** URLs of the generated data, relative to the site root; the app fetches these. */
export const dataPaths = {
  manifest: `data/${dataFiles.manifest}`,
  /** `file` as the manifest names it (manifest/<year>.json, checked by its schema). */
  manifestYear: (file: string) => `data/${file}`,
  issue: (issueId: string) => `data/${dataFiles.issue(issueId)}`,
  entityList: `data/${dataFiles.entityList}`,
  /** Entity ids are Chinese names: percent-encode them in the URL; the file on disk keeps the name. */
  entity: (type: 'person' | 'place', id: string) => `data/entities/${type}/${encodeURIComponent(id)}.json`,
  entityYear: (type: 'person' | 'place', id: string, year: number) => `data/entities/${type}/${encodeURIComponent(id)}/${year}.json`,
} as const;
