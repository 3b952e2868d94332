import { describe, expect, it } from 'vitest';
import { mapLabel, parseBio } from './bio.ts';

const spans = (content: string) => parseBio(content).map((s) => s.spans.map((sp) => `${sp.type}:${s.text.slice(sp.start, sp.end)}`));

describe('parseBio', () => {
  it('reads space-separated files (People’s Daily)', () => {
    const s = parseBio('在 O\n北 B-LOC\n京 I-LOC\n，\tO\n\n张 B-PER\n三 I-PER\n');
    expect(s.map((x) => x.text)).toEqual(['在北京，', '张三']);
    expect(s[0]!.spans).toEqual([{ type: 'place', start: 1, end: 3 }]);
  });

  it('reads Weibo lines, dropping the word-position digit but keeping digit characters', () => {
    const s = parseBio('李0\tB-PER.NAM\n雷1\tI-PER.NAM\n20\tO\n01\tO\n记0\tB-PER.NOM\n者1\tI-PER.NOM\n美0\tB-GPE.NAM\n国1\tI-GPE.NAM\n');
    expect(s[0]!.text).toBe('李雷20记者美国');
    expect(spans('李0\tB-PER.NAM\n雷1\tI-PER.NAM\n记0\tB-PER.NOM\n者1\tI-PER.NOM\n美0\tB-GPE.NAM\n国1\tI-GPE.NAM\n')).toEqual([['person:李雷', 'place:美国']]);
  });

  it('maps PER → person, LOC/GPE → place, ORG → org, .NOM → O', () => {
    expect(['PER', 'PER.NAM', 'LOC', 'GPE.NAM', 'LOC.NAM', 'ORG', 'ORG.NAM', 'PER.NOM', 'LOC.NOM', 'MISC'].map(mapLabel))
      .toEqual(['person', 'person', 'place', 'place', 'place', 'org', 'org', null, null, null]);
  });

  it('splits adjacent entities at each B- and a type change', () => {
    expect(spans('张 B-PER\n三 I-PER\n李 B-PER\n四 I-PER\n京 I-LOC\n')).toEqual([['person:张三', 'person:李四', 'place:京']]);
  });

  it('reads BIOES tags too', () => {
    expect(spans('张 B-PER\n三 E-PER\n京 S-LOC\n')).toEqual([['person:张三', 'place:京']]);
  });

  it('names the line of a malformed entry', () => {
    expect(() => parseBio('在 O\n北京\n', 'x.bio')).toThrow(/x\.bio:2/);
    expect(() => parseBio('在 X-LOC\n', 'x.bio')).toThrow(/unknown tag/);
  });
});
