/**
 * Incremental rebuilds: a parsed seed is cached under the hash of its bytes and of the pipeline's
 * own parsing code, so an unchanged file is not parsed again, and any change to the parser
 * invalidates every entry without anyone remembering to bump a version.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const stepsDir = join(dirname(fileURLToPath(import.meta.url)), 'steps');

let codeHash: string | null = null;

/** Hash of the parsing steps' source, part of every cache key. */
function parserHash(): string {
  if (codeHash) return codeHash;
  const h = createHash('sha1');
  for (const f of readdirSync(stepsDir).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts')).sort()) {
    h.update(f).update(readFileSync(join(stepsDir, f)));
  }
  codeHash = h.digest('hex').slice(0, 12);
  return codeHash;
}

export interface ParseCache<T> {
  get(bytes: Uint8Array): T | undefined;
  set(bytes: Uint8Array, value: T): void;
  readonly hits: number;
}

/** A cache in `dir` (created on first write); `enabled: false` gives one that never hits. */
export function parseCache<T>(dir: string, enabled = true): ParseCache<T> {
  let hits = 0;
  const file = (bytes: Uint8Array) => join(dir, `${createHash('sha1').update(parserHash()).update(bytes).digest('hex')}.json`);
  return {
    get(bytes) {
      if (!enabled) return undefined;
      const f = file(bytes);
      if (!existsSync(f)) return undefined;
      try {
        const value = JSON.parse(readFileSync(f, 'utf8')) as T;
        hits++;
        return value;
      } catch {
        return undefined; // a torn cache file is just a miss
      }
    },
    set(bytes, value) {
      if (!enabled) return;
      mkdirSync(dir, { recursive: true });
      writeFileSync(file(bytes), JSON.stringify(value));
    },
    get hits() {
      return hits;
    },
  };
}
