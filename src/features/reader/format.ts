// Dates are in lib/dates.ts, shared with the other features.
import type { Credit } from '../../schema/issue';

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
