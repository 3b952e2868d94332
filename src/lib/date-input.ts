// Dates as a Chinese reader types and reads them (2020年1月5日), for the app's date fields and the
// chips that show a date filter. A native date input shows mm/dd/yyyy in many browsers, even a
// zh-CN one, next to text that says 年月日: the fields are text, read here.
import { formatDate } from './dates';

/** Which day a year or a month stands for: its first (a range's start) or its last (its end). */
export type DateEdge = 'start' | 'end';

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

// 2020年1月5日 / 2020年1月 / 2020年, or 2020-1-5, 2020/1/5, 2020.1.5, 2020 1 5 and 20200105.
const CHINESE = /^(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})[日号]?)?)?$/;
const NUMERIC = /^(\d{4})(?:[-/.\s](\d{1,2})(?:[-/.\s](\d{1,2}))?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

/** Full-width digits and spaces as ASCII, spaces around the parts dropped. */
function normalise(text: string): string {
  return text
    .replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .trim()
    .replace(/\s*([年月日号])\s*/g, '$1');
}

/**
 * The ISO date a reader's text means, or null when it is not a real day. A year or a month alone
 * means its first day, or its last for the end of a range (`edge`).
 */
export function parseDateInput(text: string, edge: DateEdge): string | null {
  const clean = normalise(text);
  const m = CHINESE.exec(clean) ?? COMPACT.exec(clean) ?? NUMERIC.exec(clean);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? (edge === 'start' ? 1 : 12) : Number(m[2]);
  if (month < 1 || month > 12) return null;
  const day = m[3] === undefined ? (edge === 'start' ? 1 : daysIn(year, month)) : Number(m[3]);
  if (day < 1 || day > daysIn(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The year (2020) or month (2020年2月) a range covers exactly, if it does. */
function wholePeriod(from: string, to: string): string | undefined {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  if (fd !== 1 || td !== daysIn(ty, tm)) return undefined;
  if (fm === 1 && tm === 12) return fy === ty ? `${fy}年` : `${fy}年–${ty}年`;
  if (fy === ty && fm === tm) return `${fy}年${fm}月`;
  return undefined;
}

/** A date filter in words: 2020年, 2020年2月, 2020年1月5日至2020年3月1日, 2020年1月5日起. */
export function dateRangeLabel(from: string | undefined, to: string | undefined): string {
  if (from && to) return wholePeriod(from, to) ?? `${formatDate(from)}至${formatDate(to)}`;
  if (from) return `${formatDate(from)}起`;
  return to ? `${formatDate(to)}止` : '';
}
