import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { anchoredIndex } from './paragraph-anchor';
import { useClientValue } from '../../lib/hydration';

/**
 * The paragraph the address points at (#p3), scrolled to the middle of the screen whenever the
 * hash changes (on first load too), so a shared link opens on the passage it was sent for.
 */
export function useMarkedParagraph(): number | null {
  const { hash, key } = useLocation();
  // The build rendered the page without a #hash: the mark comes right after hydrating.
  const index = anchoredIndex(useClientValue(hash, ''));
  useEffect(() => {
    if (index === null) return;
    document.getElementById(hash.slice(1))?.scrollIntoView({ block: 'center' });
  }, [hash, key, index]);
  return index;
}
