/**
 * A zod array of many small tuples, checked in one plain loop. zod checks a tuple element by element
 * through its generic code, which a fresh search worker runs cold (and without its compiled fast
 * path: the site's CSP allows no eval): the search manifest's 1,685 chunk entries and docs.json's
 * 3,653 issues took ~50 ms of a cold first search at 10 years, with nothing else able to run in the
 * worker meanwhile. The loop takes ~1 ms.
 *
 * `accepts` must accept exactly what `element` accepts (checked-array.test.ts compares them on
 * random input). When it refuses anything, the array is checked again with `element` itself, so the
 * reader sees zod's own message and path, word for word.
 */
import { safeParse, type core } from 'zod/mini';
import { z } from './zod.ts';

export function checkedArray<S extends core.$ZodType>(element: S, accepts: (value: unknown) => boolean) {
  const whole = z.array(element);
  return z.custom<core.output<S>[]>(() => true).check(
    z.check((ctx) => {
      if (Array.isArray(ctx.value) && ctx.value.every(accepts)) return;
      const parsed = safeParse(whole, ctx.value);
      if (!parsed.success) for (const issue of parsed.error.issues) ctx.issues.push({ ...issue, input: ctx.value } as core.$ZodRawIssue);
    }),
  );
}

/** What z.int().check(z.nonnegative()) accepts. */
export const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
