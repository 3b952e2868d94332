import type { BookmarkStatus } from '../store';

/** When storage cannot be used at all, the bookmarks page says so before anything else. */
export function StorageNotice({ status }: { status: BookmarkStatus }) {
  if (status.kind !== 'unavailable') return null;
  return (
    <p role="alert" className="mt-6 rounded border border-red-900/30 bg-red-50/60 px-4 py-3 text-sm leading-relaxed text-red-950">
      {status.message}阅读报纸不受影响。
    </p>
  );
}
