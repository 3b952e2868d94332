import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { issuePath, readIssue, readManifest } from '../support/archive-data';

// The prerender run on a copy of the built site: what a damaged data file does to the pages, and
// what a rebuild renders again. Real runs of the build script, on the seeds' build.
const root = join(import.meta.dirname, '../..');
const run = promisify(execFile);

async function prerender(dist: string): Promise<string> {
  const { stdout, stderr } = await run(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/prerender/index.ts', '--dist', dist], { cwd: root });
  return stdout + stderr;
}

test('a damaged issue file keeps its pages out (and says why), the rest is written; a rebuild renders only what changed', async () => {
  test.setTimeout(180_000);
  const source = join(root, process.env.DIST_DIR ?? 'dist');
  const dist = mkdtempSync(join(tmpdir(), 'prerender-'));
  const caches = [`prerender-${basename(dist)}`, `ssr-${basename(dist)}`].map((name) => join(root, '.cache', name));
  try {
    cpSync(source, dist, { recursive: true });
    const manifest = readManifest();
    const damagedId = manifest.issues[1]!.id;
    const damaged = readIssue(damagedId);
    const file = join(dist, issuePath(damagedId));
    const bytes = readFileSync(file);
    rmSync(join(dist, 'issues', `${damagedId}.html`));
    writeFileSync(file, Buffer.from(bytes.toString('utf8').replace(damaged.articles[0]!.title, `${damaged.articles[0]!.title}（改）`)));

    const first = await prerender(dist);
    expect(first).toMatch(new RegExp(`not written: /issues/${damagedId}: .*数据已损坏`));
    expect(existsSync(join(dist, 'issues', `${damagedId}.html`))).toBe(false);
    const intact = manifest.issues[0]!.id;
    expect(readFileSync(join(dist, 'issues', `${intact}.html`), 'utf8')).toContain(readIssue(intact).articles[0]!.title);
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain(`/issues/${intact}<`);
    expect(sitemap).not.toContain(`/issues/${damagedId}<`);

    // Nothing changed: nothing rendered (the failed group is tried again and fails again).
    expect(await prerender(dist)).toMatch(/ \(0 rendered, \d+ unchanged\), 1 not written/);

    // The file repaired: its issue's pages, and only those, are rendered.
    writeFileSync(file, bytes);
    expect(await prerender(dist)).toMatch(new RegExp(` \\(${1 + damaged.articles.length} rendered, \\d+ unchanged\\), 0 not written`));
    expect(readFileSync(join(dist, 'issues', `${damagedId}.html`), 'utf8')).toContain(damaged.articles[0]!.title);
  } finally {
    rmSync(dist, { recursive: true, force: true });
    for (const dir of caches) rmSync(dir, { recursive: true, force: true });
  }
});
