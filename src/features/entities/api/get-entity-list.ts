import { queryOptions } from '@tanstack/react-query';
import { entityListSchema } from '../../../schema/entities';
import { dataPaths } from '../../../schema/paths';
import { fetchJson, siteUrl } from '../../../lib/fetch-json';

/** Every person and place with counts: the /people and /places lists and the hover cards. */
export const entityListQueryOptions = () =>
  queryOptions({
    queryKey: ['entities', 'list'],
    queryFn: () => fetchJson(siteUrl(dataPaths.entityList), entityListSchema),
  });
