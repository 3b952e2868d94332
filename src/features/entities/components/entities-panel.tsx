import { Link } from 'react-router';
import type { Mention } from '../../../schema/issue';
import { entityHref } from '../../../config/paths';
import { mentionedEntities, type MentionedEntity } from '../group';
import { TYPE_LABELS } from '../labels';

function Group({ type, entities }: { type: MentionedEntity['type']; entities: MentionedEntity[] }) {
  if (entities.length === 0) return null;
  return (
    <div className="mt-4">
      <h3 className="text-sm font-bold text-stone-700">
        {TYPE_LABELS[type]}
        <span className="ml-1 font-normal text-stone-600">（{entities.length}）</span>
      </h3>
      <ul className="mt-2 flex flex-wrap gap-x-3 gap-y-1.5">
        {entities.map((entity) => (
          <li key={entity.id}>
            <Link
              to={entityHref(entity.type, entity.id)}
              data-testid="panel-entity"
              className={`entity entity-${entity.type} text-stone-900`}
            >
              {entity.name}
            </Link>
            {entity.count > 1 && <span className="ml-0.5 text-xs text-stone-600">×{entity.count}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** "People and places in this article": every entity once, as a way onward from the story. */
export function EntitiesPanel({ mentions }: { mentions: readonly Mention[] }) {
  const entities = mentionedEntities(mentions);
  return (
    <section aria-labelledby="entities-panel-title" className="rounded-md border border-stone-300 bg-white p-4">
      <h2 id="entities-panel-title" className="font-bold">本文人物与地点</h2>
      {entities.length === 0 ? (
        <p className="mt-2 text-sm text-stone-600">本文没有识别出人物或地点。</p>
      ) : (
        <>
          <Group type="person" entities={entities.filter((e) => e.type === 'person')} />
          <Group type="place" entities={entities.filter((e) => e.type === 'place')} />
        </>
      )}
    </section>
  );
}
