import { z } from 'zod';
import { SCHEMA_VERSION } from './issue.ts';

export const placeLevels = ['country', 'province', 'city', 'county', 'town', 'village', 'region'] as const;

/** One person or place across the archive, with where it is mentioned. */
export const entitySchema = z.object({
  /** Unique within its type; used in URLs (/people/:id, /places/:id). */
  id: z.string().min(1),
  type: z.enum(['person', 'place']),
  name: z.string().min(1),
  /** Other spellings that mean the same entity: 醴陵 for 醴陵市, an OCR-damaged 阳卫出国 for 阳卫国. */
  aliases: z.array(z.string()),
  /** For people: titles and roles seen before the name (市长, 记者…). */
  roles: z.array(z.string()),
  /** For places: the administrative level and the chain of parents, nearest first. */
  level: z.enum(placeLevels).optional(),
  parents: z.array(z.object({ id: z.string(), name: z.string(), level: z.enum(placeLevels) })).optional(),
  mentionCount: z.number().int().nonnegative(),
  articles: z.array(z.object({ issueId: z.string(), articleId: z.string(), count: z.number().int().positive() })),
});
export type Entity = z.infer<typeof entitySchema>;

export const entityIndexSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Most mentioned first. */
  entities: z.array(entitySchema),
});
export type EntityIndex = z.infer<typeof entityIndexSchema>;
