/** Figures for the benchmark scripts. */

/** The value at fraction `q` of ascending `sorted` (0.5: the median, upper of the two for an even count). */
export const quantile = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

/** The median of unsorted values. */
export const median = (values: readonly number[]): number => quantile([...values].sort((a, b) => a - b), 0.5);
