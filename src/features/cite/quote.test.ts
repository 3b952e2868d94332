import { describe, expect, it } from 'vitest';
import { quoteWithSource } from './quote';

const source = { id: 'x', title: '城区道路改造提速', authors: ['王某'], date: '2020-09-05', paper: '株洲日报', edition: '1', url: 'https://example.org/a' };

describe('quoteWithSource', () => {
  it('quotes, cites and links to the paragraph', () => {
    expect(quoteWithSource(' 道路\n改造 ', source, 'p3')).toBe('“道路 改造”\n——王某. 城区道路改造提速[N]. 株洲日报, 2020-09-05(1).\nhttps://example.org/a#p3');
  });
  it('links to the article when the quote is not inside a paragraph', () => {
    expect(quoteWithSource('标题', source).split('\n').at(-1)).toBe('https://example.org/a');
  });
});
