import { beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../config/paths';
import { loadSeedArchive, type SeedArchive } from './testing/seed-data';
import { SITEMAP_MAX_URLS, issueSitemapEntries, robotsTxt, siteSitemapEntries, sitemapFiles, type SitemapEntry } from './sitemap';

const ORIGIN = 'https://archive.example.org';
const XMLNS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/**
 * A small well-formedness check for the XML we write: one declaration, one root element with the
 * sitemap namespace, elements properly nested and closed, no other attributes, text with only the five
 * predefined entities and no raw `<`, `>` or `&`. Returns the root's name and, for each child, its
 * <loc> and <lastmod>. Throws on the first fault (plain checks: it reads 120,000 addresses).
 */
function readXml(xml: string): { root: string; items: { loc: string; lastmod?: string }[] } {
  const DECL = '<?xml version="1.0" encoding="UTF-8"?>\n';
  const fail = (why: string): never => {
    throw new Error(`not well-formed: ${why}`);
  };
  if (!xml.startsWith(DECL)) fail('no XML declaration first');
  const stack: string[] = [];
  const items: { loc: string; lastmod?: string }[] = [];
  let root = '';
  let current: { loc: string; lastmod?: string } = { loc: '' };
  let text = '';
  for (const token of xml.slice(DECL.length).match(/<[^>]*>|[^<]+/g) ?? []) {
    if (!token.startsWith('<')) {
      const bare = token.replace(/&(amp|lt|gt|quot|apos);/g, '');
      if (/[&<>]/.test(bare)) fail(`raw markup character in text ${JSON.stringify(token)}`);
      if (stack.length < 2 && token.trim()) fail(`text outside an item: ${JSON.stringify(token)}`);
      text += token.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!);
      continue;
    }
    const close = /^<\/([a-z]+)>$/i.exec(token);
    const open = /^<([a-z]+)(?: xmlns="([^"]*)")?>$/i.exec(token);
    if (close) {
      if (stack.pop() !== close[1]) fail(`</${close[1]}> closes nothing open`);
      if (close[1] === 'loc') current.loc = text;
      if (close[1] === 'lastmod') current.lastmod = text;
      if (stack.length === 1) items.push(current);
    } else if (open) {
      if (stack.length === 0) {
        if (root) fail('a second root element');
        if (open[2] !== XMLNS) fail(`root namespace ${open[2]}`);
        root = open[1]!;
      } else if (open[2] !== undefined) fail(`attribute on <${open[1]}>`);
      if (stack.length === 1) current = { loc: '' };
      stack.push(open[1]!);
    } else fail(`not a tag we write: ${token}`);
    text = '';
  }
  if (stack.length) fail(`unclosed ${stack.join(' > ')}`);
  return { root, items };
}

let archive: SeedArchive;
beforeAll(() => {
  archive = loadSeedArchive();
}, 60_000);

