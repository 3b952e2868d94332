import { useRouteError } from 'react-router';
import { ErrorNotice, NoticeButton, noticeLinkClass } from '../../components/ui/error-message';
import { SITE_NAME, useDocumentTitle } from '../../lib/use-document-title';
import { failureKind } from '../failure';
import { paths } from '../../config/paths';
import { NewVersionNotice } from './new-version';

/**
 * The last resort: the site frame itself failed (header, search box, bookmarks banner), so nothing of
 * it can be trusted to render. A plain bar with the site's name, what happened, and two ways back
 * that need nothing of the app: a full load of the front page, and a reload of this one.
 */
export function AppError() {
  const error = useRouteError();
  useDocumentTitle(`出错了 · ${SITE_NAME}`);
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <div className="min-h-screen">
      <header className="border-b border-stone-300 bg-white">
        <div className="mx-auto max-w-6xl px-4 py-2 text-sm">
          <a href={paths.home.href()} className="font-bold text-red-900 hover:underline">
            {SITE_NAME}
          </a>
        </div>
      </header>
      <main id="main">
        {failureKind(error) === 'new-version' ? (
          <NewVersionNotice />
        ) : (
          <ErrorNotice
            kicker="出错了"
            title="网站出了故障"
            detail={detail}
            actions={
              <>
                <NoticeButton onClick={() => location.reload()}>刷新页面</NoticeButton>
                <a href={paths.home.href()} className={noticeLinkClass}>
                  返回首页
                </a>
              </>
            }
          >
            <p>网页显示时出了错，这一页暂时无法使用。您的书签保存在本机，不受影响。请刷新页面；如果问题仍在，请返回首页，并把下面的信息告诉我们。</p>
          </ErrorNotice>
        )}
      </main>
    </div>
  );
}
