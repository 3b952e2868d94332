import { QueryClient } from '@tanstack/react-query';
import { DataError, NotFoundError } from './fetch-json';

/** A client with the app's defaults: the browser's one below, and one per batch of pages at build time. */
export const createQueryClient = () =>
  new QueryClient({
  defaultOptions: {
    queries: {
      // The data is static per deploy: refetching on focus or remount would only cost bandwidth.
      staleTime: Infinity,
      // Always ask: offline, the service worker may have the file; if not, the page says it needs
      // the network (React Query's default would wait silently for the network instead).
      networkMode: 'always',
      // A missing or malformed file will not fix itself; only transient network errors are worth a
      // retry, and not while offline (the page retries when the network is back).
      retry: (failureCount, error) =>
        !(error instanceof NotFoundError || error instanceof DataError) && (typeof navigator === 'undefined' || navigator.onLine) && failureCount < 2,
    },
  },
  });

/** Shared by the router's loaders (which fill the cache) and the components (which read it). */
export const queryClient = createQueryClient();
