import { formatDate } from '../../lib/dates';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * When a bookmark was saved, in the reader's own time zone, written like every other date in the
 * app (2024年3月21日 16:05) by lib/dates, not by Intl: a browser without Chinese locale data would
 * otherwise print "March 21, 2024" next to the 2020年11月5日.
 */
export function formatSavedAt(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${formatDate(day)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
