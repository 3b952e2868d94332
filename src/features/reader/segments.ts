import type { Mention } from '../../schema/issue';

/** A run of a field's text: plain, or one mention (offsets in UTF-16 units, as the data gives them). */
export type Segment = { start: number; end: number; mention?: Mention };

/** The mentions that sit in one field: the title, the n-th paragraph, subtitle or credit. */
export function mentionsIn(mentions: readonly Mention[], field: Mention['field'], index = 0): Mention[] {
  return mentions.filter((m) => m.field === field && (field === 'kicker' || field === 'title' || m.paragraph === index));
}

/**
 * Cuts `[from, to)` of a text into plain runs and mention runs. Mentions are sorted here; one that
 * overlaps an earlier one, is empty, or leaves the range is skipped, so bad offsets can never
 * duplicate or drop text: the segments always cover the range exactly once.
 */
export function mentionSegments(mentions: readonly Mention[], from: number, to: number): Segment[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let at = from;
  for (const mention of sorted) {
    if (mention.start < at || mention.end > to || mention.end <= mention.start) continue;
    if (mention.start > at) segments.push({ start: at, end: mention.start });
    segments.push({ start: mention.start, end: mention.end, mention });
    at = mention.end;
  }
  if (at < to) segments.push({ start: at, end: to });
  return segments;
}

/** The parts of `ranges` (sorted, not overlapping) inside `[start, end)`, counted from `start`. */
export function rangesWithin(ranges: readonly (readonly [number, number])[], start: number, end: number): [number, number][] {
  const inside: [number, number][] = [];
  for (const [a, b] of ranges) {
    const from = Math.max(a, start);
    const to = Math.min(b, end);
    if (from < to) inside.push([from - start, to - start]);
  }
  return inside;
}
