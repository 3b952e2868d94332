import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discard, issueCount, publish, recover, stage } from './publish.ts';

/** A folder holding one file `id` with `text`, standing for a whole build. */
function build(dir: string, text: string) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'id'), text);
}
const read = (dir: string) => readFileSync(join(dir, 'id'), 'utf8');
// A pid that cannot belong to a running process (above Linux's pid_max).
const DEAD = 4_194_305;

describe('publish', () => {
  it('swaps a staged build in whole and leaves nothing beside it', () => {
    const parent = mkdtempSync(join(tmpdir(), 'publish-'));
    const target = join(parent, 'data');
    build(target, 'old');
    const staging = stage(target);
    expect(readdirSync(staging)).toEqual([]);
    build(staging, 'new');
    expect(read(target)).toBe('old');
    publish(staging, target);
    expect(read(target)).toBe('new');
    expect(readdirSync(parent)).toEqual(['data']);
  });

  it('publishes where nothing was before, and discard removes a staging folder', () => {
    const parent = mkdtempSync(join(tmpdir(), 'publish-'));
    const target = join(parent, 'a', 'data');
    const staging = stage(target);
    build(staging, 'new');
    publish(staging, target);
    expect(read(target)).toBe('new');
    const other = stage(target);
    discard(other);
    expect(readdirSync(join(parent, 'a'))).toEqual(['data']);
  });
});

describe('recover', () => {
  it('puts the old build back when a run died between the two renames, and removes its staging folder', () => {
    const parent = mkdtempSync(join(tmpdir(), 'publish-'));
    const target = join(parent, 'data');
    build(join(parent, `.data.old-${DEAD}-x`), 'old');
    build(join(parent, `.data.new-${DEAD}-y`), 'new');
    expect(recover(target)).toHaveLength(2);
    expect(read(target)).toBe('old');
    expect(readdirSync(parent)).toEqual(['data']);
  });

  it('removes an old copy left after the new one was in place', () => {
    const parent = mkdtempSync(join(tmpdir(), 'publish-'));
    const target = join(parent, 'data');
    build(target, 'new');
    build(join(parent, `.data.old-${DEAD}-x`), 'old');
    recover(target);
    expect(read(target)).toBe('new');
    expect(readdirSync(parent)).toEqual(['data']);
  });

  it('spares the staging folder of a build that is still running, and other folders', () => {
    const parent = mkdtempSync(join(tmpdir(), 'publish-'));
    const target = join(parent, 'data');
    const running = stage(target); // named after this (live) process
    build(join(parent, '.database.new-1-z'), 'not ours');
    expect(recover(target)).toEqual([]);
    expect(existsSync(running)).toBe(true);
    expect(existsSync(join(parent, '.database.new-1-z'))).toBe(true);
    renameSync(running, join(parent, `.data.new-${DEAD}-r`));
    expect(recover(target)).toHaveLength(1);
  });
});

describe('issueCount', () => {
  it('counts the manifest’s issues; unknown content counts as non-empty, nothing as empty', () => {
    const dir = mkdtempSync(join(tmpdir(), 'publish-'));
    expect(issueCount(join(dir, 'none'), 'manifest.json')).toBe(0);
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ issues: [{}, {}] }));
    expect(issueCount(dir, 'manifest.json')).toBe(2);
    writeFileSync(join(dir, 'manifest.json'), '{"issues":');
    expect(issueCount(dir, 'manifest.json')).toBe(1);
  });
});
