/**
 * The manifest and its per-year volumes from the finished issues. The entry file stays small at any
 * archive size (an id, a date and a file hash per issue); everything the archive lists goes to
 * manifest/<year>.<hash>.json. The entry is made last, once every file it names has been written.
 */
import { SCHEMA_VERSION, type Issue } from '../../schema/issue.ts';
import {
  leadArticle,
  manifestSchema,
  manifestYearSchema,
  type Manifest,
  type ManifestYear,
} from '../../schema/manifest.ts';

/** The names manifest.json records: each issue's file hash, each year's file, the entity list and the search entry. */
export interface EntryLinks {
  issueHash: (issueId: string) => string;
  yearFile: (year: number) => string;
  entities: string;
  search: string;
}

export interface ManifestFiles {
  /** One volume per year, newest first. */
  years: ManifestYear[];
  /** manifest.json, naming the files written from `years` and the rest of the archive. */
  manifest: (links: EntryLinks) => Manifest;
}

/** Volumes (newest first) and the entry built from them, each validated; `issues` in any order. */
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
  const manifest = (links: EntryLinks) =>
    manifestSchema.parse({
      schemaVersion: SCHEMA_VERSION,
      issues: newest.map((i) => ({ id: i.id, date: i.date, hash: links.issueHash(i.id) })),
      years: years.map((y) => ({ year: y.year, file: links.yearFile(y.year), issueCount: y.issues.length })),
      entities: links.entities,
      search: links.search,
    });
  return { years, manifest };
}
