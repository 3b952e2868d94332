import { useIsHydrating } from './hydration';

/**
 * The page's own address (origin and path, no query or hash), for what is printed or rendered with
 * it. At build time the prerender sets the address the page will be served at; a page hydrating in
 * the browser starts from the same (its canonical link) and then shows its real address.
 */
let renderedUrl = '';

/** Build time only: the address of the page about to be rendered. */
export function setRenderedPageUrl(url: string): void {
  renderedUrl = url;
}

export const renderedPageUrl = (): string => renderedUrl;

const browserUrl = () => window.location.origin + window.location.pathname;
const serverUrl = () =>
  typeof document === 'undefined' ? renderedUrl : (document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? '');

export const usePageUrl = (): string => (useIsHydrating() ? serverUrl() : browserUrl());
