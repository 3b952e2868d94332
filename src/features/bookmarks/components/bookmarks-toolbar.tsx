import type { SortOrder } from '../list';

type BookmarksToolbarProps = {
  query: string;
  onQueryChange: (query: string) => void;
  order: SortOrder;
  onOrderChange: (order: SortOrder) => void;
};

const field = 'rounded border border-stone-400 bg-white px-3 py-1.5 text-stone-900 focus:border-red-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-red-900/20';

/** Filter as you type, and choose the order. */
export function BookmarksToolbar({ query, onQueryChange, order, onOrderChange }: BookmarksToolbarProps) {
  return (
    <div className="mt-6 flex flex-wrap items-end gap-3">
      <label className="flex min-w-[12rem] flex-1 flex-col gap-1 text-sm text-stone-600">
        筛选
        <input
          type="search"
          value={query}
          onChange={(event) => onQueryChange(event.target.value)}
          placeholder="标题、日期或备注"
          className={`${field} text-base`}
        />
      </label>
      <label className="flex flex-col gap-1 text-sm text-stone-600">
        排序
        <select value={order} onChange={(event) => onOrderChange(event.target.value as SortOrder)} className={`${field} text-base`}>
          <option value="saved">最近收藏在前</option>
          <option value="issue-date">报纸日期新的在前</option>
        </select>
      </label>
    </div>
  );
}
