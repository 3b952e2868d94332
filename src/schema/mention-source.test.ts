import { describe, expect, it } from 'vitest';
import { mentionSchema } from './issue';
import { entitySchema } from './entities';

const mention = { type: 'person', entityId: 'x', name: 'x', field: 'paragraph', paragraph: 0, start: 0, end: 1 };
const person = { id: 'x', type: 'person', name: 'x', aliases: [], roles: [], mentionCount: 1, articles: [] };

describe('schema 4: where a mention came from', () => {
  it('every mention says who found it; the confidence is optional and within [0, 1]', () => {
    expect(mentionSchema.safeParse(mention).success).toBe(false);
    expect(mentionSchema.safeParse({ ...mention, source: 'rule' }).success).toBe(true);
    expect(mentionSchema.safeParse({ ...mention, source: 'model', confidence: 0.61 }).success).toBe(true);
    expect(mentionSchema.safeParse({ ...mention, source: 'guess' }).success).toBe(false);
    expect(mentionSchema.safeParse({ ...mention, source: 'both', confidence: 1.2 }).success).toBe(false);
    expect(mentionSchema.safeParse({ ...mention, source: 'both', confidence: -0.1 }).success).toBe(false);
  });

  it('a person’s roles over time have ISO dates and positive counts; places may be of level other', () => {
    const row = { role: '市长', first: '2020-01-02', last: '2021-03-04', count: 2 };
    expect(entitySchema.safeParse({ ...person, roleHistory: [row], sharedName: false, sources: { rule: 1, model: 0, both: 0 } }).success).toBe(true);
    expect(entitySchema.safeParse({ ...person, roleHistory: [{ ...row, first: '2020年' }] }).success).toBe(false);
    expect(entitySchema.safeParse({ ...person, roleHistory: [{ ...row, count: 0 }] }).success).toBe(false);
    expect(entitySchema.safeParse({ ...person, type: 'place', level: 'other', parents: [] }).success).toBe(true);
  });
});
