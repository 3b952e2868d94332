import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { Spinner } from '../../components/ui/spinner';
import { ErrorMessage } from '../../components/ui/error-message';
import { ArchiveUpdatedError, NotFoundError } from '../../lib/fetch-json';
import { SITE_NAME, useDocumentTitle } from '../../lib/use-document-title';
import { NotFoundPage } from './not-found';

/** Shown while a page's data loads for the first time. */
export function PageLoading() {
  return <Spinner label="正在加载报纸…" />;
}

function ErrorPage({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  useDocumentTitle(`出错了 · ${SITE_NAME}`);
  return <ErrorMessage title="内容加载失败" error={error} onRetry={onRetry} />;
}

/** Any failure of a page's loader or render: missing data becomes the 404 page, the rest says what broke. */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  if (error instanceof NotFoundError || (isRouteErrorResponse(error) && error.status === 404)) {
    return <NotFoundPage />;
  }
  // A redeploy replaced the files this tab's manifest names: only a reload gets the new ones.
  if (error instanceof ArchiveUpdatedError) {
    return <ErrorMessage title="档案已更新" error={error} onRetry={() => location.reload()} retryLabel="重新载入" />;
  }
  return <ErrorPage error={error} onRetry={() => void revalidator.revalidate()} />;
}
