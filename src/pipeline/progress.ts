/**
 * Progress on a terminal (issues done, rate, time left), rewritten in place on stderr; silent when
 * stderr is not a terminal, so CI logs and pipes stay quiet.
 */
export interface Progress {
  tick(done: number): void;
  done(): void;
}

export function progress(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total < 2) return { tick: () => {}, done: () => {} };
  const started = performance.now();
  let last = 0;
  const draw = (done: number) => {
    const seconds = (performance.now() - started) / 1000;
    const rate = done / Math.max(seconds, 1e-3);
    const left = rate > 0 ? (total - done) / rate : 0;
    stream.write(`\r${label} ${done}/${total} · ${rate.toFixed(0)}/s · ${left.toFixed(0)} s left   `);
  };
  return {
    tick(done) {
      // Redrawing every item would cost more than the work on small issues; 10 times a second is enough.
      const now = performance.now();
      if (now - last > 100 || done === total) {
        last = now;
        draw(done);
      }
    },
    done() {
      draw(total);
      stream.write('\n');
    },
  };
}
