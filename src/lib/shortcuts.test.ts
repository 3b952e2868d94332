import { describe, expect, it } from 'vitest';
import { composing, shortcutAllowed } from './shortcuts';
import type { KeyPress } from './shortcuts';

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  isComposing: false,
  keyCode: key.length === 1 ? key.toUpperCase().charCodeAt(0) : 27,
  repeat: false,
  defaultPrevented: false,
  inField: false,
  modalOpen: false,
  ...more,
});

describe('shortcutAllowed: one rule for every shortcut', () => {
  it('lets a plain key on the page through, and Shift (? needs it)', () => {
    expect(shortcutAllowed(press('j'))).toBe(true);
    expect(shortcutAllowed(press('?'))).toBe(true);
  });

  it.each(['ctrlKey', 'metaKey', 'altKey'] as const)('leaves %s combinations to the browser and the OS', (modifier) => {
    expect(shortcutAllowed(press('j', { [modifier]: true }))).toBe(false);
    expect(shortcutAllowed(press('Escape', { [modifier]: true }))).toBe(false);
  });

  it('leaves keys that an IME is composing alone, by isComposing or by keyCode 229', () => {
    expect(shortcutAllowed(press('j', { isComposing: true }))).toBe(false);
    expect(shortcutAllowed(press('j', { keyCode: 229 }))).toBe(false);
    expect(shortcutAllowed(press('Escape', { isComposing: true }))).toBe(false);
  });

  it('ignores held-down repeats and keys already handled', () => {
    expect(shortcutAllowed(press('j', { repeat: true }))).toBe(false);
    expect(shortcutAllowed(press('j', { defaultPrevented: true }))).toBe(false);
  });

  it('treats keys typed in a field as text', () => {
    expect(shortcutAllowed(press('j', { inField: true }))).toBe(false);
    expect(shortcutAllowed(press('/', { inField: true }))).toBe(false);
  });

  it('suspends every shortcut but Escape while a modal dialog is open', () => {
    for (const key of ['j', 'k', '[', ']', 'b', '/', '?']) expect(shortcutAllowed(press(key, { modalOpen: true }))).toBe(false);
    expect(shortcutAllowed(press('Escape', { modalOpen: true }))).toBe(true);
  });

  it('lets Escape close things from inside a field', () => {
    expect(shortcutAllowed(press('Escape', { inField: true }))).toBe(true);
  });
});

describe('composing', () => {
  it('is true for isComposing or keyCode 229 only', () => {
    expect(composing({ isComposing: true, keyCode: 13 })).toBe(true);
    expect(composing({ isComposing: false, keyCode: 229 })).toBe(true);
    expect(composing({ isComposing: false, keyCode: 13 })).toBe(false);
  });
});
