import { describe, expect, it } from 'vitest';
import { settledAll } from './settled-all';

const later = <T>(ms: number, value: T, fail = false) =>
  new Promise<T>((resolve, reject) => setTimeout(() => (fail ? reject(new Error(String(value))) : resolve(value)), ms));

describe('settledAll', () => {
  it('resolves with every value in order', async () => {
    expect(await settledAll([later(5, 'a'), later(1, 'b'), Promise.resolve('c')])).toEqual(['a', 'b', 'c']);
  });

  it('rejects with the first failure in order, but only after every promise has settled', async () => {
    let slowSettled = false;
    const slow = later(20, 'slow').then((v) => ((slowSettled = true), v));
    await expect(settledAll([later(1, 'fast', true), slow, later(5, 'second', true)])).rejects.toThrow('fast');
    expect(slowSettled).toBe(true);
  });

  it('resolves an empty list', async () => {
    expect(await settledAll([])).toEqual([]);
  });
});
