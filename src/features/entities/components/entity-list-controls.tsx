import { FilterSortBar } from '../../../components/ui/filter-sort-bar';
import type { EntitySort } from '../list';
import { entitySorts, SORT_LABELS } from '../list';

type ControlsProps = {
  type: 'person' | 'place';
  filter: string;
  sort: EntitySort;
  onFilter: (value: string) => void;
  onSort: (value: EntitySort) => void;
};

const SORTS = entitySorts.map((value) => ({ value, label: SORT_LABELS[value] }));

/** The filter box (applied on every keystroke) and the sort order. */
// Each says what that list's filter reads (list.ts): a place has no 职务.
const PLACEHOLDERS = { person: '姓名、拼音、首字母或职务', place: '地名、拼音或所属地区' } as const;

export function EntityListControls({ type, filter, sort, onFilter, onSort }: ControlsProps) {
  return <FilterSortBar filter={filter} onFilter={onFilter} placeholder={PLACEHOLDERS[type]} sort={sort} onSort={onSort} sorts={SORTS} />;
}
