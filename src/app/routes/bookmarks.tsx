import type { QueryClient } from '@tanstack/react-query';
import { manifestQueryOptions } from '../../features/reader/api/get-manifest';
import { BookmarksView } from '../../features/bookmarks/components/bookmarks-view';
import { useBookmarkState } from '../../features/bookmarks/hooks';
import { SITE_NAME, useDocumentTitle } from '../../lib/use-document-title';
import { useBookmarkAvailability } from './bookmarks-availability';
import { BookmarkCitations } from './bookmarks-citations';

/**
 * Starts fetching the manifest but does not wait: bookmarks live in the browser and must show even
 * when the archive's data cannot be loaded (they are then marked "cannot check", never hidden).
 */
export const bookmarksLoader = (queryClient: QueryClient) => () => {
  void queryClient.prefetchQuery(manifestQueryOptions());
  return null;
};

/** `/bookmarks`: the bookmarks feature's page, told by the reader's data which items no longer exist. */
export default function BookmarksRoute() {
  useDocumentTitle(`书签 · ${SITE_NAME}`);
  const { bookmarks } = useBookmarkState();
  const availability = useBookmarkAvailability(bookmarks);
  return <BookmarksView availability={availability} exports={<BookmarkCitations bookmarks={bookmarks} />} />;
}
