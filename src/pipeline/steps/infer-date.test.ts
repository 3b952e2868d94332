import { describe, expect, it } from 'vitest';
import { inferIssueDate, pastYears } from './infer-date.ts';

const lead = (text: string, dateline = '株洲日报讯') => ({ text: `${dateline} ${text}`, dateline });

describe('inferIssueDate', () => {
  it('dates a morning paper the day after the most reported event day', () => {
    const result = inferIssueDate([
      lead('12月30日，会议召开。2019年，全市经济增长。'),
      lead('12月30日下午，调研活动举行。'),
      { text: '12月28日，另一件事。' },
    ]);
    expect(result.date).toBe('2019-12-31');
  });

  it('crosses a year end', () => {
    expect(inferIssueDate([lead('12月31日，跨年活动举行。2023年全市接待游客增长。')]).date).toBe('2024-01-01');
  });

  it('ignores announced future dates and ranges', () => {
    const result = inferIssueDate([
      lead('5月6日，会议召开。2022年，全市生产总值增长。'),
      { text: '活动将于5月20日举行，展期定于5月21日至5月30日。' },
      { text: '报名时间为5月22日至5月25日。' },
    ]);
    expect(result.date).toBe('2022-05-07');
  });

  it('uses the month of the dateline for a bare day (新华社北京3月9日电 … 9日下午)', () => {
    const result = inferIssueDate([lead('国家主席9日下午在北京会见外宾。2023年是重要一年。', '新华社北京3月9日电')]);
    expect(result.date).toBe('2023-03-10');
  });

  it('says why when it cannot date the text', () => {
    expect(inferIssueDate([{ text: '没有日期的文字。' }])).toMatchObject({ date: null, reason: expect.stringMatching(/no event dates/) });
    expect(inferIssueDate([lead('6月1日，活动举行。')])).toMatchObject({ date: null, reason: expect.stringMatching(/no year/) });
  });
});

describe('pastYears', () => {
  it('skips years that speak of plans', () => {
    expect(pastYears('2019年6月成立。到2025年实现目标。2035年远景目标。2021年，全市将努力。在2026年，实现全覆盖。2020年夏季攻势。')).toEqual([2019, 2020]);
  });
});
