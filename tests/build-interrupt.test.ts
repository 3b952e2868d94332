/**
 * A build stopped at any moment (Ctrl-C, SIGTERM, SIGKILL) leaves --out exactly as the previous
 * build wrote it or exactly as the new one does, never a mix; after Ctrl-C or SIGTERM no staging
 * folder is left, and after SIGKILL the next run clears what was left. The kill points are chosen by
 * watching files appear beside --out, so they fall inside the write phase on any machine.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../src/pipeline/compare-dirs.ts';

const root = join(import.meta.dirname, '..');
const cli = (script: string, ...args: string[]) => [process.execPath, ['--import', 'tsx', join(root, 'src/pipeline', script), ...args]] as const;

/** Every file's path and content hash: two folders with equal snapshots hold the same bytes. */
function snapshot(dir: string): string {
  return listFiles(dir)
    .map((f) => `${f} ${createHash('sha1').update(readFileSync(join(dir, f))).digest('hex')}`)
    .join('\n');
}

/**
 * Every path under `dir` (cheap enough to poll while a build writes). A folder the build removes or
 * swaps while it is being listed (the staging folder, at the end) makes the walk fail with ENOENT:
 * the listing is then taken again.
 */
function paths(dir: string): Set<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      return new Set(readdirSync(dir, { recursive: true, encoding: 'utf8' }));
    } catch (error) {
      // `dir` itself missing would fail every time: that is reported, not waited out.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || attempt === 20) throw error;
    }
  }
}

/** Starts a build and sends `signal` once `changes` files beside/inside --out were written or removed. */
async function interrupt(seeds: string, out: string, signal: NodeJS.Signals, changes: number, group: boolean, flags: string[]) {
  const parent = join(out, '..');
  const before = paths(parent);
  const [node, args] = cli('build-data.ts', '--seeds', seeds, '--out', out, ...flags);
  const child = spawn(node, args, { cwd: root, detached: true, stdio: 'ignore' });
  const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  let running = true;
  void closed.then(() => (running = false));
  while (running) {
    const now = paths(parent);
    const changed = [...now].filter((s) => !before.has(s)).length + [...before].filter((s) => !now.has(s)).length;
    if (changed >= changes) {
      // A terminal's Ctrl-C reaches the whole process group; `kill PID` only the command's process.
      process.kill(group ? -child.pid! : child.pid!, signal);
      break;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const code = await closed;
  if (signal === 'SIGKILL') spawnSync('sleep', ['0.2']); // let the killed group's processes be reaped
  return code;
}

describe('an interrupted build', { timeout: 240_000 }, () => {
  it('leaves --out as the old build or the new one, and no staging folder', async () => {
    const work = mkdtempSync(join(tmpdir(), 'interrupt-'));
    const synth = join(work, 'synth');
    const out = join(work, 'site', 'data');
    const fresh = join(work, 'fresh', 'data');
    spawnSync(...cli('synth.ts', '--years', '1', '--out', synth), { cwd: root });
    expect(spawnSync(...cli('build-data.ts', '--out', out), { cwd: root }).status).toBe(0);
    expect(spawnSync(...cli('build-data.ts', '--seeds', synth, '--out', fresh), { cwd: root }).status).toBe(0);
    const oldBuild = snapshot(out);
    const newBuild = snapshot(fresh);
    cpSync(out, join(work, 'old'), { recursive: true });

    const points: [NodeJS.Signals, number, boolean, string[]][] = [
      ['SIGINT', 1, true, []],
      ['SIGTERM', 300, false, []],
      ['SIGINT', 700, true, []],
      ['SIGINT', 300, true, ['--check']],
      ['SIGKILL', 300, true, []],
    ];
    let stopped = 0;
    for (const [signal, changes, group, flags] of points) {
    const code = await interrupt(synth, out, signal, changes, group, flags);
      if (code !== 0) stopped++;
      const now = snapshot(out);
      expect(now === oldBuild || now === newBuild, `${signal} after ${changes} file changes: --out is neither build`).toBe(true);
      if (signal !== 'SIGKILL') expect(readdirSync(join(out, '..')), `${signal}: left beside --out`).toEqual(['data']);
      if (now !== oldBuild) {
        rmSync(out, { recursive: true });
        cpSync(join(work, 'old'), out, { recursive: true });
      }
    }
    // Most kill points fall before the end of the build, or this test proves nothing.
    expect(stopped).toBeGreaterThanOrEqual(4);

    // The next build clears what SIGKILL left and publishes the whole new archive.
    expect(spawnSync(...cli('build-data.ts', '--seeds', synth, '--out', out), { cwd: root }).status).toBe(0);
    expect(snapshot(out) === newBuild).toBe(true);
    expect(readdirSync(join(out, '..'))).toEqual(['data']);
    expect(existsSync(join(work, 'site', 'data', 'manifest.json'))).toBe(true);
    rmSync(work, { recursive: true, force: true });
  });
});
