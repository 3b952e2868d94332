// The title and description of each page, in one place for the prerendered <head> (page-meta.ts)
// and for the routes, which set the same strings after hydration, so the tab never flips. Kept
// apart from the structured data: the routes ship in the first page's JavaScript.
import type { Article, Issue } from '../../schema/issue';
import type { EntityDetail } from '../../schema/entities';
import { PLACE_LEVEL_LABELS } from '../../schema/entities';
import { leadArticle, type ManifestEntry } from '../../schema/manifest';
import { formatDate, formatMonth } from '../../lib/dates';
import { SITE_NAME } from '../../lib/use-document-title';
import { pageLabel } from '../../features/reader/format';
import { TYPE_LABELS } from '../../features/entities/labels';
import { splitAliases } from '../../features/entities/aliases';
import { charCount, clip, tidy } from './clip';

export interface PageText {
  title: string;
  description: string;
}

/** Longest description, in characters: about what Baidu and WeChat previews show of Chinese text. */
export const DESCRIPTION_MAX = 120;

/** What the site is, for pages that have nothing more specific (index.html carries the same). */
export const SITE_DESCRIPTION = `${SITE_NAME}：在浏览器里阅读、检索、引用株洲日报的头版文章。`;

const issueTitle = (issue: Pick<Issue, 'paper' | 'date'>) => `${issue.paper} ${formatDate(issue.date)}`;

/**
 * 2020年11月5日《株洲日报》头版：headline；headline…等10篇文章。 The printed headlines of the stories
 * and photos, lead story first, as many as fit whole; a derived title (the paper printed none) or a
 * notice is not a headline.
 */
function issueDescription(issue: Issue, max: number): string {
  const lead = leadArticle(issue.articles);
  const printed = issue.articles.filter((a) => (a.kind === 'story' || a.kind === 'photo') && !a.titleDerived);
  const headlines = [...new Set([lead, ...printed].filter((a) => a && !a.titleDerived).map((a) => tidy(a!.title)))];
  const prefix = `${formatDate(issue.date)}《${issue.paper}》${pageLabel(issue.edition)}`;
  if (headlines.length === 0) return clip(`${prefix}，共 ${issue.articles.length} 篇文章。`, max);
  const more = `等 ${issue.articles.length} 篇文章。`;
  for (let n = headlines.length; n > 0; n -= 1) {
    const all = n === issue.articles.length;
    const text = `${prefix}：${headlines.slice(0, n).join('；')}${all ? '。' : more}`;
    if (charCount(text) <= max) return text;
  }
  return clip(`${prefix}：${headlines[0]}`, max);
}

/** `/`: the newest issue, titled like its own page; described as the site's front door. */
export function homeText(issue: Issue | undefined): PageText {
  if (!issue) return { title: SITE_NAME, description: SITE_DESCRIPTION };
  const intro = `${SITE_NAME}，最新一期：`;
  return { title: issueTitle(issue), description: `${intro}${issueDescription(issue, DESCRIPTION_MAX - charCount(intro))}` };
}

/** `/issues/:id`: paper and date; its headlines. */
export function issueText(issue: Issue): PageText {
  return { title: issueTitle(issue), description: issueDescription(issue, DESCRIPTION_MAX) };
}

/**
 * The opening of the story: its first paragraph that is not a subheading, without the dateline
 * (株洲日报讯, 新华社北京1月19日电: the title already says where it is from), so the words a preview
 * shows are the news.
 */
function articleOpening(article: Article): string {
  const first = article.paragraphs.find((p) => p.kind !== 'subhead') ?? article.paragraphs[0]!;
  const text = first.dateline && first.text.startsWith(first.dateline) ? first.text.slice(first.dateline.length) : first.text;
  return tidy(text) || tidy(first.text);
}

/** `/issues/:id/articles/:id`: headline, paper and date; the opening of its text. */
export function articleText(issue: Issue, article: Article): PageText {
  return {
    title: `${article.title} · ${issueTitle(issue)}`,
    description: clip(articleOpening(article) || article.title, DESCRIPTION_MAX),
  };
}

/** 2020年9月至2021年1月 from the entity's timeline (months, oldest first); '' when it has none. */
function monthSpan(timeline: EntityDetail['timeline']): string {
  const first = timeline[0]?.month;
  const last = timeline.at(-1)?.month;
  if (!first || !last) return '';
  return first === last ? formatMonth(first) : `${formatMonth(first)}至${formatMonth(last)}`;
}

/** Who: 毛腾飞，市委书记 · 2020–2021。 Where: 枫溪街道（乡镇街道），位于湖南省株洲市芦淞区。 */
function entityIntro(entity: EntityDetail): string {
  if (entity.type === 'person') {
    const shared = entity.sharedName ? '（同名者可能不止一人）' : '';
    return `${entity.name}${entity.description ? `，${entity.description}` : ''}${shared}。`;
  }
  const level = entity.level && entity.level !== 'other' ? `（${PLACE_LEVEL_LABELS[entity.level]}）` : '';
  const within = [...(entity.parents ?? [])].reverse().map((parent) => parent.name).join('');
  return `${entity.name}${level}${within ? `，位于${within}` : ''}。`;
}

/** `/people/:id`, `/places/:id`: who or where, other names, how often and when in the paper. */
export function entityText(entity: EntityDetail): PageText {
  const { alternatives } = splitAliases(entity);
  const span = monthSpan(entity.timeline);
  const presence = `见于 ${entity.articleCount} 篇文章${span ? `（${span}）` : ''}，共提及 ${entity.mentionCount} 次。`;
  const aka = alternatives.length > 0 ? `又作${alternatives.join('、')}。` : '';
  return {
    title: `${entity.name} · ${TYPE_LABELS[entity.type]} · ${SITE_NAME}`,
    description: clip(`${entityIntro(entity)}${aka}${presence}`, DESCRIPTION_MAX),
  };
}

/** `/issues`: every issue by calendar and as a list; how many and from when to when, when known. */
export function archiveText(manifest?: { issues: readonly Pick<ManifestEntry, 'date'>[] }): PageText {
  const issues = manifest?.issues ?? [];
  // The manifest lists the newest first.
  const span = issues.length > 0 ? `：共 ${issues.length} 期，${formatDate(issues.at(-1)!.date)}至${formatDate(issues[0]!.date)}` : '';
  return { title: `往期报纸 · ${SITE_NAME}`, description: `按日历和列表浏览${SITE_NAME}的往期报纸${span}。` };
}

/** `/people`, `/places`: the list, with how many it holds when known. */
export function entityListText(type: 'person' | 'place', count?: number): PageText {
  const counted = count === undefined ? '' : type === 'person' ? ` ${count} 位` : ` ${count} 个`;
  const how = type === 'person' ? '可按姓名、拼音或职务查找' : '可按地名、拼音或所属行政区查找';
  return {
    title: `${TYPE_LABELS[type]} · ${SITE_NAME}`,
    description: `${SITE_NAME}报道中出现的${counted}${TYPE_LABELS[type]}，按提及次数排列，${how}。`,
  };
}
