import { describe, expect, it } from 'vitest';
import { countDocument, countMentions, emptyCounts, prf } from './score.ts';

describe('scoring', () => {
  it('counts mentions by exact span and type', () => {
    const c = emptyCounts();
    countMentions(c, [{ type: 'person', start: 0, end: 2 }, { type: 'place', start: 3, end: 5 }], [{ type: 'person', start: 0, end: 3 }, { type: 'place', start: 3, end: 5 }]);
    expect(c.person).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(c.place).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('counts distinct names per document; a name is right when annotated with that type anywhere in it', () => {
    const c = emptyCounts();
    const gold = [{ type: 'person' as const, text: '张三' }, { type: 'person' as const, text: '张三' }, { type: 'place' as const, text: '长江' }];
    countDocument(c, gold, [{ type: 'person', text: '张三' }, { type: 'place', text: '张三' }, { type: 'place', text: '黄河' }]);
    expect(c.person).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(c.place).toEqual({ tp: 0, fp: 2, fn: 1 });
    expect(prf({ tp: 1, fp: 1, fn: 0 })).toEqual({ p: 0.5, r: 1, f1: 2 / 3 });
    expect(prf({ tp: 0, fp: 0, fn: 0 }).f1).toBe(0);
  });
});
