import { describe, expect, it } from 'vitest';
import { nearestIssues } from './neighbours';

const entry = (id: string) => ({ id, date: id.slice(0, 10), hash: '0'.repeat(8) });
const manifest = { issues: ['2024-03-21', '2021-01-20', '2020-11-05', '2020-09-05'].map(entry) } as never;

describe('nearestIssues', () => {
  it('offers the oldest issue for a date before the archive, the newest after it', () => {
    expect(nearestIssues(manifest, '1999-01-01')).toEqual({ next: entry('2020-09-05') });
    expect(nearestIssues(manifest, '2030-01-01')).toEqual({ previous: entry('2024-03-21'), next: undefined });
  });

  it('offers the issues either side of a date in a gap', () => {
    expect(nearestIssues(manifest, '2022-06-01')).toEqual({ previous: entry('2021-01-20'), next: entry('2024-03-21') });
  });

  it('offers nothing for an address that is not a date', () => {
    expect(nearestIssues(manifest, 'latest')).toEqual({});
    expect(nearestIssues(manifest, '2020-13-45')).toEqual({});
  });
});
