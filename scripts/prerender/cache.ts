/**
 * The pages of each group as the last build wrote them, kept between builds (vite empties dist/
 * every time): a group whose key is unchanged is linked into the site from here without rendering.
 * Each page's HTML is a file under docs/ (hard-linked into dist/, so an unchanged rebuild writes no
 * page at all); each group's entry, written last and replaced whole (aside, then renamed), lists
 * them, so an interrupted build never leaves an entry naming pages it did not finish.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface CachedGroup {
  key: string;
  /** Each page's address and its file, relative to the site (and to docs/). */
  pages: { path: string; file: string }[];
}

const entryOf = (cacheDir: string, groupId: string) => join(cacheDir, 'groups', ...groupId.split('/').map(encodeURIComponent)) + '.json';
const docOf = (cacheDir: string, file: string) => join(cacheDir, 'docs', file);

function writeAside(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, content);
  renameSync(`${file}.tmp`, file);
}

/** The group's pages if they were written with this key; undefined otherwise (or if unreadable). */
export function readCached(cacheDir: string, groupId: string, key: string): CachedGroup['pages'] | undefined {
  try {
    const entry = JSON.parse(readFileSync(entryOf(cacheDir, groupId), 'utf8')) as CachedGroup;
    if (entry.key !== key || !Array.isArray(entry.pages)) return undefined;
    // A kept page deleted by hand (or a half-cleared cache) renders the group again.
    return entry.pages.every((page) => existsSync(docOf(cacheDir, page.file))) ? entry.pages : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps a page's HTML. */
export function keepDocument(cacheDir: string, file: string, html: string): void {
  writeAside(docOf(cacheDir, file), html);
}

/** Puts a kept page into the site: a hard link, or a copy where the file system cannot link. */
export function placeDocument(cacheDir: string, file: string, distDir: string): void {
  const target = join(distDir, file);
  mkdirSync(dirname(target), { recursive: true });
  try {
    unlinkSync(target);
  } catch {
    // Not there yet.
  }
  try {
    linkSync(docOf(cacheDir, file), target);
  } catch {
    copyFileSync(docOf(cacheDir, file), target);
  }
}

export function writeCached(cacheDir: string, groupId: string, entry: CachedGroup): void {
  writeAside(entryOf(cacheDir, groupId), JSON.stringify(entry));
}
