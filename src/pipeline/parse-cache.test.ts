import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseCache } from './parse-cache.ts';
import { readSeed, seedCache } from './read-seeds.ts';
import { sourceClosure, sourceHash } from './source-hash.ts';

const bytes = (s: string) => new TextEncoder().encode(s);
const schema = z.object({ n: z.number() });
const root = join(import.meta.dirname, '..', '..');

describe('parseCache', () => {
  it('returns what was stored for the same bytes, and nothing for other bytes or another code key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cache-'));
    const cache = parseCache(dir, { schema, codeKey: 'a' });
    expect(cache.get(bytes('甲'))).toBeUndefined();
    cache.set(bytes('甲'), { n: 1 });
    expect(cache.get(bytes('甲'))).toEqual({ n: 1 });
    expect(cache.get(bytes('乙'))).toBeUndefined();
    expect(cache.hits).toBe(1);
    expect(parseCache(dir, { schema, codeKey: 'b' }).get(bytes('甲'))).toBeUndefined();
  });

  it('treats a torn or ill-shaped entry as a miss, and a disabled cache never hits or writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cache-'));
    const cache = parseCache(dir, { schema, codeKey: 'a' });
    cache.set(bytes('甲'), { n: 1 });
    const [file] = readdirSync(dir);
    for (const text of ['{"n":', '{"n":"1"}', 'null']) {
      writeFileSync(join(dir, file!), text);
      expect(cache.get(bytes('甲'))).toBeUndefined();
    }
    const off = parseCache(join(dir, 'off'), { schema, codeKey: 'a', enabled: false });
    off.set(bytes('乙'), { n: 2 });
    expect(off.get(bytes('乙'))).toBeUndefined();
  });
});

describe('the seed parse cache', () => {
  it('ignores entries such as {"ok":true} or {"ok":false} and parses the file again', () => {
    const seeds = join(root, 'seeds');
    const file = readdirSync(seeds).find((f) => f.endsWith('.txt'))!;
    const dir = mkdtempSync(join(tmpdir(), 'cache-'));
    const expected = readSeed(seeds, file);
    readSeed(seeds, file, {}, seedCache(dir, true));
    const [entry] = readdirSync(dir);
    for (const bad of ['{"ok":true}', '{"ok":false}', '{"ok":true,"warnings":[],"parsed":{"articles":[{}]}}']) {
      writeFileSync(join(dir, entry!), bad);
      const cache = seedCache(dir, true);
      expect(readSeed(seeds, file, {}, cache)).toEqual(expected);
      expect(cache.hits).toBe(0);
    }
    const good = seedCache(dir, true);
    readSeed(seeds, file, {}, good); // rewritten by the miss above
    expect(good.hits).toBe(1);
  });

  it('is keyed by every module the parser imports, not only steps/', () => {
    const { files, packages } = sourceClosure(join(root, 'src/pipeline/read-seeds.ts'));
    const rel = files.map((f) => f.slice(root.length + 1));
    expect(rel).toEqual(expect.arrayContaining(['src/pipeline/read-seeds.ts', 'src/pipeline/steps/decode.ts', 'src/pipeline/steps/credits.ts', 'src/schema/issue.ts']));
    expect(packages).toContain('zod');
  });

  it('changes its key when any imported file changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'closure-'));
    mkdirSync(join(dir, 'lib'));
    writeFileSync(join(dir, 'a.ts'), "import {\n  b,\n} from './lib/b.ts';\nexport const a = b;\n");
    writeFileSync(join(dir, 'lib', 'b.ts'), "export { c as b } from './c.ts';\n");
    writeFileSync(join(dir, 'lib', 'c.ts'), 'export const c = 1;\n');
    const before = sourceHash(join(dir, 'a.ts'), dir);
    expect(sourceClosure(join(dir, 'a.ts')).files).toHaveLength(3);
    writeFileSync(join(dir, 'lib', 'c.ts'), 'export const c = 2;\n');
    expect(sourceHash(join(dir, 'a.ts'), dir)).not.toBe(before);
  });
});
