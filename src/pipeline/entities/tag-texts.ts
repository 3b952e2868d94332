/**
 * Running the tagger over an archive's texts. Each distinct text is tagged once, on its own (a
 * ten-year archive repeats paragraphs: 223k texts, 19k distinct). Not tagDocument's two passes:
 * their second pass depends on the other texts of each article, so it cannot be shared between
 * repeats, and over ten years it took 90 s of a 60 s budget.
 *
 * A starter begins the work and returns a function that hands the spans over when they are needed:
 * the pipeline starts tagging in a worker thread before the rules run, so the two overlap on two
 * cores, and picks the result up after them (synchronously: the extraction step stays a plain function).
 */
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';
import { loadTagger } from '../tagger/tagger.ts';
import type { TaggedSpan } from './combine.ts';

/** Starts tagging `texts`; the returned function returns each text's spans (waiting if need be). */
export type StartTagging = (texts: readonly string[]) => () => TaggedSpan[][];

/** Each distinct text tagged once, in this thread. */
export function tagDistinct(texts: readonly string[]): TaggedSpan[][] {
  const tagger = loadTagger();
  const memo = new Map<string, TaggedSpan[]>();
  return texts.map((t) => {
    let spans = memo.get(t);
    if (!spans) memo.set(t, (spans = tagger.tag(t)));
    return spans;
  });
}

/** In this thread, when the spans are asked for. */
export const tagHere: StartTagging = (texts) => () => tagDistinct(texts);

/** How long the build waits for the worker before it gives up with an error. */
const WORKER_LIMIT_MS = 10 * 60_000;

/**
 * A worker thread started now, which loads the model and the lexicon (a second or two) while the
 * build parses; tagging starts when the texts are given. Asking for the spans blocks until the
 * worker has posted them.
 */
export function workerTagging(): StartTagging {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(new URL('./tag-worker.mjs', import.meta.url), { workerData: { signal, port: port2 }, transferList: [port2] });
  // Neither keeps the build alive: it ends when its work is done, with or without the worker.
  worker.unref();
  port1.unref();
  return (texts) => {
    const distinct = [...new Set(texts)];
    port1.postMessage({ texts: distinct });
    let result: TaggedSpan[][] | undefined;
    return () => {
      if (result) return result;
      const started = Date.now();
      while (Atomics.load(signal, 0) === 0) {
        if (Date.now() - started > WORKER_LIMIT_MS) throw new Error('the tagger worker did not finish in 10 minutes');
        Atomics.wait(signal, 0, 0, 1000);
      }
      const reply = receiveMessageOnPort(port1)?.message as { spans?: TaggedSpan[][]; error?: string } | undefined;
      void worker.terminate();
      if (!reply?.spans) throw new Error(`the tagger failed: ${reply?.error ?? 'no reply from its worker'}`);
      const byText = new Map(distinct.map((t, i) => [t, reply.spans![i]!]));
      result = texts.map((t) => byText.get(t)!);
      return result;
    };
  };
}

/** In a worker thread started for these texts. */
export const tagInWorker: StartTagging = (texts) => workerTagging()(texts);
