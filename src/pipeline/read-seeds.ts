/**
 * Reading seed files into dated, parsed issues: shared by the build CLI, the evaluation command
 * and the tests, so that all of them see exactly what the pipeline sees.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleSchema, type Issue } from '../schema/issue.ts';
import { z } from '../schema/zod.ts';
import { DEFAULT_PAPER, assemble, type DatedIssue } from './assemble.ts';
import type { Overrides } from './overrides.ts';
import { parseCache, type ParseCache } from './parse-cache.ts';
import { listSeeds, readRegularFile } from './seed-files.ts';
import { parseIssue, type ParsedIssue } from './steps/build-issue.ts';
import { decodeSeed } from './steps/decode.ts';
import { sourceHash } from './source-hash.ts';

export type SeedResult = { ok: true; issue: DatedIssue; warnings: string[] } | { ok: false; reason: string };

/** What parsing a file's bytes gave: cached by content, before any override is applied. */
export type ParsedSeed = { ok: true; parsed: ParsedIssue; warnings: string[] } | { ok: false; reason: string };

const count = z.int().check(z.nonnegative());
/** What a cache entry must be to stand for a parse: anything else ({"ok":true}, a torn file) is a miss. */
const parsedSeedSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    warnings: z.array(z.string()),
    parsed: z.object({
      articles: z.array(articleSchema),
      date: z.object({ date: z.nullable(z.string()), eventDay: z.nullable(z.string()), reason: z.string() }),
      stats: z.object({ articles: count, photos: count, derivedTitles: count, duplicateArticles: count, duplicateParagraphs: count }),
    }),
  }),
  z.object({ ok: z.literal(false), reason: z.string().check(z.minLength(1)) }),
]);

/** The parse cache for seeds, keyed by this module's import closure (the parser) and Node's ICU. */
export function seedCache(dir: string, enabled: boolean): ParseCache<ParsedSeed> {
  const codeKey = enabled ? sourceHash(fileURLToPath(import.meta.url)) : '';
  return parseCache<ParsedSeed>(dir, { schema: parsedSeedSchema, codeKey, enabled });
}

function parseBytes(bytes: Uint8Array): ParsedSeed {
  const decoded = decodeSeed(bytes);
  if (!decoded.ok) return decoded;
  const parsed = parseIssue(decoded.text);
  if (parsed.articles.length === 0) return { ok: false, reason: 'no articles found in the text' };
  return { ok: true, parsed, warnings: decoded.warnings };
}

/** Decodes, parses and dates one seed file; a failure carries the reason to report. */
export function readSeed(dir: string, file: string, overrides: Overrides = {}, cache?: ParseCache<ParsedSeed>): SeedResult {
  const read = readRegularFile(join(dir, file));
  if (!read.ok) return read;
  const { bytes } = read;
  let result = cache?.get(bytes);
  if (!result) {
    result = parseBytes(bytes);
    cache?.set(bytes, result);
  }
  if (!result.ok) return result;
  const { parsed, warnings } = result;
  const override = overrides[file] ?? {};
  const date = override.date ?? parsed.date.date;
  if (!date) return { ok: false, reason: `cannot date the issue: ${parsed.date.reason}; add it to issues.json` };
  return {
    ok: true,
    warnings,
    issue: {
      source: file,
      date,
      dateSource: override.date ? 'override' : 'inferred',
      paper: override.paper ?? DEFAULT_PAPER,
      edition: override.edition,
      parsed,
    },
  };
}

/** The *.txt regular files of a seeds folder, in name order (see listSeeds for what is skipped and why). */
export function seedFiles(dir: string): string[] {
  return listSeeds(dir).files;
}

/** Every readable seed of a folder as assembled issues (mentions not yet extracted); for tests and tools. */
export function readSeedArchive(dir: string): Issue[] {
  const dated = seedFiles(dir).flatMap((f) => {
    const r = readSeed(dir, f);
    return r.ok ? [r.issue] : [];
  });
  return assemble(dated).issues;
}
