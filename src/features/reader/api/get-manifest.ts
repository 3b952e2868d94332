import { queryOptions } from '@tanstack/react-query';
import { manifestSchema } from '../../../schema/issue';
import { dataPaths } from '../../../schema/paths';
import { fetchJson, siteUrl } from '../../../lib/fetch-json';

/** The list of issues, newest first. */
export const manifestQueryOptions = () =>
  queryOptions({
    queryKey: ['manifest'],
    queryFn: () => fetchJson(siteUrl(dataPaths.manifest), manifestSchema),
  });
