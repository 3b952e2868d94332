import { queryOptions } from '@tanstack/react-query';
import { entityListSchema } from '../../../schema/entities';
import { dataPaths } from '../../../schema/paths';
import { fetchJson, siteUrl } from '../../../lib/fetch-json';
import { loadArchiveEntry } from '../../../lib/archive-entry';

/** Every person and place with counts and file hashes: the /people and /places lists, the hover cards, the entity pages. */
export const entityListQueryOptions = () =>
  queryOptions({
    queryKey: ['entities', 'list'],
    queryFn: async () => fetchJson(siteUrl(dataPaths.named((await loadArchiveEntry()).manifest.entities)), entityListSchema),
  });
