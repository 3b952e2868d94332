import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { useParams } from 'react-router';
import type { EntityType } from '../../features/entities/api/get-entity';
import { entityQueryOptions } from '../../features/entities/api/get-entity';
import { EntityView } from '../../features/entities/components/entity-view';
import { TYPE_LABELS } from '../../features/entities/labels';
import { SITE_NAME, useDocumentTitle } from '../../lib/use-document-title';

/** An unknown name is a missing file: fetchJson's NotFoundError, which the route shows as the 404 page. */
export const entityLoader =
  (queryClient: QueryClient, type: EntityType) =>
  async ({ params }: LoaderFunctionArgs) => {
    await queryClient.ensureQueryData(entityQueryOptions(type, params.entityId ?? ''));
    return null;
  };

function EntityPage({ type, id }: { type: EntityType; id: string }) {
  const { data: entity } = useSuspenseQuery(entityQueryOptions(type, id));
  useDocumentTitle(`${entity.name} · ${TYPE_LABELS[type]} · ${SITE_NAME}`);
  // Keyed: another entity's page starts at the top of its own list, not at the previous one's page.
  return <EntityView key={`${type}:${id}`} entity={entity} />;
}

/** `/people/:entityId` and `/places/:entityId`. */
export function EntityRoute({ type }: { type: EntityType }) {
  const { entityId = '' } = useParams();
  return <EntityPage type={type} id={entityId} />;
}

export const PersonRoute = () => <EntityRoute type="person" />;
export const PlaceRoute = () => <EntityRoute type="place" />;
