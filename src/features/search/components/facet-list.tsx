import { Link } from 'react-router';
import type { Facet } from '../engine/results';

type FacetListProps = {
  title: string;
  facets: Facet[];
  selected?: string;
  /** Where choosing (or, when selected, un-choosing) a facet leads. */
  hrefFor: (key: string | undefined) => string;
  limit?: number;
};

/** A filter group: each value with how many results it has; the chosen one is marked and undoes itself. */
export function FacetList({ title, facets, selected, hrefFor, limit = 8 }: FacetListProps) {
  if (facets.length === 0) return null;
  const shown = facets.slice(0, limit);
  const chosen = facets.find((f) => f.key === selected);
  if (chosen && !shown.includes(chosen)) shown.push(chosen);
  return (
    <section aria-label={title} className="mt-5 first:mt-0">
      <h2 className="text-sm font-bold text-stone-700">{title}</h2>
      <ul className="mt-2 flex flex-wrap gap-1.5 text-sm">
        {shown.map((facet) => {
          const on = facet.key === selected;
          return (
            <li key={facet.key}>
              <Link
                to={hrefFor(on ? undefined : facet.key)}
                aria-current={on ? 'true' : undefined}
                className={`inline-flex items-baseline gap-1 rounded-full border px-2.5 py-0.5 ${
                  on ? 'border-red-800 bg-red-800 text-white' : 'border-stone-300 bg-white hover:border-red-800 hover:text-red-800'
                }`}
              >
                {facet.label}
                <span className={`text-xs ${on ? 'text-red-100' : 'text-stone-500'}`}>{facet.count}</span>
              </Link>
            </li>
          );
        })}
      </ul>
      {facets.length > shown.length && <p className="mt-1 text-xs text-stone-500">另有 {facets.length - shown.length} 项</p>}
    </section>
  );
}
