import type { ManifestEntry } from '../../schema/manifest';

/** What the calendar needs of an issue: the manifest's entries and the year volumes' both have it. */
type Dated = Pick<ManifestEntry, 'id' | 'date'>;

export type CalendarDay<T extends Dated = Dated> = { date: string; day: number; issues: T[] };
/** Weeks of a month, Monday first as Chinese calendars print them; `null` pads the edges. */
export type MonthGrid<T extends Dated = Dated> = (CalendarDay<T> | null)[][];

const pad = (n: number) => String(n).padStart(2, '0');

/** 'YYYY-MM-DD' for a year, month (1–12) and day. */
export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The month's days laid out in weeks, each day with the issues printed on it. */
export function monthGrid<T extends Dated>(year: number, month: number, entries: readonly T[]): MonthGrid<T> {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  // getUTCDay: Sunday 0 … Saturday 6; shifted so Monday is column 0.
  const lead = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (CalendarDay<T> | null)[] = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= days; day++) {
    const date = isoDate(year, month, day);
    cells.push({ date, day, issues: entries.filter((entry) => entry.date === date) });
  }
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

export type ArchiveYear = { year: number; months: { month: number; count: number }[] };

/** Years and months that have issues, newest first, with how many issues each month holds. */
export function archiveYears(entries: readonly Dated[]): ArchiveYear[] {
  const years = new Map<number, Map<number, number>>();
  for (const { date } of entries) {
    const [year = 0, month = 0] = date.split('-').map(Number);
    const months = years.get(year) ?? new Map<number, number>();
    months.set(month, (months.get(month) ?? 0) + 1);
    years.set(year, months);
  }
  return [...years]
    .sort(([a], [b]) => b - a)
    .map(([year, months]) => ({
      year,
      months: [...months].sort(([a], [b]) => a - b).map(([month, count]) => ({ month, count })),
    }));
}

/** The issue printed on `date`, else the one closest to it (the earlier one on a tie). */
export function nearestIssue<T extends Dated>(entries: readonly T[], date: string): T | undefined {
  const target = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(target)) return undefined;
  let best: T | undefined;
  let bestGap = Infinity;
  for (const entry of entries) {
    const gap = Math.abs(Date.parse(`${entry.date}T00:00:00Z`) - target);
    if (gap < bestGap || (gap === bestGap && best && entry.date < best.date)) {
      best = entry;
      bestGap = gap;
    }
  }
  return best;
}

/** The month the archive shows for `?month=YYYY-MM`: that month if it has issues, else the newest issue's. */
export function shownMonth(entries: readonly Dated[], param: string | null): { year: number; month: number } {
  const [y, m] = (param ?? '').split('-').map(Number);
  const prefix = `${y}-${String(m).padStart(2, '0')}-`;
  if (entries.some((entry) => entry.date.startsWith(prefix))) return { year: y!, month: m! };
  const [year = 0, month = 0] = entries[0]?.date.split('-').map(Number) ?? [];
  return { year, month };
}
