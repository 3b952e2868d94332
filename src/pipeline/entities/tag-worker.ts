/**
 * The worker of workerTagging (tag-texts.ts): loads the tagger at once, tags the texts when they
 * come, posts the spans (or the error's message) on its port, then raises the shared signal the
 * main thread waits on.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { loadTagger } from '../tagger/tagger.ts';
import { tagDistinct } from './tag-texts.ts';

const { signal, port } = workerData as { signal: Int32Array; port: MessagePort };
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
function reply(result: { spans: unknown } | { error: string }) {
  port.postMessage(result);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
  port.close();
}

let ready = true;
try {
  // Reads the model and builds the lexicon now, while the main thread is still parsing.
  loadTagger().tag('预热');
} catch (e) {
  ready = false;
  reply({ error: message(e) });
}
if (ready) {
  port.once('message', ({ texts }: { texts: string[] }) => {
    try {
      reply({ spans: tagDistinct(texts) });
    } catch (e) {
      reply({ error: message(e) });
    }
  });
}
