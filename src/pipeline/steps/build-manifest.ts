/**
 * The manifest and its per-year volumes from the finished issues. The entry file stays small at any
 * archive size (an id and a date per issue); everything the archive lists goes to manifest/<year>.json.
 */
import { SCHEMA_VERSION, type Issue } from '../../schema/issue.ts';
import {
  leadArticle,
  manifestSchema,
  manifestYearSchema,
  type Manifest,
  type ManifestYear,
} from '../../schema/manifest.ts';
import { dataFiles } from '../../schema/paths.ts';

export interface ManifestFiles {
  manifest: Manifest;
  years: ManifestYear[];
}

/** Manifest (newest first) and one volume per year (newest first), each validated; `issues` in any order. */
export function buildManifest(issues: readonly Issue[]): ManifestFiles {
  const newest = [...issues].sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id, 'en', { numeric: true }));
  const byYear = new Map<number, Issue[]>();
  for (const issue of newest) {
    const year = Number(issue.date.slice(0, 4));
    const list = byYear.get(year) ?? [];
    list.push(issue);
    byYear.set(year, list);
  }
  const years = [...byYear].map(([year, list]) =>
    manifestYearSchema.parse({
      schemaVersion: SCHEMA_VERSION,
      year,
      issues: list.map((i) => ({
        id: i.id,
        date: i.date,
        source: i.source,
        paper: i.paper,
        ...(i.edition ? { edition: i.edition } : {}),
        articleCount: i.articles.length,
        headline: leadArticle(i.articles)?.title ?? '',
      })),
    }),
  );
  const manifest = manifestSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    issues: newest.map((i) => ({ id: i.id, date: i.date })),
    years: years.map((y) => ({ year: y.year, file: dataFiles.manifestYear(y.year), issueCount: y.issues.length })),
  });
  return { manifest, years };
}
