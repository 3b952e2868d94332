/**
 * Which answer the search page shows (use-search.ts): pure, so the order in which answers and URLs
 * arrive can be tested without a worker. The box sends a query at the input event and the URL follows
 * in a React transition, so the newest request's answer may come in before the page has rendered its
 * URL: it is kept, and shown in the same render as the URL, rather than adopted after it.
 */
import type { SearchAnswer } from '../engine/answer';
import { readSearchState, type SearchState } from '../url-state';
import type { SearchResponse } from '../worker/protocol';

/** An answer with the request (its query string) it answers. */
export interface Entry {
  key: string;
  response: SearchResponse;
  answer?: SearchAnswer;
  /** The search the answer's facets were counted for. */
  facetsFor?: SearchState;
}

/** The newest request's answer, and the one before it. */
export type Answers = { latest?: Entry; previous?: Entry };

/** `before` with `response` (to the request whose query string is `key`) taken in. */
export function takeAnswer(before: Answers, key: string, response: SearchResponse): Answers {
  const { latest, previous } = before;
  if (latest?.response === response) return before;
  const pending = response.answer?.facetsPending && latest?.answer;
  // A first screenful comes before its facets: the filters shown stay until they are counted.
  const answer = response.answer && pending ? { ...response.answer, facets: latest.answer!.facets } : response.answer;
  const facetsFor = pending ? latest.facetsFor : answer && readSearchState(new URLSearchParams(key));
  return { latest: { key, response, answer, facetsFor }, previous: latest?.key === key ? previous : latest };
}

/**
 * For the page showing the search `key`: the answer to it (`current`, if in), and what to show,
 * which while the current one is on its way is the last answer in (dimmed by the page).
 */
export function answerFor({ latest, previous }: Answers, key: string): { current?: Entry; shown?: Entry } {
  const current = latest?.key === key ? latest : previous?.key === key ? previous : undefined;
  return { current, shown: current?.answer ? current : latest?.answer ? latest : previous };
}
