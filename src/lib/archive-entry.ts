/**
 * manifest.json, the one data file that keeps its name: it names every other file by its hash. A tab
 * loads it once and keeps to it, so every file it fetches afterwards belongs to the same deploy;
 * its hash is what tells a later redeploy apart (see fetchData's ArchiveUpdatedError).
 */
import { contentHash } from '../schema/content-hash';
import { manifestSchema, type Manifest } from '../schema/manifest';
import { dataPaths } from '../schema/paths';
import { fetchData, parseJson, setEntryHash, siteUrl } from './fetch-json';

export interface ArchiveEntry {
  manifest: Manifest;
  /** contentHash of manifest.json's bytes. */
  hash: string;
}

let loading: Promise<ArchiveEntry> | undefined;

declare global {
  interface Window {
    /** manifest.json's bytes as index.html fetched them beside the JS (null if that failed). */
    __archiveEntry?: Promise<ArrayBuffer | null>;
  }
}

/** The bytes index.html already fetched, once: a retry after a failure fetches afresh. */
function takeEarlyBytes(): Promise<ArrayBuffer | null> {
  const early = typeof window === 'undefined' ? undefined : window.__archiveEntry;
  if (early) window.__archiveEntry = undefined;
  return early ?? Promise.resolve(null);
}

/** The manifest this tab runs on, fetched on first use; a failure is forgotten so a retry fetches again. */
export function loadArchiveEntry(): Promise<ArchiveEntry> {
  if (!loading) {
    const url = siteUrl(dataPaths.manifest);
    loading = takeEarlyBytes()
      .then((early) => (early ? new Uint8Array(early) : fetchData(url, { headers: { Accept: 'application/json' } })))
      .then((bytes) => {
        const entry = { manifest: parseJson(url, bytes, manifestSchema), hash: contentHash(bytes) };
        setEntryHash(entry.hash);
        return entry;
      });
    loading.catch(() => (loading = undefined));
  }
  return loading;
}
