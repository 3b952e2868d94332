import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import { formatItems } from './export-formats';
import { toCsl } from './csl';
import { citationSource } from './source';

const issue = { id: '2021-01-20', date: '2021-01-20', paper: '株洲日报', edition: 'A1' };
const items = [
  toCsl(citationSource(issue, { id: 'a1', title: '两会特别报道：聚焦民生', byline: [{ role: 'reporter', label: '记者', name: '陈某某' }, { role: 'intern', label: '实习生', name: '林某' }] }, 'https://example.org/a1')),
  toCsl(citationSource({ ...issue, edition: undefined }, { id: 'b2', title: '无署名短讯', byline: [] }, 'https://example.org/b2')),
];

type Name = { literal?: string; family?: string; given?: string };
// citation-js reads RIS people of a NEWS record as plain strings (CSL `reporter`), the rest as names.
const nameText = (name: string | Name) => (typeof name === 'string' ? name : (name.literal ?? `${name.family ?? ''}${name.given ?? ''}`));

/** What a reference manager would read back from the file, in CSL terms. */
const readBack = (text: string) =>
  (new Cite(text).data as Record<string, unknown>[]).map((item) => ({
    title: item.title,
    container: item['container-title'],
    // RIS's NEWS type carries its people as CSL `reporter` in citation-js.
    authors: ((item.author ?? item.reporter ?? []) as (string | Name)[]).map(nameText),
    issued: (item.issued as { 'date-parts': number[][] })['date-parts'][0],
    url: item.URL,
  }));

const expected = [
  { title: '两会特别报道：聚焦民生', container: '株洲日报', authors: ['陈某某', '林某'], issued: [2021, 1, 20], url: 'https://example.org/a1' },
  { title: '无署名短讯', container: '株洲日报', authors: [], issued: [2021, 1, 20], url: 'https://example.org/b2' },
];

describe('export formats, parsed back by citation-js', () => {
  it('RIS', () => {
    const text = formatItems(items, 'ris');
    expect(text).toMatch(/^TY {2}- NEWS/m);
    // citation-js reads only the year of a NEWS record back; the day is in DA, for reference managers.
    expect(readBack(text)).toEqual(expected.map((item) => ({ ...item, issued: [2021] })));
    expect(text.match(/^DA {2}- .*$/gm)).toEqual(['DA  - 2021/01/20', 'DA  - 2021/01/20']);
    expect(text).toMatch(/^AU {2}- 陈某某$/m);
  });
  it('BibTeX', () => {
    const text = formatItems(items, 'bibtex');
    expect(text).toContain('@article{zzrb20210120a1,');
    expect(readBack(text)).toEqual(expected);
  });
  it('CSL-JSON', () => {
    const text = formatItems(items, 'csl-json');
    expect(readBack(JSON.parse(text))).toEqual(expected);
    expect(JSON.parse(text)[0].type).toBe('article-newspaper');
  });
});
