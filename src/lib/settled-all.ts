/**
 * Like `Promise.all`, but a failure is reported only once every promise has settled. The search
 * worker forgets a download that failed, so the next try (the reader's 重试) fetches it afresh; a
 * download of the same query still on its way when the first failure was reported would instead be
 * shared by the retry, and fail it too when it turns out damaged as well.
 */
export async function settledAll<T extends readonly unknown[]>(promises: readonly [...{ [K in keyof T]: Promise<T[K]> }]): Promise<T> {
  const outcomes = await Promise.allSettled(promises);
  const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failed) throw failed.reason;
  return outcomes.map((o) => (o as PromiseFulfilledResult<unknown>).value) as unknown as T;
}
