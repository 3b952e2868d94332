import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../engine/answer';
import type { SearchResponse } from '../worker/protocol';
import { answerFor, takeAnswer, type Answers } from './answers';

const facets = (label: string) => ({ years: [{ key: label, label, count: 1 }], people: [], places: [], bylines: [] });
const answer = (total: number, label: string, facetsPending = false): SearchAnswer => ({
  total,
  unfilteredTotal: total,
  page: 1,
  pages: 1,
  results: [],
  facets: facetsPending ? { years: [], people: [], places: [], bylines: [] } : facets(label),
  ...(facetsPending && { facetsPending }),
  suggestions: [],
});
const response = (id: number, status: SearchResponse['status'], a?: SearchAnswer): SearchResponse => ({ id, status, terms: [], ...(a && { answer: a }) });

describe('the answer the search page shows', () => {
  it('keeps an answer that comes in before its URL is rendered, and shows it only with that URL', () => {
    let answers: Answers = {};
    answers = takeAnswer(answers, 'q=a', response(1, 'done', answer(3, 'a')));
    // The box sent q=ab; its answer is in while the page still shows q=a.
    answers = takeAnswer(answers, 'q=ab', response(2, 'partial', answer(2, 'ab', true)));
    const onOld = answerFor(answers, 'q=a');
    expect(onOld.current?.response.id).toBe(1);
    expect(onOld.shown?.answer?.total).toBe(3);
    const onNew = answerFor(answers, 'q=ab');
    expect(onNew.current?.response.status).toBe('partial');
    expect(onNew.shown?.answer?.total).toBe(2);
  });

  it('keeps the filters of the answer before until the new facets are counted, with the search they were counted for', () => {
    let answers: Answers = takeAnswer({}, 'q=a', response(1, 'done', answer(3, 'a')));
    answers = takeAnswer(answers, 'q=ab', response(2, 'partial', answer(2, 'ab', true)));
    expect(answers.latest?.answer?.facets).toEqual(facets('a'));
    expect(answers.latest?.facetsFor?.q).toBe('a');
    answers = takeAnswer(answers, 'q=ab', response(2, 'done', answer(2, 'ab')));
    expect(answers.latest?.answer?.facets).toEqual(facets('ab'));
    expect(answers.latest?.facetsFor?.q).toBe('ab');
    // The first screenful of q=ab does not push out the answer shown before it.
    expect(answers.previous?.key).toBe('q=a');
  });

  it('shows the last answer while the URL’s own is on its way, and nothing for another query once idle', () => {
    const answers = takeAnswer({}, 'q=a', response(1, 'done', answer(3, 'a')));
    const waiting = answerFor(answers, 'q=abc');
    expect(waiting.current).toBeUndefined();
    expect(waiting.shown?.answer?.total).toBe(3);
  });

  it('takes the same response once', () => {
    const first = takeAnswer({}, 'q=a', response(1, 'done', answer(3, 'a')));
    expect(takeAnswer(first, 'q=a', first.latest!.response)).toBe(first);
  });
});
