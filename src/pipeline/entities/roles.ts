/**
 * Who a person is, over time. Every role seen with a name (each whole post printed before it,
 * title-chain.ts, or a byline credit) is an observation with its issue date; a person's roles
 * become rows of role and period.
 *
 * Disambiguation, as far as it goes: one name is one entity (it is the page's address), but a role
 * seen again after a gap of more than two years starts a new row, and when the rows fall into
 * periods that are more than two years apart and share no role, the entity is flagged
 * `sharedName` (the page says the name may belong to more than one person). Nothing is split or
 * merged beyond that: a 村民 quoted in 2014 and a 副市长 of 2021 who share a name show as two
 * periods of one page, with the flag, instead of one silently mixed description.
 */
import type { RoleSpan } from '../../schema/entities.ts';
import { postRank } from './title-chain.ts';

export interface RoleSeen {
  role: string;
  /** The issue date, YYYY-MM-DD. */
  date: string;
}

/** Longer gaps than this (in days) between two sightings start a new period. */
export const PERIOD_GAP_DAYS = 730;
/** Roles from bylines: a description falls back on them only when the person holds no other. */
export const CREDIT_ROLES = new Set(['记者', '通讯员', '实习生', '摄影', '编辑']);

const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
const apart = (earlier: string, later: string) => day(later) - day(earlier) > PERIOD_GAP_DAYS;

/** A person's roles as rows of role and period, oldest first (ties: more sightings first, then by role). */
export function roleHistory(seen: readonly RoleSeen[]): RoleSpan[] {
  const byRole = new Map<string, string[]>();
  for (const s of seen) {
    const dates = byRole.get(s.role);
    if (dates) dates.push(s.date);
    else byRole.set(s.role, [s.date]);
  }
  const rows: RoleSpan[] = [];
  for (const [role, dates] of byRole) {
    dates.sort();
    let row: RoleSpan = { role, first: dates[0]!, last: dates[0]!, count: 0 };
    for (const d of dates) {
      if (apart(row.last, d)) {
        rows.push(row);
        row = { role, first: d, last: d, count: 0 };
      }
      row.last = d;
      row.count++;
    }
    rows.push(row);
  }
  return rows.sort((a, b) => a.first.localeCompare(b.first) || b.count - a.count || a.role.localeCompare(b.role, 'zh'));
}

/** Do the rows fall into periods years apart that share no role (perhaps two people of one name)? */
export function looksShared(rows: readonly RoleSpan[]): boolean {
  const periods: { last: string; roles: Set<string> }[] = [];
  for (const r of rows) {
    const open = periods.at(-1);
    if (open && !apart(open.last, r.first)) {
      open.roles.add(r.role);
      if (r.last > open.last) open.last = r.last;
    } else periods.push({ last: r.last, roles: new Set([r.role]) });
  }
  if (periods.length < 2) return false;
  for (let i = 0; i < periods.length; i++) {
    for (let j = i + 1; j < periods.length; j++) if ([...periods[i]!.roles].some((r) => periods[j]!.roles.has(r))) return false;
  }
  return true;
}

/**
 * The role held most, with its period: 市委书记 · 2020–2021 (a byline credit only when there is
 * nothing else). Posts always printed together (市委书记、市人大常委会主任) tie: the senior one.
 */
export function describeRoles(rows: readonly RoleSpan[]): string {
  const pick = (list: readonly RoleSpan[]) =>
    [...list].sort((a, b) => b.count - a.count || postRank(a.role) - postRank(b.role) || b.last.localeCompare(a.last) || a.role.localeCompare(b.role, 'zh'))[0];
  const top = pick(rows.filter((r) => !CREDIT_ROLES.has(r.role))) ?? pick(rows);
  if (!top) return '';
  const [from, to] = [top.first.slice(0, 4), top.last.slice(0, 4)];
  return `${top.role} · ${from === to ? from : `${from}–${to}`}`;
}
