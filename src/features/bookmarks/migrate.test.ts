import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBookmarkText } from './migrate';
import { bookmarkDocSchema, CURRENT_VERSION } from './schema';
import { bookmarkArb } from './testing/arbitraries';

const v1 = {
  version: 1,
  items: [
    { type: 'issue', issueId: '2020-11-05', title: '头条', date: '2020-11-05', savedAt: Date.UTC(2023, 4, 1) },
    { type: 'article', issueId: '2020-11-05', articleId: 'abc', title: '文章', date: '2020-11-05', savedAt: 0 },
  ],
};

describe('reading stored bookmarks', () => {
  it('treats a missing key as no bookmarks', () => {
    expect(readBookmarkText(null)).toEqual({ kind: 'empty' });
  });

  it('migrates version 1 to the current version, keeping every bookmark and its saved time', () => {
    const outcome = readBookmarkText(JSON.stringify(v1));
    expect(outcome.kind).toBe('ok');
    if (outcome.kind !== 'ok') return;
    expect(outcome.migratedFrom).toBe(1);
    expect(bookmarkDocSchema.parse(outcome.doc).version).toBe(CURRENT_VERSION);
    expect(outcome.doc.bookmarks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'issue', issueId: '2020-11-05', savedAt: '2023-05-01T00:00:00.000Z', note: '' }),
        expect.objectContaining({ kind: 'article', articleId: 'abc', savedAt: '1970-01-01T00:00:00.000Z' }),
      ]),
    );
  });

  it('keeps the readable part of a version 1 document and counts the rest', () => {
    const outcome = readBookmarkText(JSON.stringify({ ...v1, items: [...v1.items, { type: 'article', issueId: 'x' }] }));
    expect(outcome).toMatchObject({ kind: 'partial', unreadable: 1, migratedFrom: 1 });
    if (outcome.kind === 'partial') expect(outcome.doc.bookmarks).toHaveLength(2);
  });

  it('reads back any valid current document unchanged (as a set)', () => {
    fc.assert(
      fc.property(fc.array(bookmarkArb, { maxLength: 8 }), (bookmarks) => {
        const outcome = readBookmarkText(JSON.stringify({ version: CURRENT_VERSION, bookmarks, removed: {} }));
        expect(outcome.kind).toBe('ok');
        if (outcome.kind === 'ok') expect(bookmarkDocSchema.safeParse(outcome.doc).success).toBe(true);
      }),
    );
  });
});

describe('corrupt or foreign data', () => {
  it.each([
    ['truncated JSON', '{"version":2,"bookmarks":[{"kind":"iss', 'corrupt'],
    ['not JSON at all', 'hello', 'corrupt'],
    ['JSON null', 'null', 'corrupt'],
    ['an array', '[1,2]', 'corrupt'],
    ['a version as text', '{"version":"2","bookmarks":[]}', 'corrupt'],
    ['a future version', '{"version":99,"bookmarks":[]}', 'unknown-version'],
    ['version zero', '{"version":0}', 'unknown-version'],
  ])('reports %s as unreadable rather than as empty', (_name, raw, reason) => {
    const outcome = readBookmarkText(raw);
    expect(outcome).toMatchObject({ kind: 'unreadable', reason });
    if (outcome.kind === 'unreadable') expect(outcome.detail).not.toBe('');
  });

  it('salvages valid records next to broken ones, and says how many were broken', () => {
    const good = { kind: 'issue', issueId: '2020-11-05', title: 't', date: '2020-11-05', savedAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', note: '' };
    const raw = JSON.stringify({
      version: CURRENT_VERSION,
      bookmarks: [good, { ...good, date: 'yesterday' }, 42],
      removed: { 'issue:2021-01-20': '2024-01-01T00:00:00.000Z', nonsense: 'x' },
    });
    const outcome = readBookmarkText(raw);
    expect(outcome).toMatchObject({ kind: 'partial', unreadable: 3 });
    if (outcome.kind === 'partial') {
      expect(outcome.doc.bookmarks).toHaveLength(1);
      expect(outcome.doc.removed).toEqual({ 'issue:2021-01-20': '2024-01-01T00:00:00.000Z' });
    }
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const outcome = readBookmarkText(raw);
        if (outcome.kind === 'ok' || outcome.kind === 'partial') expect(bookmarkDocSchema.safeParse(outcome.doc).success).toBe(true);
      }),
    );
  });
});
