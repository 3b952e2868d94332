import { useEffect, useState } from 'react';
import type { Fold } from './name-filter';

// The traditional → simplified tables (~50 KB gzipped) load only once someone types a character
// they could fold: a list page draws at once, and a filter in Latin letters never needs them.
let loaded: Fold | undefined;
const same: Fold = (text) => text;

/** Search's folding (traditional → simplified, width, case) once `wanted`, plain text until it has loaded. */
export function useFold(wanted: boolean): Fold {
  const [fold, setFold] = useState<Fold | undefined>(() => loaded);
  useEffect(() => {
    if (!wanted || fold) return;
    let live = true;
    import('../schema/search').then(
      (module) => {
        loaded = module.fold;
        if (live) setFold(() => module.fold);
      },
      // A chunk gone after a deploy: the filter still matches the characters as typed.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted, fold]);
  return fold ?? same;
}

/** Whether a filter has characters folding could change (anything beyond ASCII). */
export const needsFold = (text: string): boolean => !/^\p{ASCII}*$/u.test(text);
