/**
 * Every keyboard shortcut of the app goes through this one listener and one rule (`shortcutAllowed`),
 * so they cannot disagree about typing, IME composition, open dialogs or modifier keys.
 */

/** What the rule needs to know about a key press: the event's own fields and two facts about the page. */
export type KeyPress = Pick<
  KeyboardEvent,
  'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'isComposing' | 'keyCode' | 'repeat' | 'defaultPrevented'
> & {
  /** Focus is in a text field, a select or an editable element: the key is text. */
  inField: boolean;
  /** A modal dialog is open: the page behind it is inert, so its shortcuts are too. */
  modalOpen: boolean;
};

/**
 * Whether a key press may trigger a shortcut. Never with Ctrl/⌘/Alt (the browser's and the OS's
 * own), never mid-composition (an IME is turning keys into characters; Chrome reports keyCode 229
 * for those keys even when `isComposing` is not yet set), never a held key's repeats, never a key
 * someone else already handled. Shift is allowed: `?` needs it. Escape only closes things, so it
 * also works while typing or with a dialog open; every other key waits until focus leaves the field
 * and the dialog is closed.
 */
export function shortcutAllowed(press: KeyPress): boolean {
  if (press.ctrlKey || press.metaKey || press.altKey) return false;
  if (composing(press)) return false;
  if (press.repeat || press.defaultPrevented) return false;
  if (press.key === 'Escape') return true;
  return !press.inField && !press.modalOpen;
}

/**
 * The key belongs to an IME composition: `isComposing`, or keyCode 229, which Chrome sets before
 * `isComposing` and Safari keeps on the Enter that commits a composition. Also for a field's own keys.
 */
export const composing = (press: Pick<KeyboardEvent, 'isComposing' | 'keyCode'>): boolean =>
  press.isComposing || press.keyCode === 229;

const FIELD = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

function inField(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return target.closest(FIELD) !== null;
}

function modalOpen(): boolean {
  if (document.querySelector('[aria-modal="true"]')) return true;
  return [...document.querySelectorAll('dialog[open]')].some((dialog) => {
    try {
      return dialog.matches(':modal');
    } catch {
      return true; // a browser without :modal: treat any open dialog as modal, the safe side
    }
  });
}

/** The rule's view of a real event on the page. */
export const keyPressOf = (event: KeyboardEvent): KeyPress => ({
  key: event.key,
  ctrlKey: event.ctrlKey,
  metaKey: event.metaKey,
  altKey: event.altKey,
  isComposing: event.isComposing,
  keyCode: event.keyCode,
  repeat: event.repeat,
  defaultPrevented: event.defaultPrevented,
  inField: inField(event.target),
  modalOpen: modalOpen(),
});

/** Called with the key that fired (one handler may be bound to several keys). */
type Handler = (key: string) => void;
const handlers = new Map<string, Set<Handler>>();

function onKeyDown(event: KeyboardEvent): void {
  const bound = handlers.get(event.key);
  if (!bound?.size || !shortcutAllowed(keyPressOf(event))) return;
  // Escape is left unprevented: a native dialog closes on it, and must still be able to.
  if (event.key !== 'Escape') event.preventDefault();
  // A copy: a handler may bind or unbind keys while this runs, and a newly bound one must not fire now.
  for (const handler of Array.from(bound)) handler(event.key);
}

/**
 * Binds `handler` to each of `keys` (KeyboardEvent.key values: 'j', '?', 'Escape'); returns the
 * unbind function. Several handlers on one key all run (two hover cards both close on Escape).
 */
export function bindShortcut(keys: readonly string[], handler: Handler): () => void {
  if (handlers.size === 0) document.addEventListener('keydown', onKeyDown);
  for (const key of keys) {
    const set = handlers.get(key) ?? new Set();
    set.add(handler);
    handlers.set(key, set);
  }
  return () => {
    for (const key of keys) {
      handlers.get(key)?.delete(handler);
      if (handlers.get(key)?.size === 0) handlers.delete(key);
    }
    if (handlers.size === 0) document.removeEventListener('keydown', onKeyDown);
  };
}
