/** The optional seeds/issues.json: per-file date, paper name and edition that override inference. */
import { z } from 'zod';

export const overridesSchema = z.record(
  z.string().regex(/\.txt$/, 'keys are seed file names ending in .txt'),
  z
    .object({
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD').optional(),
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
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: `not valid JSON (${(e as Error).message})` };
  }
  const parsed = overridesSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, reason: parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ') };
  }
  return { ok: true, value: parsed.data };
}
