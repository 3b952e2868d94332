import { describe as group, expect, it } from 'vitest';
import { PLACE_LEVEL_LABELS, placeLevels, type Entity } from '../../schema/entities.ts';
import { describe, entityFiles } from './entity-files.ts';

const place = (level: Entity['level'], parents: Entity['parents'] = []): Entity => ({
  id: 'x', type: 'place', name: 'x', aliases: [], roles: [], level, parents, mentionCount: 1, articles: [],
});

group('describe (a place)', () => {
  it('names a place without parents by its level, with the labels the app shows', () => {
    for (const level of placeLevels) expect(describe(place(level))).toBe(PLACE_LEVEL_LABELS[level]);
    expect(describe(place('city'))).toBe('地级');
    expect(describe(place('county'))).toBe('县级');
  });

  it('prefers the chain of parents, nearest first', () => {
    const parents = [
      { id: '4302', name: '株洲市', level: 'city' as const },
      { id: '43', name: '湖南省', level: 'province' as const },
    ];
    expect(describe(place('county', parents))).toBe('株洲市 · 湖南省');
  });
});

group('PLACE_LEVEL_LABELS', () => {
  it('labels every level, each differently', () => {
    const labels = placeLevels.map((level) => PLACE_LEVEL_LABELS[level]);
    expect(labels.every((label) => label.length > 0)).toBe(true);
    expect(new Set(labels).size).toBe(placeLevels.length);
  });
});

group('describe (a person)', () => {
  const person = (roleHistory: Entity['roleHistory']): Entity => ({
    id: 'x', type: 'person', name: 'x', aliases: [], roles: ['副市长', '市委书记'], roleHistory, mentionCount: 1, articles: [],
  });

  it('is the role held most with its period, not the first role listed', () => {
    const rows = [
      { role: '副市长', first: '2018-01-05', last: '2018-02-05', count: 2 },
      { role: '市委书记', first: '2020-03-01', last: '2021-06-01', count: 5 },
    ];
    expect(describe(person(rows))).toBe('市委书记 · 2020–2021');
  });

  it('is empty without any role seen', () => {
    expect(describe(person([]))).toBe('');
  });
});

group('the list row (what the /people and /places filters read)', () => {
  const issue = { schemaVersion: 4, id: '2020-01-01', date: '2020-01-01', dateSource: 'text', source: 'a.txt', paper: 'p', articles: [] } as never;
  const entities: Entity[] = [
    { id: '曾志', type: 'person', name: '曾志', aliases: ['曾志同志'], roles: ['市长', '主任'], mentionCount: 1, articles: [] },
    { id: '枫林镇', type: 'place', name: '枫林镇', aliases: ['枫林'], roles: [], level: 'town', parents: [], mentionCount: 1, articles: [] },
  ];
  const rows = entityFiles([issue], { schemaVersion: 4, entities } as never).list.entities;

  it('carries the pinyin of the name, a person by the surname reading (曾 zēng)', () => {
    expect(rows[0]?.pinyin).toBe('zeng zhi');
    expect(rows[1]?.pinyin).toBe('feng lin zhen');
  });

  it('carries every role and other name, not only the one described', () => {
    expect(rows[0]?.roles).toEqual(['市长', '主任']);
    expect(rows[0]?.aliases).toEqual(['曾志同志']);
    expect(rows[1]?.aliases).toEqual(['枫林']);
  });
});
