import { useSuspenseQuery } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { useSearchParams } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { useBookmarkedIssueIds } from '../../features/bookmarks/hooks';
import { manifestQueryOptions, manifestYearQueryOptions } from '../../features/reader/api/get-manifest';
import { shownMonth } from '../../features/reader/calendar';
import { ArchiveView } from '../../features/reader/components/archive/archive-view';
import { useDocumentTitle } from '../../lib/use-document-title';
import { usePageDescription } from '../../lib/use-page-description';
import { archiveText } from '../seo/entity-text';
import type { Manifest } from '../../schema/manifest';

/** The volume of the year shown; a year the manifest does not list has none. */
const yearRef = (manifest: Manifest, year: number) => manifest.years.find((ref) => ref.year === year);

/** The manifest first (it says which year is shown), then that year's volume only. */
export const archiveLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const manifest = await queryClient.ensureQueryData(manifestQueryOptions());
    const ref = yearRef(manifest, shownMonth(manifest.issues, new URL(request.url).searchParams.get('month')).year);
    if (ref) await queryClient.ensureQueryData(manifestYearQueryOptions(ref));
    return null;
  };

function YearVolume({ manifest, year, month }: { manifest: Manifest; year: number; month: number }) {
  const ref = yearRef(manifest, year)!;
  const { data: volume } = useSuspenseQuery(manifestYearQueryOptions(ref));
  const marked = useBookmarkedIssueIds();
  return <ArchiveView entries={manifest.issues} volume={volume.issues} year={year} month={month} marked={marked} />;
}

/** `/issues`: the archive by calendar and as a list; `?month=YYYY-MM` picks the month shown. */
export default function ArchiveRoute() {
  const { data: manifest } = useSuspenseQuery(manifestQueryOptions());
  const [params] = useSearchParams();
  const text = archiveText(manifest);
  useDocumentTitle(text.title);
  usePageDescription(text.description);
  const { year, month } = shownMonth(manifest.issues, params.get('month'));
  if (!yearRef(manifest, year)) return <ArchiveView entries={manifest.issues} volume={[]} year={year} month={month} />;
  return <YearVolume manifest={manifest} year={year} month={month} />;
}
