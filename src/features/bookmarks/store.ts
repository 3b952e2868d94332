import type { Bookmark, BookmarkDoc } from './schema';
import type { Backup } from './storage-io';
import type { ReadOutcome } from './migrate';
import { bookmarkDocSchema, emptyDoc } from './schema';
import { BOOKMARKS_KEY, isBackupKey } from './storage-keys';
import { describeStorageError, listBackups, openStorage, saveBackup } from './storage-io';
import { readBookmarkText } from './migrate';
import { forgetOldRemovals, mergeDocs } from './merge';
import { nextStamp } from './doc-ops';

export type BookmarkStatus =
  | { kind: 'ready' }
  /** Storage cannot be used at all: nothing can be saved, the rest of the app works. */
  | { kind: 'unavailable'; message: string }
  /** Stored data is unreadable and could not be backed up, so it must not be overwritten yet. */
  | { kind: 'blocked'; message: string; raw: string };

/** Unreadable data found this session, and where a copy of it was kept. */
export type Recovery = { detail: string; backupKey: string; partial: boolean };

export type BookmarkState = {
  status: BookmarkStatus;
  doc: BookmarkDoc;
  /** Live bookmarks, most recently saved first. */
  bookmarks: readonly Bookmark[];
  recovery?: Recovery;
  backups: readonly Backup[];
};

export type ActionResult = { ok: true } | { ok: false; message: string };

/** A change to the document given the freshest merged state and a stamp later than anything in it. */
export type Operation = (doc: BookmarkDoc, stamp: string) => BookmarkDoc;

type Options = {
  getStorage: () => Storage | null | undefined;
  now?: () => number;
  /** Where `storage` events arrive (window); absent in unit tests, which call `syncFromStorage`. */
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
};

const BLOCKED =
  '保存的书签数据无法读取，而且无法另存备份（存储空间可能已满）。为免覆盖，暂时不能保存书签：请先在书签页导出原始数据。';

const newestFirst = (a: Bookmark, b: Bookmark) => Date.parse(b.savedAt) - Date.parse(a.savedAt);

function stateOf(status: BookmarkStatus, doc: BookmarkDoc, backups: readonly Backup[], recovery?: Recovery): BookmarkState {
  return { status, doc, bookmarks: [...doc.bookmarks].sort(newestFirst), backups, ...(recovery && { recovery }) };
}

/**
 * What the static HTML shows before the browser has read storage (no bookmarks): the state a page
 * hydrates with, so the server's HTML and the first client render agree; the reader's own follows.
 */
export const unreadBookmarkState: BookmarkState = stateOf({ kind: 'ready' }, emptyDoc(), []);

const docOf = (outcome: ReadOutcome): BookmarkDoc | undefined =>
  outcome.kind === 'ok' || outcome.kind === 'partial' ? outcome.doc : undefined;

