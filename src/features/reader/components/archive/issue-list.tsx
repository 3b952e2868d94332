import type { ManifestEntry } from '../../../../schema/issue';
import { archiveYears } from '../../calendar';
import { formatDateWithWeekday } from '../../format';
import { IssueLink } from '../issue-link';

/** Every issue, newest first, grouped by year: date, lead headline and size. */
export function IssueList({ entries }: { entries: readonly ManifestEntry[] }) {
  return (
    <div className="space-y-6">
      {archiveYears(entries).map(({ year }) => (
        <section key={year} aria-labelledby={`list-${year}`}>
          <h3 id={`list-${year}`} className="border-b border-stone-800 pb-1 font-bold">{year}年</h3>
          <ul className="divide-y divide-stone-300" data-testid="archive-list">
            {entries
              .filter((entry) => entry.date.startsWith(`${year}-`))
              .map((entry) => (
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
        </section>
      ))}
    </div>
  );
}
