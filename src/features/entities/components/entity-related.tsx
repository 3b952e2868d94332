import { Link } from 'react-router';
import type { EntityDetail } from '../../../schema/entities';
import { entityHref, paths } from '../../../config/paths';
import { TYPE_LABELS } from '../labels';
import { splitAliases } from '../aliases';

/** The people and places most often in the same articles, and ways on to the rest of the archive. */
export function EntityRelated({ entity }: { entity: EntityDetail }) {
  const { alternatives } = splitAliases(entity);
  return (
    <section aria-labelledby="related-title" className="rounded-md border border-stone-300 bg-white p-4">
      <h2 id="related-title" className="font-bold">常一同出现</h2>
      {entity.related.length === 0 ? (
        <p className="mt-2 text-sm text-stone-600">暂无。</p>
      ) : (
        <ul className="mt-3 space-y-1.5" data-testid="entity-related">
          {entity.related.map((other) => (
            <li key={`${other.type}:${other.id}`} className="flex items-baseline justify-between gap-2">
              <Link to={entityHref(other.type, other.id)} className={`entity entity-${other.type}`}>
                {other.name}
              </Link>
              <span className="text-xs text-stone-600">
                {TYPE_LABELS[other.type]} · 同篇 {other.count} 次
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-4 border-t border-stone-300 pt-3 text-sm">
        {/* Every article naming the entity by any of its names (a filter, not the words of one name),
            so the search finds what this page counts. */}
        <Link to={paths.search.href(new URLSearchParams({ [entity.type]: entity.id }).toString())} className="text-red-800 hover:underline">
          在全文中搜索“{entity.name}”{alternatives.length > 0 && `（含${alternatives.map((a) => `“${a}”`).join('、')}）`} →
        </Link>
      </p>
    </section>
  );
}
