/**
 * Turns the parsed seed files into the published documents: issue ids (the date, suffixed when two
 * issues share it), the manifest (newest first), each validated against the shared schema.
 */
import { SCHEMA_VERSION, issueSchema, manifestSchema, type Issue, type Manifest } from '../schema/issue.ts';
import type { ParsedIssue } from './steps/build-issue.ts';

export const DEFAULT_PAPER = '株洲日报';

export interface DatedIssue {
  source: string;
  date: string;
  dateSource: Issue['dateSource'];
  paper: string;
  edition?: string;
  parsed: ParsedIssue;
}

/** The manifest's headline: the first story with a printed title, else the first article. */
function headlineOf(issue: Issue): string {
  const lead = issue.articles.find((a) => a.kind === 'story' && !a.titleDerived) ?? issue.articles[0];
  return lead?.title ?? '';
}

/** Builds validated issue documents and the manifest; throws if the pipeline broke the contract. */
export function assemble(dated: DatedIssue[]): { issues: Issue[]; manifest: Manifest } {
  const ordered = [...dated].sort((a, b) => a.date.localeCompare(b.date) || a.source.localeCompare(b.source));
  const perDate = new Map<string, number>();
  const issues = ordered.map((d) => {
    const n = (perDate.get(d.date) ?? 0) + 1;
    perDate.set(d.date, n);
    return issueSchema.parse({
      schemaVersion: SCHEMA_VERSION,
      id: n === 1 ? d.date : `${d.date}-${n}`,
      date: d.date,
      dateSource: d.dateSource,
      source: d.source,
      paper: d.paper,
      ...(d.edition ? { edition: d.edition } : {}),
      articles: d.parsed.articles,
    });
  });
  const manifest = manifestSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    issues: [...issues].reverse().map((i) => ({
      id: i.id,
      date: i.date,
      source: i.source,
      paper: i.paper,
      ...(i.edition ? { edition: i.edition } : {}),
      articleCount: i.articles.length,
      headline: headlineOf(i),
    })),
  });
  return { issues, manifest };
}
