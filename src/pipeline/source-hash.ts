/**
 * What a cached result depends on, as one hash: the source of a module and of every module it
 * imports (transitively, found by reading the import lines), the versions of the packages they
 * import, and Node's ICU and Unicode versions (regexes with \p{…} and Intl change with them). Any
 * change to any of these gives a new key, so no one has to remember to bump a cache version.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

// `import … from '…'` (over several lines too), `export … from '…'` and `import '…'`.
const IMPORT = /^\s*(?:(?:import|export)\s[^;'"]*?\bfrom\s*|import\s*)['"]([^'"]+)['"]/gm;

/** The package a bare specifier names: `zod` for zod/mini, `@scope/pkg` for @scope/pkg/sub. */
const packageOf = (spec: string) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');

/** The local files `entry` imports, transitively (itself included), and the packages they import. */
export function sourceClosure(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (spec!.startsWith('.')) visit(resolve(dirname(file), spec!));
      else if (!spec!.startsWith('node:')) packages.add(packageOf(spec!));
    }
  };
  visit(resolve(entry));
  return { files: [...files].sort(), packages: [...packages].sort() };
}

/** The installed version of a package, looked up from `root`'s node_modules ('?' if not found). */
function packageVersion(root: string, name: string): string {
  const file = join(root, 'node_modules', name, 'package.json');
  return existsSync(file) ? String((JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown }).version) : '?';
}

/** A short hash of everything `entry`'s output can depend on (see the file comment). */
export function sourceHash(entry: string, root = process.cwd()): string {
  const { files, packages } = sourceClosure(entry);
  const h = createHash('sha256');
  h.update(`icu ${process.versions.icu} unicode ${process.versions.unicode}\n`);
  for (const f of files) h.update(`${f.slice(resolve(root).length)}\n`).update(readFileSync(f));
  for (const p of packages) h.update(`${p}@${packageVersion(root, p)}\n`);
  return h.digest('hex').slice(0, 16);
}
