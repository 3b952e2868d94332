import { Link } from 'react-router';
import type { IssueSummary, ManifestEntry } from '../../../../schema/manifest';
import { paths } from '../../../../config/paths';
import { archiveYears } from '../../calendar';
import { CalendarMonth } from './calendar-month';
import { IssueList } from './issue-list';
import { JumpToDate } from './jump-to-date';

type ArchiveViewProps = {
  /** Every issue (id and date): years, months and the date jump. */
  entries: readonly ManifestEntry[];
  /** The issues of the year shown, with their headlines: the calendar and the list. */
  volume: readonly IssueSummary[];
  /** The month shown (see shownMonth). */
  year: number;
  month: number;
  /** Bookmarked issue ids, marked on the calendar (passed in: the reader does not know bookmarks). */
  marked?: ReadonlySet<string>;
};

const monthHref = (year: number, month: number) => `${paths.archive.href()}?month=${year}-${String(month).padStart(2, '0')}`;
const chip = 'rounded-full border px-3 py-1 text-sm';
const chipOn = 'border-red-800 bg-red-800 font-bold text-white';
const chipOff = 'border-stone-300 bg-white text-stone-800 hover:border-red-800 hover:text-red-800';

/** `/issues`: the calendar (years, months with issues, one month's days), a date jump and the year's list. */
export function ArchiveView({ entries, volume, year, month: mon, marked }: ArchiveViewProps) {
  const years = archiveYears(entries);
  const selectedYear = years.find((entry) => entry.year === year);
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="border-b-2 border-stone-800 pb-2 text-3xl font-bold">往期报纸</h1>
      <p className="mt-2 text-stone-700">档案共收 {entries.length} 期头版。点日历中的红色日期阅读当天的报纸。</p>
      <div className="mt-6 grid gap-10 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-labelledby="calendar-title">
          <h2 id="calendar-title" className="text-xl font-bold">日历</h2>
          <nav aria-label="年份" className="mt-3 flex flex-wrap gap-2">
            {years.map((entry) => (
              <Link key={entry.year} to={monthHref(entry.year, entry.months.at(-1)?.month ?? 1)} aria-current={entry.year === year ? 'true' : undefined} className={`${chip} ${entry.year === year ? chipOn : chipOff}`}>
                {entry.year}年
              </Link>
            ))}
          </nav>
          <nav aria-label="月份" className="mt-2 flex flex-wrap gap-2">
            {selectedYear?.months.map((entry) => (
              <Link key={entry.month} to={monthHref(year, entry.month)} aria-current={entry.month === mon ? 'true' : undefined} className={`${chip} ${entry.month === mon ? chipOn : chipOff}`}>
                {entry.month}月<span className="ml-1 text-xs opacity-80">{entry.count}期</span>
              </Link>
            ))}
          </nav>
          <div className="mt-5 max-w-xl">
            <CalendarMonth year={year} month={mon} entries={volume} marked={marked} />
          </div>
          <div className="mt-6">
            <JumpToDate entries={entries} />
          </div>
        </section>
        <section aria-labelledby="list-title">
          <h2 id="list-title" className="text-xl font-bold">{year}年全部期次</h2>
          <div className="mt-3">
            <IssueList entries={volume} />
          </div>
        </section>
      </div>
    </div>
  );
}
