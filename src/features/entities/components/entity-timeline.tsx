import type { EntityDetail } from '../../../schema/entities';
import { formatMonth } from '../../../lib/dates';
import { timelineShares } from '../group';


/** Mentions per month as bars, oldest first: when this person or place was in the news. */
export function EntityTimeline({ timeline }: { timeline: EntityDetail['timeline'] }) {
  const shares = timelineShares(timeline);
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title" className="text-xl font-bold">提及时间线</h2>
      {timeline.length === 0 ? (
        <p className="mt-2 text-stone-600">暂无记录。</p>
      ) : (
        <ol className="mt-4 flex items-end gap-3 overflow-x-auto border-b border-stone-400 pb-0" data-testid="entity-timeline">
          {timeline.map((point, i) => (
            <li key={point.month} className="flex w-16 shrink-0 flex-col items-center text-xs">
              <span className="mb-1 text-stone-700 tabular-nums">{point.count}</span>
              <span aria-hidden="true" className="w-8 bg-red-800" style={{ height: `${Math.round((shares[i] ?? 0) * 96)}px` }} />
              <span className="sr-only">次，</span>
              <span className="mt-1 mb-1 whitespace-nowrap text-stone-600">{formatMonth(point.month)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
