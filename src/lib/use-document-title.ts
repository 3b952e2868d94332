import { useEffect } from 'react';

export const SITE_NAME = '株洲日报数字档案';

/** Sets the tab title; an effect rather than React's <title> so it never competes with index.html's. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
