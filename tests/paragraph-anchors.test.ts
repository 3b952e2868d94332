/** Shared paragraph links (#p3) must open the same passage after the archive is rebuilt from the same input. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { issueSchema } from '../src/schema/issue.ts';
import { manifestSchema } from '../src/schema/manifest.ts';
import { dataFiles } from '../src/schema/paths.ts';
import { paragraphAnchor } from '../src/features/reader/paragraph-anchor.ts';

const root = join(import.meta.dirname, '..');

/** Builds `seeds` without the parse cache and returns every paragraph link → the text it opens on. */
function buildLinks(seeds: string, out: string): Map<string, string> {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/pipeline/build-data.ts'), '--seeds', seeds, '--out', out, '--no-cache'], { encoding: 'utf8', cwd: root });
  expect(result.status, result.stderr).toBe(0);
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(out, dataFiles.manifest), 'utf8')));
  const links = new Map<string, string>();
  for (const entry of manifest.issues) {
    const issue = issueSchema.parse(JSON.parse(readFileSync(join(out, dataFiles.issue(entry.id, entry.hash)), 'utf8')));
    for (const article of issue.articles) {
      article.paragraphs.forEach((paragraph, index) => links.set(`/issues/${issue.id}/articles/${article.id}#${paragraphAnchor(index)}`, paragraph.text));
    }
  }
  return links;
}

describe('paragraph links', { timeout: 90_000 }, () => {
  it('open the same paragraph after a rebuild of the same input, from another folder and without cache', () => {
    const dir = mkdtempSync(join(tmpdir(), 'anchors-'));
    try {
      const first = buildLinks(join(root, 'seeds'), join(dir, 'a'));
      cpSync(join(root, 'seeds'), join(dir, 'seeds'), { recursive: true });
      const second = buildLinks(join(dir, 'seeds'), join(dir, 'b'));
      expect(first.size).toBeGreaterThan(100);
      expect(second).toEqual(first);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
