import type { ComponentProps } from 'react';
import { NotFound } from '../../components/ui/not-found';
import { SITE_NAME, useDocumentTitle } from '../../lib/use-document-title';

export function NotFoundPage({ offers }: { offers?: ComponentProps<typeof NotFound>['offers'] }) {
  useDocumentTitle(`页面不存在 · ${SITE_NAME}`);
  return <NotFound offers={offers} />;
}
