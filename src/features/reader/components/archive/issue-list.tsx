import type { IssueSummary } from '../../../../schema/manifest';
import { formatDateWithWeekday } from '../../../../lib/dates';
import { IssueLink } from '../issue-link';

/** One year's issues, newest first: date, lead headline and size. */
export function IssueList({ entries }: { entries: readonly IssueSummary[] }) {
  return (
    <ul className="divide-y divide-stone-300" data-testid="archive-list">
      {entries.map((entry) => (
        <li key={entry.id} className="py-3">
          <IssueLink issueId={entry.id} className="group block">
            <span className="text-sm text-stone-600">
              {formatDateWithWeekday(entry.date)} · {entry.articleCount} 篇
            </span>
            <span className="block font-bold group-hover:text-red-800 group-hover:underline">{entry.headline}</span>
          </IssueLink>
        </li>
      ))}
    </ul>
  );
}
