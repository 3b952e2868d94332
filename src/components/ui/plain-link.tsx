import { useCallback, type AnchorHTMLAttributes, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';

/** An app path (`/search?q=…`) as the browser's address, under the site's base. */
const siteHref = (to: string) => `${import.meta.env.BASE_URL.replace(/\/$/, '')}${to}`;

/**
 * A link to an app path drawn as a plain <a>, for long lists that change with the URL (search
 * results, filter values). react-router's <Link> reads the location, so every one of them is drawn
 * again at every change of the URL, memoised or not: at each keystroke of a search, dozens of links,
 * several ms. A click on it is followed in the app by `useFollowLinks` on a container around it.
 */
export function PlainLink({ to, ...props }: AnchorHTMLAttributes<HTMLAnchorElement> & { to: string }) {
  return <a {...props} href={siteHref(to)} data-app-link={to} />;
}

/**
 * The click handler for a container of PlainLinks: a plain left click navigates in the app (as a
 * <Link> does, replacing the entry when the address is the current one); a click with a modifier
 * key or another button is the browser's (a new tab, a download).
 */
export function useFollowLinks(): (event: MouseEvent<HTMLElement>) => void {
  const navigate = useNavigate();
  return useCallback(
    (event: MouseEvent<HTMLElement>) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest('a[data-app-link]') : null;
      if (!(link instanceof HTMLAnchorElement) || !event.currentTarget.contains(link)) return;
      event.preventDefault();
      void navigate(link.dataset.appLink!, { replace: link.href === location.href });
    },
    [navigate],
  );
}
