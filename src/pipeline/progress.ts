/**
 * Progress on a terminal (items done, rate, time left), rewritten in place on stderr; silent when
 * stderr is not a terminal, so CI logs and pipes stay quiet.
 */
export interface Progress {
  tick(done: number): void;
  done(): void;
}

type Stream = Pick<NodeJS.WriteStream, 'isTTY' | 'write'>;

export interface ProgressOptions {
  stream?: Stream;
  /** Milliseconds; a parameter so tests need not wait. */
  now?: () => number;
}

const silent: Progress = { tick: () => {}, done: () => {} };

export function progress(label: string, total: number, { stream = process.stderr, now = () => performance.now() }: ProgressOptions = {}): Progress {
  if (!stream.isTTY || total < 2) return silent;
  const started = now();
  let last = -Infinity;
  let shown = 0;
  const draw = (done: number) => {
    const seconds = (now() - started) / 1000;
    const rate = done / Math.max(seconds, 1e-3);
    const left = rate > 0 ? (total - done) / rate : 0;
    stream.write(`\r${label} ${done}/${total} · ${rate.toFixed(0)}/s · ${left.toFixed(0)} s left   `);
  };
  return {
    tick(done) {
      shown = done;
      // Redrawing every item would cost more than the work on small issues; 10 times a second is enough.
      const t = now();
      if (t - last > 100) {
        last = t;
        draw(done);
      }
    },
    done() {
      // The last line says what was done: a stage that stopped early must not claim the full count.
      draw(shown);
      stream.write('\n');
    },
  };
}

export interface PassProgress {
  tick(pass: string, done: number, total: number): void;
  done(): void;
}

/** A stage that makes several passes over its items (entity extraction): one bar per pass, each on its own line. */
export function passProgress(label: string, options: ProgressOptions = {}): PassProgress {
  let current: { pass: string; bar: Progress } | undefined;
  return {
    tick(pass, done, total) {
      if (current?.pass !== pass) {
        current?.bar.done();
        current = { pass, bar: progress(`${label}: ${pass}`, total, options) };
      }
      current.bar.tick(done);
    },
    done() {
      current?.bar.done();
      current = undefined;
    },
  };
}
