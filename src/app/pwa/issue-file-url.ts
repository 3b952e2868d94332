import type { Manifest } from '../../schema/manifest';
import { dataPaths } from '../../schema/paths';
import { siteUrl } from '../../lib/fetch-json';

/** The full URL of an issue's file as the manifest names it (the key it has in the caches); '' if unlisted. */
export function issueFileUrl(manifest: Manifest, issueId: string): string {
  const entry = manifest.issues.find((issue) => issue.id === issueId);
  if (!entry) return '';
  const path = siteUrl(dataPaths.issue(entry.id, entry.hash));
  // Rendered at build time too, where there is no origin: only the browser keeps files (a click).
  return typeof location === 'undefined' ? path : new URL(path, location.origin).href;
}
