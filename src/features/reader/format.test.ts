import { describe, expect, it } from 'vitest';
import { excerpt, formatDate, formatDateWithWeekday, formatMonth, formatMonthDay } from './format';

describe('dates the Chinese way', () => {
  it('writes year, month and day without leading zeros', () => {
    expect(formatDate('2020-11-05')).toBe('2020年11月5日');
    expect(formatMonth('2021-01')).toBe('2021年1月');
    expect(formatMonth('2021-01-20')).toBe('2021年1月');
    expect(formatMonthDay('2020-09-05')).toBe('9月5日');
  });

  it('adds the weekday, whatever the time zone', () => {
    expect(formatDateWithWeekday('2020-11-05')).toBe('2020年11月5日 星期四');
    expect(formatDateWithWeekday('2024-03-24')).toBe('2024年3月24日 星期日');
  });
});

describe('excerpt', () => {
  it('cuts by code points and marks the cut', () => {
    expect(excerpt('一二三四', 2)).toBe('一二…');
    expect(excerpt('一二', 2)).toBe('一二');
    expect(excerpt('𠀀𠀁𠀂', 2)).toBe('𠀀𠀁…');
  });
});
