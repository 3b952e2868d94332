import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Bookmark } from './schema';
import { filterBookmarks, groupBookmarks, sortBookmarks } from './list';
import { bookmarkArb } from './testing/arbitraries';

const make = (over: Partial<Bookmark>): Bookmark =>
  ({ kind: 'issue', issueId: '2020-11-05', title: '', date: '2020-11-05', savedAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', note: '', ...over }) as Bookmark;

const a = make({ title: '市级激光先进制造工程技术研究中心揭牌', date: '2020-11-28', savedAt: '2024-01-01T00:00:00.000Z', note: '科技' });
const b = make({ kind: 'article', articleId: 'x', title: 'Davos 对话会', date: '2021-01-20', savedAt: '2023-01-01T00:00:00.000Z' } as Partial<Bookmark>);
const c = make({ issueId: '2020-11-05', title: '头条', date: '2020-11-05', savedAt: '2025-01-01T00:00:00.000Z' });

describe('the bookmarks list', () => {
  it('filters by title, note, printed date and ISO date, ignoring case and full-width letters', () => {
    expect(filterBookmarks([a, b, c], '激光')).toEqual([a]);
    expect(filterBookmarks([a, b, c], '科技')).toEqual([a]);
    expect(filterBookmarks([a, b, c], '2020年11月5日')).toEqual([c]);
    expect(filterBookmarks([a, b, c], '2021-01')).toEqual([b]);
    expect(filterBookmarks([a, b, c], 'ｄａｖｏｓ')).toEqual([b]);
    expect(filterBookmarks([a, b, c], '激光 2020-11-28')).toEqual([a]);
    expect(filterBookmarks([a, b, c], '  ')).toEqual([a, b, c]);
  });

  it('sorts newest saved first, or by issue date', () => {
    expect(sortBookmarks([a, b, c], 'saved')).toEqual([c, a, b]);
    expect(sortBookmarks([a, b, c], 'issue-date')).toEqual([b, a, c]);
  });

  it('never loses or invents an entry when filtering, sorting and grouping', () => {
    fc.assert(
      fc.property(fc.array(bookmarkArb, { maxLength: 10 }), fc.string({ maxLength: 3 }), (list, query) => {
        const filtered = filterBookmarks(list, query);
        expect(filtered.every((x) => list.includes(x))).toBe(true);
        const sorted = sortBookmarks(filtered, 'issue-date');
        const { issues, articles } = groupBookmarks(sorted);
        expect(issues.length + articles.length).toBe(filtered.length);
      }),
    );
  });
});
