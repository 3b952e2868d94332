import { describe, expect, it } from 'vitest';
import { combineText, gazetteerPlace, namesToSpread, spreadText, type CombinePolicy, type SourcedSpan, type TaggedSpan } from './combine.ts';
import type { EntitySpan } from './extract.ts';

/** A hand-made tagged span over `text` (a test double of the tagger's output, nothing more). */
function tag(text: string, name: string, type: TaggedSpan['type'], confidence = 0.95, from = 0): TaggedSpan {
  const start = text.indexOf(name, from);
  if (start < 0) throw new Error(`${name} not in ${text}`);
  return { type, start, end: start + name.length, text: name, confidence };
}
function rule(text: string, name: string, type: EntitySpan['type'], entityId = name): EntitySpan {
  const start = text.indexOf(name);
  return { type, name, entityId, start, end: start + name.length };
}
const brief = (spans: SourcedSpan[]) => spans.map((s) => `${s.type}:${s.name}:${s.source}`);

describe('combineText', () => {
  it('keeps every rule span and adds what only the tagger found', () => {
    const t = '副市长张三和王小明在长沙市考察。';
    const { spans } = combineText([rule(t, '张三', 'person'), rule(t, '长沙市', 'place')], [tag(t, '王小明', 'person', 0.8)]);
    expect(brief(spans)).toEqual(['person:张三:rule', 'person:王小明:model', 'place:长沙市:rule']);
    expect(spans[1]!.confidence).toBe(0.8);
    expect(spans[0]!.confidence).toBeUndefined();
  });

  it('one span found by both is one mention, source both, with the confidence', () => {
    const t = '副市长张三讲话。';
    const { spans } = combineText([rule(t, '张三', 'person')], [tag(t, '张三', 'person', 0.7)]);
    expect(spans).toEqual([{ type: 'person', name: '张三', entityId: '张三', start: 3, end: 5, source: 'both', confidence: 0.7 }]);
  });

  it('a rule beats an overlapping or differently typed tagged span', () => {
    const t = '游客黄山市民说。';
    // The rule says place 黄山市; the tagger says person 黄山 (shorter, overlapping) → the rule wins.
    const a = combineText([rule(t, '黄山市', 'place')], [tag(t, '黄山', 'person', 0.99)]).spans;
    expect(brief(a)).toEqual(['place:黄山市:rule']);
    // Same span, other type: the rule's type, and the mention stays the rule's alone.
    const b = combineText([rule(t, '黄山', 'place', '黄山市')], [tag(t, '黄山', 'person', 0.99)]).spans;
    expect(brief(b)).toEqual(['place:黄山:rule']);
    expect(b[0]!.confidence).toBeUndefined();
  });

  it('drops tagged spans below the minimum confidence of their type', () => {
    const t = '王小明来到泰山。';
    const policy: CombinePolicy = { minConfidence: { person: 0.9, place: 0.3, org: 0.5 }, knownPlace: 0.3, foreignPerson: 0.9, spread: { minConfidence: 0.9, minArticles: 2 } };
    const { spans } = combineText([], [tag(t, '王小明', 'person', 0.85), tag(t, '泰山', 'place', 0.4)], policy);
    expect(brief(spans)).toEqual(['place:泰山:model']);
  });

  it('a foreign-looking person needs more confidence than one with a Chinese surname', () => {
    const t = '王小明和拜登';
    const tagged = [tag(t, '王小明', 'person', 0.65), tag(t, '拜登', 'person', 0.65)];
    const policy: CombinePolicy = { minConfidence: { person: 0.6, place: 0.6, org: 0.5 }, knownPlace: 0.6, foreignPerson: 0.7, spread: { minConfidence: 0.9, minArticles: 2 } };
    expect(combineText([], tagged, policy).spans.map((s) => s.name)).toEqual(['王小明']);
    expect(combineText([], [tag(t, '拜登', 'person', 0.7)], policy).spans.map((s) => s.name)).toEqual(['拜登']);
  });

  it('a tagged place inside a tagged organisation is the organisation, not the place', () => {
    const t = '他在中山大学读书，后来去了中山。';
    const { spans, orgs } = combineText([], [tag(t, '中山大学', 'org'), tag(t, '中山', 'place'), tag(t, '中山', 'place', 0.95, 8)]);
    expect(spans.map((s) => s.start)).toEqual([t.lastIndexOf('中山')]);
    expect(orgs.map((o) => o.text)).toEqual(['中山大学']);
  });

  it('links a tagged place to the gazetteer when it is there, else it is a place of its own', () => {
    const t = '从湘江到巴黎。';
    const { spans } = combineText([], [tag(t, '湘江', 'place'), tag(t, '巴黎', 'place')]);
    expect(spans.map((s) => [s.name, s.entityId])).toEqual([['湘江', '湘江'], ['巴黎', '巴黎']]);
    const alias = combineText([], [tag('去黄山', '黄山', 'place')]).spans[0]!;
    expect(alias.entityId).toBe('黄山市');
  });

  it('vetoes tagged names that are ordinary words or not names by their letters', () => {
    const t = '群众、发展、A股、王、市政府';
    const tagged = ['群众', '发展', 'A股', '王'].map((n) => tag(t, n, 'person')).concat(tag(t, '市政府', 'place'));
    expect(combineText([], tagged).spans).toEqual([]);
  });

  it('a tagged person must begin with a surname or be spelled in the letters of foreign names, and not end like a place', () => {
    const t = '春风、张家港、普京、约翰·史密斯、欧阳明日';
    const tagged = ['春风', '张家港', '普京', '约翰·史密斯', '欧阳明日'].map((n) => tag(t, n, 'person'));
    expect(combineText([], tagged).spans.map((s) => s.name)).toEqual(['普京', '约翰·史密斯', '欧阳明日']);
  });

  it('a place the gazetteer knows needs less confidence than one it does not', () => {
    const t = '从大连到巴黎。';
    const policy: CombinePolicy = { minConfidence: { person: 0.6, place: 0.8, org: 0.5 }, knownPlace: 0.6, foreignPerson: 0.7, spread: { minConfidence: 0.9, minArticles: 2 } };
    const { spans } = combineText([], [tag(t, '大连', 'place', 0.65), tag(t, '巴黎', 'place', 0.65)], policy);
    expect(spans.map((s) => [s.name, s.entityId])).toEqual([['大连', '大连市']]);
  });

  it('links a city’s short form the gazetteer keeps no alias for, but not a far-away county’s', () => {
    expect(gazetteerPlace('大连')?.id).toBe('大连市');
    expect(gazetteerPlace('兴城')).toBeUndefined();
    expect(gazetteerPlace('长沙')?.id).toBe('长沙市');
  });

  it('the tagger completes a name the rule found the beginning of', () => {
    const t = '香港特别行政区政府和帕特里斯·马涅埃';
    const rules = [rule(t, '香港', 'place'), rule(t, '帕特里斯', 'person')];
    const { spans } = combineText(rules, [tag(t, '香港特别行政区', 'place', 0.8), tag(t, '帕特里斯·马涅埃', 'person', 0.8)]);
    expect(spans.map((s) => [s.name, s.entityId, s.source])).toEqual([['香港特别行政区', '香港', 'both'], ['帕特里斯·马涅埃', '帕特里斯·马涅埃', 'both']]);
  });

  it('but a place never grows into a street or a body named after it', () => {
    const t = '株洲大道上';
    const { spans } = combineText([rule(t, '株洲', 'place', '株洲市')], [tag(t, '株洲大道', 'place', 0.95)]);
    expect(spans.map((s) => [s.name, s.source])).toEqual([['株洲', 'rule']]);
  });

  it('accepts long transliterated names, surnames beyond the rules’ lists, and famous names jieba holds as words when sure', () => {
    const t = '普里马科夫、傅家峻、周恩来';
    const names = (c: number) => combineText([], ['普里马科夫', '傅家峻', '周恩来'].map((n) => tag(t, n, 'person', c))).spans.map((s) => s.name);
    expect(names(0.8)).toEqual(['普里马科夫', '傅家峻', '周恩来']);
    expect(names(0.72)).toEqual(['普里马科夫', '傅家峻']);
  });

  it('between overlapping tagged spans the more confident wins', () => {
    const t = '李四海来了';
    const { spans } = combineText([], [tag(t, '李四', 'person', 0.6), tag(t, '李四海', 'person', 0.9)]);
    expect(brief(spans)).toEqual(['person:李四海:model']);
  });
});

