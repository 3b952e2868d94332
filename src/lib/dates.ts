// Dates as the paper prints them (2020年11月5日: no leading zeros), in one place for every feature.
// Computed from the ISO text, never through Date in local time, so no time zone can shift a day.

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
const ISO = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/;

/** [year, month, day] of '2020-11-05' or '2020-11' (day 1); null for anything else. */
function parseIso(iso: string): [number, number, number] | null {
  const match = ISO.exec(iso);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3] ?? 1)] : null;
}

/** 2020, 11 → '2020年11月'. */
export const yearMonthLabel = (year: number, month: number): string => `${year}年${month}月`;

/** '2020-11-05' → '2020年11月5日'. Text that is not an ISO date is shown as it is, never as NaN年. */
export function formatDate(iso: string): string {
  const parts = parseIso(iso);
  return parts ? `${yearMonthLabel(parts[0], parts[1])}${parts[2]}日` : iso;
}

/** '2020-11-05' → '2020年11月5日 星期四'. */
export function formatDateWithWeekday(iso: string): string {
  const parts = parseIso(iso);
  if (!parts) return iso;
  const weekday = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2])).getUTCDay();
  return `${formatDate(iso)} 星期${WEEKDAYS[weekday]}`;
}

/** '2020-11' (or a full date) → '2020年11月'. */
export function formatMonth(iso: string): string {
  const parts = parseIso(iso);
  return parts ? yearMonthLabel(parts[0], parts[1]) : iso;
}
