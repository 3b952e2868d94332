import { queryOptions } from '@tanstack/react-query';
import { issueSchema } from '../../../schema/issue';
import { dataPaths } from '../../../schema/paths';
import { fetchJson, NotFoundError, siteUrl } from '../../../lib/fetch-json';
import { manifestQueryOptions } from './get-manifest';

/**
 * One issue with all its articles. Its file is named by its hash, which the manifest records: an id
 * the manifest does not list is not an issue of this archive (the 404 page), and is never fetched.
 */
export const issueQueryOptions = (issueId: string) =>
  queryOptions({
    queryKey: ['issues', issueId],
    queryFn: async ({ client }) => {
      const manifest = await client.ensureQueryData(manifestQueryOptions());
      const entry = manifest.issues.find((i) => i.id === issueId);
      if (!entry) throw new NotFoundError(`${dataPaths.manifest}#${issueId}`);
      return fetchJson(siteUrl(dataPaths.issue(entry.id, entry.hash)), issueSchema);
    },
  });
