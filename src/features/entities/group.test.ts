import { describe, expect, it } from 'vitest';
import type { Mention } from '../../schema/issue';
import { continuousMonths, mentionedEntities, monthRange, timelineShares } from './group';

const m = (type: Mention['type'], entityId: string, name = entityId): Mention => ({
  type, entityId, name, field: 'paragraph', paragraph: 0, start: 0, end: name.length, source: 'rule',
});

describe('mentionedEntities', () => {
  it('counts each entity once, in order, under its canonical name', () => {
    const result = mentionedEntities([m('place', '株洲市', '株洲'), m('person', '毛腾飞'), m('place', '株洲市')]);
    expect(result).toEqual([
      { type: 'place', id: '株洲市', name: '株洲市', count: 2 },
      { type: 'person', id: '毛腾飞', name: '毛腾飞', count: 1 },
    ]);
  });

  it('keeps a person and a place of the same name apart', () => {
    expect(mentionedEntities([m('place', '华容'), m('person', '华容')])).toHaveLength(2);
  });
});

describe('timelineShares', () => {
  it('scales to the busiest month and never hides a month', () => {
    expect(timelineShares([{ month: '2020-11', count: 50 }, { month: '2021-01', count: 100 }, { month: '2021-02', count: 1 }]))
      .toEqual([0.5, 1, 0.04]);
    expect(timelineShares([])).toEqual([]);
  });
});

describe('continuousMonths', () => {
  it('fills the months between mentions with empty ones, across years', () => {
    const months = continuousMonths([{ month: '2020-11', count: 2 }, { month: '2021-02', count: 1 }]);
    expect(months).toEqual([
      { month: '2020-11', count: 2 },
      { month: '2020-12', count: 0 },
      { month: '2021-01', count: 0 },
      { month: '2021-02', count: 1 },
    ]);
    expect(continuousMonths([])).toEqual([]);
    expect(timelineShares(months)).toEqual([1, 0, 0, 0.5]);
  });

  it('gives a month its first and last day, leap years included', () => {
    expect(monthRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthRange('2020-12')).toEqual({ from: '2020-12-01', to: '2020-12-31' });
  });
});
