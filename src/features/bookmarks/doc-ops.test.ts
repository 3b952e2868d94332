import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BookmarkDoc, BookmarkTarget } from './schema';
import { bookmarkDocSchema, bookmarkKey, emptyDoc, NOTE_MAX_LENGTH } from './schema';
import { addBookmark, cleanNote, findBookmark, importBookmarks, nextStamp, removeBookmark, restoreBookmark, setNote } from './doc-ops';
import { forgetOldRemovals, mergeDocs, REMOVAL_MEMORY_MS } from './merge';
import { bookmarkArb, noteArb, targetArb } from './testing/arbitraries';

const T0 = Date.UTC(2024, 0, 1);
const at = (ms: number) => new Date(T0 + ms).toISOString();
const issue: BookmarkTarget = { kind: 'issue', issueId: '2020-11-05', title: '头条', date: '2020-11-05' };
const article: BookmarkTarget = { kind: 'article', issueId: '2020-11-05', articleId: 'abc', title: '文章', date: '2020-11-05' };

describe('document operations', () => {
  it('adds once, keeps the first saved time and note on a second add', () => {
    const once = setNote(addBookmark(emptyDoc(), issue, at(1)), 'issue:2020-11-05', '好', at(2));
    const twice = addBookmark(once, issue, at(3));
    expect(twice).toBe(once);
    expect(findBookmark(twice, 'issue:2020-11-05')).toMatchObject({ savedAt: at(1), note: '好' });
  });

  it('records a removal, and an undo brings back the saved time and note', () => {
    const saved = setNote(addBookmark(emptyDoc(), article, at(1)), bookmarkKey(article), '留着', at(2));
    const bookmark = findBookmark(saved, bookmarkKey(article))!;
    const removed = removeBookmark(saved, bookmarkKey(article), at(3));
    expect(removed.bookmarks).toEqual([]);
    expect(removed.removed).toEqual({ [bookmarkKey(article)]: at(3) });
    const restored = restoreBookmark(removed, bookmark, at(4));
    expect(findBookmark(restored, bookmarkKey(article))).toMatchObject({ savedAt: at(1), note: '留着', updatedAt: at(4) });
    expect(restored.removed).toEqual({});
  });

  it('trims notes and caps their length in characters, not UTF-16 units', () => {
    expect(cleanNote('  注 ')).toBe('注');
    expect(Array.from(cleanNote('𠀀'.repeat(NOTE_MAX_LENGTH + 5)))).toHaveLength(NOTE_MAX_LENGTH);
  });

  it('stamps every change after everything already in the document, whatever the clock says', () => {
    const doc = addBookmark(emptyDoc(), issue, at(5000));
    expect(nextStamp(doc, T0)).toBe(at(5001));
    expect(nextStamp(doc, T0 + 9000)).toBe(at(9000));
  });

  it('import adds new bookmarks, skips duplicates, and fills only empty notes', () => {
    const local = setNote(addBookmark(addBookmark(emptyDoc(), issue, at(1)), article, at(2)), bookmarkKey(issue), '本地', at(3));
    const file = [
      { ...issue, savedAt: at(0), updatedAt: at(0), note: '文件' },
      { ...article, savedAt: at(0), updatedAt: at(0), note: '文件' },
      { ...article, savedAt: at(0), updatedAt: at(0), note: '重复' },
      { ...issue, issueId: '2021-01-20', savedAt: at(0), updatedAt: at(0), note: '' },
    ];
    const { doc, counts } = importBookmarks(local, file, at(10));
    expect(counts).toEqual({ added: 1, existing: 2 });
    expect(doc.bookmarks).toHaveLength(3);
    expect(findBookmark(doc, bookmarkKey(issue))?.note).toBe('本地');
    expect(findBookmark(doc, bookmarkKey(article))?.note).toBe('文件');
    expect(findBookmark(doc, 'issue:2021-01-20')?.savedAt).toBe(at(0));
  });

  it('forgets removals only once they are half a year old', () => {
    const doc = removeBookmark(addBookmark(emptyDoc(), issue, at(0)), bookmarkKey(issue), at(1));
    expect(forgetOldRemovals(doc, T0 + REMOVAL_MEMORY_MS)).toBe(doc);
    expect(forgetOldRemovals(doc, T0 + REMOVAL_MEMORY_MS + 2).removed).toEqual({});
  });
});

describe('merging two tabs', () => {
  it('keeps both tabs’ additions and the newer of a removal and an edit', () => {
    const common = addBookmark(emptyDoc(), issue, at(1));
    const tabA = addBookmark(removeBookmark(common, bookmarkKey(issue), at(5)), article, at(6));
    const tabB = setNote(common, bookmarkKey(issue), '早一点的备注', at(3));
    const merged = mergeDocs(tabA, tabB);
    expect(merged.bookmarks.map(bookmarkKey)).toEqual([bookmarkKey(article)]);
    expect(mergeDocs(tabA, setNote(common, bookmarkKey(issue), '更晚的备注', at(7))).bookmarks).toHaveLength(2);
  });

  it('keeps a bookmark when its removal and its change carry the same time', () => {
    const live = addBookmark(emptyDoc(), issue, at(1));
    const gone: BookmarkDoc = { ...emptyDoc(), removed: { [bookmarkKey(issue)]: at(1) } };
    expect(mergeDocs(gone, live).bookmarks).toHaveLength(1);
  });

  const docArb = fc
    .record({
      bookmarks: fc.array(bookmarkArb, { maxLength: 6 }),
      removals: fc.array(fc.tuple(targetArb, fc.integer({ min: 0, max: 10_000 })), { maxLength: 4 }),
    })
    .map(({ bookmarks, removals }) =>
      mergeDocs(
        { ...emptyDoc(), bookmarks, removed: Object.fromEntries(removals.map(([t, ms]) => [bookmarkKey(t), at(ms)])) },
        emptyDoc(),
      ),
    );

  it('is symmetric, idempotent and associative, and always yields a valid document', () => {
    fc.assert(
      fc.property(docArb, docArb, docArb, (a, b, c) => {
        expect(mergeDocs(a, b)).toEqual(mergeDocs(b, a));
        expect(mergeDocs(a, a)).toEqual(a);
        expect(mergeDocs(mergeDocs(a, b), c)).toEqual(mergeDocs(a, mergeDocs(b, c)));
        expect(bookmarkDocSchema.safeParse(mergeDocs(a, b)).success).toBe(true);
      }),
    );
  });

  it('never drops a bookmark unless a removal at least as new says so', () => {
    fc.assert(
      fc.property(docArb, docArb, (a, b) => {
        const merged = mergeDocs(a, b);
        for (const bookmark of [...a.bookmarks, ...b.bookmarks]) {
          const key = bookmarkKey(bookmark);
          const kept = findBookmark(merged, key);
          const removedAt = merged.removed[key];
          expect(kept !== undefined || (removedAt !== undefined && removedAt > bookmark.updatedAt)).toBe(true);
          expect(kept === undefined || removedAt === undefined).toBe(true);
        }
      }),
    );
  });

  it('notes of any length leave a valid document', () => {
    fc.assert(
      fc.property(targetArb, noteArb, (target, note) => {
        const doc = setNote(addBookmark(emptyDoc(), target, at(0)), bookmarkKey(target), note, at(1));
        expect(bookmarkDocSchema.safeParse(doc).success).toBe(true);
      }),
    );
  });
});
