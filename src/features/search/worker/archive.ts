/** The page's manifest as the worker receives it (protocol's ArchiveMessage), awaited by every download. */
import type { ArchiveMessage } from './protocol';

type Sent = Extract<ArchiveMessage, { archive: unknown }>['archive'];

export interface Archive {
  hash: string;
  search: string;
  /** The hash of an issue's file in this deploy; undefined for an issue it does not have. */
  issueHash(id: string): string | undefined;
}

/** The pairs are read when the first issue file is asked for: the index's entry files come first. */
function archiveOf({ hash, search, issues }: Sent): Archive {
  let hashes: Map<string, string> | undefined;
  return { hash, search, issueHash: (id) => (hashes ??= new Map(JSON.parse(issues) as [string, string][])).get(id) };
}

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
        const archive = archiveOf(message.archive);
        settle.resolve(archive);
        current = Promise.resolve(archive);
      } else {
        settle.reject(new Error(message.archiveError));
        current = pending();
        current.catch(() => {});
      }
    },
  };
}
