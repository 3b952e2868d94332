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
