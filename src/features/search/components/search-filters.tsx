import type { Facets } from '../engine/results';
import type { SearchState } from '../url-state';
import { changed } from '../url-state';
import { DateField } from '../../../components/ui/date-field';
import { FacetList } from './facet-list';

type SearchFiltersProps = {
  state: SearchState;
  facets: Facets;
  hrefFor: (state: SearchState) => string;
  go: (state: SearchState) => void;
  /** The pinyin of a person's or place's name, when known, for the groups' own filters. */
  pinyinOf?: (name: string) => string | undefined;
};

const yearRange = (year: string | undefined) => (year ? { from: `${year}-01-01`, to: `${year}-12-31` } : {});

/** Date range, year, person, place and byline filters, each value with its result count. */
export function SearchFilters({ state, facets, hrefFor, go, pinyinOf }: SearchFiltersProps) {
  const { filters } = state;
  const withFilter = (change: Partial<SearchState['filters']>) => hrefFor(changed(state, { filters: { ...filters, ...change } }));
  const selectedYear = filters.from && filters.to && filters.from === `${filters.from.slice(0, 4)}-01-01` && filters.to === `${filters.from.slice(0, 4)}-12-31` ? filters.from.slice(0, 4) : undefined;
  const dateInput = (key: 'from' | 'to', label: string) => (
    <DateField
      label={label}
      value={filters[key]}
      edge={key === 'from' ? 'start' : 'end'}
      onChange={(iso) => go(changed(state, { filters: { ...filters, [key]: iso } }))}
    />
  );
  return (
    <div className="text-sm">
      <section aria-label="日期范围">
        <h2 className="font-bold text-stone-700">日期</h2>
        <div className="mt-2 space-y-1.5">
          {dateInput('from', '从')}
          {dateInput('to', '至')}
        </div>
      </section>
      <div className="mt-5">
        <FacetList title="年份" facets={facets.years} selected={selectedYear} hrefFor={(year) => withFilter({ from: undefined, to: undefined, ...yearRange(year) })} />
        <FacetList title="人物" facets={facets.people} selected={filters.person} hrefFor={(person) => withFilter({ person })} pinyinOf={pinyinOf} />
        <FacetList title="地点" facets={facets.places} selected={filters.place} hrefFor={(place) => withFilter({ place })} pinyinOf={pinyinOf} />
        <FacetList title="署名记者" facets={facets.bylines} selected={filters.by} hrefFor={(by) => withFilter({ by })} pinyinOf={pinyinOf} />
      </div>
    </div>
  );
}
