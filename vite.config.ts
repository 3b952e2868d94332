import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { spaFallbackPage } from './scripts/vite-spa-fallback.ts';

export default defineConfig({
  plugins: [react(), tailwindcss(), spaFallbackPage()],
  // DIST_DIR lets parallel test runs (or a 10-year build) keep their own output folder.
  build: { outDir: process.env.DIST_DIR ?? 'dist' },
  preview: { port: 4173, strictPort: true },
  test: {
    // e2e/ belongs to Playwright; vitest must never collect it.
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/**/*.test.ts'],
    environment: 'node',
  },
});
