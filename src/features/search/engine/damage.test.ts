/**
 * A damaged index gives the damaged-index error, never a wrong answer: every byte of every chunk and
 * of the article table is changed in turn (low bits, whole byte), the file cut short or run on, and
 * each query must then give exactly the hits of the intact index or raise CorruptIndexError.
 */
import { describe, expect, it } from 'vitest';
import { article, issue } from '../../../../tests/fixtures/issues.ts';
import { buildSearchFiles } from '../../../pipeline/steps/build-index.ts';
import { isSearchManifest } from '../../../schema/search-data.ts';
import { parseQuery } from '../../../schema/search-query.ts';
import { inMemorySearch } from './in-memory.ts';

const issues = [
  issue('2021-01-20', [article('a', '株洲新闻', '株洲日报讯 市委书记在株洲讲话。'), article('b', '习近平主席', '国家主席习近平会见。')]),
  issue('2020-11-05', [article('c', '经济发展', '株洲的经济发展，5G 网络。'), article('d', '另一篇', '与株无关的洲。')]),
];
const files = buildSearchFiles(issues);
const queries = ['株洲', '习近平', '洲', '发展', '5g', '会见'].map((q) => parseQuery(q));
const intact = inMemorySearch(files, issues);
const truth = await Promise.all(queries.map((terms) => intact.hits(terms)));

/** The error's name, not its class: this test also ran against the code before the fix. */
const isDamageError = (error: unknown) => error instanceof Error && error.name === 'CorruptIndexError';

/** What each query answers with the file at `path` replaced: 'damaged' or its hits. */
async function answersWith(path: string, content: Uint8Array): Promise<string[]> {
  const changed = files.map((f) => (f.path === path ? { path, content } : f));
  let search;
  try {
    search = inMemorySearch(changed, issues);
  } catch (error) {
    if (isDamageError(error)) return queries.map(() => 'damaged');
    throw error;
  }
  const out: string[] = [];
  for (const [i, terms] of queries.entries()) {
    try {
      const hits = await search.hits(terms);
      out.push(JSON.stringify(hits) === JSON.stringify(truth[i]) ? 'same' : `WRONG: ${JSON.stringify(hits.map((h) => h.doc))}`);
    } catch (error) {
      if (!isDamageError(error)) return [`${(error as Error).name}: ${(error as Error).message}`];
      out.push('damaged');
    }
  }
  return out;
}

function* mutations(bytes: Uint8Array): Generator<[string, Uint8Array]> {
  for (let at = 0; at < bytes.length; at++) {
    for (const mask of [1, 2, 0x80, 0xff]) {
      const copy = bytes.slice();
      copy[at]! ^= mask;
      yield [`byte ${at} ^ ${mask}`, copy];
    }
  }
  yield ['cut short', bytes.subarray(0, bytes.length - 1)];
  yield ['run on', Uint8Array.from([...bytes, 0])];
}

describe('a damaged index file', () => {
  const binary = files.filter((f) => f.content instanceof Uint8Array && !isSearchManifest(f.path));

  it('covers the chunks and the table', () => {
    expect(binary.map((f) => f.path).filter((p) => /^search\/docs\.[0-9a-f]+\.bin$/.test(p))).toHaveLength(1);
    expect(binary.length).toBeGreaterThan(1);
  });

  it.each(binary.map((f) => [f.path, f.content as Uint8Array] as const))('%s: every change gives the same hits or the damaged-index error', async (path, bytes) => {
    const wrong: string[] = [];
    for (const [what, content] of mutations(bytes)) {
      const answers = await answersWith(path, content);
      if (answers.some((a) => a !== 'same' && a !== 'damaged')) wrong.push(`${what}: ${answers.join(', ')}`);
    }
    expect(wrong).toEqual([]);
  });
});
