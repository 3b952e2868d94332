import type { CitationSource } from './source';

/** A CSL-JSON item, the exchange format citation-js and Zotero read (only the fields we fill). */
export type CslItem = {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title': string;
  publisher: string;
  issued: { 'date-parts': [[number, number, number]] };
  author?: { literal: string }[];
  section?: string;
  page?: string;
  URL: string;
  language: 'zh-CN';
};

/**
 * The source as CSL-JSON. Chinese names go in `literal`: splitting 陈正明 into family and given
 * name would make reference managers print 正明 陈 or invert it in Western styles.
 */
export function toCsl(source: CitationSource): CslItem {
  const [year, month, day] = source.date.split('-').map(Number) as [number, number, number];
  return {
    id: source.id,
    type: 'article-newspaper',
    title: source.title,
    'container-title': source.paper,
    publisher: source.paper,
    issued: { 'date-parts': [[year, month, day]] },
    ...(source.authors.length ? { author: source.authors.map((literal) => ({ literal })) } : {}),
    section: source.edition,
    page: source.edition,
    URL: source.url,
    language: 'zh-CN',
  };
}
