import { lazy, Suspense, useEffect, useState } from 'react';
import type { CitationSource } from '../source';

// The toolbar and its citation code load on the first selection inside the article, not with the page.
const QuoteToolbar = lazy(() => import('./quote-toolbar').then((m) => ({ default: m.QuoteToolbar })));

/** Offers "复制并注明出处" for text selected in `container` (see quote-toolbar.tsx). */
export function QuoteOnSelect({ source, container }: { source: CitationSource; container: string }) {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (wanted) return;
    const check = () => {
      const selection = getSelection();
      const root = document.querySelector(container);
      if (selection && !selection.isCollapsed && root?.contains(selection.anchorNode)) setWanted(true);
    };
    document.addEventListener('selectionchange', check);
    return () => document.removeEventListener('selectionchange', check);
  }, [container, wanted]);
  return wanted ? (
    <Suspense fallback={null}>
      <QuoteToolbar source={source} container={container} />
    </Suspense>
  ) : null;
}
