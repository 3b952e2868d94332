import { Link } from 'react-router';
import type { EntityDetail } from '../../../schema/entities';
import { paths } from '../../../config/paths';
import { formatMonth } from '../../../lib/dates';
import { continuousMonths, monthRange, timelineShares } from '../group';

type TimelineProps = { entity: Pick<EntityDetail, 'type' | 'id' | 'timeline'> };

/** The tallest bar in px; its column is 20 px more (the `h-[116px]` below). */
const BAR_HEIGHT = 96;

/** That month's articles naming the entity: a filter-only search (every name it goes by counts). */
function monthHref(entity: TimelineProps['entity'], month: string): string {
  const { from, to } = monthRange(month);
  return paths.search.href(new URLSearchParams({ [entity.type]: entity.id, from, to }).toString());
}

/**
 * Mentions per month on a continuous axis, oldest first: empty months keep their place, so gaps in
 * the news show as gaps. Each bar opens that month's articles; a year is labelled at its first month.
 */
export function EntityTimeline({ entity }: TimelineProps) {
  const months = continuousMonths(entity.timeline);
  const shares = timelineShares(months);
  // Few months: each labelled with its count; many: the bars narrow and the count moves to the label.
  const roomy = months.length <= 24;
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title" className="text-xl font-bold">提及时间线</h2>
      {months.length === 0 ? (
        <p className="mt-2 text-stone-600">暂无记录。</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-stone-600">
            {formatMonth(months[0]!.month)}至{formatMonth(months.at(-1)!.month)}，每月提及次数；点柱形查看当月报道。
          </p>
          <ol className="mt-4 flex gap-px overflow-x-auto pb-1" data-testid="entity-timeline">
            {months.map((point, i) => {
              const label = `${formatMonth(point.month)}：${point.count} 次`;
              const newYear = i === 0 || point.month.endsWith('-01');
              // An SVG's height attribute, not a style attribute: the page's HTML is also written at
              // build time, and the Content-Security-Policy (style-src 'self') blocks style="" there.
              const bar = (
                <svg
                  aria-hidden="true"
                  className={`block w-full ${point.count ? 'fill-red-800 group-hover:fill-red-600' : 'fill-stone-300'}`}
                  width="100%"
                  height={point.count ? Math.round((shares[i] ?? 0) * BAR_HEIGHT) : 1}
                >
                  <rect width="100%" height="100%" />
                </svg>
              );
              return (
                <li
                  key={point.month}
                  data-period={point.month}
                  className={`flex shrink-0 flex-col text-xs ${roomy ? 'w-10' : 'min-w-1 flex-1'}`}
                  // Empty months are part of the picture, not of what a screen reader needs to hear.
                  aria-hidden={point.count === 0 ? true : undefined}
                >
                  {/* BAR_HEIGHT and 20 px for the count above the tallest bar (a class: no style="" under the CSP). */}
                  <span className="flex h-[116px] flex-col items-center justify-end border-b border-stone-400">
                    {roomy && point.count > 0 && <span className="mb-1 text-stone-700 tabular-nums">{point.count}</span>}
                    {point.count > 0 ? (
                      <Link to={monthHref(entity, point.month)} title={label} aria-label={`${label}，查看当月报道`} className="group flex w-full justify-center px-px">
                        {bar}
                      </Link>
                    ) : (
                      <span className="flex w-full px-px">{bar}</span>
                    )}
                  </span>
                  {/* A year at its first month; on a long axis the label runs over the next bars' empty space. */}
                  {/* Roomy: the month under each bar and the year on a line of its own below its first
                      month (2020年9月 is wider than a bar and ran into 10月). */}
                  <span className={`relative mt-1 whitespace-nowrap text-stone-600 ${roomy ? 'h-8' : 'h-4'} ${newYear ? 'border-l border-stone-400 pl-0.5' : ''}`}>
                    {roomy ? (
                      <>
                        {Number(point.month.slice(5))}月
                        {newYear && <span className="absolute top-4 left-0.5">{point.month.slice(0, 4)}年</span>}
                      </>
                    ) : newYear ? (
                      <span className="absolute left-0.5">{point.month.slice(0, 4)}</span>
                    ) : (
                      ''
                    )}
                  </span>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
