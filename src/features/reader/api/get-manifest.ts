import { queryOptions } from '@tanstack/react-query';
import { manifestYearSchema, type ManifestYearRef } from '../../../schema/manifest';
import { dataPaths } from '../../../schema/paths';
import { fetchJson, siteUrl } from '../../../lib/fetch-json';
import { loadArchiveEntry } from '../../../lib/archive-entry';

/**
 * Every issue's id, date and file hash, newest first, and the list of yearly volumes: small at any
 * archive size. Loaded once per tab (lib/archive-entry), so all its files come from one deploy.
 */
export const manifestQueryOptions = () =>
  queryOptions({
    queryKey: ['manifest'],
    queryFn: async () => (await loadArchiveEntry()).manifest,
  });

/** One year's issues with headline, paper and size: what the archive lists for the year shown. */
export const manifestYearQueryOptions = (ref: ManifestYearRef) =>
  queryOptions({
    queryKey: ['manifest', 'years', ref.year],
    queryFn: () => fetchJson(siteUrl(dataPaths.named(ref.file)), manifestYearSchema),
  });
