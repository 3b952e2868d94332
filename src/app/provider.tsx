import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { queryClient } from '../lib/query-client';
import { loadCjkFonts } from './fonts';
import { createAppRouter } from './router';

// Created once at module load: the router starts its loaders as soon as it exists.
const router = createAppRouter(queryClient);

// The CJK fonts wait until the first page is on screen (its data in, or failed): see fonts.ts.
// React renders the page in tasks of its own after the router is ready, so the fonts start once
// the browser is idle, which comes after that render has been painted (at most 2 s later).
const whenIdle = (task: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(task, { timeout: 2000 }) : setTimeout(task, 200);
const stopWaiting = router.subscribe((state) => {
  if (!state.initialized) return;
  stopWaiting();
  whenIdle(loadCjkFonts);
});

export function AppProvider() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
