import { NotFound } from '../../components/ui/not-found';
import { SITE_NAME, useDocumentTitle } from '../../lib/use-document-title';

export function NotFoundPage() {
  useDocumentTitle(`页面不存在 · ${SITE_NAME}`);
  return <NotFound />;
}
