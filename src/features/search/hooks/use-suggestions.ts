import { useEffect, useMemo } from 'react';
import { useValueStore, valueStore } from '../../../lib/value-store';
import type { Suggestion, SuggestIndex } from '../engine/suggestions';
import { capQuery } from '../url-state';
import { loadSuggestFile } from './search-client';

export interface Suggestions {
  /** The query these suggestions answer: what is in the box. */
  q: string;
  items: Suggestion[];
  error?: string;
}

/**
 * The suggestion index, on the page: each keystroke's suggestions are computed while the box
 * redraws (0.05–4 ms), so they are in the DOM with the keystroke's own frame. Asked of a worker,
 * they came a frame later: the browser paints a keystroke before it hands the page a worker's
 * message. The file comes from the search worker (checked there); MiniSearch and the index are
 * their own chunk, loaded on the box's first focus and built in slices (engine/suggestions.ts).
 */
type Engine = { index: SuggestIndex } | { error: string } | undefined;
const engine = valueStore<Engine>(undefined);
let loading = false;

const suggestionCode = () => import('../engine/suggestions');

/**
 * MiniSearch and the suggestion engine's code, without its index (which waits for the box's first
 * focus): fetched and run while the page is idle, so the focus does not compile it beside a first search.
 */
export function preloadSuggestionCode(): void {
  suggestionCode().catch(() => {}); // the focus tries again, and reports a failure
}

/** Starts loading the suggestion index (the box's first focus); after a failure, the next focus tries again. */
export function warmUpSuggestions(): void {
  const current = engine.get();
  if (loading || (current && 'index' in current)) return;
  loading = true;
  Promise.all([suggestionCode(), loadSuggestFile()])
    .then(([{ SuggestIndex }, file]) => SuggestIndex.build(file))
    .then(
      (index) => engine.set({ index }),
      (error: unknown) => engine.set({ error: error instanceof Error ? error.message : String(error) }),
    )
    .finally(() => (loading = false));
}

/** The suggestions for `q` while `active` (the dropdown may show): none until the index is in. */
export function useSuggestions(q: string, active: boolean): Suggestions | undefined {
  const current = useValueStore(engine, undefined);
  useEffect(() => {
    if (active) warmUpSuggestions();
  }, [active]);
  const trimmed = q.trim();
  return useMemo(() => {
    if (!active || !trimmed || !current) return undefined;
    if ('error' in current) return { q: trimmed, items: [], error: current.error };
    return { q: trimmed, items: current.index.suggest(capQuery(trimmed)) };
  }, [active, trimmed, current]);
}
