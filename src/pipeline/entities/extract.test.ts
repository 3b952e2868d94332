import { describe, expect, it } from 'vitest';
import { extractCorpus } from './extract.ts';

/** Names in these examples are made up; each rule gets a case that would fail without it. */
const people = (...texts: string[]) => extractCorpus(texts).spans.flat().filter((s) => s.type === 'person').map((s) => s.name);
const places = (...texts: string[]) => extractCorpus(texts).spans.flat().filter((s) => s.type === 'place').map((s) => s.name);

describe('people', () => {
  it('takes the name after a title, with its right length', () => {
    expect(people('副市长邵文主持会议。')).toEqual(['邵文']);
    expect(people('市委书记、市人大常委会主任汪立新致辞。')).toEqual(['汪立新']);
    expect(people('国家主席习近平以视频方式发表讲话。')).toEqual(['习近平']);
  });

  it('records the whole posts printed before a name, not just the title word', () => {
    const posts = (t: string) => extractCorpus([t]).spans.flat().filter((s) => s.type === 'person').map((s) => [s.name, s.role, s.posts]);
    expect(posts('市委书记、市人大常委会主任汪立新致辞，市委副书记、市长邵文主持。')).toEqual([
      ['汪立新', '主任', ['市委书记', '市人大常委会主任']],
      ['邵文', '市长', ['市委副书记', '市长']],
    ]);
  });

  it('takes names with characters outside the BMP or in CJK Extension A, counted by character', () => {
    expect(people('副市长𠮷𡈽主持会议。')).toEqual(['𠮷𡈽']);
    expect(people('副市长王𡈽明主持会议。')).toEqual(['王𡈽明']);
    expect(people('市长刘䶮出席。')).toEqual(['刘䶮']);
    expect(people('宋青松、王𡈽、胡明参加活动。')).toEqual(['宋青松', '王𡈽', '胡明']);
  });

  it('continues an enumeration after a titled name', () => {
    expect(people('市人大常委会副主任彭立青、苏敏、钟晓燕，秘书长马成杰出席会议。')).toEqual(['彭立青', '苏敏', '钟晓燕', '马成杰']);
    expect(people('工人陈成立和陈建敏正在作业。')).toEqual(['陈成立', '陈建敏']);
  });

  it('reads a list of attendees once it has an ordinary surname or a known member', () => {
    expect(people('宋青松、邓可、胡明参加活动。')).toEqual(['宋青松', '邓可', '胡明']);
    // 羊 is a rare surname: the list counts because 邓可 is confirmed elsewhere.
    expect(people('羊贵林、邓可参加审议。', '副市长邓可讲话。')).toEqual(['羊贵林', '邓可', '邓可']);
    expect(people('羊贵林、漆某某参加审议。')).toEqual([]);
  });

  it('splits names glued together in a headline once they are confirmed elsewhere', () => {
    const names = people('汪立新邵文博出席', '市委书记汪立新讲话。', '市长邵文博主持。');
    expect(names).toEqual(['汪立新', '邵文博', '汪立新', '邵文博']);
  });

  it('maps an OCR-damaged name after a title to the known person', () => {
    const { spans } = extractCorpus(['市长邵文出博出席会议。', '市长邵文博主持。']);
    expect(spans[0]).toEqual([{ type: 'person', name: '邵文出博', entityId: '邵文博', start: 2, end: 6, role: '市长' }]);
  });

  it('finds names before 代表建议 and 同志', () => {
    expect(people('谢鹏远代表建议加快建设。', '学习弘扬黄诗远同志精神。')).toEqual(['谢鹏远', '黄诗远']);
  });

  it('does not take verbs, adjectives or common words for names', () => {
    expect(people('市民高兴地说，公园变美了。', '工人们正在加班。', '代表们纷纷发言。', '市长任组长，书记任第一组长。')).toEqual([]);
  });

  it('does not take a title inside a place name (湖南省长沙市) for a person', () => {
    expect(people('总书记在湖南省长沙市主持召开座谈会。')).toEqual([]);
  });
});

describe('places', () => {
  it('matches full names and safe short names from the gazetteer, countries and regions', () => {
    expect(places('醴陵市枫林镇的菊花开了，湖南与江西合作，产品出口美国，湘江水清。')).toEqual(['醴陵市', '枫林镇', '湖南', '江西', '美国', '湘江']);
  });

  it('masks people before matching places: a name holding a place is not a place', () => {
    const { spans } = extractCorpus(['副市长黄山林主持会议。']);
    expect(spans[0]!.map((s) => `${s.type}:${s.name}`)).toEqual(['person:黄山林']);
  });

  it('a country inside a longer ordinary word is no mention of it', () => {
    expect(places('支持发展中国家，与中国一道。')).toEqual(['中国']);
  });

  it('keeps ordinary words and far-away county short names out', () => {
    expect(places('以产兴城，青山绿水，福田汽车，建设联盟。')).toEqual([]);
  });

  it('reads a one-letter OCR slip in a listed Hunan county as that county', () => {
    const { spans } = extractCorpus(['醴陵市、浏口区、芦淞区分别发言。']);
    expect(spans[0]!.map((s) => [s.name, s.entityId])).toEqual([['醴陵市', '醴陵市'], ['浏口区', '渌口区'], ['芦淞区', '芦淞区']]);
  });
});
