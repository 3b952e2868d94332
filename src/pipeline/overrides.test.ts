import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCalendarDate, loadOverrides, parseOverrides } from './overrides.ts';

describe('parseOverrides', () => {
  it('rejects impossible dates, naming the file key and the date', () => {
    for (const date of ['2020-13-45', '2021-02-30', '2019-02-29', '2020-00-10']) {
      const result = parseOverrides(JSON.stringify({ 'a.txt': { date } }));
      expect(result).toEqual({ ok: false, reason: `a.txt.date: ${date} is not a real calendar date` });
    }
    expect(parseOverrides('{"a.txt":{"date":"2020-02-29"}}')).toEqual({ ok: true, value: { 'a.txt': { date: '2020-02-29' } } });
  });

  it('reads a file saved with a UTF-8 byte-order mark', () => {
    expect(parseOverrides('\uFEFF{"a.txt":{"edition":"A1"}}')).toEqual({ ok: true, value: { 'a.txt': { edition: 'A1' } } });
  });

  it('knows a calendar date', () => {
    expect(['2000-02-29', '2021-12-31', '1999-01-01'].every(isCalendarDate)).toBe(true);
    expect(['1900-02-29', '2021-04-31', '2021-12-32'].some(isCalendarDate)).toBe(false);
  });
});

describe('loadOverrides', () => {
  it('warns about an override naming a file that is not in the seeds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'overrides-'));
    writeFileSync(join(dir, 'issues.json'), '\uFEFF{"a.txt":{"edition":"A1"},"gone.txt":{"edition":"B2"}}');
    const loaded = loadOverrides(dir, ['a.txt', 'b.txt']);
    expect(loaded.error).toBeUndefined();
    expect(loaded.overrides['a.txt']).toEqual({ edition: 'A1' });
    expect(loaded.warnings).toEqual(['an override names gone.txt, which is not in the seeds folder']);
  });
});
