// The direction of imports inside src/, as one pure function so the oxlint plugin beside it and its
// tests share it. Paths are resolved, not matched as text: '../../search/x' is another feature from
// one folder and the same feature from another, which no pattern on the import string can tell.
import path from 'node:path';

/** Which lower layers each shared layer may use: schema is shared with the Node pipeline, so it stands alone. */
const SHARED = {
  schema: ['schema'],
  config: ['config', 'schema'],
  lib: ['lib', 'config', 'schema'],
  components: ['components', 'lib', 'config', 'schema'],
};

/**
 * The layer of a file, from its path relative to src/ ('/'-separated): `app` (also src/main.tsx),
 * `feature:<name>`, `pipeline`, one of the shared layers, or null for anything outside src/.
 */
export function layerOf(relToSrc) {
  if (relToSrc.startsWith('../') || relToSrc === '..' || path.isAbsolute(relToSrc)) return null;
  const [top, second] = relToSrc.split('/');
  if (!relToSrc.includes('/')) return 'app'; // the entry files beside the folders: main.tsx, index.css
  if (top === 'features') return `feature:${second}`;
  if (top === 'app' || top === 'pipeline' || top in SHARED) return top;
  return `unknown:${top}`;
}

/** Why `from` may not import `to` (both layers from layerOf), or null when it may. */
export function layerViolation(from, to) {
  if (from === null || to === null || from === to) return null;
  if (from.startsWith('unknown:') || to.startsWith('unknown:')) {
    return `src/${(from.startsWith('unknown:') ? from : to).slice(8)} has no layer: add it to scripts/lint/import-layers.mjs`;
  }
  if (from === 'pipeline') return to === 'schema' ? null : 'the pipeline may import only src/schema, never app code';
  if (to === 'pipeline') return 'app code must not import the build-time pipeline (src/pipeline)';
  if (from === 'app') return null;
  if (to === 'app') return 'only src/app may import src/app: move what is shared to config, lib or components';
  if (from.startsWith('feature:')) {
    if (to.startsWith('feature:')) return `features must not import each other (${from.slice(8)} → ${to.slice(8)}): compose them in a route under src/app`;
    return null;
  }
  if (to.startsWith('feature:')) return `src/${from} must not import a feature (${to.slice(8)})`;
  return SHARED[from].includes(to) ? null : `src/${from} must not import src/${to} (allowed: ${SHARED[from].join(', ')})`;
}

/**
 * The violation for one import statement, or null. `srcDir` is the absolute src/ folder, `file` the
 * importing file, `specifier` the import string; bare specifiers (packages, node:) are not layers.
 */
export function checkImport(srcDir, file, specifier) {
  if (!specifier.startsWith('.') && !specifier.startsWith('/')) return null;
  const target = path.resolve(path.dirname(file), specifier.replace(/[?#].*$/, ''));
  const rel = (p) => path.relative(srcDir, p).split(path.sep).join('/');
  const [from, to] = [layerOf(rel(file)), layerOf(rel(target))];
  // Tests run in Node, never in the bundle: they may build their fixtures with the pipeline's steps.
  if (to === 'pipeline' && /\.test\.tsx?$/.test(file)) return null;
  return layerViolation(from, to);
}
