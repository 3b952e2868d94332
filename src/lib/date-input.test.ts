import { describe, expect, it } from 'vitest';
import { dateRangeLabel, parseDateInput } from './date-input';

describe('parseDateInput: what a reader types for a date', () => {
  it('reads the Chinese way and the numeric ways', () => {
    for (const text of ['2020年1月5日', '2020年01月05日', '2020年1月5号', ' 2020 年 1 月 5 日 ', '2020-1-5', '2020-01-05', '2020/1/5', '2020.1.5', '20200105', '２０２０年１月５日']) {
      expect(parseDateInput(text, 'start'), text).toBe('2020-01-05');
    }
  });

  it('takes a year or a month as its first day, or its last as the end of a range', () => {
    expect(parseDateInput('2020年', 'start')).toBe('2020-01-01');
    expect(parseDateInput('2020年', 'end')).toBe('2020-12-31');
    expect(parseDateInput('2020年2月', 'end')).toBe('2020-02-29');
    expect(parseDateInput('2021-2', 'end')).toBe('2021-02-28');
    expect(parseDateInput('2020年2月', 'start')).toBe('2020-02-01');
  });

  it('refuses what is not a real day', () => {
    for (const text of ['', '2020年2月30日', '2020年13月', 'abc', '20年1月1日', '2020-1-1-1', '1月1日']) {
      expect(parseDateInput(text, 'start'), text).toBeNull();
    }
  });
});

describe('dateRangeLabel: a date filter as a chip', () => {
  it('names a whole year or month as such', () => {
    expect(dateRangeLabel('2020-01-01', '2020-12-31')).toBe('2020年');
    expect(dateRangeLabel('2020-02-01', '2020-02-29')).toBe('2020年2月');
    expect(dateRangeLabel('2020-01-01', '2021-12-31')).toBe('2020年–2021年');
  });

  it('otherwise writes the days the Chinese way', () => {
    expect(dateRangeLabel('2020-01-05', '2020-03-01')).toBe('2020年1月5日至2020年3月1日');
    expect(dateRangeLabel('2020-01-05', undefined)).toBe('2020年1月5日起');
    expect(dateRangeLabel(undefined, '2020-03-01')).toBe('2020年3月1日止');
  });
});
