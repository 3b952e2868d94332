import { queryOptions } from '@tanstack/react-query';
import { issueSchema } from '../../../schema/issue';
import { dataPaths } from '../../../schema/paths';
import { fetchJson, NotFoundError, siteUrl } from '../../../lib/fetch-json';

const issueIdSchema = issueSchema.shape.id;

/** One issue with all its articles. */
export const issueQueryOptions = (issueId: string) =>
  queryOptions({
    queryKey: ['issues', issueId],
    queryFn: async () => {
      const url = siteUrl(dataPaths.issue(issueId));
      // An id that cannot exist is not worth a request, and must never become an odd URL.
      if (!issueIdSchema.safeParse(issueId).success) throw new NotFoundError(url);
      return fetchJson(url, issueSchema);
    },
  });
