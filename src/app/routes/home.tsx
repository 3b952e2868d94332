import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { manifestQueryOptions } from '../../features/reader/api/get-manifest';
import { issueQueryOptions } from '../../features/reader/api/get-issue';
import { SITE_NAME, useDocumentTitle } from '../../lib/use-document-title';
import { usePageDescription } from '../../lib/use-page-description';
import { homeText } from '../seo/page-text';
import { IssuePage } from './issue';

/** The latest issue is only known once the manifest is in, so the two loads run in sequence. */
export const homeLoader = (queryClient: QueryClient) => async () => {
  const manifest = await queryClient.ensureQueryData(manifestQueryOptions());
  const latest = manifest.issues[0];
  if (latest) {
    await queryClient.ensureQueryData(issueQueryOptions(latest.id));
  }
  return null;
};

function EmptyArchive() {
  const text = homeText(undefined);
  useDocumentTitle(text.title);
  usePageDescription(text.description);
  return (
    <div className="mx-auto max-w-[38em] px-4 py-16 text-center">
      <h1 className="text-3xl font-bold">{SITE_NAME}</h1>
      <p className="mt-4 text-stone-600">档案中还没有报纸。</p>
    </div>
  );
}

/** `/`: the newest issue (the manifest is newest first). */
export default function HomeRoute() {
  const { data: manifest } = useSuspenseQuery(manifestQueryOptions());
  const latest = manifest.issues[0];
  return latest ? <IssuePage issueId={latest.id} home /> : <EmptyArchive />;
}
