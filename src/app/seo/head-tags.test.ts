import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../config/paths';
import { loadSeedArchive, type SeedArchive } from './testing/seed-data';
import { articleMeta, entityMeta, homeMeta, type PageMeta } from './page-meta';
import { absoluteJsonLd, headTags, injectHead, scriptSafeJson } from './head-tags';
import { siteUrl } from './site-url';

const ORIGIN = 'https://archive.example.org';

/** One head element per line, read back: the shapes headTags may write, nothing else. */
type Parsed = { title?: string; meta: Map<string, string[]>; canonical?: string; jsonLd: string[] };
const SHAPES = {
  title: /^<title>([^<>]*)<\/title>$/,
  meta: /^<meta (name|property)="([a-z:_]+)" content="([^"<>]*)">$/,
  canonical: /^<link rel="canonical" href="([^"<>]*)">$/,
  jsonLd: /^<script type="application\/ld\+json">([^<]*)<\/script>$/,
};
const unescape = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!);

function parseHead(html: string): Parsed {
  const parsed: Parsed = { meta: new Map(), jsonLd: [] };
  for (const line of html.split('\n')) {
    // A raw & must start one of the entities we write.
    expect(line.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
    let m: RegExpExecArray | null;
    if ((m = SHAPES.title.exec(line))) parsed.title = unescape(m[1]!);
    else if ((m = SHAPES.meta.exec(line))) parsed.meta.set(m[2]!, [...(parsed.meta.get(m[2]!) ?? []), unescape(m[3]!)]);
    else if ((m = SHAPES.canonical.exec(line))) parsed.canonical = unescape(m[1]!);
    else if ((m = SHAPES.jsonLd.exec(line))) parsed.jsonLd.push(m[1]!);
    else throw new Error(`unexpected head line: ${line}`);
  }
  return parsed;
}

let archive: SeedArchive;
beforeAll(() => {
  archive = loadSeedArchive();
}, 60_000);

describe('headTags', () => {
  it('an article: title, description, canonical, Open Graph, published time, JSON-LD that parses back', () => {
    const issue = archive.issues.find((i) => i.articles.some((a) => a.byline.length > 0))!;
    const article = issue.articles.find((a) => a.byline.length > 0)!;
    const meta = articleMeta(issue, article);
    const head = parseHead(headTags(meta, ORIGIN));
    const url = `${ORIGIN}${paths.article.href(issue.id, article.id)}`;
    expect(head.title).toBe(meta.title);
    expect(head.meta.get('description')).toEqual([meta.description]);
    expect(head.canonical).toBe(url);
    expect(head.meta.get('og:url')).toEqual([url]);
    expect(head.meta.get('og:title')).toEqual([meta.title]);
    expect(head.meta.get('og:description')).toEqual([meta.description]);
    expect(head.meta.get('og:type')).toEqual(['article']);
    expect(head.meta.get('og:locale')).toEqual(['zh_CN']);
    expect(head.meta.get('og:site_name')?.[0]).toBeTruthy();
    expect(head.meta.get('article:published_time')).toEqual([issue.date]);
    expect(head.meta.get('twitter:card')).toEqual(['summary']);
    expect(head.jsonLd).toHaveLength(1);
    const ld = JSON.parse(head.jsonLd[0]!) as Record<string, any>;
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld.headline).toBe(article.title);
    expect(ld.url).toBe(url);
    expect(ld.isPartOf.url).toBe(`${ORIGIN}${paths.issue.href(issue.id)}`);
    expect(ld).toEqual(absoluteJsonLd(meta, ORIGIN));
  });

  it('addresses: Chinese ids percent-encoded as paths.ts does, under the base path', () => {
    const place = archive.entities.find((e) => e.type === 'place' && /\p{Script=Han}/u.test(e.id))!;
    const head = parseHead(headTags(entityMeta(place), `${ORIGIN}/`, '/zzrb/'));
    expect(head.canonical).toBe(`${ORIGIN}/zzrb${paths.place.href(place.id)}`);
    expect(head.canonical).not.toMatch(/[^\x21-\x7e]/);
    expect(siteUrl(`/places/${place.id}`, ORIGIN, 'zzrb')).toBe(head.canonical);
    const ld = JSON.parse(head.jsonLd[0]!) as Record<string, any>;
    expect(ld.url).toBe(head.canonical);
    // Only pages of articles carry a publication time.
    expect(head.meta.has('article:published_time')).toBe(false);
  });

  it('the front door: WebSite with a search address template, braces kept', () => {
    const head = parseHead(headTags(homeMeta(archive.issues[0]), ORIGIN));
    const ld = JSON.parse(head.jsonLd[0]!) as Record<string, any>;
    expect(ld['@type']).toBe('WebSite');
    expect(ld.potentialAction.target.urlTemplate).toBe(`${ORIGIN}/search?q={search_term_string}`);
    expect(head.canonical).toBe(`${ORIGIN}/`);
  });

  it('hostile text stays text: no element can be closed or opened from the data', () => {
    const hostile = `</script><script>alert("x")</script> <!-- & 'q' \u2028\u2029 𠮷`;
    const meta: PageMeta = {
      title: hostile,
      description: `"${hostile}"`,
      path: `/people/${encodeURIComponent(hostile)}`,
      ogType: 'profile',
      jsonLd: { '@type': 'Person', name: hostile, url: `/people/${encodeURIComponent(hostile)}`, nested: [{ note: '</SCRIPT >' }] },
    };
    const html = headTags(meta, ORIGIN);
    expect(html.match(/<script/gi)).toHaveLength(1);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html).not.toContain('<!--');
    // Harmless in HTML text, but old JavaScript parsers end a line there: not raw inside the script.
    expect(html.split('\n').at(-1)).not.toMatch(/[\u2028\u2029]/);
    const head = parseHead(html);
    expect(head.title).toBe(hostile);
    expect(head.meta.get('description')).toEqual([`"${hostile}"`]);
    const ld = JSON.parse(head.jsonLd[0]!) as Record<string, any>;
    expect(ld.name).toBe(hostile);
    expect(ld.nested[0].note).toBe('</SCRIPT >');
    expect(ld.url).toBe(`${ORIGIN}/people/${encodeURIComponent(hostile)}`);
  });

  it('scriptSafeJson reads back as the same value', () => {
    const value = { a: '<>&\u2028\u2029"\\', b: [1, null, true] };
    expect(JSON.parse(scriptSafeJson(value))).toEqual(value);
    expect(scriptSafeJson(value)).not.toMatch(/[<>&\u2028\u2029]/);
  });

  it('a page without JSON-LD writes no script', () => {
    const html = headTags({ title: 't', description: 'd', path: '/', ogType: 'website' }, ORIGIN);
    expect(html).not.toContain('<script');
  });
});

