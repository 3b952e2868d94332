import { describe, expect, it } from 'vitest';
import { formatDate, formatDateWithWeekday, formatMonth, yearMonthLabel } from './dates';

describe('dates the Chinese way', () => {
  it('writes year, month and day without leading zeros', () => {
    expect(formatDate('2020-11-05')).toBe('2020年11月5日');
    expect(formatDate('2021-01-20')).toBe('2021年1月20日');
    expect(formatMonth('2021-01')).toBe('2021年1月');
    expect(formatMonth('2021-01-20')).toBe('2021年1月');
    expect(yearMonthLabel(2024, 3)).toBe('2024年3月');
  });

  it('adds the weekday, whatever the time zone', () => {
    expect(formatDateWithWeekday('2020-11-05')).toBe('2020年11月5日 星期四');
    expect(formatDateWithWeekday('2024-03-24')).toBe('2024年3月24日 星期日');
    expect(formatDateWithWeekday('2024-02-29')).toBe('2024年2月29日 星期四');
  });

  it('shows text that is not an ISO date as it is, never NaN年', () => {
    for (const bad of ['', 'yesterday', '2020/11/05', '20-11-05']) {
      expect(formatDate(bad)).toBe(bad);
      expect(formatDateWithWeekday(bad)).toBe(bad);
      expect(formatMonth(bad)).toBe(bad);
    }
  });

  it('agrees with Intl’s zh-CN long date for every day of a leap year', () => {
    const intl = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2025, 0, 1); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      expect(formatDate(iso)).toBe(intl.format(t));
    }
  });
});
