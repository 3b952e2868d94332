import { pillButtonClass } from '../../../components/ui/pill-button';
import { lazy, Suspense, useState } from 'react';
import type { CitationSource } from '../source';

// The dialog (three styles, copy, downloads) is its own chunk: most readers never open it.
const CiteDialog = lazy(() => import('./cite-dialog'));

/** "引用": a modal with the reference in GB/T 7714, APA and the Chinese note style, and file downloads. */
export function CiteButton({ source }: { source: CitationSource }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        data-testid="cite-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        className={pillButtonClass()}
      >
        <span aria-hidden="true" className="font-bold">“</span>
        引用
      </button>
      {open && (
        <Suspense fallback={null}>
          <CiteDialog source={source} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
