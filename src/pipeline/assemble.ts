/**
 * Turns the parsed seed files into the published issue documents: issue ids (the date, suffixed when
 * two issues share it), each validated against the shared schema.
 */
import { SCHEMA_VERSION, issueSchema, type Issue } from '../schema/issue.ts';
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

/** Builds validated issue documents, oldest first; throws if the pipeline broke the contract. */
export function assemble(dated: DatedIssue[]): { issues: Issue[] } {
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
  return { issues };
}
