import type { EntitySort } from '../list';
import { entitySorts, SORT_LABELS } from '../list';

type ControlsProps = {
  filter: string;
  sort: EntitySort;
  onFilter: (value: string) => void;
  onSort: (value: EntitySort) => void;
};

/** The filter box (applied on every keystroke) and the sort order. */
export function EntityListControls({ filter, sort, onFilter, onSort }: ControlsProps) {
  return (
    <div className="mt-5 flex flex-wrap items-end gap-4">
      <label className="flex min-w-0 flex-1 flex-col gap-1 text-sm">
        筛选
        <input
          type="search"
          value={filter}
          onChange={(event) => onFilter(event.target.value)}
          placeholder="输入名称或职务、地区"
          className="w-full rounded border border-stone-400 bg-white px-3 py-1.5 text-base placeholder:text-stone-500"
        />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        排序
        <select
          value={sort}
          onChange={(event) => onSort(event.target.value as EntitySort)}
          className="rounded border border-stone-400 bg-white px-2 py-2 text-base"
        >
          {entitySorts.map((value) => (
            <option key={value} value={value}>
              {SORT_LABELS[value]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
