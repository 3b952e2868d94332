import { describe, expect, it } from 'vitest';
import { reloadOnce, RELOAD_WINDOW_MS } from './reload-once';

function memory(): Pick<Storage, 'getItem' | 'setItem'> {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

describe('reloadOnce', () => {
  it('reloads once, then not again within the window, so a chunk that stays missing cannot loop', () => {
    const storage = memory();
    let reloads = 0;
    const reload = () => void reloads++;
    expect(reloadOnce({ storage, reload, now: 1000 })).toBe(true);
    expect(reloadOnce({ storage, reload, now: 1000 + 5_000 })).toBe(false);
    expect(reloads).toBe(1);
    // A later deploy, long after, may reload again.
    expect(reloadOnce({ storage, reload, now: 1000 + RELOAD_WINDOW_MS + 1 })).toBe(true);
    expect(reloads).toBe(2);
  });

  it('does not reload when it cannot remember that it did (storage blocked or full)', () => {
    const storage = { getItem: () => null, setItem: () => { throw new Error('blocked'); } };
    let reloads = 0;
    expect(reloadOnce({ storage, reload: () => void reloads++, now: 0 })).toBe(false);
    expect(reloads).toBe(0);
  });

  it('ignores a garbled mark', () => {
    const storage = memory();
    storage.setItem('zzrb-reloaded-for-update', 'nonsense');
    expect(reloadOnce({ storage, reload: () => {}, now: 50 })).toBe(true);
  });
});
