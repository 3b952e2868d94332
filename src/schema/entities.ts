import { z } from './zod.ts';
import { SCHEMA_VERSION } from './issue.ts';
import { fileHash } from './manifest.ts';

export const placeLevels = ['country', 'province', 'city', 'county', 'town', 'village', 'region', 'other'] as const;
export const entityTypes = ['person', 'place'] as const;

/**
 * What a Chinese reader calls each level, in the terms of the administrative divisions themselves
 * (省级/地级/县级/乡级/村级): one table for the pipeline's place descriptions and the app's pages.
 * 地级, not 市级: the level also holds 自治州 and 地区, and 市级 reads as "of the city" (株洲市级).
 * 县级, not 县区: the level also holds county-level cities (醴陵市), which are neither 县 nor 区.
 * Regions are rivers, lakes and economic areas (湘江, 洞庭湖, 长三角): 区域·水系, since 地区 alone
 * is also the name of a prefecture-level division. `other` is a place the statistical tagger found
 * that the gazetteer does not hold (a mountain, a scenic spot, a foreign city): 其他地名, no parent.
 */
export const PLACE_LEVEL_LABELS: Record<(typeof placeLevels)[number], string> = {
  country: '国家',
  province: '省级',
  city: '地级',
  county: '县级',
  town: '乡镇街道',
  village: '村社区',
  region: '区域·水系',
  other: '其他地名',
};

const nonNegative = z.int().check(z.nonnegative());
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/** One role of a person over one period: 市委书记 from its first to its last issue date. */
export const roleSpanSchema = z.object({ role: z.string(), first: isoDate, last: isoDate, count: z.int().check(z.positive()) });
export type RoleSpan = z.infer<typeof roleSpanSchema>;

const parentSchema = z.object({ id: z.string(), name: z.string(), level: z.enum(placeLevels) });

/** One person or place across the archive, with where it is mentioned (built by the pipeline). */
export const entitySchema = z.object({
  /** Unique within its type; used in URLs (/people/:id, /places/:id). */
  id: z.string().check(z.minLength(1)),
  type: z.enum(entityTypes),
  name: z.string().check(z.minLength(1)),
  /** Other spellings that mean the same entity: 醴陵 for 醴陵市, an OCR-damaged 阳卫出国 for 阳卫国. */
  aliases: z.array(z.string()),
  /** For people: titles and roles seen before the name (市长, 记者…). */
  roles: z.array(z.string()),
  /**
   * For people: each role (a title before the name, or a byline credit) with the first and last
   * issue date it was seen and how often, oldest first. A role seen again after a gap of over two
   * years starts a new row (roles.ts), so two people who share a name stay apart by period.
   */
  roleHistory: z.optional(z.array(roleSpanSchema)),
  /**
   * For people: the roles fall into periods years apart with no role in common, a sign that
   * the name may belong to more than one person (they are not split: an entity is its name).
   */
  sharedName: z.optional(z.boolean()),
  /** How many mentions the rules found, the tagger alone found, and both found (combine.ts). */
  sources: z.optional(z.object({ rule: nonNegative, model: nonNegative, both: nonNegative })),
  /** For places: the administrative level and the chain of parents, nearest first. */
  level: z.optional(z.enum(placeLevels)),
  parents: z.optional(z.array(parentSchema)),
  mentionCount: z.int().check(z.nonnegative()),
  articles: z.array(z.object({ issueId: z.string(), articleId: z.string(), count: z.int().check(z.positive()) })),
});
export type Entity = z.infer<typeof entitySchema>;

export const entityIndexSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Most mentioned first. */
  entities: z.array(entitySchema),
});
export type EntityIndex = z.infer<typeof entityIndexSchema>;

/** A row of the people/places lists (entities/list.json): enough for lists, hover cards and links. */
export const entitySummarySchema = z.object({
  id: z.string().check(z.minLength(1)),
  type: z.enum(entityTypes),
  name: z.string(),
  /** For people: the role held most, with its period (市委书记 · 2020–2021); for places: "枫林镇, 醴陵市, 湖南省"-style hierarchy, nearest first. */
  description: z.string(),
  /** The name's toneless pinyin, syllables separated by spaces, a person's surname by its surname reading (曾 zeng). */
  pinyin: z.optional(z.string()),
  /** Other names (醴陵 for 醴陵市) and, for people, every role seen: what the lists' filter reads besides name and description. */
  aliases: z.optional(z.array(z.string())),
  roles: z.optional(z.array(z.string())),
  mentionCount: z.int().check(z.nonnegative()),
  articleCount: z.int().check(z.nonnegative()),
  /** The hash in the name of the entity's own file (entities/<type>/<id>.<hash>.json). */
  hash: fileHash,
});
export type EntitySummary = z.infer<typeof entitySummarySchema>;

export const entityListSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  entities: z.array(entitySummarySchema),
});
export type EntityList = z.infer<typeof entityListSchema>;

/** Everything an entity page needs, in one file per entity (entities/<type>/<id>.json). */
export const entityDetailSchema = z.extend(z.omit(entitySchema, { articles: true }), {
  schemaVersion: z.literal(SCHEMA_VERSION),
  description: z.string(),
  /** How many articles mention the entity in all years. */
  articleCount: z.int().check(z.nonnegative()),
  /**
   * The articles of the newest year that has any, newest issue first, with the sentence around each
   * mention; each earlier year's are in their own file (entity-articles.ts), so a page never loads
   * ten years of articles at once.
   */
  articles: z.array(
    z.object({
      issueId: z.string(),
      date: z.string(),
      articleId: z.string(),
      title: z.string(),
      count: z.int().check(z.positive()),
      /** Up to three sentences, each with the mention's offsets inside the sentence. */
      snippets: z.array(z.object({ text: z.string(), start: z.int(), end: z.int() })),
    }),
  ),
  /** Earlier years with articles, newest first, how many each holds and the hash of its file. */
  earlierYears: z.array(z.object({ year: z.int(), count: z.int().check(z.positive()), hash: fileHash })),
  /** Mentions per month (YYYY-MM), oldest first: the timeline. */
  timeline: z.array(z.object({ month: z.string(), count: z.int().check(z.positive()) })),
  /** The people and places most often mentioned in the same articles. */
  related: z.array(z.object({ id: z.string(), type: z.enum(entityTypes), name: z.string(), count: z.int().check(z.positive()) })),
});
export type EntityDetail = z.infer<typeof entityDetailSchema>;
