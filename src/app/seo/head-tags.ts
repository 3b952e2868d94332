// The <head> of a prerendered page as HTML text: title, description, canonical link, Open Graph,
// and the JSON-LD. The prerender script puts it in place of index.html's own <title> and description.
import { SITE_NAME } from '../../lib/use-document-title';
import type { PageMeta } from './page-meta';
import { SITE_RELATIVE_KEYS } from './json-ld';
import { siteUrl } from './site-url';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in an element's content and in a double- or single-quoted attribute. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);

/**
 * JSON that cannot end or confuse the script element it sits in: `<` (so no `</script>` or `<!--`),
 * `>` and `&` as \u escapes, which JSON.parse reads back as the same characters, and U+2028/2029,
 * which older JavaScript parsers take for line ends.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A copy of `value` with every site-relative address (SITE_RELATIVE_KEYS, starting with /) made absolute. */
function absoluteAddresses(value: unknown, toUrl: (path: string) => string, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => absoluteAddresses(item, toUrl, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, absoluteAddresses(v, toUrl, k)]));
  }
  return typeof value === 'string' && SITE_RELATIVE_KEYS.has(key) && value.startsWith('/') ? toUrl(value) : value;
}

/** The page's JSON-LD with absolute addresses, as it goes into the page (exported for the tests and the lead's checks). */
export function absoluteJsonLd(meta: PageMeta, origin: string, base = '/'): Record<string, unknown> | undefined {
  return meta.jsonLd && (absoluteAddresses(meta.jsonLd, (path) => siteUrl(path, origin, base)) as Record<string, unknown>);
}

const metaName = (name: string, content: string) => `<meta name="${name}" content="${escapeHtml(content)}">`;
const metaProperty = (property: string, content: string) => `<meta property="${property}" content="${escapeHtml(content)}">`;

/** The page's head elements, one per line, every value escaped; `base` is Vite's base path. */
export function headTags(meta: PageMeta, origin: string, base = '/'): string {
  const url = siteUrl(meta.path, origin, base);
  const jsonLd = absoluteJsonLd(meta, origin, base);
  return [
    `<title>${escapeHtml(meta.title)}</title>`,
    metaName('description', meta.description),
    `<link rel="canonical" href="${escapeHtml(url)}">`,
    metaProperty('og:title', meta.title),
    metaProperty('og:description', meta.description),
    metaProperty('og:url', url),
    metaProperty('og:type', meta.ogType),
    metaProperty('og:site_name', SITE_NAME),
    metaProperty('og:locale', 'zh_CN'),
    ...(meta.publishedTime && meta.ogType === 'article' ? [metaProperty('article:published_time', meta.publishedTime)] : []),
    metaName('twitter:card', 'summary'),
    ...(jsonLd ? [`<script type="application/ld+json">${scriptSafeJson(jsonLd)}</script>`] : []),
  ].join('\n');
}

/**
 * `template` (the built index.html) with its own <title> and <meta name="description"> replaced by
 * `tags` (from headTags), where the title was: one title and one description per page, the one the
 * app's usePageDescription then finds. Throws when the template has no <title> to replace.
 */
export function injectHead(template: string, tags: string): string {
  const title = /<title>[\s\S]*?<\/title>/i;
  if (!title.test(template)) throw new Error('injectHead: the page template has no <title> to replace');
  return template
    .replace(/[ \t]*<meta\s+name=["']description["'][^>]*>\n?/gi, '')
    .replace(title, () => tags);
}
