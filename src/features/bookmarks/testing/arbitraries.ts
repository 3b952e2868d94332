import fc from 'fast-check';
import type { Bookmark, BookmarkTarget } from '../schema';

// Few ids, so random sequences keep hitting the same bookmarks (the interesting case).
const issueIds = ['2020-11-05', '2020-11-28', '2021-01-20', '2021-01-20-2'];
const articleIds = ['a1b2c3', 'd4e5f6', 'zz-9'];
const BASE = Date.UTC(2024, 0, 1);

export const targetArb: fc.Arbitrary<BookmarkTarget> = fc.oneof(
  fc.record({
    kind: fc.constant('issue' as const),
    issueId: fc.constantFrom(...issueIds),
    title: fc.string({ maxLength: 30 }),
    date: fc.constantFrom('2020-11-05', '2021-01-20'),
    paper: fc.constant('株洲日报'),
  }),
  fc.record({
    kind: fc.constant('article' as const),
    issueId: fc.constantFrom(...issueIds),
    articleId: fc.constantFrom(...articleIds),
    title: fc.string({ maxLength: 30 }),
    date: fc.constantFrom('2020-11-05', '2021-01-20'),
  }),
);

/** Any string a reader might type as a note, including blank, padded and over-long ones. */
export const noteArb = fc.oneof(fc.string({ maxLength: 20 }), fc.constant('  '), fc.string({ minLength: 490, maxLength: 520 }));

const stampArb = fc.integer({ min: 0, max: 10_000 }).map((ms) => new Date(BASE + ms).toISOString());

export const bookmarkArb: fc.Arbitrary<Bookmark> = fc
  .tuple(targetArb, stampArb, stampArb, fc.string({ maxLength: 20 }))
  .map(([target, savedAt, updatedAt, note]) => ({ ...target, savedAt, updatedAt, note: note.trim() }));
