import { queryOptions } from '@tanstack/react-query';
import type { EntitySummary } from '../../../schema/entities';
import { entityDetailSchema } from '../../../schema/entities';
import { entityArticlesYearSchema } from '../../../schema/entity-articles';
import { dataPaths } from '../../../schema/paths';
import { fetchJson, NotFoundError, siteUrl } from '../../../lib/fetch-json';

export type EntityType = EntitySummary['type'];

/** One person or place with every article that names them: the entity page. */
export const entityQueryOptions = (type: EntityType, id: string) =>
  queryOptions({
    queryKey: ['entities', type, id],
    queryFn: () => {
      const url = siteUrl(dataPaths.entity(type, id));
      // Ids are names; one with a path separator could never be a file of ours.
      if (!id || id.includes('/') || id === '.' || id === '..') throw new NotFoundError(url);
      return fetchJson(url, entityDetailSchema);
    },
  });

/** One earlier year of an entity's articles, loaded when the reader asks for more. */
export const entityYearQueryOptions = (type: EntityType, id: string, year: number) =>
  queryOptions({
    queryKey: ['entities', type, id, year],
    queryFn: () => fetchJson(siteUrl(dataPaths.entityYear(type, id, year)), entityArticlesYearSchema),
  });
