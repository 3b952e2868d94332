import { Link } from 'react-router';
import type { EntitySummary } from '../../../schema/entities';
import { entityHref } from '../../../config/paths';

/** One person or place in the list: name, role or region, and how often the archive mentions them. */
export function EntityRow({ entity }: { entity: EntitySummary }) {
  return (
    <li className="flex items-baseline gap-3 py-2.5">
      <span className="min-w-0 flex-1">
        <Link to={entityHref(entity.type, entity.id)} className="text-lg font-bold hover:text-red-800 hover:underline">
          {entity.name}
        </Link>
        {entity.description && <span className="ml-3 text-sm text-stone-600">{entity.description}</span>}
      </span>
      <span className="shrink-0 text-right text-sm text-stone-700 tabular-nums">
        {entity.articleCount} 篇 · {entity.mentionCount} 次
      </span>
    </li>
  );
}
