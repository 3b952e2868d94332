import { describe, expect, it } from 'vitest';
import { article, issue } from '../../../../tests/fixtures/issues.ts';
import type { SearchableIssue } from '../../../schema/search-data.ts';
import { StaleIndexError } from './answer.ts';
import { issueBytes, issueTextLoader } from './issue-texts.ts';

const issues = new Map<string, SearchableIssue>(['2021-01-01', '2021-01-02', '2021-01-03'].map((d) => [d, issue(d, [article('a', `标题${d}`, '正文'.repeat(50))])]));

/** A loader over `issues`, recording each fetch as [id, fresh]; `fail` decides which fetches fail. */
function loaderWith(fail = (_id: string, _fresh: boolean) => false, maxBytes?: number) {
  const fetches: [string, boolean][] = [];
  const load = issueTextLoader(async (id, fresh) => {
    fetches.push([id, fresh]);
    if (fail(id, fresh)) throw new Error(`数据有误（${id}）`);
    return issues.get(id)!;
  }, maxBytes);
  return { load, fetches };
}

describe('issueTextLoader', () => {
  it('keeps what it fetched, and after a failure fetches afresh', async () => {
    const { load, fetches } = loaderWith((_, fresh) => !fresh);
    await expect(load('2021-01-01', 0)).rejects.toThrow(/数据有误/);
    expect((await load('2021-01-01', 0)).articleId).toBe('a');
    await load('2021-01-01', 0);
    expect(fetches).toEqual([['2021-01-01', false], ['2021-01-01', true]]);
  });

  it('forgets an issue on request (its text disagreed with the index), fetching it afresh', async () => {
    const { load, fetches } = loaderWith();
    await load('2021-01-02', 0);
    load.forget!('2021-01-02');
    await load('2021-01-02', 0);
    expect(fetches).toEqual([['2021-01-02', false], ['2021-01-02', true]]);
    await expect(load('2021-01-02', 5)).rejects.toThrow(StaleIndexError);
  });

  it('keeps at most its bound in bytes', async () => {
    const one = issueBytes(issues.get('2021-01-01')!);
    const { load, fetches } = loaderWith(undefined, one * 2);
    for (const id of issues.keys()) await load(id, 0);
    expect(load.kept.keys()).toEqual(['2021-01-02', '2021-01-03']);
    expect(load.kept.bytes).toBeLessThanOrEqual(one * 2);
    await load('2021-01-01', 0);
    expect(fetches.filter(([id]) => id === '2021-01-01')).toHaveLength(2);
  });
});
