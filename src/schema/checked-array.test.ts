import fc from 'fast-check';
import { safeParse } from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { z } from './zod.ts';
import { checkedArray } from './checked-array.ts';
import { chunkEntrySchema, docsIssueSchema, isChunkEntry, isDocsIssue } from './search-data.ts';
import { isSuggestEntity, isSuggestTitle, suggestEntitySchema, suggestTitleSchema } from './search-suggest.ts';

// Numbers near every edge zod's z.int().check(z.nonnegative()) has; strings near the hash and the date.
const number = fc.oneof(fc.nat(), fc.integer(), fc.double(), fc.constantFrom(-0, 0.5, -1, 2 ** 53, 2 ** 53 - 1, NaN, Infinity));
const hash = fc.oneof(fc.stringMatching(/^[0-9a-f]{8}$/), fc.string(), fc.stringMatching(/^[0-9a-fA-G]{7,9}$/), fc.constant('a5f65b1e\n'));
const date = fc.oneof(fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/), fc.string(), fc.constant('2020-01-01\n'), fc.constant('２０２０-01-01'));
const anyValue = fc.oneof(number, fc.string(), fc.constant(null), fc.boolean(), fc.anything());
const tupleOf = (a: fc.Arbitrary<unknown>, b: fc.Arbitrary<unknown>, c: fc.Arbitrary<unknown>) =>
  fc.oneof(
    fc.tuple(a, b, c),
    fc.tuple(a, b, c, anyValue),
    fc.tuple(a, b),
    fc.array(anyValue, { maxLength: 4 }),
    anyValue,
  );

describe('checked arrays: one plain check for what zod would check element by element', () => {
  it('accepts exactly the chunk entries zod accepts', () => {
    fc.assert(fc.property(tupleOf(fc.oneof(number, anyValue), number, hash), (v) => isChunkEntry(v) === safeParse(chunkEntrySchema, v).success), { numRuns: 5000, seed: 14 });
  });

  it("accepts exactly docs.json's issues zod accepts", () => {
    fc.assert(fc.property(tupleOf(fc.oneof(fc.string(), anyValue), date, number), (v) => isDocsIssue(v) === safeParse(docsIssueSchema, v).success), { numRuns: 5000, seed: 14 });
  });

  it("accepts exactly the suggestion file's people, places and titles zod accepts", () => {
    const text = fc.oneof(fc.string(), fc.constant(''), anyValue);
    const strings = fc.oneof(fc.array(fc.string(), { maxLength: 3 }), fc.array(fc.oneof(fc.string(), anyValue), { maxLength: 3 }), anyValue);
    const entity = fc.oneof(
      fc.tuple(fc.oneof(fc.constantFrom('person', 'place', 'Person', 'org'), anyValue), text, text, strings, text, text, number),
      fc.tuple(fc.constantFrom('person', 'place'), fc.string(), fc.string(), strings, fc.string(), fc.string()),
      fc.array(anyValue, { maxLength: 8 }),
    );
    fc.assert(fc.property(entity, (v) => isSuggestEntity(v) === safeParse(suggestEntitySchema, v).success), { numRuns: 5000, seed: 14 });
    const issueId = fc.oneof(date, fc.stringMatching(/^\d{4}-\d{2}-\d{2}-\d+$/), fc.constant('2020-01-01-'), fc.constant('2020-01-01-2\n'));
    const title = fc.oneof(fc.tuple(text, issueId, text, number), fc.tuple(text, issueId, text), fc.array(anyValue, { maxLength: 5 }));
    fc.assert(fc.property(title, (v) => isSuggestTitle(v) === safeParse(suggestTitleSchema, v).success), { numRuns: 5000, seed: 14 });
  });

  it("gives zod's own answer, and on a refusal zod's own message and path", () => {
    const checked = z.object({ chunks: checkedArray(chunkEntrySchema, isChunkEntry) });
    const plain = z.object({ chunks: z.array(chunkEntrySchema) });
    const inputs = [
      { chunks: [[0, 10, 'a5f65b1e'], [7, 20, '0000ffff']] },
      { chunks: [[0, 10, 'a5f65b1e'], [7, -1, '0000ffff']] },
      { chunks: [[0, 10, 'a5f65b1e', 3]] },
      { chunks: 'no' },
      { chunks: [] },
      {},
    ];
    for (const input of inputs) {
      const a = safeParse(checked, input);
      const b = safeParse(plain, input);
      expect(a.success).toBe(b.success);
      if (a.success) expect(a.data).toEqual(b.data);
      else expect(a.error.issues.map(({ path, message, code }) => ({ path, message, code }))).toEqual(b.error!.issues.map(({ path, message, code }) => ({ path, message, code })));
    }
  });
});
