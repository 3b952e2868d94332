/**
 * The rendered pages of each group, kept between builds (vite empties dist/ every time): a group
 * whose key has not changed is written from here without rendering. One JSON file per group,
 * replaced whole (written aside, then renamed), so an interrupted build never leaves half an entry.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PageParts } from './document.ts';

export interface CachedGroup {
  key: string;
  pages: PageParts[];
}

const fileOf = (cacheDir: string, groupId: string) => join(cacheDir, ...groupId.split('/').map(encodeURIComponent)) + '.json';

/** The group's pages if they were rendered with this key; undefined otherwise (or if unreadable). */
export function readCached(cacheDir: string, groupId: string, key: string): PageParts[] | undefined {
  try {
    const entry = JSON.parse(readFileSync(fileOf(cacheDir, groupId), 'utf8')) as CachedGroup;
    return entry.key === key && Array.isArray(entry.pages) ? entry.pages : undefined;
  } catch {
    return undefined;
  }
}

export function writeCached(cacheDir: string, groupId: string, entry: CachedGroup): void {
  const file = fileOf(cacheDir, groupId);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(entry));
  renameSync(`${file}.tmp`, file);
}