/** The bookmark database: one storage key, read through the schema, merged with other tabs, never half-written. */
export function createBookmarkStore({ getStorage, now = Date.now, events }: Options) {
  const opened = openStorage(getStorage);
  const storage = 'storage' in opened ? opened.storage : undefined;
  const listeners = new Set<() => void>();
  let state = load();

  function load(): BookmarkState {
    if (!storage) return stateOf({ kind: 'unavailable', message: 'problem' in opened ? opened.problem : '' }, emptyDoc(), []);
    try {
      const raw = storage.getItem(BOOKMARKS_KEY);
      const outcome = readBookmarkText(raw);
      const doc = docOf(outcome) ?? emptyDoc();
      if (raw === null || outcome.kind === 'empty' || outcome.kind === 'ok') return stateOf({ kind: 'ready' }, doc, listBackups(storage));
      const detail = outcome.detail;
      try {
        const backupKey = saveBackup(storage, raw);
        return stateOf({ kind: 'ready' }, doc, listBackups(storage), { detail, backupKey, partial: outcome.kind === 'partial' });
      } catch {
        return stateOf({ kind: 'blocked', message: BLOCKED, raw }, doc, listBackups(storage));
      }
    } catch (error) {
      return stateOf({ kind: 'unavailable', message: describeStorageError(error) }, emptyDoc(), []);
    }
  }

  function set(next: BookmarkState) {
    state = next;
    for (const listener of listeners) listener();
  }

  const withDoc = (doc: BookmarkDoc, recovery = state.recovery) =>
    stateOf(state.status, doc, storage ? safeBackups(storage) : [], recovery);

  function safeBackups(from: Storage): Backup[] {
    try {
      return listBackups(from);
    } catch {
      return [...state.backups];
    }
  }

  /** Read, merge, change, validate, write: one setItem, so storage never holds a half-applied change. */
  function commit(operation: Operation): ActionResult {
    if (state.status.kind !== 'ready') return { ok: false, message: state.status.message };
    if (!storage) return { ok: false, message: BLOCKED };
    let base: BookmarkDoc;
    let recovery = state.recovery;
    try {
      const raw = storage.getItem(BOOKMARKS_KEY);
      const outcome = readBookmarkText(raw);
      // Another tab (or a newer version of the app) may have written something unreadable meanwhile:
      // it is backed up before this write replaces it, or the write does not happen.
      if (raw !== null && (outcome.kind === 'partial' || outcome.kind === 'unreadable')) {
        recovery = { detail: outcome.detail, backupKey: saveBackup(storage, raw), partial: outcome.kind === 'partial' };
      }
      const stored = docOf(outcome);
      base = stored ? mergeDocs(state.doc, stored) : state.doc;
    } catch (error) {
      return { ok: false, message: describeStorageError(error) };
    }
    const next = forgetOldRemovals(operation(base, nextStamp(base, now())), now());
    const checked = bookmarkDocSchema.safeParse(next);
    if (!checked.success) return { ok: false, message: `书签数据有误，没有保存：${checked.error.issues[0]?.message ?? ''}` };
    try {
      storage.setItem(BOOKMARKS_KEY, JSON.stringify(checked.data));
    } catch (error) {
      set(withDoc(base, recovery));
      return { ok: false, message: describeStorageError(error) };
    }
    set(withDoc(checked.data, recovery));
    return { ok: true };
  }

  /** Another tab wrote: fold its document into ours (merge, never replace), and pick up new backups. */
  function syncFromStorage(key: string | null) {
    if (!storage || (key !== null && key !== BOOKMARKS_KEY && !isBackupKey(key))) return;
    try {
      const stored = docOf(readBookmarkText(storage.getItem(BOOKMARKS_KEY)));
      set(withDoc(stored ? mergeDocs(state.doc, stored) : state.doc));
    } catch {
      // Reading failed this once; the next write reads again and reports any lasting problem.
    }
  }

  const onStorage = (event: StorageEvent) => syncFromStorage(event.key);

  function deleteBackup(key: string): ActionResult {
    if (!storage || !isBackupKey(key)) return { ok: false, message: '无法删除备份：存储不可用。' };
    try {
      storage.removeItem(key);
    } catch (error) {
      return { ok: false, message: describeStorageError(error) };
    }
    set(withDoc(state.doc));
    return { ok: true };
  }

  /** Only after the reader has exported the unreadable data: start afresh over it. */
  function overwriteUnreadable(): ActionResult {
    if (state.status.kind !== 'blocked' || !storage) return { ok: true };
    try {
      storage.setItem(BOOKMARKS_KEY, JSON.stringify(state.doc));
    } catch (error) {
      return { ok: false, message: describeStorageError(error) };
    }
    set(stateOf({ kind: 'ready' }, state.doc, safeBackups(storage)));
    return { ok: true };
  }

  return {
    getSnapshot: (): BookmarkState => state,
    subscribe(listener: () => void): () => void {
      if (listeners.size === 0) events?.addEventListener('storage', onStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) events?.removeEventListener('storage', onStorage);
      };
    },
    commit,
    syncFromStorage,
    deleteBackup,
    overwriteUnreadable,
  };
}

export type BookmarkStore = ReturnType<typeof createBookmarkStore>;
