import { useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { ErrorNotice, NoticeButton, noticeLinkClass } from '../../components/ui/error-message';
import { SITE_NAME, useDocumentTitle } from '../../lib/use-document-title';
import { paths } from '../../config/paths';

const subscribe = (listener: () => void) => {
  addEventListener('online', listener);
  addEventListener('offline', listener);
  return () => {
    removeEventListener('online', listener);
    removeEventListener('offline', listener);
  };
};

/** Whether the browser says it is offline, kept current. */
export const useOffline = () =>
  useSyncExternalStore(
    subscribe,
    () => !navigator.onLine,
    // The static HTML is written online; hydration starts from that and then reads the browser.
    () => false,
  );

/** A page whose data is not on this device while offline: what it needs, and where the kept pages are. */
export function OfflineNotice({ onRetry }: { onRetry: () => void }) {
  useDocumentTitle(`需要联网 · ${SITE_NAME}`);
  return (
    <ErrorNotice
      kicker="离线"
      title="这一页需要联网"
      actions={
        <>
          <NoticeButton onClick={onRetry}>重试</NoticeButton>
          <Link to={paths.offline.href()} className={noticeLinkClass}>
            查看可离线阅读的报纸
          </Link>
          <Link to={paths.home.href()} className={noticeLinkClass}>
            返回首页
          </Link>
        </>
      }
    >
      <p>现在没有网络，而这一页的数据还没有保存在这台设备上。读过的报纸、收藏的文章和“保存以离线阅读”的报纸离线也能打开。</p>
      <p className="mt-2">网络恢复后，这一页会自动载入。</p>
    </ErrorNotice>
  );
}
