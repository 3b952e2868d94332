// The title and description of the pages read less often: a person or place, the lists, the
// archive. Their routes load lazily, so this text stays out of the first page's JavaScript.
import type { EntityDetail } from '../../schema/entities';
import { PLACE_LEVEL_LABELS } from '../../schema/entities';
import type { ManifestEntry } from '../../schema/manifest';
import { formatDate, formatMonth } from '../../lib/dates';
import { SITE_NAME } from '../../lib/use-document-title';
import { TYPE_LABELS } from '../../features/entities/labels';
import { splitAliases } from '../../features/entities/aliases';
import { clip } from './clip';
import { DESCRIPTION_MAX, type PageText } from './page-text';

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
