import { useCallback, useEffect, useRef, useState } from 'react';
import type { SuggestResponse } from '../worker/protocol';
import type { Suggestion } from '../engine/suggestions';
import { onSuggestions, sendSuggest, suggested } from './search-client';

export interface Suggestions {
  /** The query these suggestions answer (may lag what is typed by one keystroke). */
  q: string;
  items: Suggestion[];
  error?: string;
}

/** Asks for the suggestions of what was just typed at the input event, before the dropdown renders it. */
export function suggestAhead(q: string): void {
  if (q.trim()) sendSuggest(q.trim());
}

/**
 * The worker's suggestions for `q` while `active`. Every keystroke asks at once (no debounce): the
 * worker answers only the newest request, so work for a query already typed past is dropped there.
 */
export function useSuggestions(q: string, active: boolean): Suggestions | undefined {
  const [shown, setShown] = useState<Suggestions>();
  const sent = useRef(0);
  const take = useCallback((response: SuggestResponse['suggest']) => {
    setShown({ q: response.q, items: response.suggestions, ...(response.error ? { error: response.error } : {}) });
  }, []);
  useEffect(
    () =>
      onSuggestions((response) => {
        if (response.id === sent.current) take(response);
      }),
    [take],
  );
  const trimmed = q.trim();
  useEffect(() => {
    if (!active || !trimmed) {
      sent.current = 0;
      return;
    }
    // The box asked for this text at the input event already (suggestAhead): adopted, not asked again.
    sent.current = sendSuggest(trimmed, true);
    const early = suggested(sent.current);
    if (early) take(early);
  }, [trimmed, active, take]);
  return active && trimmed ? shown : undefined;
}
