/**
 * Incremental rebuilds: a parsed seed is cached under the hash of its bytes and of everything the
 * parser's output depends on (`codeKey`, see source-hash.ts), so an unchanged file is not parsed
 * again and any change to the parser invalidates every entry without anyone bumping a version.
 * Entries are checked against a schema when read: a torn, hand-edited or foreign entry is a miss.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What an entry must satisfy to be used (a zod schema fits). */
export interface CacheSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

export interface ParseCache<T> {
  get(bytes: Uint8Array): T | undefined;
  set(bytes: Uint8Array, value: T): void;
  readonly hits: number;
}

export interface ParseCacheOptions<T> {
  schema: CacheSchema<T>;
  /** Identifies the code (and runtime) that produced the entries; part of every key. */
  codeKey: string;
  /** false gives a cache that never hits or writes (--no-cache, --check). */
  enabled?: boolean;
}

/** A cache in `dir` (created on first write). */
export function parseCache<T>(dir: string, { schema, codeKey, enabled = true }: ParseCacheOptions<T>): ParseCache<T> {
  let hits = 0;
  const file = (bytes: Uint8Array) => join(dir, `${createHash('sha1').update(codeKey).update(bytes).digest('hex')}.json`);
  return {
    get(bytes) {
      if (!enabled) return undefined;
      const f = file(bytes);
      if (!existsSync(f)) return undefined;
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(f, 'utf8'));
      } catch {
        return undefined; // a torn cache file is just a miss
      }
      const checked = schema.safeParse(json);
      if (!checked.success) return undefined;
      hits++;
      return checked.data;
    },
    set(bytes, value) {
      if (!enabled) return;
      try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(file(bytes), JSON.stringify(value));
      } catch {
        // A cache that cannot be written (read-only checkout, another user's folder) only costs time.
      }
    },
    get hits() {
      return hits;
    },
  };
}
