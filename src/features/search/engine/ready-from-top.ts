/**
 * The results at the top of a page that are ready, as soon as the first one is: a result needs its
 * issue file (~50 KB gzipped at 10 years), and the five of a first screenful come in one by one
 * over tens of ms on a cold search. The reader sees the top result without waiting for the fifth.
 */

/**
 * Resolves once `views[0]` has, with it and the views right after it that had resolved by then
 * (never one after a view still on its way: results are shown in order). Empty for no views.
 */
export async function readyFromTop<T>(views: Promise<T>[]): Promise<T[]> {
  if (views.length === 0) return [];
  const ready: T[] = [];
  const isReady: boolean[] = [];
  // Registered before the await below: views that resolved meanwhile are recorded by the time it returns.
  views.forEach((view, i) => void view.then((value) => ((ready[i] = value), (isReady[i] = true))));
  await views[0];
  let n = 1;
  while (n < views.length && isReady[n]) n++;
  return ready.slice(0, n);
}
