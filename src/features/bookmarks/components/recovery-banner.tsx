import { useState } from 'react';
import { Link, useMatch } from 'react-router';
import { paths } from '../../../config/paths';
import { useBookmarkState } from '../hooks';

/**
 * Tells the reader, on whatever page they opened, that stored bookmarks could not be read, and that
 * nothing was thrown away. Shown once per session; the bookmarks page keeps the details and the export.
 */
export function RecoveryBanner() {
  const { status, recovery } = useBookmarkState();
  const [dismissed, setDismissed] = useState(false);
  // The bookmarks page shows the same news in full, with the export; saying it twice is noise.
  const onBookmarksPage = useMatch(paths.bookmarks.path) !== null;
  const message =
    status.kind === 'blocked'
      ? status.message
      : recovery && `保存的书签数据有问题（${recovery.detail}）。原始数据已另存备份，没有删除。`;
  if (!message || dismissed || onBookmarksPage) return null;
  return (
    <div role="alert" className="border-b border-red-900/30 bg-red-50">
      <div className="mx-auto flex max-w-3xl flex-wrap items-baseline gap-x-4 gap-y-1 px-4 py-2 text-sm text-red-950">
        <p className="min-w-0 flex-1">{message}</p>
        <Link to={paths.bookmarks.href()} className="font-bold text-red-900 underline underline-offset-4 hover:text-red-700">
          查看与导出
        </Link>
        <button type="button" onClick={() => setDismissed(true)} className="text-stone-500 hover:text-stone-900">
          知道了
        </button>
      </div>
    </div>
  );
}
