type FilterSortBarProps<T extends string> = {
  filter: string;
  onFilter: (value: string) => void;
  placeholder: string;
  sort: T;
  onSort: (value: T) => void;
  /** The orders on offer, in menu order. */
  sorts: readonly { value: T; label: string }[];
};

const field =
  'rounded border border-stone-400 bg-white px-3 py-1.5 text-base text-stone-900 placeholder:text-stone-500 focus:border-red-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-red-900/20';

/** A filter box (applied on every keystroke) and a sort menu, as the long lists of the app use them. */
export function FilterSortBar<T extends string>({ filter, onFilter, placeholder, sort, onSort, sorts }: FilterSortBarProps<T>) {
  return (
    <div className="mt-6 flex flex-wrap items-end gap-3">
      <label className="flex min-w-[12rem] flex-1 flex-col gap-1 text-sm text-stone-600">
        筛选
        <input type="search" value={filter} onChange={(event) => onFilter(event.target.value)} placeholder={placeholder} className={`${field} w-full`} />
      </label>
      <label className="flex flex-col gap-1 text-sm text-stone-600">
        排序
        <select
          value={sort}
          // The menu only offers `sorts`, so the chosen value is one of them.
          onChange={(event) => onSort(sorts.find((s) => s.value === event.target.value)?.value ?? sort)}
          className={field}
        >
          {sorts.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
