import { useEffect } from 'react';

export const SITE_NAME = '株洲日报数字档案';

/**
 * Sets the tab title; an effect rather than React's <title> so it never competes with index.html's.
 * `ready` false keeps the title as it is: setting it costs the browser ~1 ms, which a page that
 * changes at every keystroke (search) spends once its answer is on screen, not before.
 */
export function useDocumentTitle(title: string, ready = true): void {
  useEffect(() => {
    if (ready) document.title = title;
  }, [title, ready]);
}
