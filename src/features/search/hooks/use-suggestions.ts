import { useEffect, useRef, useState } from 'react';
import type { Suggestion } from '../engine/suggestions';
import { onSuggestions, sendSuggest } from './search-client';

export interface Suggestions {
  /** The query these suggestions answer (may lag what is typed by one keystroke). */
  q: string;
  items: Suggestion[];
  error?: string;
}

/**
 * The worker's suggestions for `q` while `active`. Every keystroke asks at once (no debounce): the
 * worker answers only the newest request, so work for a query already typed past is dropped there.
 */
export function useSuggestions(q: string, active: boolean): Suggestions | undefined {
  const [shown, setShown] = useState<Suggestions>();
  const sent = useRef(0);
  useEffect(
    () =>
      onSuggestions((response) => {
        if (response.id !== sent.current) return;
        setShown({ q: response.q, items: response.suggestions, ...(response.error ? { error: response.error } : {}) });
      }),
    [],
  );
  const trimmed = q.trim();
  useEffect(() => {
    if (!active || !trimmed) {
      sent.current = 0;
      return;
    }
    sent.current = sendSuggest(trimmed);
  }, [trimmed, active]);
  return active && trimmed ? shown : undefined;
}
