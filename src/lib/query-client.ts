import { QueryClient } from '@tanstack/react-query';
import { DataError, NotFoundError } from './fetch-json';

/** Shared by the router's loaders (which fill the cache) and the components (which read it). */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // The data is static per deploy: refetching on focus or remount would only cost bandwidth.
      staleTime: Infinity,
      // A missing or malformed file will not fix itself; only transient network errors are worth a retry.
      retry: (failureCount, error) =>
        !(error instanceof NotFoundError || error instanceof DataError) && failureCount < 2,
    },
  },
});
