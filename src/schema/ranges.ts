/** Ranges of text to mark (search matches), shared by the search engine and the article page. */

export type Range = [start: number, end: number];

/** Where any of `needles` occurs literally in `text`: sorted, overlaps merged, for highlighting. */
export function literalRanges(text: string, needles: readonly string[]): Range[] {
  const ranges: Range[] = [];
  for (const needle of needles) {
    if (!needle) continue;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      ranges.push([at, at + needle.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Range[] = [];
  for (const [start, end] of ranges) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
