/**
 * The worker of tagInWorker (tag-texts.ts): tags the texts it is given, posts the spans (or the
 * error's message) on its port, then raises the shared signal the main thread waits on.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { tagDistinct } from './tag-texts.ts';

const { texts, signal, port } = workerData as { texts: string[]; signal: Int32Array; port: MessagePort };
try {
  port.postMessage({ spans: tagDistinct(texts) });
} catch (e) {
  port.postMessage({ error: e instanceof Error ? e.message : String(e) });
}
Atomics.store(signal, 0, 1);
Atomics.notify(signal, 0);
