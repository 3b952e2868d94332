import type { Issue } from '../../../schema/issue';
import { formatDateWithWeekday } from '../format';

/** The paper's nameplate: the page's only h1 on an issue view. */
export function Masthead({ issue }: { issue: Pick<Issue, 'paper' | 'date' | 'edition'> }) {
  return (
    <header className="border-b-4 border-double border-stone-800 pb-4 text-center">
      <h1 className="text-4xl font-bold tracking-[0.3em] sm:text-5xl">{issue.paper}</h1>
      <p className="mt-3 text-stone-700">
        <time dateTime={issue.date}>{formatDateWithWeekday(issue.date)}</time>
        {issue.edition && <span className="ml-3">{issue.edition}</span>}
      </p>
    </header>
  );
}
