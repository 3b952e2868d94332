import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ManifestEntry } from '../../../../schema/manifest';
import { paths } from '../../../../config/paths';
import { nearestIssue } from '../../calendar';
import { formatDate } from '../../../../lib/dates';
import { parseDateInput } from '../../../../lib/date-input';

/** Goes to the issue of a date; when there is none, offers the nearest one instead of failing. */
export function JumpToDate({ entries }: { entries: readonly ManifestEntry[] }) {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [miss, setMiss] = useState<{ text: string; date?: string; nearest?: ManifestEntry }>();
  const dates = entries.map((e) => e.date).sort();
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        const date = parseDateInput(text, 'start');
        const exact = date && entries.find((entry) => entry.date === date);
        if (exact) void navigate(paths.issue.href(exact.id));
        else setMiss({ text, ...(date ? { date, nearest: nearestIssue(entries, date) } : {}) });
      }}
    >
      <label className="flex flex-col gap-1 text-sm">
        跳到日期
        {/* Text, not a native date input (mm/dd/yyyy in many browsers): 2020年1月5日, 2020-1-5 or 2020年3月.
            No range check: a date outside the archive gets the nearest issue, not a browser error. */}
        <input
          type="text"
          required
          value={text}
          placeholder="如 2020年1月5日"
          aria-describedby="jump-range"
          onChange={(event) => setText(event.target.value)}
          className="rounded border border-stone-400 bg-white px-2 py-1.5 text-base"
        />
      </label>
      <button type="submit" className="rounded bg-stone-800 px-4 py-2 text-sm text-stone-50 hover:bg-stone-700">
        前往
      </button>
      <p id="jump-range" className="basis-full text-xs text-stone-600">
        档案范围：{dates[0] && formatDate(dates[0])} 至 {dates.at(-1) && formatDate(dates.at(-1)!)}
      </p>
      <p role="status" className="min-h-6 basis-full text-sm text-stone-700">
        {miss &&
          (miss.date ? (
            <>
              {formatDate(miss.date)}没有报纸。
              {miss.nearest && (
                <>
                  最近的一期：
                  <Link to={paths.issue.href(miss.nearest.id)} className="text-red-800 underline">
                    {formatDate(miss.nearest.date)}
                  </Link>
                </>
              )}
            </>
          ) : (
            `“${miss.text}”不是有效的日期：请写成 2020年1月5日。`
          ))}
      </p>
    </form>
  );
}
