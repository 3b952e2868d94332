/**
 * Reading seed files into dated, parsed issues: shared by the build CLI, the evaluation command
 * and the tests, so that all of them see exactly what the pipeline sees.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Issue } from '../schema/issue.ts';
import { DEFAULT_PAPER, assemble, type DatedIssue } from './assemble.ts';
import type { Overrides } from './overrides.ts';
import { parseIssue } from './steps/build-issue.ts';
import { decodeSeed } from './steps/decode.ts';

export type SeedResult = { ok: true; issue: DatedIssue; warnings: string[] } | { ok: false; reason: string };

/** Decodes, parses and dates one seed file; a failure carries the reason to report. */
export function readSeed(dir: string, file: string, overrides: Overrides = {}): SeedResult {
  const decoded = decodeSeed(readFileSync(join(dir, file)));
  if (!decoded.ok) return decoded;
  const parsed = parseIssue(decoded.text);
  if (parsed.articles.length === 0) return { ok: false, reason: 'no articles found in the text' };
  const override = overrides[file] ?? {};
  const date = override.date ?? parsed.date.date;
  if (!date) return { ok: false, reason: `cannot date the issue: ${parsed.date.reason}; add it to issues.json` };
  return {
    ok: true,
    warnings: decoded.warnings,
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

/** The *.txt files of a seeds folder, in name order. */
export function seedFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
}

/** Every readable seed of a folder as assembled issues (mentions not yet extracted); for tests and tools. */
export function readSeedArchive(dir: string): Issue[] {
  const dated = seedFiles(dir).flatMap((f) => {
    const r = readSeed(dir, f);
    return r.ok ? [r.issue] : [];
  });
  return assemble(dated).issues;
}
