import { describe, expect, it } from 'vitest';
import { passProgress, progress } from './progress.ts';

function terminal(isTTY: boolean) {
  const out: string[] = [];
  return { out, stream: { isTTY, write: (s: string) => out.push(s) > 0 } };
}

describe('progress', () => {
  it('shows done/total, rate and time left on a terminal', () => {
    const { out, stream } = terminal(true);
    let t = 0;
    const bar = progress('parsing issues', 100, { stream, now: () => t });
    t = 2000;
    bar.tick(50);
    expect(out.at(-1)).toMatch(/^\rparsing issues 50\/100 · 25\/s · 2 s left/);
    bar.done();
    expect(out.at(-1)).toBe('\n');
  });

  it('redraws at most ten times a second, however many items pass', () => {
    const { out, stream } = terminal(true);
    let t = 0;
    const bar = progress('writing', 1000, { stream, now: () => t });
    for (let n = 1; n <= 1000; n++) {
      t = n; // one item per millisecond: one second in all
      bar.tick(n);
    }
    expect(out.length).toBeGreaterThanOrEqual(9);
    expect(out.length).toBeLessThanOrEqual(11);
  });

  it('is silent when stderr is not a terminal', () => {
    const { out, stream } = terminal(false);
    const bar = progress('parsing issues', 100, { stream });
    bar.tick(10);
    bar.done();
    expect(out).toEqual([]);
  });
});

describe('passProgress', () => {
  it('ends one pass’s line before starting the next, each labelled', () => {
    const { out, stream } = terminal(true);
    const t = 0;
    const passes = passProgress('entities', { stream, now: () => t });
    passes.tick('people', 1, 10);
    passes.tick('places', 1, 10);
    passes.done();
    const text = out.join('');
    expect(text).toMatch(/entities: people 1\/10[^\n]*\n\rentities: places 1\/10[^\n]*\n$/);
  });
});
