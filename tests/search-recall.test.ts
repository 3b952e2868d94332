/**
 * Exactness on the real seeds: for names, words and Latin tokens sampled from real articles, search
 * returns exactly the articles whose text contains them, found by a plain `includes` scan.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Converter } from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { assemble } from '../src/pipeline/assemble.ts';
import { parseIssue } from '../src/pipeline/steps/build-issue.ts';
import { buildSearchFiles } from '../src/pipeline/steps/build-index.ts';
import { decodeSeed } from '../src/pipeline/steps/decode.ts';
import { fold } from '../src/schema/search.ts';
import { parseQuery } from '../src/schema/search-query.ts';
import { issueIdOf } from '../src/features/search/engine/doc-table.ts';
import { inMemorySearch } from '../src/features/search/engine/in-memory.ts';

const seeds = join(import.meta.dirname, '../seeds');
const dated = readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .map((source) => {
    const decoded = decodeSeed(readFileSync(join(seeds, source)));
    if (!decoded.ok) throw new Error(source);
    const parsed = parseIssue(decoded.text);
    return { source, date: parsed.date.date!, dateSource: 'inferred' as const, paper: '株洲日报', parsed };
  });
const { issues } = assemble(dated);
const index = inMemorySearch(buildSearchFiles(issues), issues);
const articles = issues.flatMap((issue) => issue.articles.map((article) => ({ key: `${issue.id}/${article.id}`, article })));
const textsOf = (a: (typeof articles)[number]['article']) =>
  [a.title, a.kicker ?? '', ...a.subtitles, ...a.byline.map((c) => c.name), ...a.paragraphs.map((p) => p.text)];

const articleId = (doc: number) => issues.find((i) => i.id === issueIdOf(index.table, doc))!.articles[index.table.articleIndex[doc]!]!.id;
const search = async (query: string) =>
  (await index.hits(parseQuery(query))).map((h) => `${issueIdOf(index.table, h.doc)}/${articleId(h.doc)}`).sort();
// Matching ignores case and full/half width, so the scan compares folded text; no index involved.
const foldedTexts = new Map(articles.map(({ key, article }) => [key, textsOf(article).map(fold)]));
const truth = (needles: string[]) =>
  articles
    .filter(({ key }) => needles.every((n) => foldedTexts.get(key)!.some((t) => t.includes(fold(n)))))
    .map((a) => a.key)
    .sort();

// Deterministic samples: every byline name, Latin/number tokens, and substrings of 1–6 characters.
const names = [...new Set(issues.flatMap((i) => i.articles.flatMap((a) => a.byline.map((c) => c.name))))];
const body = articles.flatMap(({ article }) => article.paragraphs.map((p) => p.text));
const latin = [...new Set(body.flatMap((t) => t.match(/[A-Za-z][A-Za-z0-9]*|\d+/g) ?? []))].slice(0, 40);
const substrings = body.flatMap((text, i) =>
  [1, 2, 3, 4, 6].map((len) => text.slice((i * 7 + len * 13) % Math.max(1, text.length - len), ((i * 7 + len * 13) % Math.max(1, text.length - len)) + len)),
).filter((s) => s.trim() === s && s.length > 0 && !/["“”「」『』\s]/.test(s));

describe('search over the seeds matches a plain includes scan', () => {
  it.each(names)('byline name %s', async (name) => expect(await search(name)).toEqual(truth([name])));
  it.each(latin)('Latin or number %s', async (token) => expect(await search(token)).toEqual(truth([token])));

  it(`${substrings.length} sampled substrings`, async () => {
    const misses: string[] = [];
    for (const s of substrings) if (JSON.stringify(await search(s)) !== JSON.stringify(truth([s]))) misses.push(s);
    expect(misses).toEqual([]);
  });

  it('several terms mean all of them, and a quoted phrase stays whole', async () => {
    const [a, b] = ['株洲', '发展'];
    expect(await search(`${a} ${b}`)).toEqual(truth([a, b]));
    expect(await search(`"${a}${b}"`)).toEqual(truth([a + b]));
  });

  it('a query in traditional characters finds the simplified text', async () => {
    const toTraditional = Converter({ from: 'cn', to: 'tw' });
    for (const s of [...names, ...substrings.filter((x) => x.length >= 2).slice(0, 60)]) {
      expect(await search(toTraditional(s))).toEqual(truth([s]));
    }
  });
});
