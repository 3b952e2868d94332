import type { CitationSource } from './source';

// Reference strings in the three styles researchers in China are asked for. Pure functions of the
// source, so each punctuation mark is pinned by a unit test (format.test.ts).

/** '2020-09-05' → '2020年9月5日' (APA and the Chinese note style write dates this way). */
function chineseDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/**
 * GB/T 7714-2015, newspaper article (4.4, 8.x; example `丁文祥. 数字革命与竞争国际化[N]. 中国青年报,
 * 2000-11-20(15).`): authors separated by ", ", more than three cut to three followed by ", 等"; the
 * author part is left out when there is none. Half-width punctuation followed by a space, as in the
 * standard's own examples.
 */
export function gbt7714(source: CitationSource): string {
  const { authors } = source;
  const names = authors.length > 3 ? [...authors.slice(0, 3), '等'] : authors;
  const author = names.length ? `${names.join(', ')}. ` : '';
  return `${author}${source.title}[N]. ${source.paper}, ${source.date}(${source.edition}).`;
}

/** A page (版次) as APA and the note style print it: 第A1版. */
const page = (source: CitationSource) => `第${source.edition}版`;

/**
 * APA (7th edition) in its Chinese form: `作者、作者. (2020年9月5日). 题名. 报纸名, 第1版. URL`.
 * Without an author the title moves to the front, as APA does for unsigned articles.
 */
export function apa(source: CitationSource): string {
  const date = `(${chineseDate(source.date)}).`;
  const where = `${source.paper}, ${page(source)}`;
  const head = source.authors.length ? `${source.authors.join('、')}. ${date} ${source.title}.` : `${source.title}. ${date}`;
  return `${head} ${where}. ${source.url}`;
}

/**
 * MLA / Chicago in the Chinese note form most Chinese journals use:
 * `作者、作者：《题名》，《报纸名》2020年9月5日，第1版。` (no author: starting at the title).
 */
export function chicago(source: CitationSource): string {
  const author = source.authors.length ? `${source.authors.join('、')}：` : '';
  return `${author}《${source.title}》，《${source.paper}》${chineseDate(source.date)}，${page(source)}。`;
}

export type StyleId = 'gbt7714' | 'apa' | 'chicago';

/** The styles the cite dialog offers, in the order it shows them. */
export const citationStyles: { id: StyleId; label: string; format: (source: CitationSource) => string }[] = [
  { id: 'gbt7714', label: 'GB/T 7714-2015', format: gbt7714 },
  { id: 'apa', label: 'APA（第7版）', format: apa },
  { id: 'chicago', label: 'MLA / 芝加哥（中文注释体例）', format: chicago },
];
