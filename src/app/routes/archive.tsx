import { useSuspenseQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useBookmarkedIssueIds } from '../../features/bookmarks/hooks';
import { manifestQueryOptions } from '../../features/reader/api/get-manifest';
import { ArchiveView } from '../../features/reader/components/archive/archive-view';
import { SITE_NAME, useDocumentTitle } from '../../lib/use-document-title';
import type { QueryClient } from '@tanstack/react-query';

export const archiveLoader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(manifestQueryOptions());
  return null;
};

/** `/issues`: the archive by calendar and as a list; `?month=YYYY-MM` picks the month shown. */
export default function ArchiveRoute() {
  const { data: manifest } = useSuspenseQuery(manifestQueryOptions());
  const [params] = useSearchParams();
  const marked = useBookmarkedIssueIds();
  useDocumentTitle(`往期报纸 · ${SITE_NAME}`);
  return <ArchiveView entries={manifest.issues} month={params.get('month')} marked={marked} />;
}
