import { describe, expect, it } from 'vitest';
import { stageTimes } from './stages.ts';

describe('stageTimes', () => {
  it('charges each stage the time since the previous lap and reports memory after it', () => {
    const clock = [0, 1500, 4000];
    const mem = [{ rssMB: 100, peakMB: 120 }, { rssMB: 80, peakMB: 300 }];
    const times = stageTimes(() => clock.shift()!, () => mem.shift()!);
    times.lap('parse');
    times.lap('entities');
    const lines = times.lines();
    expect(lines[0]).toMatch(/^parse\s+1\.5 s\s+rss\s+100 MB\s+peak\s+120 MB$/);
    expect(lines[1]).toMatch(/^entities\s+2\.5 s\s+rss\s+80 MB\s+peak\s+300 MB$/);
    expect(lines[2]).toMatch(/^total\s+4\.0 s$/);
  });
});
