import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDirs, describeDiff, listFiles } from './compare-dirs.ts';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cmp-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('compareDirs', () => {
  it('finds nothing between two folders with the same files and bytes', () => {
    const files = { 'manifest.json': '{}', 'issues/a.json': '[1]', 'entities/person/张三.json': '{"x":1}' };
    expect(compareDirs(tree(files), tree(files))).toEqual({ stale: [], missing: [], extra: [] });
  });

  it('tells stale, missing and extra files apart, in nested folders', () => {
    const built = tree({ 'manifest.json': '{"n":2}', 'issues/a.json': '1', 'issues/b.json': '2' });
    const target = tree({ 'manifest.json': '{"n":1}', 'issues/a.json': '1', 'issues/old.json': '0' });
    expect(compareDirs(built, target)).toEqual({ stale: ['manifest.json'], missing: ['issues/b.json'], extra: ['issues/old.json'] });
  });

  it('treats a target folder that does not exist as empty', () => {
    const built = tree({ 'manifest.json': '{}' });
    expect(compareDirs(built, join(built, 'nowhere'))).toEqual({ stale: [], missing: ['manifest.json'], extra: [] });
    expect(listFiles(join(built, 'nowhere'))).toEqual([]);
  });
});

describe('describeDiff', () => {
  it('prints one line per file and caps long lists', () => {
    const lines = describeDiff({ stale: ['a', 'b', 'c'], missing: ['d'], extra: [] }, 2);
    expect(lines).toEqual(['stale: a', 'stale: b', 'stale: … and 1 more', 'missing: d']);
  });
});
