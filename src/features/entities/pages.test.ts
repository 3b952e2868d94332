import { describe, expect, it } from 'vitest';
import { yearsToCover } from './pages';

describe('yearsToCover', () => {
  const earlier = [{ count: 30 }, { count: 5 }, { count: 100 }];

  it('needs no earlier year while the newest year fills the rows', () => {
    expect(yearsToCover(80, earlier, 50)).toBe(0);
    expect(yearsToCover(50, earlier, 50)).toBe(0);
  });

  it('adds earlier years, newest first, until the rows are covered', () => {
    expect(yearsToCover(40, earlier, 50)).toBe(1);
    expect(yearsToCover(40, earlier, 71)).toBe(2);
    expect(yearsToCover(40, earlier, 76)).toBe(3);
  });

  it('stops at the oldest year when asked for more rows than there are', () => {
    expect(yearsToCover(0, earlier, 1000)).toBe(3);
    expect(yearsToCover(0, [], 50)).toBe(0);
  });
});
