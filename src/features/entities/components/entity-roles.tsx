import type { EntityDetail } from '../../../schema/entities';
import { formatDate } from '../../../lib/dates';

/**
 * A person's roles over time, oldest first: role, first and last issue date, how often. When the
 * periods are years apart and share no role, the name may be two people's: the page says so
 * rather than mixing them silently (the pipeline's roles.ts decides).
 */
export function EntityRoles({ entity }: { entity: EntityDetail }) {
  const rows = entity.roleHistory ?? [];
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="roles-title">
      <h2 id="roles-title" className="text-xl font-bold">职务与身份</h2>
      {entity.sharedName && (
        <p role="note" className="mt-2 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          以下身份分属相隔多年的不同时期，且没有共同的职务：同名者可能不止一人。
        </p>
      )}
      <ol className="mt-3 divide-y divide-stone-200 border-y border-stone-300" data-testid="entity-roles">
        {rows.map((row) => (
          <li key={`${row.role}:${row.first}`} className="flex flex-wrap items-baseline justify-between gap-x-4 py-2">
            <span className="font-medium">{row.role}</span>
            <span className="text-sm text-stone-600 tabular-nums">
              {row.first === row.last ? formatDate(row.first) : `${formatDate(row.first)} – ${formatDate(row.last)}`} · {row.count} 次
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
