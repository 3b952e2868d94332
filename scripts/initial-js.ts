/**
 * The JavaScript a first visit needs before the app can render: the entry script(s) index.html
 * loads, its modulepreloads, and every chunk those import statically (followed recursively, in case
 * a preload is ever missing). Dynamic `import()`s are left out: they load on navigation or use;
 * except those of the entry file itself (src/boot.ts), which always starts the app that way.
 * The `/` route is part of the entry (router.tsx imports it statically), so this is what `/` loads.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialFile {
  /** Path under the dist folder, e.g. `assets/index-abc.js`. */
  file: string;
  bytes: number;
  gzipBytes: number;
}

const entryTags = /<script\b[^>]*\btype=["']module["'][^>]*\bsrc=["']([^"']+)["']|<link\b[^>]*\brel=["']modulepreload["'][^>]*\bhref=["']([^"']+)["']/g;
// `from"./x.js"` and side-effect `import"./x.js"`; `import(` (dynamic) never matches: a quote must follow.
const staticImports = /(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g;

/** Files index.html asks for itself, relative to the dist folder; off-site URLs are not ours to count. */
export function entryFiles(html: string, base = '/'): string[] {
  return [...html.matchAll(entryTags)]
    .map((m) => m[1] ?? m[2] ?? '')
    .filter((url) => url.startsWith(base) && !url.startsWith('//'))
    .map((url) => url.slice(base.length));
}

// `import("./x.js")` as Vite writes a dynamic import (inside its preload helper).
const dynamicImports = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;

/** The static import closure of `entries` and of what the entries import dynamically, each file once, in discovery order. */
export function staticClosure(entries: string[], read: (file: string) => string): string[] {
  const started = entries.flatMap((entry) => [...read(entry).matchAll(dynamicImports)].map((m) => posix.join(posix.dirname(entry), m[1]!)));
  entries = [...entries, ...started];
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of read(file).matchAll(staticImports)) visit(posix.join(posix.dirname(file), m[1]!));
  };
  entries.forEach(visit);
  return [...seen];
}

/** Every initial JS file of a built app with its raw and gzipped size. */
export function initialJs(distDir: string, base = '/'): InitialFile[] {
  const read = (file: string) => readFileSync(join(distDir, file), 'utf8');
  return staticClosure(entryFiles(read('index.html'), base), read).map((file) => {
    const content = readFileSync(join(distDir, file));
    return { file, bytes: content.length, gzipBytes: gzipSync(content).length };
  });
}