describe('sitemapFiles', () => {
  it('the seed archive: one sitemap.xml with every page, each once, absolute', () => {
    const entries = [...siteSitemapEntries(archive.entityList.entities), ...archive.issues.flatMap(issueSitemapEntries)];
    const files = sitemapFiles(entries, ORIGIN);
    expect(files.map((f) => f.file)).toEqual(['sitemap.xml']);
    const { root, items } = readXml(files[0]!.xml);
    expect(root).toBe('urlset');
    expect(items.map((i) => i.loc)).toEqual(entries.map((e) => `${ORIGIN}${e.path}`));
    const someArticle = archive.issues[0]!.articles[0]!;
    expect(items.map((i) => i.loc)).toContain(`${ORIGIN}${paths.article.href(archive.issues[0]!.id, someArticle.id)}`);
    const entity = archive.entityList.entities[0]!;
    expect(items.map((i) => i.loc)).toContain(`${ORIGIN}${entity.type === 'person' ? paths.person.href(entity.id) : paths.place.href(entity.id)}`);
  });

  it('escapes what XML reserves, and writes lastmod when known', () => {
    const files = sitemapFiles([{ path: '/search?q=a&b=<c>', lastmod: '2020-11-05' }, { path: "/people/o'neil\"" }], ORIGIN, '/sub/');
    expect(files[0]!.xml).toContain('&amp;');
    const { items } = readXml(files[0]!.xml);
    expect(items).toEqual([
      { loc: `${ORIGIN}/sub/search?q=a&b=%3Cc%3E`, lastmod: '2020-11-05' },
      { loc: `${ORIGIN}/sub/people/o'neil%22` },
    ]);
  });

  it('exactly 50,000 addresses fit in one file; one more makes an index', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i): SitemapEntry => ({ path: `/p/${i}`, year: 2020 }));
    expect(sitemapFiles(many(SITEMAP_MAX_URLS), ORIGIN).map((f) => f.file)).toEqual(['sitemap.xml']);
    expect(sitemapFiles(many(SITEMAP_MAX_URLS + 1), ORIGIN).map((f) => f.file)).toEqual(['sitemap.xml', 'sitemap-2020-1.xml', 'sitemap-2020-2.xml']);
  });

  it('120,000 addresses: an index of one file per year, a year over the limit in parts, yearless pages apart', () => {
    const entries: SitemapEntry[] = [];
    // 2018 alone exceeds the limit; the other years share the rest; 5,000 pages have no year.
    for (let i = 0; i < 60_000; i += 1) entries.push({ path: `/issues/2018/articles/${i}`, year: 2018, lastmod: `2018-${String((i % 12) + 1).padStart(2, '0')}-01` });
    for (let i = 0; i < 55_000; i += 1) {
      const year = [2016, 2017, 2019, 2020, 2021][i % 5]!;
      entries.push({ path: `/issues/${year}-x/articles/${i}`, year });
    }
    for (let i = 0; i < 5_000; i += 1) entries.push({ path: `/people/${encodeURIComponent(`某人${i}`)}` });
    expect(entries).toHaveLength(120_000);

    const files = sitemapFiles(entries, ORIGIN);
    expect(files.map((f) => f.file)).toEqual([
      'sitemap.xml',
      'sitemap-2021.xml',
      'sitemap-2020.xml',
      'sitemap-2019.xml',
      'sitemap-2018-1.xml',
      'sitemap-2018-2.xml',
      'sitemap-2017.xml',
      'sitemap-2016.xml',
      'sitemap-other.xml',
    ]);
    const index = readXml(files[0]!.xml);
    expect(index.root).toBe('sitemapindex');
    expect(index.items.map((i) => i.loc)).toEqual(files.slice(1).map((f) => `${ORIGIN}/${f.file}`));
    expect(index.items.find((i) => i.loc.endsWith('sitemap-2018-1.xml'))!.lastmod).toBe('2018-12-01');
    expect(index.items.find((i) => i.loc.endsWith('sitemap-2017.xml'))!.lastmod).toBeUndefined();

    const locs: string[] = [];
    for (const file of files.slice(1)) {
      const { root, items } = readXml(file.xml);
      expect(root).toBe('urlset');
      expect(items.length).toBeGreaterThan(0);
      expect(items.length).toBeLessThanOrEqual(SITEMAP_MAX_URLS);
      const year = /sitemap-(\d{4})/.exec(file.file)?.[1];
      const misplaced = items.filter((item) => !item.loc.includes(year ? `/issues/${year}` : '/people/'));
      expect(misplaced, file.file).toEqual([]);
      locs.push(...items.map((i) => i.loc));
    }
    expect(locs.sort()).toEqual(entries.map((e) => `${ORIGIN}${e.path}`).sort());
    // The protocol also caps a file at 50 MB uncompressed.
    for (const file of files) expect(Buffer.byteLength(file.xml)).toBeLessThan(50 * 1024 * 1024);
  });

  it('refuses bad entries, naming them', () => {
    expect(() => sitemapFiles([{ path: '/a' }, { path: '/a' }], ORIGIN)).toThrow('"/a" is listed twice');
    expect(() => sitemapFiles([{ path: '/a', lastmod: '5 Nov 2020' }], ORIGIN)).toThrow(/lastmod "5 Nov 2020" of \/a/);
    expect(() => sitemapFiles([{ path: 'a' }], ORIGIN)).toThrow(/"a" is not a site-relative path/);
    expect(() => sitemapFiles([{ path: '/a', year: 20.5 }], ORIGIN)).toThrow(/year 20.5 of \/a/);
  });

  it('the checker itself catches what it is for', () => {
    const ok = sitemapFiles([{ path: '/a' }], ORIGIN)[0]!.xml;
    expect(() => readXml(ok.replace('</loc>', ''))).toThrow(/not well-formed/);
    expect(() => readXml(ok.replace('/a<', '/a&b<'))).toThrow(/raw markup/);
    expect(() => readXml(ok.replace('</urlset>', '</urlset><urlset xmlns="x"></urlset>'))).toThrow(/second root|namespace/);
  });

  it('an empty archive still gets a valid, empty sitemap', () => {
    const { root, items } = readXml(sitemapFiles([], ORIGIN)[0]!.xml);
    expect([root, items]).toEqual(['urlset', []]);
  });
});

describe('robotsTxt', () => {
  it('allows every crawler everywhere and names the sitemap', () => {
    expect(robotsTxt(ORIGIN)).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${ORIGIN}/sitemap.xml\n`);
    expect(robotsTxt(`${ORIGIN}/`, '/zzrb/')).toContain(`Sitemap: ${ORIGIN}/zzrb/sitemap.xml\n`);
  });
});
