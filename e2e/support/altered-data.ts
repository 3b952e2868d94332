/**
 * Altered bytes of the real built data, served with page.route: one changed byte, and a newer deploy
 * (other hashes, the old files gone). Everything else is the real app and the real data.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page, Route } from '@playwright/test';
import { bytesOf, nameHash } from '../../src/schema/content-hash';
import { manifestSchema } from '../../src/schema/manifest';
import { dataPaths } from '../../src/schema/paths';

const distDir = fileURLToPath(new URL(`../../${process.env.DIST_DIR ?? 'dist'}/`, import.meta.url));
const read = (path: string) => readFileSync(distDir + path);

/**
 * One byte changed in the middle: for UTF-8 text, a continuation byte of a multi-byte character,
 * so the text stays valid and parses (only a content check can tell); for binary, any byte.
 */
export function changeOneByte(bytes: Buffer): Buffer {
  const out = Buffer.from(bytes);
  let i = out.length >> 1;
  while (i < out.length && (out[i]! & 0xc0) !== 0x80) i++;
  if (i === out.length) i = out.length >> 1;
  out[i] = (out[i]! & 0xc0) === 0x80 ? 0x80 | ((out[i]! + 1) & 0x3f) : out[i]! ^ 1;
  return out;
}

/**
 * Serves `pattern` with one byte changed while `damaged()` holds, the real bytes afterwards. The
 * n-th damaged response (from 0) is held back `delayMs(n)` ms: a damaged file may arrive while an
 * earlier one's error is already shown.
 */
export async function serveDamaged(page: Page, pattern: string, damaged: () => boolean, delayMs: (n: number) => number = () => 0): Promise<void> {
  let served = 0;
  await page.route(pattern, async (route) => {
    if (!damaged()) return route.fallback();
    const wait = delayMs(served++);
    const response = await route.fetch();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    await route.fulfill({ response, body: changeOneByte(await response.body()) });
  });
}

/**
 * A newer build of the same archive: every issue file and the search index's entry file have other
 * bytes (a trailing newline), so other names, and manifest.json names those; the old names are gone.
 * Served for every request once `deployed()` holds.
 */
export async function serveNewerDeploy(page: Page, deployed: () => boolean): Promise<void> {
  const old = manifestSchema.parse(JSON.parse(read(dataPaths.manifest).toString('utf8')));
  const files = new Map<string, Buffer>();
  const gone = new Set<string>();
  const renew = (oldPath: string, newPath: (hash: string) => string): string => {
    const content = Buffer.concat([read(oldPath), Buffer.from('\n')]);
    const hash = nameHash(new Uint8Array(content));
    files.set(newPath(hash), content);
    gone.add(oldPath);
    return hash;
  };
  const issues = old.issues.map((i) => ({ ...i, hash: renew(dataPaths.issue(i.id, i.hash), (h) => dataPaths.issue(i.id, h)) }));
  const searchHash = renew(dataPaths.named(old.search), (h) => dataPaths.named(old.search.replace(/\.[0-9a-f]+\.json$/, `.${h}.json`)));
  const manifest = { ...old, issues, search: old.search.replace(/\.[0-9a-f]+\.json$/, `.${searchHash}.json`) };
  files.set(dataPaths.manifest, Buffer.from(bytesOf(JSON.stringify(manifest))));
  await page.route('**/data/**', (route: Route) => {
    if (!deployed()) return route.fallback();
    const path = decodeURIComponent(new URL(route.request().url()).pathname).slice(1);
    const body = files.get(path);
    if (body) return route.fulfill({ status: 200, contentType: 'application/json', body });
    if (gone.has(path)) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' });
    return route.fallback();
  });
}
