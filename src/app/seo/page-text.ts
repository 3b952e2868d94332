// The title and description of each reading page (front door, issue, article), in one place for the
// prerendered <head> (page-meta.ts) and for the routes, which set the same strings after hydration,
// so the tab never flips. These routes ship in the first page's JavaScript (budget: README), so the
// structured data (json-ld.ts) and the other pages' text (entity-text.ts) live apart.
import type { Article, Issue } from '../../schema/issue';
import { leadArticle } from '../../schema/manifest';
import { formatDate } from '../../lib/dates';
import { SITE_NAME } from '../../lib/use-document-title';
import { pageLabel } from '../../features/reader/format';
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
 * 2020年11月5日《株洲日报》头版：headline；headline等 10 篇文章。 The printed headlines of the stories
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
