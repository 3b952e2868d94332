/**
 * One earlier year of an entity's articles (entities/<type>/<id>/<year>.json), loaded when the
 * reader asks for more: the city is named in ~2,000 articles a year, ~20,000 over ten years.
 */
import * as z from 'zod/mini';
import { entityDetailSchema, entityTypes } from './entities.ts';
import { SCHEMA_VERSION } from './issue.ts';

export const entityArticlesYearSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  type: z.enum(entityTypes),
  id: z.string().check(z.minLength(1)),
  year: z.int(),
  /** Newest issue first, like the detail file's own. */
  articles: entityDetailSchema.shape.articles,
});
export type EntityArticlesYear = z.infer<typeof entityArticlesYearSchema>;
