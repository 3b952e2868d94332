/**
 * Turns a draft into an article: headline hierarchy (kicker, title, subtitles), a derived title
 * for stories printed without one, the article's kind, and de-duplicated credits.
 */
import type { Article, Credit, Paragraph } from '../../schema/issue.ts';
import type { Draft, Head } from './split-articles.ts';

export type FinishedArticle = Omit<Article, 'id'>;

const NUMBERED = /^(?:\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[)）])/;
const PROMO = /二维码|扫码|扫一扫/;
const NOTICE_TITLE = /公告|通告|通知|启事|声明|公示/;
/** A column label printed beside the headline (新闻发布, 两会快讯): short, no punctuation. */
const COLUMN_LABEL = /^[\u4e00-\u9fa5]{2,4}$/;

function headline(heads: Head[]): Pick<Article, 'kicker' | 'title' | 'subtitles'> {
  // `##` marks the printed headline; unmarked lines above it are its kicker (引题).
  const firstMarked = heads.findIndex((h) => h.marked);
  const kickerLines = firstMarked > 0 ? heads.slice(0, firstMarked) : [];
  const rest = firstMarked > 0 ? heads.slice(firstMarked) : heads;
  let kicker = kickerLines.map((h) => h.text).join(' ') || undefined;
  const subtitles = rest.slice(1).map((h) => h.text);
  if (!kicker) {
    const label = subtitles.findIndex((s) => COLUMN_LABEL.test(s) && !/出席|参加|主持|讲话|致辞/.test(s));
    if (label >= 0) kicker = subtitles.splice(label, 1)[0];
  }
  return { kicker, title: rest[0]!.text, subtitles };
}

/** A title made from the first sentence, for stories the paper printed without a headline. */
export function deriveTitle(paragraphs: Paragraph[]): string {
  const first = paragraphs.find((p) => p.kind === 'lead' || p.kind === 'text') ?? paragraphs[0]!;
  let text = first.dateline ? first.text.slice(first.dateline.length) : first.text;
  text = text.trim().replace(/^(?:\d{1,2}月\d{1,2}日|日前|近日|\d{1,2}日)[上下午晚早]*[，,]\s*/, '');
  const sentence = text.split(/[。！？!?]/)[0] ?? text;
  const clauses = sentence.split('，').filter((c) => !/^记者.*(?:获悉|了解到)$|^据.*(?:介绍|了解)$/.test(c));
  let title = '';
  for (const clause of clauses) {
    if (title.length >= 12) break;
    title = title ? `${title}，${clause}` : clause;
  }
  title = title || sentence;
  return title.length > 32 ? `${title.slice(0, 31)}…` : title;
}

function kindOf(d: Draft, title: string): Article['kind'] {
  const text = [title, ...d.paragraphs.map((p) => p.text)].join('\n');
  if (!d.hasLead && PROMO.test(text)) return 'promo';
  const reporters = d.byline.some((c) => c.role !== 'photographer');
  if (!d.hasLead && !reporters && (d.paragraphs.some((p) => p.kind === 'item') || NOTICE_TITLE.test(title))) return 'notice';
  const bodyCount = d.paragraphs.filter((p) => p.kind === 'lead' || p.kind === 'text').length;
  const photographed = d.byline.some((c) => c.role === 'photographer');
  if (photographed && bodyCount <= 3 && !d.paragraphs.some((p) => p.kind === 'caption')) return 'photo';
  return 'story';
}

function uniqueCredits(credits: Credit[]): Credit[] {
  const seen = new Set<string>();
  return credits.filter((c) => !seen.has(`${c.role}|${c.name}`) && !!seen.add(`${c.role}|${c.name}`));
}

/** Finishes a draft, or returns null when it holds nothing readable (a stray byline). */
export function finishArticle(d: Draft): FinishedArticle | null {
  const paragraphs = d.paragraphs.map((p) => (p.kind === 'text' && NUMBERED.test(p.text) ? { ...p, kind: 'item' as const } : p));
  if (paragraphs.length === 0 && d.heads.length > 1) {
    // A box of headline-sized lines only (a promo): the first is its title, the rest its items.
    paragraphs.push(...d.heads.slice(1).map((h) => ({ kind: 'item' as const, text: h.text })));
    d.heads = d.heads.slice(0, 1);
  }
  if (paragraphs.length === 0) return null;
  const head = d.heads.length ? headline(d.heads) : { title: deriveTitle(paragraphs), subtitles: [] };
  return {
    kind: kindOf({ ...d, paragraphs }, head.title),
    ...(head.kicker ? { kicker: head.kicker } : {}),
    title: head.title,
    titleDerived: d.heads.length === 0,
    subtitles: head.subtitles,
    byline: uniqueCredits(d.byline),
    paragraphs,
    ...(d.continuation ? { continuation: d.continuation } : {}),
    mentions: [],
  };
}
