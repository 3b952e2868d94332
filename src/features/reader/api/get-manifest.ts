import { queryOptions } from '@tanstack/react-query';
import { manifestSchema, manifestYearSchema, type ManifestYearRef } from '../../../schema/manifest';
import { dataPaths } from '../../../schema/paths';
import { fetchJson, siteUrl } from '../../../lib/fetch-json';

/** Every issue's id and date, newest first, and the list of yearly volumes: small at any archive size. */
export const manifestQueryOptions = () =>
  queryOptions({
    queryKey: ['manifest'],
    queryFn: () => fetchJson(siteUrl(dataPaths.manifest), manifestSchema),
  });

/** One year's issues with headline, paper and size: what the archive lists for the year shown. */
export const manifestYearQueryOptions = (ref: ManifestYearRef) =>
  queryOptions({
    queryKey: ['manifest', 'years', ref.year],
    queryFn: () => fetchJson(siteUrl(dataPaths.manifestYear(ref.file)), manifestYearSchema),
  });
