/** The build-data CLI end to end: bad files are reported by name and reason, the rest still built. */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { issueSchema } from '../src/schema/issue.ts';
import { manifestSchema, manifestYearSchema } from '../src/schema/manifest.ts';
import { dataFiles } from '../src/schema/paths.ts';
import { linkedFiles } from './data-links.ts';

const root = join(import.meta.dirname, '..');
const seeds = join(root, 'seeds');

function run(seedsDir: string, outDir: string, ...flags: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/pipeline/build-data.ts'), '--seeds', seedsDir, '--out', outDir, ...flags], {
    encoding: 'utf8',
    cwd: root,
  });
}

// chmod 000 stops only a non-root user: as root, the build runs as `nobody` through setpriv.
const asUser = process.getuid?.() === 0 ? ['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups'] : [];
const canDropRoot = asUser.length === 0 || spawnSync('setpriv', ['--version']).status === 0;

/** The manifest and every issue as its yearly volume lists it, newest first. */
function readOutput(out: string) {
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')));
  const summaries = manifest.years.flatMap((ref) => manifestYearSchema.parse(JSON.parse(readFileSync(join(out, ref.file), 'utf8'))).issues);
  return { manifest, summaries };
}

// Each run parses the seeds and extracts entities.
describe('npm run build:data', { timeout: 60_000 }, () => {
  it('reports broken files by name and reason and still writes the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    const out = join(dir, 'out');
    const good = readdirSync(seeds).filter((f) => f.endsWith('.txt'));
    good.forEach((f) => copyFileSync(join(seeds, f), join(dir, f)));
    // The same page re-encoded as GBK with CRLF line ends must build like the UTF-8 one.
    const first = readFileSync(join(seeds, good[0]!), 'utf8');
    writeFileSync(join(dir, 'zz-gbk.txt'), iconv.encode(first.replace(/\n/g, '\r\n'), 'gbk'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    writeFileSync(join(dir, 'undatable.txt'), '一段没有日期的文字。\n');

    const result = run(dir, out);

    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/error: empty\.txt: .*empty/);
    expect(result.stderr).toMatch(/error: image\.txt: .*binary/);
    expect(result.stderr).toMatch(/error: undatable\.txt: cannot date/);
    const { manifest, summaries } = readOutput(out);
    expect(manifest.issues).toHaveLength(good.length + 1);
    expect(summaries.map((s) => ({ id: s.id, date: s.date }))).toEqual(manifest.issues.map(({ id, date }) => ({ id, date })));
    // Every file but manifest.json is named by its content and reached from manifest.json; none is left over.
    const linked = linkedFiles(out);
    expect(linked.damaged).toEqual([]);
    expect([...linked.reached].sort()).toEqual(linked.written.filter((f) => f !== 'manifest.json').sort());
    const dates = manifest.issues.map((i) => i.date);
    expect(dates).toEqual([...dates].sort().reverse());
    // Two issues on one date: the later file gets a suffixed id.
    const twins = summaries.filter((i) => i.date === summaries.find((m) => m.source === 'zz-gbk.txt')!.date);
    expect(twins.map((t) => t.id).sort()).toEqual([twins[0]!.date, `${twins[0]!.date}-2`]);
    for (const entry of summaries) {
      const hash = manifest.issues.find((i) => i.id === entry.id)!.hash;
      const issue = issueSchema.parse(JSON.parse(readFileSync(join(out, dataFiles.issue(entry.id, hash)), 'utf8')));
      expect(issue.articles.length).toBe(entry.articleCount);
      expect(JSON.stringify(issue)).not.toContain('\uFFFD');
    }
    const [a, b] = twins.map((t) => JSON.parse(readFileSync(join(out, dataFiles.issue(t.id, manifest.issues.find((i) => i.id === t.id)!.hash)), 'utf8')).articles);
    expect(b).toEqual(a);
  });

  it('applies seeds/issues.json overrides and reports a broken one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    const file = readdirSync(seeds).find((f) => f.endsWith('.txt'))!;
    copyFileSync(join(seeds, file), join(dir, file));
    writeFileSync(join(dir, 'issues.json'), JSON.stringify({ [file]: { date: '1999-12-31', paper: '测试日报', edition: 'A1' } }));
    const ok = run(dir, join(dir, 'out'));
    expect(ok.status).toBe(0);
    const { manifest, summaries } = readOutput(join(dir, 'out'));
    expect(manifest.years).toEqual([{ year: 1999, file: expect.stringMatching(/^manifest\/1999\.[0-9a-f]{8}\.json$/), issueCount: 1 }]);
    expect(summaries[0]).toMatchObject({ id: '1999-12-31', paper: '测试日报', edition: 'A1' });

    mkdirSync(join(dir, 'bad'));
    copyFileSync(join(seeds, file), join(dir, 'bad', file));
    writeFileSync(join(dir, 'bad', 'issues.json'), '{ "x.txt": { "date": "31/12/1999" } }');
    const bad = run(join(dir, 'bad'), join(dir, 'bad-out'));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/issues\.json: .*YYYY-MM-DD/);
    expect(readdirSync(join(dir, 'bad-out', 'issues'))).toHaveLength(1);
  });

  it('--check passes on its own output, and lists what is stale, missing or extra otherwise', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    const out = join(dir, 'out');
    readdirSync(seeds).filter((f) => f.endsWith('.txt')).slice(0, 2).forEach((f) => copyFileSync(join(seeds, f), join(dir, f)));
    expect(run(dir, out).status).toBe(0);
    // A second build of the same input must give the same bytes (no timestamps, stable order).
    const again = run(dir, out, '--check');
    expect(again.stderr).toBe('');
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/is up to date/);

    const issueFile = readdirSync(join(out, 'issues'))[0]!;
    writeFileSync(join(out, 'issues', issueFile), '{}');
    rmSync(join(out, 'manifest.json'));
    writeFileSync(join(out, 'issues', 'left-over.json'), '{}');
    const check = run(dir, out, '--check');
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(`stale: issues/${issueFile}`);
    expect(check.stderr).toContain('missing: manifest.json');
    expect(check.stderr).toContain('extra: issues/left-over.json');
    // --check never writes to the folder it checks.
    expect(readFileSync(join(out, 'issues', issueFile), 'utf8')).toBe('{}');
  });

  it('refuses to replace an archive with an empty one unless --allow-empty', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    const out = join(dir, 'out');
    const file = readdirSync(seeds).find((f) => f.endsWith('.txt'))!;
    mkdirSync(join(dir, 'one'));
    copyFileSync(join(seeds, file), join(dir, 'one', file));
    expect(run(join(dir, 'one'), out).status).toBe(0);
    const before = readOutput(out).manifest;
    mkdirSync(join(dir, 'empty'));
    mkdirSync(join(dir, 'broken'));
    writeFileSync(join(dir, 'broken', 'a.txt'), '');

    for (const seedsDir of ['empty', 'broken']) {
      const refused = run(join(dir, seedsDir), out);
      expect(refused.status, seedsDir).toBe(1);
      expect(refused.stderr).toMatch(/no issue was built; .* \(1 issue\(s\)\) left as it was.*--allow-empty/);
      expect(readOutput(out).manifest).toEqual(before);
    }
    expect(readdirSync(dir).sort()).toEqual(['broken', 'empty', 'one', 'out']);
    expect(run(join(dir, 'empty'), out, '--allow-empty').status).toBe(0);
    expect(readOutput(out).manifest.issues).toEqual([]);
  });

  it.skipIf(!canDropRoot)('reports entries that are not readable regular files by name and reason, and builds the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    chmodSync(dir, 0o777);
    const [first, second] = readdirSync(seeds).filter((f) => f.endsWith('.txt'));
    copyFileSync(join(seeds, first!), join(dir, first!));
    copyFileSync(join(seeds, second!), join(dir, 'secret.txt'));
    chmodSync(join(dir, 'secret.txt'), 0o000);
    symlinkSync(join(seeds, second!), join(dir, 'linked.txt'));
    symlinkSync('loop-b.txt', join(dir, 'loop-a.txt'));
    symlinkSync('loop-a.txt', join(dir, 'loop-b.txt'));
    symlinkSync('nowhere.txt', join(dir, 'dangling.txt'));
    mkdirSync(join(dir, 'a.txt'));
    mkdirSync(join(dir, 'issues.json'));
    spawnSync('mkfifo', [join(dir, 'f.txt')]);

    const [cmd, ...args] = [...asUser, process.execPath, '--import', 'tsx', join(root, 'src/pipeline/build-data.ts'), '--seeds', dir, '--out', join(dir, 'out'), '--no-cache'];
    const result = spawnSync(cmd!, args, { encoding: 'utf8', cwd: root, timeout: 60_000 });

    expect(result.signal, 'the build hung').toBeNull();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('error: secret.txt: cannot be read: permission denied');
    expect(result.stderr).toMatch(/error: loop-a\.txt: a symlink loop/);
    expect(result.stderr).toMatch(/error: dangling\.txt: a dangling symlink/);
    expect(result.stderr).toContain('error: a.txt: not a regular file: it is a directory');
    expect(result.stderr).toContain('error: f.txt: not a regular file: it is a FIFO');
    expect(result.stderr).toContain('error: issues.json: ignored: not a regular file: it is a directory');
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    // The readable file and the symlinked one are built.
    expect(readOutput(join(dir, 'out')).summaries.map((s) => s.source).sort()).toEqual([first, 'linked.txt'].sort());
  });

  it('--check never uses the parse cache: a poisoned cache cannot make it pass', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    const file = readdirSync(seeds).find((f) => f.endsWith('.txt'))!;
    mkdirSync(join(dir, 'seeds'));
    copyFileSync(join(seeds, file), join(dir, 'seeds', file));
    // Run from `dir`, so the cache is dir/.cache/parsed and nobody else's.
    const build = (...flags: string[]) =>
      spawnSync(process.execPath, ['--import', pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href, join(root, 'src/pipeline/build-data.ts'), '--seeds', 'seeds', '--out', 'out', ...flags], { encoding: 'utf8', cwd: dir });
    expect(build().status).toBe(0);
    const cacheDir = join(dir, '.cache', 'parsed');
    const entries = readdirSync(cacheDir);
    expect(entries).toHaveLength(1);
    // A well-formed entry that no longer matches what the parser gives (as after an untracked change).
    const entry = JSON.parse(readFileSync(join(cacheDir, entries[0]!), 'utf8'));
    entry.parsed.articles[0].title = '缓存里的旧标题';
    writeFileSync(join(cacheDir, entries[0]!), JSON.stringify(entry));
    expect(build().status).toBe(0);
    expect(readFileSync(join(dir, 'out', 'issues', readdirSync(join(dir, 'out', 'issues'))[0]!), 'utf8')).toContain('缓存里的旧标题');
    const check = build('--check');
    expect(check.status).toBe(1);
    // Files are named by their content: the cached issue file is one the clean build does not write.
    expect(check.stderr).toMatch(/missing: issues\//);
  });
});
