import { Link } from 'react-router';
import type { IssueSummary } from '../../../../schema/manifest';
import { paths } from '../../../../config/paths';
import { monthGrid } from '../../calendar';
import { formatDate, yearMonthLabel } from '../../../../lib/dates';

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

function dayLabel(entry: IssueSummary, bookmarked: boolean): string {
  return `${formatDate(entry.date)}：${entry.headline}${bookmarked ? '（已收藏）' : ''}`;
}

type CalendarMonthProps = {
  year: number;
  month: number;
  entries: readonly IssueSummary[];
  /** Ids of issues the reader has bookmarked: their days carry a ribbon. */
  marked?: ReadonlySet<string>;
};

/** One month as a printed calendar; days with an issue link to it. */
export function CalendarMonth({ year, month, entries, marked }: CalendarMonthProps) {
  const weeks = monthGrid(year, month, entries);
  return (
    <table className="w-full table-fixed border-collapse text-center" data-testid="archive-calendar">
      <caption className="pb-2 text-left text-lg font-bold">{yearMonthLabel(year, month)}</caption>
      <thead>
        <tr className="text-sm text-stone-600">
          {WEEKDAYS.map((day) => (
            <th key={day} scope="col" className="py-1 font-normal">
              <abbr title={`星期${day}`} className="no-underline">{day}</abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week, i) => (
          <tr key={i}>
            {week.map((cell, j) => (
              <td key={j} className="h-11 border border-stone-200 p-0 sm:h-14">
                {cell &&
                  (cell.issues[0] ? (
                    <Link
                      to={paths.issue.href(cell.issues[0].id)}
                      aria-label={dayLabel(cell.issues[0], cell.issues.some((i) => marked?.has(i.id)))}
                      data-date={cell.date}
                      data-bookmarked={cell.issues.some((i) => marked?.has(i.id)) || undefined}
                      className="relative flex size-full flex-col items-center justify-center bg-red-800 font-bold text-white hover:bg-red-900"
                    >
                      {cell.issues.some((i) => marked?.has(i.id)) && (
                        <span aria-hidden="true" className="absolute top-0 right-1 h-3 w-2 bg-amber-300 [clip-path:polygon(0_0,100%_0,100%_100%,50%_70%,0_100%)]" />
                      )}
                      {cell.day}
                      {cell.issues.length > 1 && <span className="text-xs font-normal">{cell.issues.length}期</span>}
                    </Link>
                  ) : (
                    <span className="text-stone-500">{cell.day}</span>
                  ))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
