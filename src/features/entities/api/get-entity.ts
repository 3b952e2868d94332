import { queryOptions } from '@tanstack/react-query';
import type { EntitySummary } from '../../../schema/entities';
import { entityDetailSchema } from '../../../schema/entities';
import { entityArticlesYearSchema } from '../../../schema/entity-articles';
import { dataPaths, isFileNameId } from '../../../schema/paths';
import { fetchJson, NotFoundError, siteUrl } from '../../../lib/fetch-json';

export type EntityType = EntitySummary['type'];

/** One person or place with every article that names them: the entity page. */
export const entityQueryOptions = (type: EntityType, id: string) =>
  queryOptions({
    queryKey: ['entities', type, id],
    queryFn: () => {
      const url = siteUrl(dataPaths.entity(type, id));
      if (!isFileNameId(id)) throw new NotFoundError(url);
      return fetchJson(url, entityDetailSchema);
    },
  });

/** One earlier year of an entity's articles, loaded when the reader asks for more. */
export const entityYearQueryOptions = (type: EntityType, id: string, year: number) =>
  queryOptions({
    queryKey: ['entities', type, id, year],
    queryFn: () => {
      const url = siteUrl(dataPaths.entityYear(type, id, year));
      if (!isFileNameId(id) || !Number.isInteger(year) || year < 0) throw new NotFoundError(url);
      return fetchJson(url, entityArticlesYearSchema);
    },
  });
