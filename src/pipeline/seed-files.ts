/**
 * Finding and reading seed files without trusting the folder: a symlink loop, a dangling symlink, a
 * folder named a.txt, a FIFO or an unreadable file is reported with a reason, never a crash or a
 * hang. A symlink to a regular file is followed (seeds may be linked in from elsewhere); anything
 * that is not, in the end, a regular file is skipped. Files are opened non-blocking and checked with
 * fstat before a byte is read, so a FIFO put in place after the listing cannot hang the build either.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, readdirSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

export interface SeedListing {
  /** Regular files (or symlinks to them) named *.txt, in name order. */
  files: string[];
  /** *.txt entries that are not regular files, with the reason. */
  skipped: { file: string; reason: string }[];
}

/** What kind of entry this is, for a reason line: "a directory", "a FIFO"… */
function kind(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** A readable reason for a failed stat/open/read. */
export function ioReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return 'a symlink loop (too many levels of symbolic links)';
  if (code === 'ENOENT') return 'a dangling symlink or a file that vanished (no such file)';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read: permission denied';
  return `cannot be read: ${code ?? (e as Error).message}`;
}

/** The *.txt entries of a seeds folder, split into regular files and what is skipped, with why. */
export function listSeeds(dir: string): SeedListing {
  const listing: SeedListing = { files: [], skipped: [] };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    try {
      const link = lstatSync(join(dir, file));
      const st = link.isSymbolicLink() ? statSync(join(dir, file)) : link;
      if (st.isFile()) listing.files.push(file);
      else listing.skipped.push({ file, reason: `not a regular file: it is ${kind(st)}${link.isSymbolicLink() ? ' (through a symlink)' : ''}` });
    } catch (e) {
      listing.skipped.push({ file, reason: ioReason(e) });
    }
  }
  return listing;
}

/** The bytes of `path` if it is a regular file that can be read; otherwise the reason. */
export function readRegularFile(path: string): ReadResult {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return { ok: false, reason: ioReason(e) };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { ok: false, reason: `not a regular file: it is ${kind(st)}` };
    return { ok: true, bytes: new Uint8Array(readFileSync(fd)) };
  } catch (e) {
    return { ok: false, reason: ioReason(e) };
  } finally {
    closeSync(fd);
  }
}
