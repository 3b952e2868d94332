import { z } from './zod.ts';

/** Bumped whenever the shape of public/data/ changes; the app refuses data of another version. */
export const SCHEMA_VERSION = 4;

/** A person credited on an article: reporter, correspondent, intern, photographer… */
export const creditSchema = z.object({
  role: z.enum(['reporter', 'correspondent', 'intern', 'photographer', 'editor']),
  /** The label as printed before the name, e.g. 株洲日报记者, 通讯员, 全媒体记者. */
  label: z.string(),
  name: z.string().check(z.minLength(1)),
});
export type Credit = z.infer<typeof creditSchema>;

export const paragraphKinds = ['lead', 'text', 'subhead', 'caption', 'item'] as const;
export const paragraphSchema = z.object({
  kind: z.enum(paragraphKinds),
  text: z.string().check(z.minLength(1)),
  /** For `lead` paragraphs: the dateline the text starts with (株洲日报讯, 新华社北京1月19日电…). */
  dateline: z.optional(z.string()),
});
export type Paragraph = z.infer<typeof paragraphSchema>;

export const mentionSources = ['rule', 'model', 'both'] as const;

/** Where a mention sits: a body paragraph (by index) or one of the headline fields. */
export const mentionSchema = z.object({
  type: z.enum(['person', 'place']),
  entityId: z.string(),
  name: z.string(),
  field: z.enum(['kicker', 'title', 'subtitle', 'paragraph', 'byline']),
  /** Index into `paragraphs`, `subtitles` or `byline` for those fields; 0 for kicker and title. */
  paragraph: z.int().check(z.nonnegative()),
  /** Offsets in UTF-16 code units, as JavaScript counts them. */
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  /**
   * Who found it: the cue rules, the statistical tagger, or both on the same span (combine.ts).
   * A byline credit is a rule mention.
   */
  source: z.enum(mentionSources),
  /** The tagger's confidence in [0, 1] when it tagged this very span (absent when it did not). */
  confidence: z.optional(z.number().check(z.gte(0), z.lte(1))),
});
export type Mention = z.infer<typeof mentionSchema>;

export const articleKinds = ['story', 'photo', 'notice', 'promo'] as const;
export const articleSchema = z.object({
  /** Stable across rebuilds of the same input: derived from the article's own text. */
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  kind: z.enum(articleKinds),
  kicker: z.optional(z.string()),
  title: z.string().check(z.minLength(1)),
  /** True when the paper printed no headline and the title was made from the first sentence. */
  titleDerived: z.boolean(),
  subtitles: z.array(z.string()),
  byline: z.array(creditSchema),
  paragraphs: z.array(paragraphSchema).check(z.minLength(1)),
  /** The jump note when the story continues on another page (>>> 转B2版). */
  continuation: z.optional(z.object({ text: z.string(), page: z.string() })),
  mentions: z.array(mentionSchema),
});
export type Article = z.infer<typeof articleSchema>;

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const issueSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** The date, suffixed (-2, -3…) when two issues share a date. */
  id: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}(-\d+)?$/)),
  date: isoDate,
  /** How the date was obtained: inferred from the text or given in seeds/issues.json. */
  dateSource: z.enum(['inferred', 'override']),
  source: z.string(),
  paper: z.string(),
  edition: z.optional(z.string()),
  articles: z.array(articleSchema),
});
export type Issue = z.infer<typeof issueSchema>;
