import type { Credit } from '../../schema/issue';

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

function parseIsoDate(iso: string): [number, number, number] {
  const [year = NaN, month = NaN, day = NaN] = iso.split('-').map(Number);
  return [year, month, day];
}

/** '2020-11-05' → '2020年11月5日', as the paper prints it. */
export function formatDate(iso: string): string {
  const [year, month, day] = parseIsoDate(iso);
  return `${year}年${month}月${day}日`;
}

/** '2020-11-05' → '2020年11月5日 星期四'; the weekday is computed in UTC so the reader's time zone can't shift it. */
export function formatDateWithWeekday(iso: string): string {
  const [year, month, day] = parseIsoDate(iso);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return `${formatDate(iso)} 星期${WEEKDAYS[weekday] ?? ''}`;
}

/** The first `length` characters (code points, so no half surrogate pairs), with an ellipsis if cut. */
export function excerpt(text: string, length = 80): string {
  const chars = Array.from(text);
  return chars.length <= length ? text : `${chars.slice(0, length).join('')}…`;
}

const ROLE_LABELS: Record<Credit['role'], string> = {
  reporter: '记者',
  correspondent: '通讯员',
  intern: '实习生',
  photographer: '摄影',
  editor: '编辑',
};

/** The label as printed (株洲日报记者), falling back to a generic one when the paper printed none. */
export function creditLabel(credit: Credit): string {
  return credit.label || ROLE_LABELS[credit.role];
}

/** '2020-11' (or a full date) → '2020年11月'. */
export function formatMonth(isoMonth: string): string {
  const [year, month] = parseIsoDate(isoMonth);
  return `${year}年${month}月`;
}

/** '2020-11-05' → '11月5日', for lists already grouped by year. */
export function formatMonthDay(iso: string): string {
  const [, month, day] = parseIsoDate(iso);
  return `${month}月${day}日`;
}
