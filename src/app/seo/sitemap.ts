// sitemap.xml and robots.txt for the prerendered site (sitemaps.org protocol 0.9). One file holds at
// most 50,000 addresses; a bigger archive gets a sitemap index with one file per year, so a new day
// changes only its year's file and the index.
import type { Issue } from '../../schema/issue';
import { entityHref, paths } from '../../config/paths';
import { siteUrl } from './site-url';

export interface SitemapEntry {
  /** Site-relative route path as paths.ts hrefs produce it. */
  path: string;
  /** W3C date (YYYY-MM-DD, or a full date-time with zone) the page last changed, when known. */
  lastmod?: string;
  /** The year the page belongs to (an issue's and its articles'); none for lists and entity pages. */
  year?: number;
}

export interface SitemapFile {
  file: string;
  xml: string;
}

/** The protocol's limit of addresses per file. */
export const SITEMAP_MAX_URLS = 50_000;
export const SITEMAP_FILE = 'sitemap.xml';

const XMLNS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const W3C_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;
const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch]!);

/** Throws, naming the entry, on what would make an invalid sitemap (or two entries for one page). */
function checkEntries(entries: readonly SitemapEntry[]): void {
  const seen = new Set<string>();
  for (const entry of entries) {
    if (!entry.path.startsWith('/')) throw new Error(`sitemap: "${entry.path}" is not a site-relative path (it must start with /)`);
    if (seen.has(entry.path)) throw new Error(`sitemap: "${entry.path}" is listed twice`);
    seen.add(entry.path);
    if (entry.lastmod !== undefined && !W3C_DATE.test(entry.lastmod)) {
      throw new Error(`sitemap: lastmod "${entry.lastmod}" of ${entry.path} is not a W3C date (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ)`);
    }
    if (entry.year !== undefined && !(Number.isInteger(entry.year) && entry.year > 0 && entry.year < 10_000)) {
      throw new Error(`sitemap: year ${entry.year} of ${entry.path} is not a year`);
    }
  }
}

const document = (root: string, items: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="${XMLNS}">\n${items.join('\n')}${items.length ? '\n' : ''}</${root}>\n`;

const lastmodTag = (lastmod: string | undefined) => (lastmod ? `<lastmod>${escapeXml(lastmod)}</lastmod>` : '');

function urlset(entries: readonly SitemapEntry[], origin: string, base: string): string {
  return document(
    'urlset',
    entries.map((e) => `<url><loc>${escapeXml(siteUrl(e.path, origin, base))}</loc>${lastmodTag(e.lastmod)}</url>`),
  );
}

/** The latest lastmod of a group (dates and date-times of one build compare as text), if any has one. */
function latest(entries: readonly SitemapEntry[]): string | undefined {
  return entries.reduce<string | undefined>((max, e) => (e.lastmod && (!max || e.lastmod > max) ? e.lastmod : max), undefined);
}

/** Entries by file name: sitemap-<year>.xml, newest year first, then sitemap-other.xml; a year over the limit in parts -1, -2… */
function groupByYear(entries: readonly SitemapEntry[]): [string, SitemapEntry[]][] {
  const byYear = new Map<number | undefined, SitemapEntry[]>();
  for (const entry of entries) {
    let group = byYear.get(entry.year);
    if (!group) byYear.set(entry.year, (group = []));
    group.push(entry);
  }
  // Newest year first, the pages of no year last.
  const order = (year: number | undefined) => (year === undefined ? Infinity : -year);
  const years = [...byYear.keys()].sort((a, b) => order(a) - order(b));
  return years.flatMap((year) => {
    const group = byYear.get(year)!;
    const key = year ?? 'other';
    if (group.length <= SITEMAP_MAX_URLS) return [[`sitemap-${key}.xml`, group] as [string, SitemapEntry[]]];
    const parts: [string, SitemapEntry[]][] = [];
    for (let i = 0; i < group.length; i += SITEMAP_MAX_URLS) parts.push([`sitemap-${key}-${parts.length + 1}.xml`, group.slice(i, i + SITEMAP_MAX_URLS)]);
    return parts;
  });
}

/**
 * The sitemap files for `entries`, in the order given within each file: `sitemap.xml` alone up to
 * 50,000 addresses; above that `sitemap.xml` is an index of one file per year (entries without a
 * year in `sitemap-other.xml`). Throws on a bad entry, naming it.
 */
export function sitemapFiles(entries: readonly SitemapEntry[], origin: string, base = '/'): SitemapFile[] {
  checkEntries(entries);
  if (entries.length <= SITEMAP_MAX_URLS) return [{ file: SITEMAP_FILE, xml: urlset(entries, origin, base) }];
  const files = groupByYear(entries).map(([file, group]) => ({ file, xml: urlset(group, origin, base), lastmod: latest(group) }));
  const index = document(
    'sitemapindex',
    files.map((f) => `<sitemap><loc>${escapeXml(siteUrl(`/${f.file}`, origin, base))}</loc>${lastmodTag(f.lastmod)}</sitemap>`),
  );
  return [{ file: SITEMAP_FILE, xml: index }, ...files.map(({ file, xml }) => ({ file, xml }))];
}

/** robots.txt: every page may be crawled; where the sitemap is. */
export function robotsTxt(origin: string, base = '/'): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl(`/${SITEMAP_FILE}`, origin, base)}\n`;
}

/** An issue's front page and its articles, under the issue's year. */
export function issueSitemapEntries(issue: Pick<Issue, 'id' | 'date' | 'articles'>): SitemapEntry[] {
  const year = Number(issue.date.slice(0, 4));
  return [
    { path: paths.issue.href(issue.id), year },
    ...issue.articles.map((article) => ({ path: paths.article.href(issue.id, article.id), year })),
  ];
}

/** The pages that belong to no year: the front door, the archive, the lists and every person and place. */
export function siteSitemapEntries(entities: readonly { type: 'person' | 'place'; id: string }[]): SitemapEntry[] {
  return [
    { path: paths.home.href() },
    { path: paths.archive.href() },
    { path: paths.people.href() },
    { path: paths.places.href() },
    ...entities.map((entity) => ({ path: entityHref(entity.type, entity.id) })),
  ];
}
