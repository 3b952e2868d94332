import { queryOptions } from '@tanstack/react-query';
import type { EntityDetail, EntitySummary } from '../../../schema/entities';
import { entityDetailSchema } from '../../../schema/entities';
import { entityArticlesYearSchema } from '../../../schema/entity-articles';
import { dataPaths, isFileNameId } from '../../../schema/paths';
import { fetchJson, NotFoundError, siteUrl } from '../../../lib/fetch-json';
import { entityListQueryOptions } from './get-entity-list';

export type EntityType = EntitySummary['type'];

/**
 * One person or place with every article that names them: the entity page. Its file is named by
 * its hash, which the entity list records: a name the list does not hold is the 404 page.
 */
export const entityQueryOptions = (type: EntityType, id: string) =>
  queryOptions({
    queryKey: ['entities', type, id],
    queryFn: async ({ client }) => {
      // An id that could name a file outside its folder is refused before any lookup or request.
      if (!isFileNameId(id)) throw new NotFoundError(`${type}/${id}`);
      const list = await client.ensureQueryData(entityListQueryOptions());
      const entry = list.entities.find((e) => e.type === type && e.id === id);
      if (!entry) throw new NotFoundError(`${type}/${id}`);
      return fetchJson(siteUrl(dataPaths.entity(type, id, entry.hash)), entityDetailSchema);
    },
  });

/** One earlier year of an entity's articles (as its detail file lists it), loaded when the reader asks for more. */
export const entityYearQueryOptions = (entity: Pick<EntityDetail, 'type' | 'id'>, year: EntityDetail['earlierYears'][number]) =>
  queryOptions({
    queryKey: ['entities', entity.type, entity.id, year.year],
    queryFn: () => {
      const url = siteUrl(dataPaths.entityYear(entity.type, entity.id, year.year, year.hash));
      if (!isFileNameId(entity.id) || !Number.isInteger(year.year) || year.year < 0) throw new NotFoundError(url);
      return fetchJson(url, entityArticlesYearSchema);
    },
  });
