/**
 * sitemap.xml (an index of one file per year past 50,000 addresses) and robots.txt, listing exactly
 * the pages this build wrote: a page that failed its checks is in neither the site nor the sitemap.
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { robotsTxt, sitemapFiles, type SitemapEntry } from '../../src/app/seo/sitemap.ts';
import type { WorkerResult } from './protocol.ts';

/** The written pages as sitemap entries: site-relative paths, issue pages under their issue's year. */
export function sitemapEntries(written: WorkerResult['written'], base: string): SitemapEntry[] {
  return written
    .map(({ path, lastmod }) => ({
      path: `/${path.slice(base.length)}`,
      ...(lastmod && { lastmod, year: Number(lastmod.slice(0, 4)) }),
    }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export function writeSiteIndexes(distDir: string, written: WorkerResult['written'], origin: string, base: string): string[] {
  // A previous build's split files would linger beside a smaller archive's single sitemap.
  for (const name of readdirSync(distDir)) if (/^sitemap(-[\w-]+)?\.xml$/.test(name)) rmSync(join(distDir, name));
  const files = sitemapFiles(sitemapEntries(written, base), origin, base);
  for (const { file, xml } of files) writeFileSync(join(distDir, file), xml);
  writeFileSync(join(distDir, 'robots.txt'), robotsTxt(origin, base));
  return files.map(({ file }) => file);
}
