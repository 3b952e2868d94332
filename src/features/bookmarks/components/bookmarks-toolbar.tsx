import { FilterSortBar } from '../../../components/ui/filter-sort-bar';
import type { SortOrder } from '../list';

type BookmarksToolbarProps = {
  query: string;
  onQueryChange: (query: string) => void;
  order: SortOrder;
  onOrderChange: (order: SortOrder) => void;
};

const ORDERS = [
  { value: 'saved', label: '最近收藏在前' },
  { value: 'issue-date', label: '报纸日期新的在前' },
] as const satisfies readonly { value: SortOrder; label: string }[];

/** Filter as you type, and choose the order. */
export function BookmarksToolbar({ query, onQueryChange, order, onOrderChange }: BookmarksToolbarProps) {
  return <FilterSortBar filter={query} onFilter={onQueryChange} placeholder="标题、日期或备注" sort={order} onSort={onOrderChange} sorts={ORDERS} />;
}
