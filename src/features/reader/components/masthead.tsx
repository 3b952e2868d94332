import type { ReactNode } from 'react';
import type { Issue } from '../../../schema/issue';
import type { ManifestEntry } from '../../../schema/manifest';
import type { Neighbours } from '../neighbours';
import { formatDate, formatDateWithWeekday } from '../../../lib/dates';
import { IssueLink } from './issue-link';
import { pageLabel } from '../format';

type MastheadProps = {
  issue: Pick<Issue, 'paper' | 'date' | 'edition' | 'articles'>;
  neighbours: Neighbours<ManifestEntry>;
  actions?: ReactNode;
};

function Neighbour({ entry, dir }: { entry?: ManifestEntry; dir: 'prev' | 'next' }) {
  if (!entry) return <span />;
  const caption = dir === 'prev' ? '← 上一期' : '下一期 →';
  return (
    <IssueLink issueId={entry.id} rel={dir} className={`group block text-sm ${dir === 'next' ? 'text-right' : ''}`}>
      <span className="block text-xs text-stone-600">{caption}</span>
      <span className="text-stone-800 group-hover:text-red-800 group-hover:underline">{formatDate(entry.date)}</span>
    </IssueLink>
  );
}

/** The nameplate with the issue's date, and the neighbouring issues at either ear. */
export function Masthead({ issue, neighbours, actions }: MastheadProps) {
  return (
    <header>
      <div className="relative">
        <h1 className="text-center text-5xl font-bold tracking-[0.2em] text-red-800 sm:text-7xl sm:tracking-[0.25em]">
          {issue.paper}
        </h1>
        {/* In the nameplate's ears on wide screens; a row under it on phones. */}
        <nav
          aria-label="相邻期次"
          className="mt-3 flex justify-between gap-4 sm:pointer-events-none sm:absolute sm:inset-x-0 sm:bottom-1 sm:mt-0 [&_a]:pointer-events-auto"
        >
          <Neighbour entry={neighbours.previous} dir="prev" />
          <Neighbour entry={neighbours.next} dir="next" />
        </nav>
      </div>
      <div className="mt-3 flex flex-wrap items-center justify-between gap-x-4 gap-y-2 border-y-[3px] border-double border-stone-800 py-1.5 text-sm text-stone-700">
        <p>
          <time dateTime={issue.date}>{formatDateWithWeekday(issue.date)}</time>
          {/* The archive holds one page of each issue: say which, and count what is on it, not in the paper. */}
          <span className="ml-3 font-bold">{pageLabel(issue.edition)}</span>
          <span className="ml-3 text-stone-600">本版 {issue.articles.length} 篇</span>
        </p>
        {actions}
      </div>
    </header>
  );
}
