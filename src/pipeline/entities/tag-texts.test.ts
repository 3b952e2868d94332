import { describe, expect, it } from 'vitest';
import { tagDistinct, tagHere, tagInWorker } from './tag-texts.ts';

const texts = ['副市长张三和王小明在长沙市考察。', '李四来到泰山。', '副市长张三和王小明在长沙市考察。', ''];

describe('tagging an archive’s texts', { timeout: 60_000 }, () => {
  it('gives one list per text, repeats included, the same in a worker thread as here', () => {
    const here = tagHere(texts)();
    expect(here).toHaveLength(texts.length);
    expect(here[2]).toEqual(here[0]);
    expect(here[3]).toEqual([]);
    expect(here.flat().length).toBeGreaterThan(0);
    const fromWorker = tagInWorker(texts);
    expect(fromWorker()).toEqual(here);
    // Asked again, the same result (the worker posts it once).
    expect(fromWorker()).toEqual(here);
  });

  it('tags a repeated text once', () => {
    const spans = tagDistinct(texts);
    expect(spans[2]).toBe(spans[0]);
  });
});
