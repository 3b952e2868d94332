/** sitemap.xml and robots.txt for the prerendered pages (placeholder until the SEO module lands). */
import type { WorkerResult } from './protocol.ts';

export function writeSiteIndexes(_distDir: string, _written: WorkerResult['written'], _origin: string, _base: string): void {}
