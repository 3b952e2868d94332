/**
 * Lets the page handle input and paint before the next slice of long work. `scheduler.yield()` where
 * the browser has it (Chromium: the work resumes ahead of other tasks); else a task through a
 * MessageChannel, which, unlike a chain of `setTimeout(0)`, is not held back 4 ms a time once nested.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
