import { describe, expect, it } from 'vitest';
import { describeRoles, looksShared, roleHistory, type RoleSeen } from './roles.ts';

const seen = (role: string, ...dates: string[]): RoleSeen[] => dates.map((date) => ({ role, date }));

describe('roleHistory', () => {
  it('one row per role with first and last date and count, oldest first', () => {
    const rows = roleHistory([...seen('市长', '2021-03-01', '2020-05-02', '2021-12-30'), ...seen('副市长', '2018-01-05', '2019-11-11')]);
    expect(rows).toEqual([
      { role: '副市长', first: '2018-01-05', last: '2019-11-11', count: 2 },
      { role: '市长', first: '2020-05-02', last: '2021-12-30', count: 3 },
    ]);
  });

  it('a role seen again after more than two years starts a new row', () => {
    const rows = roleHistory(seen('村民', '2014-02-01', '2014-06-01', '2017-06-02'));
    expect(rows.map((r) => [r.first, r.last, r.count])).toEqual([['2014-02-01', '2014-06-01', 2], ['2017-06-02', '2017-06-02', 1]]);
    // Exactly two years (730 days) apart is still one period.
    expect(roleHistory(seen('村民', '2014-01-01', '2015-12-31'))).toHaveLength(1);
  });
});

describe('looksShared', () => {
  it('periods years apart with no role in common: perhaps two people', () => {
    expect(looksShared(roleHistory([...seen('村民', '2014-02-01'), ...seen('副市长', '2021-03-01', '2021-05-01')]))).toBe(true);
  });

  it('a career (roles that follow each other closely) is one person', () => {
    expect(looksShared(roleHistory([...seen('副市长', '2016-01-01', '2018-06-01'), ...seen('市长', '2019-01-01', '2022-01-01')]))).toBe(false);
  });

  it('the same role in both periods is not a sign of two people', () => {
    expect(looksShared(roleHistory([...seen('教授', '2012-01-01'), ...seen('院长', '2020-01-01'), ...seen('教授', '2020-02-01')]))).toBe(false);
  });

  it('one period is never shared', () => {
    expect(looksShared(roleHistory(seen('村民', '2014-02-01')))).toBe(false);
    expect(looksShared([])).toBe(false);
  });
});

describe('describeRoles', () => {
  it('the role held most, with its period, not the first title seen', () => {
    const rows = roleHistory([...seen('副市长', '2018-01-05'), ...seen('市委书记', '2020-02-01', '2021-06-01', '2021-07-01')]);
    expect(describeRoles(rows)).toBe('市委书记 · 2020–2021');
  });

  it('one year is written once; a byline credit only when nothing else is known', () => {
    expect(describeRoles(roleHistory([...seen('记者', '2020-01-01', '2020-02-01', '2020-03-01'), ...seen('主任', '2020-04-01')]))).toBe('主任 · 2020');
    expect(describeRoles(roleHistory(seen('记者', '2019-01-01', '2020-03-01')))).toBe('记者 · 2019–2020');
    expect(describeRoles([])).toBe('');
  });

  it('posts always printed together: the senior one, whichever comes first in the text', () => {
    const dates = ['2020-01-01', '2020-06-01'];
    expect(describeRoles(roleHistory([...seen('市人大常委会主任', ...dates), ...seen('市委书记', ...dates)]))).toBe('市委书记 · 2020');
    expect(describeRoles(roleHistory([...seen('市委副书记', ...dates), ...seen('市长', ...dates)]))).toBe('市长 · 2020');
  });

  it('equal counts: the more recent role', () => {
    expect(describeRoles(roleHistory([...seen('副市长', '2018-01-05'), ...seen('市长', '2020-01-01')]))).toBe('市长 · 2020');
  });
});
