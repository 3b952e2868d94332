/**
 * The index alone must give exactly the articles whose text contains the query: any substring of
 * any indexed text is found (recall), and only texts that contain it (precision), for random texts
 * mixing Han, Latin, digits, punctuation, spaces and a character outside the BMP.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { article, issue } from '../../../../tests/fixtures/issues.ts';
import { buildSearchFiles } from '../../../pipeline/steps/build-index.ts';
import { fold } from '../../../schema/search.ts';
import { containsAll, parseQuery } from '../../../schema/search-query.ts';
import { inMemorySearch } from './in-memory.ts';

const han = fc.constantFrom(...'株洲日报國家主席市委书记发展经济的一是在了'.split(''), '𠀋');
const piece = fc.oneof(han, fc.constantFrom('5G', 'RCEP', '2500', '，', ' ', '。', 'a', 'Ｇ'));
const text = fc.array(piece, { minLength: 1, maxLength: 30 }).map((p) => p.join(''));
const doc = fc.record({ title: text, body: text });

describe('search over the positional index', () => {
  it('finds any substring of an indexed text, and only texts that contain it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(doc, { minLength: 1, maxLength: 6 }), fc.nat(), fc.nat(), fc.nat(), fc.boolean(), async (docs, pick, a, b, inTitle) => {
        const picked = docs[pick % docs.length]!;
        const source = inTitle ? picked.title : picked.body;
        const start = a % source.length;
        const query = source.slice(start, start + 1 + (b % 8)).trim().replace(/\s+/g, ' ');
        fc.pre(query.length > 0);
        const issues = [issue('2020-01-01', docs.map((d, i) => article(`a${i}`, d.title, d.body)))];
        const search = inMemorySearch(buildSearchFiles(issues), issues);
        const terms = parseQuery(query);
        const found = (await search.hits(terms)).map((h) => h.doc);
        const truth = docs.flatMap((d, i) => (containsAll([fold(d.title), fold(d.body)], terms) ? [i] : []));
        expect(found).toEqual(truth);
        expect(found).toContain(pick % docs.length);
      }),
      { numRuns: 300 },
    );
  });
});
