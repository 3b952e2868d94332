import { describe, expect, it } from 'vitest';
import type { BookmarkTarget } from './schema';
import { bookmarkDocSchema, bookmarkKey } from './schema';
import { createBookmarkStore } from './store';
import { bookmarkActions } from './actions';
import { BACKUP_KEY_PREFIX, BOOKMARKS_KEY, backupKey } from './storage-keys';
import { MemoryStorage, quotaError } from './testing/memory-storage';

const issue: BookmarkTarget = { kind: 'issue', issueId: '2020-11-05', title: '头条', date: '2020-11-05' };
const article: BookmarkTarget = { kind: 'article', issueId: '2021-01-20', articleId: 'abc', title: '文章', date: '2021-01-20' };

function tab(storage: Storage | null, clock = { ms: Date.UTC(2024, 0, 1) }) {
  const store = createBookmarkStore({ getStorage: () => storage, now: () => (clock.ms += 1000) });
  return { store, actions: bookmarkActions(store), keys: () => store.getSnapshot().bookmarks.map(bookmarkKey) };
}

const stored = (storage: Storage) => bookmarkDocSchema.parse(JSON.parse(storage.getItem(BOOKMARKS_KEY) ?? 'null'));

describe('the bookmark store', () => {
  it('writes one key with a versioned document and reads it back in a new session', () => {
    const storage = new MemoryStorage();
    const first = tab(storage);
    expect(first.actions.add(issue)).toEqual({ ok: true });
    expect(first.actions.toggle(article)).toEqual({ ok: true });
    expect(first.actions.setNote(bookmarkKey(article), '  读一读 ')).toEqual({ ok: true });
    expect(storage.length).toBe(1);
    expect(stored(storage).version).toBe(2);
    const second = tab(storage);
    expect(second.keys()).toEqual([bookmarkKey(article), bookmarkKey(issue)]);
    expect(second.store.getSnapshot().bookmarks[0]?.note).toBe('读一读');
  });

  it('removes, and an undo restores the same bookmark', () => {
    const { actions, store } = tab(new MemoryStorage());
    actions.add(issue);
    actions.setNote(bookmarkKey(issue), '备注');
    const before = store.getSnapshot().bookmarks[0]!;
    const removed = actions.remove(bookmarkKey(issue));
    expect(removed.ok && removed.removed).toEqual(before);
    expect(store.getSnapshot().bookmarks).toEqual([]);
    actions.restore(before);
    expect(store.getSnapshot().bookmarks[0]).toMatchObject({ savedAt: before.savedAt, note: '备注' });
  });
});

