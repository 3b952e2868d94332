/**
 * What `build:data --check` reports: how a committed or deployed data folder differs from a fresh
 * build. Byte comparison, so it only passes when the build is deterministic.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface DirDiff {
  /** In both, with different bytes. */
  stale: string[];
  /** Built, but absent from the target. */
  missing: string[];
  /** In the target, but no longer built. */
  extra: string[];
}

/** Every file under `dir`, as sorted paths relative to it with `/` separators; none if it does not exist. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
  return walk(dir)
    .map((f) => relative(dir, f).split(sep).join('/'))
    .sort();
}

/** How `target` differs from `built`; all lists empty when they hold the same files with the same bytes. */
export function compareDirs(built: string, target: string): DirDiff {
  const have = new Set(listFiles(target));
  const diff: DirDiff = { stale: [], missing: [], extra: [] };
  for (const file of listFiles(built)) {
    if (!have.delete(file)) diff.missing.push(file);
    else if (!readFileSync(join(built, file)).equals(readFileSync(join(target, file)))) diff.stale.push(file);
  }
  diff.extra = [...have];
  return diff;
}

/** One line per differing file ("stale: issues/2020-11-05.json"), at most `limit` per kind. */
export function describeDiff(diff: DirDiff, limit = 20): string[] {
  return (['stale', 'missing', 'extra'] as const).flatMap((kind) => {
    const files = diff[kind];
    const shown = files.slice(0, limit).map((f) => `${kind}: ${f}`);
    return files.length > limit ? [...shown, `${kind}: … and ${files.length - limit} more`] : shown;
  });
}
