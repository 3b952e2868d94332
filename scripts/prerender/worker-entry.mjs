// Node 20 loads a worker's own file before any --import hook runs in it, so the TypeScript worker
// is reached through this file, which registers tsx in the worker's thread first.
import { register } from 'tsx/esm/api';

// Before anything imports React (worker.ts's own imports do, through the page heads): its
// production build, as the site ships, and one build for react and react-dom alike.
process.env.NODE_ENV = 'production';
register();
await import('./worker.ts');
