/**
 * Composes one synthetic issue in the raw seed format from real articles: a seeded choice of
 * articles, some paragraphs swapped between them, and every date moved to the day before the issue.
 * Pure and deterministic: the same pool, date and attempt always give the same text.
 */
import type { Article } from '../schema/issue.ts';
import { seededRandom } from './random.ts';

export interface SourceArticle {
  article: Article;
  /** The year of the seed issue it came from, to shift the years it mentions. */
  year: number;
}

function seedOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

const DATED = /\d{1,2}月\d{1,2}日|\d{1,2}日电/;
const BARE_DAY = /(?<![\d月])(\d{1,2})日(?=电|上午|下午|晚|早|在|宣布|举行|召开|说|表示)/g;

/** Moves month-day dates to the event day and years by the gap between the seed and target year. */
export function redate(text: string, event: Date, sourceYear: number): string {
  const [year, month, day] = [event.getUTCFullYear(), event.getUTCMonth() + 1, event.getUTCDate()];
  return text
    .replace(/(?<!\d)(\d{1,2})月(\d{1,2})日/g, `${month}月${day}日`)
    .replace(BARE_DAY, `${day}日`)
    .replace(/(?<!\d)((?:19|20)\d{2})年/g, (_, y: string) => `${Number(y) + year - sourceYear}年`);
}

/** The article as the paper prints it: kicker, ## headline, subtitles, byline, paragraphs. */
function printed(article: Article, paragraphs: string[]): string {
  const credits = article.byline.filter((c) => c.role !== 'photographer').map((c) => `${c.label || '记者'} ${c.name}`);
  const lines = [
    article.kicker,
    article.titleDerived ? undefined : `## ${article.title}`,
    ...article.subtitles,
    credits.length ? credits.join(' ') : undefined,
    ...paragraphs,
  ];
  return lines.filter((line): line is string => !!line).join('\n\n');
}

/** One day's issue: 7–11 distinct articles, the first a dated story, some paragraphs recombined. */
export function composeIssue(pool: SourceArticle[], date: string, attempt = 0): string {
  const random = seededRandom(seedOf(`${date}#${attempt}`));
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
  const event = new Date(new Date(`${date}T00:00:00Z`).getTime() - 86_400_000);
  const leads = pool.filter(({ article }) => article.paragraphs[0]?.dateline && DATED.test(article.paragraphs[0].text));
  const chosen = new Set<SourceArticle>([pick(leads.length ? leads : pool)]);
  const count = Math.min(pool.length, 7 + Math.floor(random() * 5));
  while (chosen.size < count) chosen.add(pick(pool));

  const used = new Set<string>();
  const stories = [...chosen].map((source, i) => {
    const own = source.article.paragraphs.map((p) => p.text);
    // Now and then a body paragraph comes from another story, so no two issues are alike.
    if (i > 0 && own.length > 2 && random() < 0.4) {
      const donor = pick(pool).article.paragraphs.filter((p) => p.kind === 'text');
      if (donor.length) own.splice(1 + Math.floor(random() * (own.length - 1)), 1, pick(donor).text);
    }
    const texts = own.filter((t) => !used.has(t) && !!used.add(t)).map((t) => redate(t, event, source.year));
    const article = { ...source.article, title: redate(source.article.title, event, source.year) };
    return texts.length ? printed(article, texts) : '';
  });
  return `${stories.filter(Boolean).join('\n\n')}\n`;
}

/**
 * A dense archive's pool: the same few stories every day (as a paper carrying a campaign or a long
 * session does), so that most index keys occur in most issues and postings are as long as they get.
 * A fixed, seeded choice of `size` articles, the dated leads among them kept.
 */
export function densePool(pool: SourceArticle[], size = 12): SourceArticle[] {
  const random = seededRandom(seedOf('dense'));
  const shuffled = pool.map((source) => ({ source, order: random() })).sort((a, b) => a.order - b.order).map((x) => x.source);
  const leads = shuffled.filter(({ article }) => article.paragraphs[0]?.dateline && DATED.test(article.paragraphs[0].text)).slice(0, 3);
  return [...new Set([...leads, ...shuffled])].slice(0, size);
}
