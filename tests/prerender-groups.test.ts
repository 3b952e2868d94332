import { describe, expect, it } from 'vitest';
import { listGroups, type Group } from '../scripts/prerender/groups';
import type { Manifest } from '../src/schema/manifest';
import type { EntityList } from '../src/schema/entities';
import { SCHEMA_VERSION } from '../src/schema/issue';

const hash = (n: number) => n.toString(16).padStart(8, '0');
const entry = (day: number) => ({ id: `2021-03-${String(day).padStart(2, '0')}`, date: `2021-03-${String(day).padStart(2, '0')}`, hash: hash(day) });

function manifestOf(days: number[]): Manifest {
  return {
    schemaVersion: SCHEMA_VERSION,
    issues: days.map(entry).reverse(),
    years: [{ year: 2021, file: `manifest/2021.${hash(days.length)}.json`, issueCount: days.length }],
    entities: `entities/list.${hash(99)}.json`,
    search: `search/manifest.${hash(98)}.json`,
  };
}
const list: EntityList = {
  schemaVersion: SCHEMA_VERSION,
  entities: [
    { id: '张三', type: 'person', name: '张三', description: '', mentionCount: 1, articleCount: 1, hash: hash(7) },
    { id: '株洲市', type: 'place', name: '株洲市', description: '', mentionCount: 1, articleCount: 1, hash: hash(8) },
  ],
};
const keys = (groups: Group[]) => new Map(groups.map((group) => [group.id, group.key]));
const changed = (before: Group[], after: Group[]) => {
  const old = keys(before);
  return after.filter((group) => old.get(group.id) !== group.key).map((group) => group.id);
};

describe('prerender groups', () => {
  const days = [1, 2, 3, 4, 5];
  const groups = listGroups(manifestOf(days), list, 'm1', 'renderer-a');

  it('has every issue, the front page, the archive, both lists and every entity', () => {
    expect(groups.map((g) => g.id).sort()).toEqual(
      ['archive', 'home', 'people', 'places', 'person/张三', 'place/株洲市', ...days.map((d) => `issues/${entry(d).id}`)].sort(),
    );
  });

  it('keys nothing differently when nothing changed: an unchanged rebuild renders nothing', () => {
    expect(changed(groups, listGroups(manifestOf(days), list, 'm1', 'renderer-a'))).toEqual([]);
  });

  it('re-renders a new issue, its neighbour, the front page and the archive when an issue is added', () => {
    const after = listGroups(manifestOf([...days, 6]), list, 'm2', 'renderer-a');
    expect(changed(groups, after).sort()).toEqual(['archive', 'home', 'issues/2021-03-05', 'issues/2021-03-06'].sort());
  });

  it('re-renders an issue whose file changed, and only it (and the front page when it is the newest)', () => {
    const manifest = manifestOf(days);
    manifest.issues = manifest.issues.map((e) => (e.id === '2021-03-03' ? { ...e, hash: hash(333) } : e));
    expect(changed(groups, listGroups(manifest, list, 'm3', 'renderer-a')).sort()).toEqual(['archive', 'issues/2021-03-03']);
  });

  it('re-renders an entity whose file changed, and the lists when the entity list changed', () => {
    const changedList: EntityList = { ...list, entities: list.entities.map((e) => (e.type === 'person' ? { ...e, hash: hash(77) } : e)) };
    const manifest = { ...manifestOf(days), entities: `entities/list.${hash(100)}.json` };
    expect(changed(groups, listGroups(manifest, changedList, 'm1', 'renderer-a')).sort()).toEqual(['people', 'person/张三', 'places']);
  });

  it('re-renders everything when the renderer (code, site address, template) changed', () => {
    expect(changed(groups, listGroups(manifestOf(days), list, 'm1', 'renderer-b'))).toHaveLength(groups.length);
  });

  it('preloads what an entity page hydrates from: the manifest, the entity list and its own file', () => {
    const person = groups.find((g) => g.id === 'person/张三')!;
    expect(person.preload).toEqual(['data/manifest.json', `data/entities/list.${hash(99)}.json`, `data/entities/person/${encodeURIComponent('张三')}.${hash(7)}.json`]);
  });
});
