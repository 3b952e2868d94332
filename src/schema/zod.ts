/**
 * The zod the app's schemas are written in: zod/mini, whose functions let the bundler keep only what
 * is used (classic zod's methods come as one block, ~60 kB gzipped on the first page). zod/mini
 * brings no messages of its own, only "Invalid input", so the English ones classic zod uses are set
 * here: every schema imports `z` from this module, so the messages are in place before any parse.
 */
import * as z from 'zod/mini';
import { en } from 'zod/locales';

z.config(en());

export { z };
