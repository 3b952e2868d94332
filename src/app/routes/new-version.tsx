import { useEffect, useState } from 'react';
import { ErrorNotice, NoticeButton } from '../../components/ui/error-message';
import { SITE_NAME, useDocumentTitle } from '../../lib/use-document-title';
import { reloadPageOnce } from '../reload-once';

/**
 * A code chunk this tab asked for is gone: the site was deployed again since the tab opened. One
 * automatic reload fetches the new version; if that already happened a moment ago, it says so.
 */
export function NewVersionNotice() {
  useDocumentTitle(`网站已更新 · ${SITE_NAME}`);
  const [reloading, setReloading] = useState(false);
  useEffect(() => setReloading(reloadPageOnce()), []);
  return (
    <ErrorNotice
      kicker="网站更新"
      title={reloading ? '网站已更新，正在重新载入…' : '网站已更新，请刷新'}
      actions={<NoticeButton onClick={() => location.reload()}>刷新页面</NoticeButton>}
    >
      <p>这个页面打开之后，网站发布了新版本，旧版本的部分程序文件已不再提供。刷新页面即可载入新版本，您的书签不受影响。</p>
    </ErrorNotice>
  );
}

/**
 * The archive was rebuilt and deployed since this tab loaded its manifest: the files it names are
 * gone. Not reloaded automatically: the reader may be in the middle of a page that still works.
 */
export function ArchiveUpdatedNotice() {
  useDocumentTitle(`档案已更新 · ${SITE_NAME}`);
  return (
    <ErrorNotice kicker="档案更新" title="档案已更新" actions={<NoticeButton onClick={() => location.reload()}>重新载入</NoticeButton>}>
      <p>这个页面打开之后，档案发布了新的版本，这一页所需的旧数据文件已不再提供。重新载入即可阅读新版本，您的书签不受影响。</p>
    </ErrorNotice>
  );
}
