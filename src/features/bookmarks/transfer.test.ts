import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Bookmark } from './schema';
import { bookmarkKey, CURRENT_VERSION, emptyDoc } from './schema';
import { describeSkipped, exportFileName, exportText, parseImportText } from './transfer';
import { createBookmarkStore } from './store';
import { bookmarkActions } from './actions';
import { MemoryStorage } from './testing/memory-storage';
import { bookmarkArb } from './testing/arbitraries';
import { mergeDocs } from './merge';

const NOW = new Date(Date.UTC(2024, 2, 21, 8));

describe('export and import', () => {
  it('round-trips any set of bookmarks, and importing into an empty store gives the same list', () => {
    fc.assert(
      fc.property(fc.array(bookmarkArb, { maxLength: 8 }), (raw) => {
        const bookmarks = mergeDocs({ ...emptyDoc(), bookmarks: raw }, emptyDoc()).bookmarks;
        const parsed = parseImportText(exportText(bookmarks, NOW));
        expect(parsed).toEqual({ ok: true, bookmarks });
        const store = createBookmarkStore({ getStorage: () => new MemoryStorage(), now: () => NOW.getTime() });
        bookmarkActions(store).importEntries(parsed.ok ? parsed.bookmarks : []);
        const summary = (list: readonly Bookmark[]) => list.map((b) => [bookmarkKey(b), b.savedAt, b.note, b.title]).sort();
        expect(summary(store.getSnapshot().bookmarks)).toEqual(summary(bookmarks));
      }),
    );
  });

  it('names the file by the local day', () => {
    expect(exportFileName(new Date(2024, 2, 5, 23))).toBe('zhuzhou-daily-bookmarks-2024-03-05.json');
  });

  it('accepts a file with a byte-order mark, and the stored format itself', () => {
    const text = exportText([], NOW);
    expect(parseImportText(`\uFEFF${text}`)).toEqual({ ok: true, bookmarks: [] });
    expect(parseImportText(JSON.stringify({ version: 1, items: [] }))).toEqual({ ok: true, bookmarks: [] });
  });

  it.each([
    ['damaged JSON', '{"format":"zhuzhou-daily-bookmarks","bookm', '不是有效的 JSON'],
    ['some other JSON file', '{"name":"package","version":"1.0.0"}', '不是本站导出的书签文件'],
    ['a list', '[]', '不是本站导出的书签文件'],
    ['a newer format', JSON.stringify({ format: 'zhuzhou-daily-bookmarks', version: CURRENT_VERSION + 1, bookmarks: [] }), `第 ${CURRENT_VERSION + 1} 版`],
    [
      'a file whose only entry is damaged',
      JSON.stringify({ format: 'zhuzhou-daily-bookmarks', version: CURRENT_VERSION, bookmarks: [{ kind: 'issue', issueId: '2020-11-05' }] }),
      '第 1 条缺少“标题”',
    ],
  ])('rejects %s with a clear message, importing nothing', (_name, text, message) => {
    const parsed = parseImportText(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(message);
  });

  it('imports the good entries of a file with a damaged one, and lists the bad ones in Chinese', () => {
    const good = exportText([], NOW);
    const envelope = JSON.parse(good) as { bookmarks: unknown[] };
    const valid = { kind: 'issue', issueId: '2020-11-05', title: '头条', date: '2020-11-05', savedAt: NOW.toISOString(), updatedAt: NOW.toISOString(), note: '' };
    envelope.bookmarks = [valid, { ...valid, issueId: '2020-11-28', kind: 'magazine' }, { ...valid, issueId: '2021-01-20', date: undefined }];
    const parsed = parseImportText(JSON.stringify(envelope));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.bookmarks.map((b) => b.issueId)).toEqual(['2020-11-05']);
    expect(parsed.skipped).toEqual([
      { position: 2, reason: '“类型”有误' },
      { position: 3, reason: '缺少“日期”' },
    ]);
    expect(describeSkipped(parsed.skipped!)).not.toMatch(/[a-z]/);
  });
});
