/** The optional seeds/issues.json: per-file date, paper name and edition that override inference. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readRegularFile } from './seed-files.ts';

/** True for a real calendar day: 2021-02-30 and 2020-13-45 match the pattern but are not dates. */
export function isCalendarDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const overridesSchema = z.record(
  z.string().regex(/\.txt$/, 'keys are seed file names ending in .txt'),
  z
    .object({
      date: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD')
        .superRefine((s, ctx) => {
          // Only a well-formed date can be an impossible one; the pattern reports the rest.
          if (/^\d{4}-\d{2}-\d{2}$/.test(s) && !isCalendarDate(s)) ctx.addIssue({ code: 'custom', message: `${s} is not a real calendar date` });
        })
        .optional(),
      paper: z.string().min(1).optional(),
      edition: z.string().min(1).optional(),
    })
    .strict(),
);
export type Overrides = z.infer<typeof overridesSchema>;

/** Parses issues.json text; returns a readable reason instead of throwing. */
export function parseOverrides(text: string): { ok: true; value: Overrides } | { ok: false; reason: string } {
  let json: unknown;
  try {
    // Editors on Windows save a UTF-8 BOM; it is not part of the JSON.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, reason: `not valid JSON (${(e as Error).message})` };
  }
  const parsed = overridesSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, reason: parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ') };
  }
  return { ok: true, value: parsed.data };
}

export interface LoadedOverrides {
  overrides: Overrides;
  /** issues.json could not be used at all (then no override applies). */
  error?: string;
  /** Overrides naming a file that is not among `seedNames`: a typo, or a file since renamed. */
  warnings: string[];
}

/** Reads `dir`/issues.json if present; `seedNames` are the *.txt names in the folder. */
export function loadOverrides(dir: string, seedNames: readonly string[]): LoadedOverrides {
  const path = join(dir, 'issues.json');
  if (!existsSync(path)) return { overrides: {}, warnings: [] };
  const read = readRegularFile(path);
  if (!read.ok) return { overrides: {}, error: `ignored: ${read.reason}`, warnings: [] };
  const parsed = parseOverrides(new TextDecoder().decode(read.bytes));
  if (!parsed.ok) return { overrides: {}, error: `ignored: ${parsed.reason}`, warnings: [] };
  const names = new Set(seedNames);
  const warnings = Object.keys(parsed.value)
    .filter((f) => !names.has(f))
    .map((f) => `an override names ${f}, which is not in the seeds folder`);
  return { overrides: parsed.value, warnings };
}
