import { useEffect, useRef, type RefObject } from 'react';

const NEXT = new Set(['ArrowRight']);
const PREVIOUS = new Set(['ArrowLeft']);

/**
 * The links inside `root` (an article's names) are one tab stop: Tab reaches the last one used (the
 * first at the start) and leaves to what follows; ← and → move between them, Home and End to either
 * end. Fifty names in a story would otherwise be fifty Tab presses before "下一篇". Up and down are
 * left alone: they scroll the page. Runs after every render, so links that appear later join in.
 */
export function useRovingLinks(root: RefObject<HTMLElement | null>): void {
  const current = useRef(0);
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const links = () => [...element.querySelectorAll<HTMLAnchorElement>('a[href]')];
    const settle = (list: HTMLAnchorElement[]) => {
      current.current = Math.min(current.current, Math.max(0, list.length - 1));
      list.forEach((link, i) => (link.tabIndex = i === current.current ? 0 : -1));
    };
    settle(links());
    const onFocus = (event: FocusEvent) => {
      const list = links();
      const i = list.indexOf(event.target as HTMLAnchorElement);
      if (i < 0) return;
      current.current = i;
      settle(list);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const list = links();
      const i = list.indexOf(document.activeElement as HTMLAnchorElement);
      if (i < 0) return;
      let to = i;
      if (NEXT.has(event.key)) to = Math.min(list.length - 1, i + 1);
      else if (PREVIOUS.has(event.key)) to = Math.max(0, i - 1);
      else if (event.key === 'Home') to = 0;
      else if (event.key === 'End') to = list.length - 1;
      else return;
      event.preventDefault();
      list[to]!.focus();
    };
    element.addEventListener('focusin', onFocus);
    element.addEventListener('keydown', onKey);
    return () => {
      element.removeEventListener('focusin', onFocus);
      element.removeEventListener('keydown', onKey);
    };
  });
}
