import type { QueryClient } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import { manifestQueryOptions } from '../../features/reader/api/get-manifest';
import { OfflineView } from '../../features/offline/components/offline-view';
import { formatDate } from '../../lib/dates';
import { SITE_NAME, useDocumentTitle } from '../../lib/use-document-title';
import { usePageDescription } from '../../lib/use-page-description';
import { paths } from '../../config/paths';

const BUILD_ID: string = import.meta.env.VITE_BUILD_ID ?? '';

/** Starts the manifest (for the issues' dates) but never waits for it: this page must open offline. */
export const offlineLoader = (queryClient: QueryClient) => () => {
  void queryClient.prefetchQuery(manifestQueryOptions());
  return null;
};

/** `/offline`: the offline feature's page, with issues named by the archive's manifest when it has loaded. */
export default function OfflineRoute() {
  useDocumentTitle(`离线阅读 · ${SITE_NAME}`);
  usePageDescription('保存在这台设备上、离线也能阅读的报纸。');
  const { data: manifest } = useQuery(manifestQueryOptions());
  const describe = (issueId: string) => {
    const entry = manifest?.issues.find((issue) => issue.id === issueId);
    return { label: `${formatDate(entry?.date ?? issueId.slice(0, 10))}的报纸`, href: paths.issue.href(issueId) };
  };
  return (
    <div className="mx-auto max-w-3xl px-4 pt-8 pb-24">
      <header className="border-b-4 border-double border-stone-800 pb-4">
        <h1 className="text-3xl font-bold tracking-[0.2em]">离线阅读</h1>
      </header>
      <OfflineView describe={describe} />
      {/* Which build this device runs (set by the deploy as VITE_BUILD_ID, e.g. the commit): what to quote when reporting a problem. */}
      {BUILD_ID && <p data-testid="build-id" className="mt-10 text-xs text-stone-500">应用版本：{BUILD_ID}</p>}
    </div>
  );
}
