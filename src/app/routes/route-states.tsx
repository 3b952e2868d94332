import { useCallback } from 'react';
import { Link, useRevalidator, useRouteError } from 'react-router';
import { Spinner } from '../../components/ui/spinner';
import { ErrorNotice, NoticeButton, noticeLinkClass } from '../../components/ui/error-message';
import { SITE_NAME, useDocumentTitle } from '../../lib/use-document-title';
import { failureKind } from '../failure';
import { PageNotFoundError } from '../../lib/page-not-found';
import { paths } from '../../config/paths';
import { NotFoundPage } from './not-found';
import { ArchiveUpdatedNotice, NewVersionNotice } from './new-version';
import { OfflineNotice, useOffline } from './offline-notice';
import { useRetryWhenOnline } from '../../lib/use-retry-when-online';

/** Shown while a page's data loads for the first time. */
export function PageLoading() {
  return <Spinner label="正在加载报纸…" />;
}

function DataErrorPage({ error, fault, onRetry }: { error: unknown; fault: boolean; onRetry: () => void }) {
  useDocumentTitle(`出错了 · ${SITE_NAME}`);
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <ErrorNotice
      kicker={fault ? '页面故障' : '数据故障'}
      title={fault ? '这一页没能显示出来' : '报纸数据暂时无法载入'}
      detail={detail}
      actions={
        <>
          <NoticeButton onClick={onRetry}>重试</NoticeButton>
          <Link to={paths.home.href()} className={noticeLinkClass}>
            返回首页
          </Link>
        </>
      }
    >
      {fault ? (
        <p>显示这一页时出了错。请重试；如果问题仍在，请返回首页，并把下面的信息告诉我们。</p>
      ) : (
        <p>链接没有问题，但这一页所需的数据文件没有正常载入：可能是网络中断，或网站正在更新。请稍后重试。</p>
      )}
    </ErrorNotice>
  );
}

/**
 * Any failure of a page's loader, code or render. Only an address that names nothing in data that
 * loaded fine is the 404 page; a data file that failed (any DataError, a missing file, the network)
 * says so with a retry; a code chunk gone with a new deploy reloads or says to.
 */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  const kind = failureKind(error);
  const offline = useOffline();
  const { revalidate } = revalidator;
  useRetryWhenOnline(useCallback(() => void revalidate(), [revalidate]));
  if (kind === 'data' && offline) return <OfflineNotice onRetry={() => void revalidate()} />;
  if (kind === 'not-found') return <NotFoundPage offers={error instanceof PageNotFoundError ? error.offers : undefined} />;
  if (kind === 'new-version') return <NewVersionNotice />;
  if (kind === 'archive-updated') return <ArchiveUpdatedNotice />;
  return <DataErrorPage error={error} fault={kind === 'fault'} onRetry={() => void revalidator.revalidate()} />;
}
