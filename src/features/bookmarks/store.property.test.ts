import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Bookmark, BookmarkTarget } from './schema';
import { bookmarkDocSchema, bookmarkKey } from './schema';
import { cleanNote } from './doc-ops';
import { createBookmarkStore } from './store';
import { bookmarkActions } from './actions';
import { BOOKMARKS_KEY } from './storage-keys';
import { MemoryStorage, quotaError } from './testing/memory-storage';
import { bookmarkArb, noteArb, targetArb } from './testing/arbitraries';

type Command =
  | { tab: 0 | 1; fail: boolean; type: 'add' | 'remove'; target: BookmarkTarget }
  | { tab: 0 | 1; fail: boolean; type: 'note'; target: BookmarkTarget; note: string }
  | { tab: 0 | 1; fail: boolean; type: 'import'; entries: Bookmark[] }
  | { tab: 0 | 1; fail: boolean; type: 'undo' | 'sync' };

const tabArb = fc.constantFrom(0 as const, 1 as const);
// About one write in seven fails (as with a full quota), to check that a failure changes nothing.
const base = { tab: tabArb, fail: fc.integer({ min: 0, max: 6 }).map((n) => n === 0) };
const commandArb: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ ...base, type: fc.constantFrom('add' as const, 'remove' as const), target: targetArb }),
  fc.record({ ...base, type: fc.constant('note' as const), target: targetArb, note: noteArb }),
  fc.record({ ...base, type: fc.constant('import' as const), entries: fc.array(bookmarkArb, { maxLength: 4 }) }),
  fc.record({ ...base, type: fc.constantFrom('undo' as const, 'sync' as const) }),
);

/** What should be saved after each command: key → note. The store must agree, whatever the interleaving. */
function applyToModel(model: Map<string, string>, command: Command, undoable: Bookmark | undefined): void {
  switch (command.type) {
    case 'add':
      if (!model.has(bookmarkKey(command.target))) model.set(bookmarkKey(command.target), '');
      return;
    case 'remove':
      model.delete(bookmarkKey(command.target));
      return;
    case 'note':
      if (model.has(bookmarkKey(command.target))) model.set(bookmarkKey(command.target), cleanNote(command.note));
      return;
    case 'undo':
      if (undoable && !model.has(bookmarkKey(undoable))) model.set(bookmarkKey(undoable), undoable.note);
      return;
    case 'import':
      for (const entry of command.entries) {
        const current = model.get(bookmarkKey(entry));
        if (current === undefined) model.set(bookmarkKey(entry), cleanNote(entry.note));
        else if (!current && entry.note) model.set(bookmarkKey(entry), cleanNote(entry.note));
      }
  }
}

const asMap = (bookmarks: readonly Bookmark[]) => new Map(bookmarks.map((b) => [bookmarkKey(b), b.note]));

describe('the store under any sequence of actions in two tabs', () => {
  it('stays valid, saves exactly what the reader did, and loses nothing (failed writes change nothing)', () => {
    fc.assert(
      fc.property(fc.array(commandArb, { maxLength: 40 }), fc.boolean(), (commands, frozenClock) => {
        const storage = new MemoryStorage();
        let ms = Date.UTC(2024, 0, 1);
        // A frozen clock checks that stamps still order every change (two actions in one millisecond).
        const now = () => (frozenClock ? ms : (ms += 7));
        const tabs = [0, 1].map(() => {
          const store = createBookmarkStore({ getStorage: () => storage, now });
          return { store, actions: bookmarkActions(store), lastRemoved: undefined as Bookmark | undefined };
        });
        const model = new Map<string, string>();
        for (const command of commands) {
          const tab = tabs[command.tab]!;
          if (command.type === 'sync') {
            tab.store.syncFromStorage(BOOKMARKS_KEY);
            expect(asMap(tab.store.getSnapshot().bookmarks)).toEqual(model);
            continue;
          }
          const undoable = tab.lastRemoved;
          if (command.type === 'undo' && !undoable) continue;
          storage.writeError = command.fail ? quotaError() : undefined;
          const result = (() => {
            switch (command.type) {
              case 'add':
                return tab.actions.add(command.target);
              case 'remove': {
                const removal = tab.actions.remove(bookmarkKey(command.target));
                if (removal.removed) tab.lastRemoved = removal.removed;
                return removal;
              }
              case 'note':
                return tab.actions.setNote(bookmarkKey(command.target), command.note);
              case 'import':
                return tab.actions.importEntries(command.entries);
              case 'undo':
                return tab.actions.restore(undoable!);
            }
          })();
          storage.writeError = undefined;
          expect(result.ok).toBe(!command.fail);
          if (result.ok) applyToModel(model, command, undoable);

          const raw = storage.getItem(BOOKMARKS_KEY);
          if (raw !== null) expect(asMap(bookmarkDocSchema.parse(JSON.parse(raw)).bookmarks)).toEqual(model);
          // The acting tab has just read storage, so it shows exactly what is saved: even after a failure.
          if (raw !== null) expect(asMap(tab.store.getSnapshot().bookmarks)).toEqual(model);
        }
        for (const tab of tabs) {
          tab.store.syncFromStorage(BOOKMARKS_KEY);
          expect(asMap(tab.store.getSnapshot().bookmarks)).toEqual(model);
        }
      }),
      { numRuns: 300 },
    );
  });
});