describe('faults', () => {
  it('backs up corrupt data before anything can overwrite it, and reports it', () => {
    const storage = new MemoryStorage();
    storage.setItem(BOOKMARKS_KEY, '{"version":2,"bookm');
    const { store, actions } = tab(storage);
    expect(store.getSnapshot().recovery).toMatchObject({ backupKey: BACKUP_KEY_PREFIX, partial: false });
    expect(storage.getItem(BACKUP_KEY_PREFIX)).toBe('{"version":2,"bookm');
    expect(actions.add(issue).ok).toBe(true);
    expect(storage.getItem(BACKUP_KEY_PREFIX)).toBe('{"version":2,"bookm');
    expect(store.getSnapshot().backups).toEqual([{ key: BACKUP_KEY_PREFIX, raw: '{"version":2,"bookm' }]);
  });

  it('keeps data of an unknown (newer) version, and never overwrites an earlier, different backup', () => {
    const storage = new MemoryStorage();
    storage.setItem(BACKUP_KEY_PREFIX, 'older backup');
    storage.setItem(BOOKMARKS_KEY, '{"version":7,"stuff":[]}');
    const { store } = tab(storage);
    expect(store.getSnapshot().recovery?.detail).toContain('版本 7');
    expect(storage.getItem(BACKUP_KEY_PREFIX)).toBe('older backup');
    expect(storage.getItem(backupKey(2))).toBe('{"version":7,"stuff":[]}');
    tab(storage); // reloading does not make a third copy of the same data
    expect(storage.length).toBe(3);
  });

  it('keeps the readable bookmarks of a partly broken document and backs up the whole original', () => {
    const storage = new MemoryStorage();
    const good = { ...issue, savedAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', note: '' };
    const raw = JSON.stringify({ version: 2, bookmarks: [good, { kind: 'issue' }], removed: {} });
    storage.setItem(BOOKMARKS_KEY, raw);
    const { store } = tab(storage);
    expect(store.getSnapshot().bookmarks).toEqual([good]);
    expect(store.getSnapshot().recovery).toMatchObject({ partial: true });
    expect(storage.getItem(BACKUP_KEY_PREFIX)).toBe(raw);
  });

  it('refuses to overwrite unreadable data it could not back up, until the reader says so', () => {
    const storage = new MemoryStorage();
    storage.setItem(BOOKMARKS_KEY, 'x'.repeat(50));
    storage.quota = 80;
    const { store, actions } = tab(storage);
    expect(store.getSnapshot().status).toMatchObject({ kind: 'blocked', raw: 'x'.repeat(50) });
    const result = actions.add(issue);
    expect(result.ok).toBe(false);
    expect(storage.getItem(BOOKMARKS_KEY)).toBe('x'.repeat(50));
    expect(store.overwriteUnreadable().ok).toBe(true);
    expect(store.getSnapshot().status.kind).toBe('ready');
    storage.quota = Infinity;
    expect(actions.add(issue).ok).toBe(true);
  });

  it('says clearly when a write fails, and shows nothing as saved that was not', () => {
    const storage = new MemoryStorage();
    const { store, actions } = tab(storage);
    actions.add(issue);
    storage.writeError = quotaError();
    const result = actions.add(article);
    expect(result).toEqual({ ok: false, message: expect.stringContaining('存储空间已满') });
    expect(store.getSnapshot().bookmarks.map(bookmarkKey)).toEqual([bookmarkKey(issue)]);
    storage.writeError = undefined;
    expect(actions.add(article).ok).toBe(true);
  });

  it('works without storage at all: nothing saved, a message instead of a crash', () => {
    const blocked = () => {
      throw Object.assign(new Error('denied'), { name: 'SecurityError' });
    };
    const store = createBookmarkStore({ getStorage: blocked });
    expect(store.getSnapshot().status).toMatchObject({ kind: 'unavailable', message: expect.stringContaining('隐私') });
    expect(bookmarkActions(store).add(issue)).toMatchObject({ ok: false, message: expect.stringContaining('隐私') });
    expect(tab(null).store.getSnapshot().status.kind).toBe('unavailable');
  });

  it('treats a storage whose reads throw as unavailable', () => {
    const storage = new MemoryStorage();
    storage.readError = new Error('boom');
    expect(tab(storage).store.getSnapshot().status.kind).toBe('unavailable');
  });
});

describe('two tabs', () => {
  it('merge instead of overwriting each other, even without a storage event in between', () => {
    const storage = new MemoryStorage();
    const clock = { ms: Date.UTC(2024, 0, 1) };
    const a = tab(storage, clock);
    const b = tab(storage, clock);
    a.actions.add(issue);
    b.actions.add(article); // b never heard of a's bookmark, yet keeps it
    expect(stored(storage).bookmarks.map(bookmarkKey).sort()).toEqual([bookmarkKey(article), bookmarkKey(issue)].sort());
    a.store.syncFromStorage(BOOKMARKS_KEY);
    expect(a.keys().sort()).toEqual(b.keys().sort());
    b.actions.remove(bookmarkKey(issue));
    a.store.syncFromStorage(BOOKMARKS_KEY);
    expect(a.keys()).toEqual([bookmarkKey(article)]);
  });

  it('ignores storage events for other keys, and picks up new backups', () => {
    const storage = new MemoryStorage();
    const { store } = tab(storage);
    const before = store.getSnapshot();
    store.syncFromStorage('something-else');
    expect(store.getSnapshot()).toBe(before);
    storage.setItem(backupKey(1), 'junk');
    store.syncFromStorage(backupKey(1));
    expect(store.getSnapshot().backups).toHaveLength(1);
  });
});
