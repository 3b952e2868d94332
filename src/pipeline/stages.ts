/**
 * Per-stage wall time and memory of a build (`build:data --timings`), so a slow or hungry stage at
 * archive scale can be named rather than guessed from the whole run's figures.
 */
export interface StageTimes {
  /** Ends the stage running since the previous lap (or the start) and records it under `name`. */
  lap(name: string): void;
  /** One line per stage: seconds, memory in use after it, and the process's peak so far. */
  lines(): string[];
}

interface Row {
  name: string;
  seconds: number;
  rssMB: number;
  peakMB: number;
}

/** Clock and memory readers are parameters so the arithmetic can be tested without a real build. */
export function stageTimes(
  now: () => number = () => performance.now(),
  memory: () => { rssMB: number; peakMB: number } = () => ({
    rssMB: process.memoryUsage.rss() / 2 ** 20,
    // maxRSS is in KiB on every platform Node supports.
    peakMB: process.resourceUsage().maxRSS / 1024,
  }),
): StageTimes {
  const rows: Row[] = [];
  let last = now();
  return {
    lap(name) {
      const t = now();
      rows.push({ name, seconds: (t - last) / 1000, ...memory() });
      last = t;
    },
    lines() {
      const width = Math.max(...rows.map((r) => r.name.length), 5);
      const total = rows.reduce((s, r) => s + r.seconds, 0);
      return [
        ...rows.map((r) => `${r.name.padEnd(width)} ${r.seconds.toFixed(1).padStart(6)} s  rss ${r.rssMB.toFixed(0).padStart(5)} MB  peak ${r.peakMB.toFixed(0).padStart(5)} MB`),
        `${'total'.padEnd(width)} ${total.toFixed(1).padStart(6)} s`,
      ];
    },
  };
}
