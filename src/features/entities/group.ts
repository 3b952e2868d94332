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

/** Bar heights for the timeline: each month's share of the busiest month, never 0 for a real month. */
export function timelineShares(timeline: readonly { month: string; count: number }[]): number[] {
  const max = Math.max(1, ...timeline.map((t) => t.count));
  return timeline.map((t) => Math.max(0.04, t.count / max));
}
