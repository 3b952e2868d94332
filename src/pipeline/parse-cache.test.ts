import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCache } from './parse-cache.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('parseCache', () => {
  it('returns what was stored for the same bytes, and nothing for other bytes', () => {
    const cache = parseCache<{ n: number }>(mkdtempSync(join(tmpdir(), 'cache-')));
    expect(cache.get(bytes('甲'))).toBeUndefined();
    cache.set(bytes('甲'), { n: 1 });
    expect(cache.get(bytes('甲'))).toEqual({ n: 1 });
    expect(cache.get(bytes('乙'))).toBeUndefined();
    expect(cache.hits).toBe(1);
  });

  it('treats a torn cache file as a miss, and a disabled cache never hits or writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cache-'));
    const cache = parseCache<{ n: number }>(dir);
    cache.set(bytes('甲'), { n: 1 });
    const [file] = readdirSync(dir);
    writeFileSync(join(dir, file!), '{"n":');
    expect(cache.get(bytes('甲'))).toBeUndefined();

    const off = parseCache<{ n: number }>(join(dir, 'off'), false);
    off.set(bytes('乙'), { n: 2 });
    expect(off.get(bytes('乙'))).toBeUndefined();
  });
});
