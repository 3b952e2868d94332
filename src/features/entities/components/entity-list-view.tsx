import { useState } from 'react';
import { useRememberedCount, useScrollRestoredWhen } from '../../../lib/page-memory';
import { needsFold, useFold } from '../../../lib/use-fold';
import { useSearchParams } from 'react-router';
import type { EntitySummary } from '../../../schema/entities';
import { filterAndSort, parseSort } from '../list';
import { TYPE_LABELS } from '../labels';
import { EntityListControls } from './entity-list-controls';
import { EntityRow } from './entity-row';

// Long lists are paged: a few dozen rows render at once, the rest on demand.
const PAGE = 50;

/** `/people` and `/places`: everyone or everywhere, filtered as you type and sorted; the URL keeps both. */
export function EntityListView({ type, entities }: { type: EntitySummary['type']; entities: readonly EntitySummary[] }) {
  const [params, setParams] = useSearchParams();
  // Local state answers each keystroke at once; the URL follows, so a slow navigation never eats a key.
  const [filter, setFilter] = useState(() => params.get('q') ?? '');
  const sort = parseSort(params.get('sort'));
  // Back on this page finds the list as long as the reader left it, and scrolled where they were.
  const [shown, setShown] = useRememberedCount('shown', PAGE);
  useScrollRestoredWhen(true);
  const ofType = entities.filter((entity) => entity.type === type);
  const fold = useFold(needsFold(filter));
  const rows = filterAndSort(ofType, filter, sort, fold);
  const update = (key: 'q' | 'sort', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
    setShown(PAGE);
  };
  const label = TYPE_LABELS[type];
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="border-b-2 border-stone-800 pb-2 text-3xl font-bold">{label}</h1>
      <p className="mt-2 text-stone-700">
        档案中提到的全部{label}，共 {ofType.length} 个。{type === 'person' ? '点名字查看他出现过的所有报道。' : '点地名查看与它有关的所有报道。'}
      </p>
      <EntityListControls type={type} filter={filter} sort={sort} onFilter={(v) => {
        setFilter(v);
        update('q', v);
      }} onSort={(v) => update('sort', v)} />
      <p role="status" className="mt-3 text-sm text-stone-600" data-testid="entity-count">
        {filter ? `筛选出 ${rows.length} 个` : `共 ${rows.length} 个`}
      </p>
      {rows.length === 0 ? (
        <p className="py-10 text-center text-stone-600">没有符合“{filter}”的{label}。</p>
      ) : (
        <ol className="mt-2 divide-y divide-stone-300 border-y border-stone-300" data-testid="entity-list">
          {rows.slice(0, shown).map((entity) => (
            <EntityRow key={entity.id} entity={entity} />
          ))}
        </ol>
      )}
      {rows.length > shown && (
        <button
          type="button"
          onClick={() => setShown((n) => n + PAGE)}
          className="mt-4 w-full rounded border border-stone-400 py-2 text-sm hover:bg-stone-100"
        >
          显示更多（还有 {rows.length - shown} 个）
        </button>
      )}
    </div>
  );
}
