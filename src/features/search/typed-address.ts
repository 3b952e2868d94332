/**
 * A query typed on the results page has its address written only after its answer is painted
 * (hooks/search-client.ts). If the reader goes elsewhere meanwhile — a result or a filter followed,
 * back or forward, a suggestion chosen — that address must not be written over where they went.
 * The router tells (app/router.tsx: every navigation that starts or lands); this module is all it
 * imports of search, so the first page's JavaScript does not carry the search client.
 */
let pending: (() => void) | undefined;

/** Holds the way to drop the address waiting to be written (one at a time: a newer one replaces it). */
export function awaitAddress(cancel: () => void): void {
  pending = cancel;
}

/** The waiting address was written (or dropped): nothing to cancel any more. */
export function addressSettled(cancel: () => void): void {
  if (pending === cancel) pending = undefined;
}

/** The app moved (a navigation started or landed): the waiting address, if any, is not written. */
export function dropTypedAddress(): void {
  const cancel = pending;
  pending = undefined;
  cancel?.();
}
