import { describe, expect, it } from 'vitest';
import { headlineDecks, wordBreaks } from './headline-breaks';

const chunks = (text: string, keep: [number, number][] = []) =>
  headlineDecks(text, keep).map((deck) => deck.map(([s, e]) => text.slice(s, e)).join('/'));

describe('headline breaks', () => {
  it('never cuts the words a reader sees (成员国, 论坛, 座谈会)', () => {
    expect(chunks('习近平将出席上海合作组织成员国元首理事会')[0]).toContain('成员国');
    expect(chunks('习近平将出席世界经济论坛“达沃斯议程”对话会')[0]).toMatch(/论坛“?/);
    expect(chunks('新时代推动中部地区崛起座谈会强调')[0]).toContain('座谈会');
  });

  it('splits decks at printed spaces, and keeps numbers with their units and quotes with their words', () => {
    const decks = chunks('“双比双看”大竞赛活动9月份成绩单公布 天元区推进力度最大');
    expect(decks).toHaveLength(2);
    expect(decks[0]).toContain('9月份');
    expect(decks[0]!.startsWith('“双比')).toBe(true);
  });

  it('never breaks inside a kept range (a linked name)', () => {
    const text = '毛腾飞主持召开生态环保工作调度会强调';
    expect(wordBreaks(text, 0, text.length, [[0, 3]]).every((b) => b <= 0 || b >= 3)).toBe(true);
  });

  it('covers the text exactly, spaces aside', () => {
    const text = '习近平在第三届中国国际进口博览会开幕式上发表主旨演讲强调 让中国市场成为世界的市场';
    expect(chunks(text).join(' ').replaceAll('/', '')).toBe(text);
  });
});
