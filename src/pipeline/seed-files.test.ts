import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSeeds, readRegularFile } from './seed-files.ts';

describe('listSeeds and readRegularFile', () => {
  it('keep regular files and links to them; report loops, dangling links, folders and FIFOs without blocking', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seed-files-'));
    writeFileSync(join(dir, 'b.txt'), '正文');
    writeFileSync(join(dir, 'notes.md'), 'not a seed');
    symlinkSync('b.txt', join(dir, 'link.txt'));
    symlinkSync('loop2.txt', join(dir, 'loop1.txt'));
    symlinkSync('loop1.txt', join(dir, 'loop2.txt'));
    symlinkSync('missing', join(dir, 'dangling.txt'));
    mkdirSync(join(dir, 'a.txt'));
    symlinkSync('a.txt', join(dir, 'dirlink.txt'));
    execFileSync('mkfifo', [join(dir, 'f.txt')]);

    const { files, skipped } = listSeeds(dir);
    expect(files).toEqual(['b.txt', 'link.txt']);
    expect(Object.fromEntries(skipped.map((s) => [s.file, s.reason]))).toEqual({
      'a.txt': 'not a regular file: it is a directory',
      'dangling.txt': expect.stringMatching(/dangling symlink/),
      'dirlink.txt': 'not a regular file: it is a directory (through a symlink)',
      'f.txt': 'not a regular file: it is a FIFO (named pipe)',
      'loop1.txt': expect.stringMatching(/symlink loop/),
      'loop2.txt': expect.stringMatching(/symlink loop/),
    });
    // Read directly (as if the entry changed after the listing): a reason, never a hang or a throw.
    expect(readRegularFile(join(dir, 'f.txt'))).toEqual({ ok: false, reason: 'not a regular file: it is a FIFO (named pipe)' });
    expect(readRegularFile(join(dir, 'a.txt'))).toEqual({ ok: false, reason: 'not a regular file: it is a directory' });
    expect(readRegularFile(join(dir, 'loop1.txt'))).toMatchObject({ ok: false, reason: expect.stringMatching(/loop/) });
    expect(readRegularFile(join(dir, 'link.txt'))).toEqual({ ok: true, bytes: new TextEncoder().encode('正文') });
  });
});
