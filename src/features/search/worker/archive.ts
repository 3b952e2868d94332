/** The page's manifest as the worker receives it (protocol's ArchiveMessage), awaited by every download. */
import type { ArchiveMessage } from './protocol';

type Archive = Extract<ArchiveMessage, { archive: unknown }>['archive'];

export function archiveFromPage() {
  let settle!: { resolve: (a: Archive) => void; reject: (e: Error) => void };
  const pending = () => new Promise<Archive>((resolve, reject) => (settle = { resolve, reject }));
  let current = pending();
  // Nobody may be waiting when a failure arrives; it still reaches the next request.
  current.catch(() => {});
  return {
    get: () => current,
    /** The page sends the archive once, or its failure; after a failure, the page's retry sends it again. */
    receive(message: ArchiveMessage) {
      if ('archive' in message) {
        settle.resolve(message.archive);
        current = Promise.resolve(message.archive);
      } else {
        settle.reject(new Error(message.archiveError));
        current = pending();
        current.catch(() => {});
      }
    },
  };
}
