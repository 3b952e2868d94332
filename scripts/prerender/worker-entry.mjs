// Node 20 loads a worker's own file before any --import hook runs in it, so the TypeScript worker
// is reached through this file, which registers tsx in the worker's thread first.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
