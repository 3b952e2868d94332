import { describe, expect, it } from 'vitest';
import { postRank, titleChain } from './title-chain.ts';

const chainBefore = (text: string, name: string, title: string) => titleChain(text, text.indexOf(name) - title.length, title);

describe('titleChain', () => {
  it('reads the whole post and the posts listed before it', () => {
    expect(chainBefore('出席会议的有市委书记、市人大常委会主任王某某。', '王某某', '主任')).toEqual(['市委书记', '市人大常委会主任']);
    expect(chainBefore('中共中央总书记、国家主席、中央军委主席赵某某在会上', '赵某某', '主席')).toEqual(['中共中央总书记', '国家主席', '中央军委主席']);
  });

  it('stops at the words that begin a clause, and at punctuation', () => {
    expect(chainBefore('会议由副市长李某主持', '李某', '副市长')).toEqual(['副市长']);
    expect(chainBefore('昨天，市长张某说', '张某', '市长')).toEqual(['市长']);
    expect(chainBefore('应俄罗斯联邦总统赵某邀请', '赵某', '总统')).toEqual(['俄罗斯联邦总统']);
  });

  it('falls back on the title word when no boundary is in sight', () => {
    expect(chainBefore('春夏秋冬东南西北上下左右前后春夏秋冬东南西北主任刘某', '刘某', '主任')).toEqual(['主任']);
  });

  it('does not take a list of things before a post for posts', () => {
    expect(chainBefore('参观了展厅、车间和园区主任刘某', '刘某', '主任')).toEqual(['园区主任']);
  });
});

describe('postRank', () => {
  it('ranks a head before a deputy, a secretary before a mayor, a mayor before a chair or director', () => {
    const order = (posts: string[]) => [...posts].sort((a, b) => postRank(a) - postRank(b));
    expect(order(['市人大常委会主任', '市委书记'])).toEqual(['市委书记', '市人大常委会主任']);
    expect(order(['市委副书记', '市长'])).toEqual(['市长', '市委副书记']);
    expect(order(['国家主席', '中央军委主席', '中共中央总书记'])).toEqual(['中共中央总书记', '国家主席', '中央军委主席']);
  });
});
