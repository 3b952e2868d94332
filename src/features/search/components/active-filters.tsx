import { PlainLink } from '../../../components/ui/plain-link';
import type { Facets, FilterKey, SearchFilters } from '../engine/results';
import { dateRangeLabel } from '../../../lib/date-input';
import type { SearchState } from '../url-state';
import { changed } from '../url-state';

type ActiveFiltersProps = { state: SearchState; facets: Facets; hrefFor: (state: SearchState) => string };

/** The filters in force, each removable on its own, plus one link that clears them all. */
export function ActiveFilters({ state, facets, hrefFor }: ActiveFiltersProps) {
  const { filters } = state;
  const label = (key: FilterKey, value: string): string => {
    if (key === 'by') return `署名：${value}`;
    const list = key === 'person' ? facets.people : facets.places;
    return `${key === 'person' ? '人物' : '地点'}：${list.find((f) => f.key === value)?.label ?? value}`;
  };
  // The date range is one chip (2020年, 2020年1月5日起): from and to are one filter to a reader.
  const chips: { key: string; text: string; without: SearchFilters }[] = [];
  if (filters.from || filters.to) chips.push({ key: 'date', text: dateRangeLabel(filters.from, filters.to), without: { ...filters, from: undefined, to: undefined } });
  for (const key of ['person', 'place', 'by'] as const) {
    const value = filters[key];
    if (value) chips.push({ key, text: label(key, value), without: { ...filters, [key]: undefined } });
  }
  if (chips.length === 0) return null;
  return (
    <ul aria-label="当前筛选" className="mt-3 flex flex-wrap items-center gap-2 text-sm">
      {chips.map(({ key, text, without }) => (
        <li key={key}>
          <PlainLink
            to={hrefFor(changed(state, { filters: without }))}
            aria-label={`去掉筛选 ${text}`}
            className="inline-flex items-center gap-1.5 rounded-full bg-stone-200 px-3 py-0.5 hover:bg-stone-300"
          >
            {text} <span aria-hidden="true">×</span>
          </PlainLink>
        </li>
      ))}
      {chips.length > 1 && (
        <li>
          <PlainLink to={hrefFor(changed(state, { filters: {} }))} className="text-red-900 underline underline-offset-4">
            清除全部
          </PlainLink>
        </li>
      )}
    </ul>
  );
}
