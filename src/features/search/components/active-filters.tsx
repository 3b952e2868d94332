import { Link } from 'react-router';
import type { Facets, FilterKey } from '../engine/results';
import type { SearchState } from '../url-state';
import { changed } from '../url-state';

type ActiveFiltersProps = { state: SearchState; facets: Facets; hrefFor: (state: SearchState) => string };

/** The filters in force, each removable on its own, plus one link that clears them all. */
export function ActiveFilters({ state, facets, hrefFor }: ActiveFiltersProps) {
  const { filters } = state;
  const label = (key: FilterKey, value: string): string => {
    if (key === 'from') return `从 ${value}`;
    if (key === 'to') return `至 ${value}`;
    if (key === 'by') return `署名：${value}`;
    const list = key === 'person' ? facets.people : facets.places;
    return `${key === 'person' ? '人物' : '地点'}：${list.find((f) => f.key === value)?.label ?? value}`;
  };
  const active = (Object.entries(filters) as [FilterKey, string | undefined][]).filter((e): e is [FilterKey, string] => !!e[1]);
  if (active.length === 0) return null;
  return (
    <ul aria-label="当前筛选" className="mt-3 flex flex-wrap items-center gap-2 text-sm">
      {active.map(([key, value]) => (
        <li key={key}>
          <Link
            to={hrefFor(changed(state, { filters: { ...filters, [key]: undefined } }))}
            aria-label={`去掉筛选 ${label(key, value)}`}
            className="inline-flex items-center gap-1.5 rounded-full bg-stone-200 px-3 py-0.5 hover:bg-stone-300"
          >
            {label(key, value)} <span aria-hidden="true">×</span>
          </Link>
        </li>
      ))}
      {active.length > 1 && (
        <li>
          <Link to={hrefFor(changed(state, { filters: {} }))} className="text-red-900 underline underline-offset-4">
            清除全部
          </Link>
        </li>
      )}
    </ul>
  );
}
