/**
 * An entity's articles come as the newest year (in its page file) plus one file per earlier year;
 * the page shows them a page of rows at a time, fetching earlier years only when a page reaches them.
 */

/**
 * Rows per page. The city is named in ~20,000 articles over ten years: rendering them all would
 * block the page for seconds, and loading them all would download megabytes.
 */
export const ENTITY_PAGE = 50;

/** How many earlier years must be loaded for `rows` rows, given the newest year's count and the earlier years' counts. */
export function yearsToCover(newest: number, earlier: readonly { count: number }[], rows: number): number {
  let covered = newest;
  let years = 0;
  while (covered < rows && years < earlier.length) covered += earlier[years++]!.count;
  return years;
}
