import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { useParams } from 'react-router';
import type { EntityType } from '../../features/entities/api/get-entity';
import { entityQueryOptions, entityYearQueryOptions } from '../../features/entities/api/get-entity';
import { ENTITY_PAGE, yearsToCover } from '../../features/entities/pages';
import { entityListQueryOptions } from '../../features/entities/api/get-entity-list';
import { NotFoundError } from '../../lib/fetch-json';
import { PageNotFoundError } from '../../lib/page-not-found';
import { EntityView } from '../../features/entities/components/entity-view';
import { useDocumentTitle } from '../../lib/use-document-title';
import { usePageDescription } from '../../lib/use-page-description';
import { entityText } from '../seo/entity-text';

/**
 * A missing file is a 404 page only if the list of people and places (asked only then) does not know
 * the name; a listed entity whose file fails, or a list that fails, is a data error with a retry.
 */
export const entityLoader =
  (queryClient: QueryClient, type: EntityType) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const id = params.entityId ?? '';
    try {
      const entity = await queryClient.ensureQueryData(entityQueryOptions(type, id));
      // The earlier years the first page of rows reaches into: the page renders whole at once (and
      // its prerendered HTML lists them), rather than with "正在加载更早的报道…".
      const years = entity.earlierYears.slice(0, yearsToCover(entity.articles.length, entity.earlierYears, ENTITY_PAGE));
      // A year that fails is the list's own error, with its retry, below the rows that did load.
      await Promise.allSettled(years.map((year) => queryClient.ensureQueryData(entityYearQueryOptions(entity, year))));
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      const { entities } = await queryClient.ensureQueryData(entityListQueryOptions());
      if (!entities.some((entity) => entity.type === type && entity.id === id)) throw new PageNotFoundError(new URL(request.url).pathname);
      throw error;
    }
    return null;
  };

function EntityPage({ type, id }: { type: EntityType; id: string }) {
  const { data: entity } = useSuspenseQuery(entityQueryOptions(type, id));
  const text = entityText(entity);
  useDocumentTitle(text.title);
  usePageDescription(text.description);
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
