import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { EntityType } from '../../features/entities/api/get-entity';
import { entityListQueryOptions } from '../../features/entities/api/get-entity-list';
import { EntityListView } from '../../features/entities/components/entity-list-view';
import { useDocumentTitle } from '../../lib/use-document-title';
import { usePageDescription } from '../../lib/use-page-description';
import { entityListText } from '../seo/entity-text';

export const entityListLoader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(entityListQueryOptions());
  return null;
};

/** `/people` or `/places`: one list file serves both. */
export function EntityListPage({ type }: { type: EntityType }) {
  const { data } = useSuspenseQuery(entityListQueryOptions());
  const text = entityListText(type, data.entities.filter((entity) => entity.type === type).length);
  useDocumentTitle(text.title);
  usePageDescription(text.description);
  return <EntityListView type={type} entities={data.entities} />;
}

export const PeopleRoute = () => <EntityListPage type="person" />;
export const PlacesRoute = () => <EntityListPage type="place" />;
