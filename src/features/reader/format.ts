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

/**
 * Which page this is, as a reader names it. Every issue in the archive is a front page (one OCR'd
 * page per seed), so it is 头版 unless the edition override names another page (B3); the page
 * number (A1) is shown when the override gives it.
 */
export function pageLabel(edition: string | undefined): string {
  if (!edition) return '头版';
  const page = edition.endsWith('版') ? edition : `${edition}版`;
  return /^[A-Za-z]?0*1版$/.test(page) || page === '头版' ? (page === '头版' ? '头版' : `头版 · ${page}`) : page;
}
