import type { Mention } from '../../schema/issue';

export type MentionedEntity = { type: Mention['type']; id: string; name: string; count: number };

/** Each entity an article names, once, in order of first appearance, with how often it is named. */
export function mentionedEntities(mentions: readonly Mention[]): MentionedEntity[] {
  const seen = new Map<string, MentionedEntity>();
  for (const { type, entityId, name } of mentions) {
    const key = `${type}:${entityId}`;
    const entry = seen.get(key);
    if (entry) entry.count += 1;
    // The entity id is its canonical name; the mention's text may be an alias (株洲 for 株洲市).
    else seen.set(key, { type, id: entityId, name: entityId || name, count: 1 });
  }
  return [...seen.values()];
}

/** Bar heights for the timeline: each month's share of the busiest month, never 0 for a month with mentions. */
export function timelineShares(timeline: readonly { month: string; count: number }[]): number[] {
  const max = Math.max(1, ...timeline.map((t) => t.count));
  return timeline.map((t) => (t.count === 0 ? 0 : Math.max(0.04, t.count / max)));
}

type MonthCount = { month: string; count: number };
const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthOf = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/**
 * Every month from the first mention to the last, the empty ones with 0: a time axis that drops
 * empty months puts 2021年1月 next to 2024年3月 and hides the years between.
 */
export function continuousMonths(timeline: readonly MonthCount[]): MonthCount[] {
  if (timeline.length === 0) return [];
  const counts = new Map(timeline.map((t) => [monthIndex(t.month), t.count]));
  const indexes = [...counts.keys()];
  const out: MonthCount[] = [];
  for (let i = Math.min(...indexes); i <= Math.max(...indexes); i++) out.push({ month: monthOf(i), count: counts.get(i) ?? 0 });
  return out;
}

/** A month's first and last day ('2020-02' → 2020-02-01, 2020-02-29), for a date filter. */
export function monthRange(month: string): { from: string; to: string } {
  const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}
