import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { queryClient } from '../lib/query-client';
import { loadCjkFonts } from './fonts';
import { createAppRouter } from './router';

// Created once at module load: the router starts its loaders as soon as it exists.
const router = createAppRouter(queryClient);

// The CJK fonts wait until the first page is on screen (its data in, or failed): see fonts.ts.
// The timeout inside the animation frame runs once that frame has been painted.
const stopWaiting = router.subscribe((state) => {
  if (!state.initialized) return;
  stopWaiting();
  requestAnimationFrame(() => setTimeout(loadCjkFonts));
});

export function AppProvider() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
