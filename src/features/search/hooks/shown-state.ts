/**
 * Which search the results page shows: the URL's, except for a query typed on the page whose answer
 * is in before its address is written. The box sends the query to the worker at the keystroke and
 * writes the address only once the first answer is drawn (search-client's sendFromResultsPage): the
 * address changes the router's location, which redraws every part of the app that reads it (~5 ms),
 * and that should come after the answer, not before it.
 */
import { useEffect } from 'react';
import { useValueStore, valueStore } from '../../../lib/value-store';
import { searchQueryString, type SearchState } from '../url-state';

/** The query typed on the page showing the search `base` (a query string), drawn with its answer. */
const ahead = valueStore<{ base: string; state: SearchState } | undefined>(undefined);

/** Shows `state` on the results page now showing `base`, until its address is written. */
export function showAhead(base: string, state: SearchState): void {
  ahead.set({ base, state });
}

/** The search the page shows when its URL holds `urlState`. */
export function useShownState(urlState: SearchState): SearchState {
  const urlKey = searchQueryString(urlState);
  const shown = useValueStore(ahead, undefined);
  // Once the address moves on (the typed query written, a filter followed, back or forward) or the
  // page closes, what was typed ahead is over: coming back to this address shows the address's own
  // search. A typed query whose base is the address just drawn (an earlier keystroke's, written
  // while this one was on its way) stays.
  useEffect(() => {
    const typed = ahead.get();
    if (typed && typed.base !== urlKey) ahead.set(undefined);
  }, [urlKey]);
  useEffect(() => () => ahead.set(undefined), []);
  return shown?.base === urlKey ? shown.state : urlState;
}
