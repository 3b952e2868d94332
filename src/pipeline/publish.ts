/**
 * Publishing a build without ever exposing a half-written folder: the build writes into a staging
 * folder beside the target (same filesystem, so renames are atomic), and only a finished build is
 * swapped in: target → .<name>.old-*, staging → target, then the old copy is removed. A process
 * killed between the two renames leaves the old copy aside; the next run puts it back. Package
 * managers and static-site generators publish the same way.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const staged = (target: string) => `.${basename(target)}.new-`;
const aside = (target: string) => `.${basename(target)}.old-`;

/** True if a process with this id still runs (its staging folder is still being written). */
function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid written into a staging or aside folder's name by `stage`/`publish`. */
const ownerOf = (name: string, prefix: string) => Number(name.slice(prefix.length).split('-')[0]);

/**
 * Repairs what an earlier, killed run left beside `target`: puts an old copy back if the target is
 * missing (killed between the two renames), and removes staging folders of processes that are gone
 * and old copies that are no longer needed. Returns what it did, one line each, for the log.
 */
export function recover(target: string): string[] {
  const parent = dirname(target);
  if (!existsSync(parent)) return [];
  const done: string[] = [];
  const names = readdirSync(parent);
  const olds = names.filter((n) => n.startsWith(aside(target)) && !alive(ownerOf(n, aside(target)))).sort();
  if (!existsSync(target) && olds.length > 0) {
    // Only one can exist (each run recovers first); the last by name is the newest if not.
    const old = olds.pop()!;
    renameSync(join(parent, old), target);
    done.push(`restored ${target} from ${old} (an earlier build was stopped while publishing)`);
  }
  for (const name of olds) {
    rmSync(join(parent, name), { recursive: true, force: true });
    done.push(`removed ${name} (left by a stopped build)`);
  }
  for (const name of names.filter((n) => n.startsWith(staged(target)) && !alive(ownerOf(n, staged(target))))) {
    rmSync(join(parent, name), { recursive: true, force: true });
    done.push(`removed ${name} (a stopped build's unfinished output)`);
  }
  return done;
}

/** A fresh, empty staging folder beside `target`, named after this process so `recover` spares it while it runs. */
export function stage(target: string): string {
  mkdirSync(dirname(target), { recursive: true });
  return mkdtempSync(join(dirname(target), `${staged(target)}${process.pid}-`));
}

/** Swaps a finished staging folder in as `target`; the previous target is removed only once the new one is in place. */
export function publish(staging: string, target: string): void {
  let old: string | null = null;
  if (existsSync(target)) {
    old = `${mkdtempSync(join(dirname(target), `${aside(target)}${process.pid}-`))}`;
    rmSync(old, { recursive: true }); // mkdtemp reserved a unique name; rename needs it free
    renameSync(target, old);
  }
  renameSync(staging, target);
  if (old) rmSync(old, { recursive: true, force: true });
}

/** Removes a staging folder (interrupted, failed or --check builds); never throws. */
export function discard(staging: string): void {
  rmSync(staging, { recursive: true, force: true });
}

/**
 * How many issues the archive at `dir` lists: 0 when it has none or does not exist. A folder with
 * files but no readable manifest counts as non-empty (1): it is not ours to overwrite with nothing.
 */
export function issueCount(dir: string, manifestFile: string): number {
  if (!existsSync(dir)) return 0;
  try {
    const manifest = JSON.parse(readFileSync(join(dir, manifestFile), 'utf8')) as { issues?: unknown };
    if (Array.isArray(manifest.issues)) return manifest.issues.length;
  } catch {
    // fall through: unreadable manifest
  }
  return readdirSync(dir).length > 0 ? 1 : 0;
}
