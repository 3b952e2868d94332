import { useEffect } from 'react';

/**
 * Sets the page's <meta name="description"> (index.html carries the site's own), and puts the
 * site's back when the page goes, so a copied link's preview (where a platform runs the page) says
 * what the page is.
 */
export function usePageDescription(description: string): void {
  useEffect(() => {
    let meta = document.head.querySelector<HTMLMetaElement>('meta[name="description"]');
    if (!meta) {
      meta = document.head.appendChild(document.createElement('meta'));
      meta.name = 'description';
    }
    const previous = meta.content;
    meta.content = description;
    return () => {
      meta.content = previous;
    };
  }, [description]);
}
