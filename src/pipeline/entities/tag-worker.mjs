// The entry of tagInWorker's thread (tag-texts.ts). A worker thread does not inherit the parent's tsx
// hooks (Node 20), so they are registered here before the TypeScript worker is loaded; if even that
// fails, the error is posted the way tag-worker.ts posts its own, so the waiting build hears of it.
import { workerData } from 'node:worker_threads';

try {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./tag-worker.ts');
} catch (e) {
  workerData.port.postMessage({ error: e instanceof Error ? e.message : String(e) });
  Atomics.store(workerData.signal, 0, 1);
  Atomics.notify(workerData.signal, 0);
}
