/**
 * The post a title names, not just its last word. The rules find a name after a title word (主任,
 * 主席), but the paper prints whole posts, often several at once, most senior first or as protocol
 * orders them: 市委书记、市人大常委会主任毛腾飞; 中共中央总书记、国家主席、中央军委主席习近平;
 * 市委副书记、市长阳卫国. A person is described by the post they are known by: the head of a body
 * (书记 before 市长/省长…, before 主席, before 主任) and never a deputy's post when a head's is there.
 */
import { TITLES } from './lexicon.ts';

/** Where a post's words stop, walking back: punctuation, spaces, and the small words that start a clause (会议由…, 出席的有…). */
const STOP = /[\s，。；：！？“”‘’"（）()《》【】[\]·/—…,.;:!?]/u;
const SMALL_WORDS = new Set(Array.from('由在是的和与对向了同为及等将把被请据有从让给以于即并而就也都又应'));
/** Longer than this, the walk has left the post (a whole clause without punctuation): the title word alone is safer. */
const MAX_POST = 20;

/** The post ending with the title at [start, start + title.length), and the posts listed before it with 、, in reading order. */
export function titleChain(text: string, start: number, title: string): string[] {
  const chain: string[] = [];
  let end = start + title.length;
  for (;;) {
    let i = end - (chain.length === 0 ? title.length : 0);
    while (i > 0 && !STOP.test(text[i - 1]!) && !SMALL_WORDS.has(text[i - 1]!) && text[i - 1] !== '、') i--;
    if (end - i > MAX_POST) {
      if (chain.length === 0) chain.push(title);
      break;
    }
    const post = text.slice(i, end);
    if (chain.length > 0 && !TITLES.some((t) => post.endsWith(t))) break;
    chain.unshift(post);
    if (text[i - 1] !== '、') break;
    end = i - 1;
  }
  return chain;
}

/** How senior a post reads (lower is more senior): a party secretary, then a government head, a chair, a director; a deputy after all of them. */
export function postRank(post: string): number {
  const deputy = post.includes('副') ? 10 : 0;
  if (post.endsWith('书记')) return deputy + 0;
  if (/(?:市长|省长|县长|区长|镇长|乡长|总理|总统|首相)$/u.test(post)) return deputy + 1;
  if (post.endsWith('主席')) return deputy + 2;
  if (post.endsWith('主任')) return deputy + 3;
  return deputy + 4;
}
