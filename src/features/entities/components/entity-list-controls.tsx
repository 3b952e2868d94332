import { FilterSortBar } from '../../../components/ui/filter-sort-bar';
import type { EntitySort } from '../list';
import { entitySorts, SORT_LABELS } from '../list';

type ControlsProps = {
  filter: string;
  sort: EntitySort;
  onFilter: (value: string) => void;
  onSort: (value: EntitySort) => void;
};

const SORTS = entitySorts.map((value) => ({ value, label: SORT_LABELS[value] }));

/** The filter box (applied on every keystroke) and the sort order. */
export function EntityListControls({ filter, sort, onFilter, onSort }: ControlsProps) {
  return <FilterSortBar filter={filter} onFilter={onFilter} placeholder="输入名称或职务、地区" sort={sort} onSort={onSort} sorts={SORTS} />;
}
