/**
 * A paragraph's anchor: `p` and its 1-based place in the article (#p3 is the third). The pipeline's
 * output is deterministic, so the same input gives the same paragraphs and the same anchors.
 */
export const paragraphAnchor = (index: number): string => `p${index + 1}`;

/** The 0-based index a hash (`#p3`) points at, or null for any other hash. */
export function anchoredIndex(hash: string): number | null {
  const match = /^#p([1-9]\d{0,4})$/.exec(hash);
  return match ? Number(match[1]) - 1 : null;
}