describe('names found everywhere', () => {
  const policy: CombinePolicy = { minConfidence: { person: 0.5, place: 0.5, org: 0.5 }, knownPlace: 0.5, foreignPerson: 0.5, spread: { minConfidence: 0.9, minArticles: 2 } };
  const m = (name: string, confidence: number, type: EntitySpan['type'] = 'person'): SourcedSpan => ({ type, name, entityId: name, start: 0, end: name.length, source: 'model', confidence });

  it('needs two articles and one confident tag; rule names are the rules’ business', () => {
    const spans = [[m('王小明', 0.95)], [m('王小明', 0.6)], [m('赵六', 0.99)], [m('孙七', 0.8)], [m('孙七', 0.8)], [{ ...m('李四', 0.99), source: 'both' as const }], [m('李四', 0.99)]];
    const names = namesToSpread(spans, [0, 1, 2, 3, 4, 5, 6], policy);
    expect([...names.keys()]).toEqual(['王小明']);
  });

  it('two texts of one article count once', () => {
    expect(namesToSpread([[m('王小明', 0.95)], [m('王小明', 0.95)]], [0, 0], policy).size).toBe(0);
  });

  it('a name tagged as a person and as a place is not spread', () => {
    expect(namesToSpread([[m('王小明', 0.95)], [m('王小明', 0.95)], [m('王小明', 0.95, 'place')], [m('王小明', 0.95, 'place')]], [0, 1, 2, 3], policy).size).toBe(0);
  });

  it('finds the name where nothing covers it, outside longer words and organisations', () => {
    const names = new Map([['王小明', { type: 'person' as const, name: '王小明', entityId: '王小明', start: 0, end: 3 }]]);
    const t = '王小明说，王小明路上的王小明集团，王小明。';
    const org = tag(t, '王小明集团', 'org');
    const existing: SourcedSpan[] = [{ ...names.get('王小明')!, source: 'rule' }];
    const out = spreadText(t, existing, [org], names);
    expect(out.map((s) => [s.start, s.source])).toEqual([[0, 'rule'], [5, 'model'], [t.lastIndexOf('王小明'), 'model']]);
    expect(out[1]!.confidence).toBeUndefined();
  });
});
