import { describe, expect, it } from 'vitest';
import type { IssueSummary } from '../../schema/manifest';
import { archiveYears, monthGrid, nearestIssue, shownMonth } from './calendar';

const entry = (date: string, id = date): IssueSummary => ({
  id, date, source: `${id}.txt`, paper: '株洲日报', articleCount: 1, headline: id,
});
const entries = [entry('2021-01-20'), entry('2020-11-28'), entry('2020-11-05'), entry('2020-11-05', '2020-11-05-2')];

describe('monthGrid', () => {
  it('starts on Monday and pads both ends to whole weeks', () => {
    // 1 November 2020 was a Sunday: six empty cells before it.
    const grid = monthGrid(2020, 11, entries);
    expect(grid[0]?.slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expect(grid[0]?.[6]?.day).toBe(1);
    expect(grid.every((week) => week.length === 7)).toBe(true);
    expect(grid.flat().filter(Boolean)).toHaveLength(30);
  });

  it('puts every issue of a day on that day', () => {
    const days = monthGrid(2020, 11, entries).flat();
    expect(days.find((d) => d?.day === 5)?.issues.map((i) => i.id)).toEqual(['2020-11-05', '2020-11-05-2']);
    expect(days.find((d) => d?.day === 6)?.issues).toEqual([]);
  });

  it('knows leap years', () => {
    expect(monthGrid(2024, 2, []).flat().filter(Boolean)).toHaveLength(29);
    expect(monthGrid(2023, 2, []).flat().filter(Boolean)).toHaveLength(28);
  });
});

describe('archiveYears', () => {
  it('lists years newest first and months in order with counts', () => {
    expect(archiveYears(entries)).toEqual([
      { year: 2021, months: [{ month: 1, count: 1 }] },
      { year: 2020, months: [{ month: 11, count: 3 }] },
    ]);
  });
});

describe('nearestIssue', () => {
  it('finds the exact day, else the closest one', () => {
    expect(nearestIssue(entries, '2020-11-28')?.id).toBe('2020-11-28');
    expect(nearestIssue(entries, '2020-11-25')?.id).toBe('2020-11-28');
    expect(nearestIssue(entries, '1999-01-01')?.date).toBe('2020-11-05');
    expect(nearestIssue(entries, 'nonsense')).toBeUndefined();
    expect(nearestIssue([], '2020-11-05')).toBeUndefined();
  });
});

describe('shownMonth', () => {
  it('takes the month asked for when it has issues, else the newest issue’s month', () => {
    expect(shownMonth(entries, '2020-11')).toEqual({ year: 2020, month: 11 });
    expect(shownMonth(entries, '2020-12')).toEqual({ year: 2021, month: 1 });
    expect(shownMonth(entries, 'garbage')).toEqual({ year: 2021, month: 1 });
    expect(shownMonth(entries, null)).toEqual({ year: 2021, month: 1 });
    expect(shownMonth([], '2020-11')).toEqual({ year: 0, month: 0 });
  });
});