describe('siteUrl', () => {
  it('joins origin, base and path whatever their slashes', () => {
    expect(siteUrl('/issues', 'https://a.org/', '/')).toBe('https://a.org/issues');
    expect(siteUrl('/', 'https://a.org', '/sub/')).toBe('https://a.org/sub/');
    expect(siteUrl('/issues', 'https://a.org', 'sub')).toBe('https://a.org/sub/issues');
  });

  it('encodes a raw Chinese path exactly as paths.ts hrefs do, and leaves an encoded one alone', () => {
    expect(siteUrl('/people/毛 腾飞', 'https://a.org')).toBe(`https://a.org${paths.person.href('毛 腾飞')}`);
    expect(siteUrl(paths.person.href('𠮷𡈽'), 'https://a.org')).toBe(`https://a.org${paths.person.href('𠮷𡈽')}`);
  });

  it('refuses a path that is not site-relative', () => {
    expect(() => siteUrl('issues', 'https://a.org')).toThrow(/starts with "\/"/);
  });
});

describe('injectHead', () => {
  const template = readFileSync(join(import.meta.dirname, '../../../index.html'), 'utf8');

  it("puts the page's head in place of index.html's own title and description, leaving the rest", () => {
    const issue = archive.issues[0]!;
    const tags = headTags(articleMeta(issue, issue.articles[0]!), ORIGIN);
    const page = injectHead(template, tags);
    expect(page.match(/<title>/g)).toHaveLength(1);
    expect(page.match(/<meta name="description"/g)).toHaveLength(1);
    expect(page).toContain(tags);
    // Every other line of the template is still there, in order.
    const own = new Set(tags.split('\n'));
    const templateRest = template.split('\n').filter((line) => !/<title>|<meta name="description"/.test(line));
    expect(page.split('\n').filter((line) => !own.has(line.trim()))).toEqual(templateRest);
    expect(page.indexOf('<meta charset')).toBeLessThan(page.indexOf('<title>'));
  });

  it('refuses a template without a title', () => {
    expect(() => injectHead('<html><head></head></html>', '<title>x</title>')).toThrow(/no <title>/);
  });
});
