import { useState } from 'react';
import { PlainLink } from '../../../components/ui/plain-link';
import { matchesName } from '../../../lib/name-filter';
import { needsFold, useFold } from '../../../lib/use-fold';
import type { Facet } from '../engine/results';

type FacetListProps = {
  title: string;
  facets: Facet[];
  selected?: string;
  /** Where choosing (or, when selected, un-choosing) a facet leads. */
  hrefFor: (key: string | undefined) => string;
  /** The pinyin of a value's label, when known ('mao teng fei'): typed pinyin and initials find it. */
  pinyinOf?: (label: string) => string | undefined;
  limit?: number;
};

/**
 * A filter group: each value with how many results it has; the chosen one is marked and undoes
 * itself. The first `limit` values show; every other is one click away (显示全部), or found by
 * typing in the group's own box (name, pinyin, initials, traditional characters).
 */
export function FacetList({ title, facets, selected, hrefFor, pinyinOf, limit = 8 }: FacetListProps) {
  const [all, setAll] = useState(false);
  const [filter, setFilter] = useState('');
  const fold = useFold(needsFold(filter));
  if (facets.length === 0) return null;
  const long = facets.length > limit;
  const found = filter.trim() ? facets.filter((f) => matchesName(filter, { name: f.label, pinyin: pinyinOf?.(f.label) }, fold)) : facets;
  const shown = all || filter.trim() ? found : found.slice(0, limit);
  const chosen = facets.find((f) => f.key === selected);
  if (chosen && !shown.includes(chosen)) shown.push(chosen);
  return (
    <section aria-label={title} className="mt-5 first:mt-0">
      <h2 className="text-sm font-bold text-stone-700">{title}</h2>
      {long && (
        <input
          type="search"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          aria-label={`查找${title}`}
          placeholder={`查找${title}（名称或拼音）`}
          className="mt-2 w-full rounded border border-stone-300 bg-white px-2 py-1 text-sm placeholder:text-stone-500"
        />
      )}
      <ul className="mt-2 flex flex-wrap gap-1.5 text-sm">
        {shown.map((facet) => {
          const on = facet.key === selected;
          return (
            <li key={facet.key}>
              <PlainLink
                to={hrefFor(on ? undefined : facet.key)}
                aria-current={on ? 'true' : undefined}
                className={`inline-flex items-baseline gap-1 rounded-full border px-2.5 py-0.5 ${
                  on ? 'border-red-800 bg-red-800 text-white' : 'border-stone-300 bg-white hover:border-red-800 hover:text-red-800'
                }`}
              >
                {facet.label}
                <span className={`text-xs ${on ? 'text-red-100' : 'text-stone-500'}`}>{facet.count}</span>
              </PlainLink>
            </li>
          );
        })}
      </ul>
      {filter.trim() && found.length === 0 && <p className="mt-1 text-xs text-stone-600">没有符合“{filter.trim()}”的{title}</p>}
      {long && !filter.trim() && (
        <button type="button" aria-expanded={all} onClick={() => setAll((on) => !on)} className="mt-1.5 text-xs text-red-900 underline underline-offset-4">
          {all ? '收起' : `显示全部 ${facets.length} 项`}
        </button>
      )}
    </section>
  );
}
