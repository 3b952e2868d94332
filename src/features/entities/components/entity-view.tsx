import type { EntityDetail } from '../../../schema/entities';
import { EntityArticles } from './entity-articles';
import { EntityHeader } from './entity-header';
import { EntityRelated } from './entity-related';
import { EntityRoles } from './entity-roles';
import { EntityTimeline } from './entity-timeline';

/** `/people/:id`, `/places/:id`: who or where, their roles over time, when in the news, every article, and who else. */
export function EntityView({ entity }: { entity: EntityDetail }) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <EntityHeader entity={entity} />
      <div className="mt-8 grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="min-w-0 space-y-10">
          <EntityRoles entity={entity} />
          <EntityTimeline entity={entity} />
          <EntityArticles entity={entity} />
        </div>
        <div className="lg:sticky lg:top-6 lg:self-start">
          <EntityRelated entity={entity} />
        </div>
      </div>
    </div>
  );
}
