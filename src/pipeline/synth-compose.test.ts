import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIssue } from './steps/build-issue.ts';
import { decodeSeed } from './steps/decode.ts';
import { composeIssue, densePool, redate, type SourceArticle } from './synth-compose.ts';

const seeds = join(import.meta.dirname, '../../seeds');
const pool: SourceArticle[] = readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => {
    const decoded = decodeSeed(readFileSync(join(seeds, f)));
    if (!decoded.ok) return [];
    const parsed = parseIssue(decoded.text);
    return parsed.articles.map((article) => ({ article, year: Number(parsed.date.date!.slice(0, 4)) }));
  });

describe('redate', () => {
  it('moves dates to the event day and shifts years by the gap, keeping datelines', () => {
    const event = new Date('2016-03-01T00:00:00Z');
    expect(redate('新华社北京11月27日电 国家主席27日在会上说，2013年以来、到2025年', event, 2020)).toBe(
      '新华社北京3月1日电 国家主席1日在会上说，2009年以来、到2021年',
    );
  });
});

describe('composeIssue', () => {
  it('is deterministic and gives issues the pipeline dates to the intended day', () => {
    for (const date of ['2016-01-01', '2017-02-28', '2020-12-31']) {
      const text = composeIssue(pool, date);
      expect(composeIssue(pool, date)).toBe(text);
      const parsed = parseIssue(text);
      expect(parsed.date.date).toBe(date);
      expect(parsed.articles.length).toBeGreaterThanOrEqual(5);
    }
    expect(composeIssue(pool, '2016-01-02')).not.toBe(composeIssue(pool, '2016-01-01'));
  });
});

describe('densePool', () => {
  it('gives issues that repeat the same stories day after day, still dated right', () => {
    const dense = densePool(pool);
    expect(dense.length).toBe(12);
    expect(densePool(pool)).toEqual(dense);
    const titles = (date: string) => new Set(parseIssue(composeIssue(dense, date)).articles.map((a) => a.title));
    const [a, b] = [titles('2016-01-01'), titles('2016-01-02')];
    // 7–11 of the same 12 stories each day: most of one day's stories are printed again the next.
    expect([...a].filter((t) => b.has(t)).length).toBeGreaterThanOrEqual(3);
    expect(parseIssue(composeIssue(dense, '2018-05-05')).date.date).toBe('2018-05-05');
  });
});
