/**
 * The development reference (hand-checked, copied from the team's shared gold set): every reference
 * article is found exactly once, with the right title, and every issue gets the right date.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../src/pipeline/steps/build-issue.ts';
import { decodeSeed } from '../src/pipeline/steps/decode.ts';

interface GoldIssue {
  date: string;
  articles: { anchor: string; titleKey: string }[];
}
const gold = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/gold-dev.json'), 'utf8')) as {
  issues: Record<string, GoldIssue>;
};
const squash = (s: string) => s.replace(/\s+/g, '');

describe.each(Object.entries(gold.issues))('gold issue %s', (file, expected) => {
  const decoded = decodeSeed(readFileSync(join(import.meta.dirname, '../seeds', file)));
  if (!decoded.ok) throw new Error(`${file}: ${decoded.reason}`);
  const parsed = parseIssue(decoded.text);

  it('is dated right', () => {
    expect(parsed.date.date).toBe(expected.date);
  });

  it.each(expected.articles)('finds “$anchor” once, titled with “$titleKey”', ({ anchor, titleKey }) => {
    const holders = parsed.articles.filter((a) => a.paragraphs.some((p) => squash(p.text).includes(squash(anchor))));
    expect(holders).toHaveLength(1);
    const article = holders[0]!;
    if (titleKey) expect(article.title).toContain(titleKey);
    else expect(article.titleDerived).toBe(true);
    expect(article.title.length).toBeGreaterThan(3);
  });

  it('has no article beyond the reference ones except notices, promos and photos', () => {
    const anchored = parsed.articles.filter((a) =>
      expected.articles.some(({ anchor }) => a.paragraphs.some((p) => squash(p.text).includes(squash(anchor)))),
    );
    const extra = parsed.articles.filter((a) => !anchored.includes(a) && a.kind === 'story');
    expect(extra.map((a) => a.title)).toEqual([]);
  });
});
