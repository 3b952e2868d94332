import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkImport, layerOf, layerViolation } from '../scripts/lint/import-layers.mjs';

describe('layerOf', () => {
  it('names the layer of a path under src/', () => {
    expect(layerOf('app/routes/root.tsx')).toBe('app');
    expect(layerOf('main.tsx')).toBe('app');
    expect(layerOf('features/reader/components/x.tsx')).toBe('feature:reader');
    expect(layerOf('config/paths.ts')).toBe('config');
    expect(layerOf('pipeline/steps/a.ts')).toBe('pipeline');
    expect(layerOf('../scripts/x.ts')).toBeNull();
    expect(layerOf('widgets/x.ts')).toBe('unknown:widgets');
  });
});

describe('layerViolation', () => {
  const allowed: [string, string][] = [
    ['app', 'feature:reader'], ['app', 'components'], ['feature:reader', 'feature:reader'],
    ['feature:reader', 'config'], ['feature:search', 'schema'], ['components', 'lib'],
    ['lib', 'config'], ['config', 'schema'], ['pipeline', 'schema'], ['pipeline', 'pipeline'],
  ];
  const denied: [string, string][] = [
    ['feature:reader', 'feature:search'], ['feature:reader', 'app'], ['components', 'feature:reader'],
    ['lib', 'app'], ['config', 'app'], ['schema', 'feature:search'], ['schema', 'lib'], ['lib', 'components'],
    ['app', 'pipeline'], ['feature:search', 'pipeline'], ['schema', 'pipeline'], ['pipeline', 'lib'],
    ['pipeline', 'app'], ['pipeline', 'feature:search'], ['app', 'unknown:widgets'],
  ];
  it.each(allowed)('%s may import %s', (from, to) => expect(layerViolation(from, to)).toBeNull());
  it.each(denied)('%s may not import %s', (from, to) => expect(layerViolation(from, to)).toMatch(/\w/));
});

describe('checkImport resolves the path, not the text', () => {
  const src = '/repo/src';
  it('tells another feature from a folder of the same name in this feature', () => {
    expect(checkImport(src, '/repo/src/features/reader/components/a.tsx', '../../search/x')).toMatch(/each other/);
    expect(checkImport(src, '/repo/src/features/reader/a.tsx', './search/x')).toBeNull();
  });
  it('ignores packages and lets tests build fixtures with the pipeline', () => {
    expect(checkImport(src, '/repo/src/lib/a.ts', 'react')).toBeNull();
    expect(checkImport(src, '/repo/src/features/search/a.test.ts', '../../pipeline/steps/b.ts')).toBeNull();
    expect(checkImport(src, '/repo/src/features/search/a.ts', '../../pipeline/steps/b.ts')).toMatch(/pipeline/);
  });
});

// The rule as oxlint runs it (the plugin, the config format, every kind of import), on a fixture tree.
describe('oxlint layers/imports', { timeout: 60_000 }, () => {
  const root = mkdtempSync(path.join(tmpdir(), 'layers-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  };
  const lint = () => {
    const plugin = path.resolve(import.meta.dirname, '../scripts/lint/layers-plugin.mjs');
    const config = { jsPlugins: [plugin], rules: { 'layers/imports': ['error', { srcDir: path.join(root, 'src') }] } };
    write('oxlintrc.json', JSON.stringify(config));
    const oxlint = path.resolve(import.meta.dirname, '../node_modules/.bin/oxlint');
    const run = spawnSync(oxlint, [ '-c', 'oxlintrc.json', '-f', 'unix', 'src'], { cwd: root, encoding: 'utf8' });
    return { status: run.status, out: run.stdout, err: run.stderr };
  };

  it('fails on each kind of violation and passes a clean tree', () => {
    write('src/config/paths.ts', 'export const p = 1;\n');
    write('src/features/search/x.ts', "import { p } from '../../config/paths';\nexport const s = p;\n");
    write('src/app/a.ts', "export { s } from '../features/search/x';\n");
    expect(lint()).toEqual({ status: 0, out: '', err: '' });

    write('src/features/reader/bad.ts', [
      "import type { s } from '../search/x';",
      "export * from '../../app/a';",
      "export const later = () => import('../../pipeline/b');",
      'export type T = typeof s;',
    ].join('\n'));
    write('src/components/bad.ts', "export { s } from '../features/search/x';\n");
    const { status, out, err } = lint();
    expect([status, err]).toEqual([1, '']);
    expect(out).toMatch(/4 problems/);
    expect(out).toMatch(/reader\/bad\.ts:1:.*features must not import each other \(reader → search\)/);
    expect(out).toMatch(/reader\/bad\.ts:2:.*only src\/app may import src\/app/);
    expect(out).toMatch(/reader\/bad\.ts:3:.*must not import the build-time pipeline/);
    expect(out).toMatch(/components\/bad\.ts:1:.*must not import a feature \(search\)/);
  });
});
