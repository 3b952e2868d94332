/**
 * Fills every article's `mentions` and builds the entity index. The whole archive is one corpus:
 * a name confirmed in one issue is found in all of them (and splits glued headline names). With a
 * tagger, its spans are combined with the rules' (entities/combine.ts); without, rules alone.
 */
import type { Entity, EntityIndex } from '../../schema/entities.ts';
import { SCHEMA_VERSION, type Article, type Credit, type Issue, type Mention } from '../../schema/issue.ts';
import type { SourcedSpan } from '../entities/combine.ts';
import { combineCorpus, rulesOnly } from '../entities/combine-corpus.ts';
import { extractCorpus, placeById, type OnPass } from '../entities/extract.ts';
import { STRONG_TITLES } from '../entities/lexicon.ts';
import { tagHere, type StartTagging } from '../entities/tag-texts.ts';
import { looksShared, roleHistory, type RoleSeen } from '../entities/roles.ts';

type Field = Mention['field'];
interface Slot {
  issue: number;
  article: number;
  field: Field;
  index: number;
}

const CREDIT_ROLE: Record<Credit['role'], string> = {
  reporter: '记者', correspondent: '通讯员', intern: '实习生', photographer: '摄影', editor: '编辑',
};

function textsOf(a: Article): { field: Field; index: number; text: string }[] {
  return [
    ...(a.kicker ? [{ field: 'kicker' as const, index: 0, text: a.kicker }] : []),
    { field: 'title' as const, index: 0, text: a.title },
    ...a.subtitles.map((text, index) => ({ field: 'subtitle' as const, index, text })),
    ...a.paragraphs.map((p, index) => ({ field: 'paragraph' as const, index, text: p.text })),
  ];
}

function toMention(s: SourcedSpan, slot: Slot): Mention {
  const m: Mention = { type: s.type, entityId: s.entityId, name: s.name, field: slot.field, paragraph: slot.index, start: s.start, end: s.end, source: s.source };
  if (s.confidence !== undefined) m.confidence = Math.round(s.confidence * 1000) / 1000;
  return m;
}

/**
 * Returns the issues with mentions filled, and the entity index over all of them; `onPass` sees each
 * pass's progress. The committed tagger runs as `startTagging` says (in this thread by default, in a
 * worker with tagInWorker, started before the rules so the two overlap); null: rules alone.
 */
export function extractEntities(issues: Issue[], onPass?: OnPass, startTagging: StartTagging | null = tagHere): { issues: Issue[]; index: EntityIndex } {
  const slots: Slot[] = [];
  const texts: string[] = [];
  /** For each text, the number of its article in the archive (the tagger reads an article at once). */
  const articleOf: number[] = [];
  let articles = 0;
  issues.forEach((issue, i) =>
    issue.articles.forEach((a, j) => {
      const article = articles++;
      textsOf(a).forEach((t) => {
        slots.push({ issue: i, article: j, field: t.field, index: t.index });
        texts.push(t.text);
        articleOf.push(article);
      });
    }),
  );
  const tagged = startTagging?.(texts);
  const { spans: ruleSpans, people } = extractCorpus(texts, onPass);
  const spans = tagged ? combineCorpus(texts, ruleSpans, tagged(), articleOf) : rulesOnly(ruleSpans);
  const mentions = issues.map((issue) => issue.articles.map(() => [] as Mention[]));
  const seen = new Map<string, RoleSeen[]>();
  const see = (name: string, role: string, date: string) => {
    const list = seen.get(name);
    if (list) list.push({ role, date });
    else seen.set(name, [{ role, date }]);
  };
  spans.forEach((list, k) =>
    list.forEach((s) => {
      const slot = slots[k]!;
      mentions[slot.issue]![slot.article]!.push(toMention(s, slot));
      if (s.type === 'person' && s.role && STRONG_TITLES.has(s.role)) for (const post of s.posts ?? [s.role]) see(s.entityId, post, issues[slot.issue]!.date);
    }),
  );
  const roles = new Map<string, Set<string>>();
  issues.forEach((issue, i) =>
    issue.articles.forEach((a, j) =>
      a.byline.forEach((c, index) => {
        mentions[i]![j]!.push({ type: 'person', entityId: c.name, name: c.name, field: 'byline', paragraph: index, start: 0, end: c.name.length, source: 'rule' });
        roles.set(c.name, (roles.get(c.name) ?? new Set()).add(CREDIT_ROLE[c.role]));
        see(c.name, CREDIT_ROLE[c.role], issue.date);
      }),
    ),
  );
  const withMentions = issues.map((issue, i) => ({
    ...issue,
    articles: issue.articles.map((a, j) => ({ ...a, mentions: mentions[i]![j]! })),
  }));
  people.forEach((info, name) => info.roles.forEach((r) => roles.set(name, (roles.get(name) ?? new Set()).add(r))));
  return { issues: withMentions, index: buildIndex(withMentions, people, roles, seen) };
}

function buildIndex(issues: Issue[], people: People, roles: Map<string, Set<string>>, seen: Map<string, RoleSeen[]>): EntityIndex {
  const entities = new Map<string, Entity>();
  for (const issue of issues) {
    for (const a of issue.articles) {
      // One reference per entity and article: mentions of an article are counted on it. Looked up
      // here, not searched for in the entity's list, which over ten years holds ~20,000 articles.
      const refs = new Map<string, Entity['articles'][number]>();
      for (const m of a.mentions) {
        const key = `${m.type}:${m.entityId}`;
        const e = entities.get(key) ?? newEntity(m.type, m.entityId, people, roles, seen);
        e.mentionCount++;
        e.sources![m.source]++;
        if (m.name !== e.name && !e.aliases.includes(m.name)) e.aliases.push(m.name);
        const ref = refs.get(key);
        if (ref) ref.count++;
        else {
          const added = { issueId: issue.id, articleId: a.id, count: 1 };
          refs.set(key, added);
          e.articles.push(added);
        }
        entities.set(key, e);
      }
    }
  }
  const list = [...entities.values()].sort((x, y) => y.mentionCount - x.mentionCount || x.name.localeCompare(y.name, 'zh'));
  return { schemaVersion: SCHEMA_VERSION, entities: list };
}

type People = ReturnType<typeof extractCorpus>['people'];

function newEntity(type: 'person' | 'place', id: string, people: People, roles: Map<string, Set<string>>, seen: Map<string, RoleSeen[]>): Entity {
  const sources = { rule: 0, model: 0, both: 0 };
  if (type === 'person') {
    const roleRows = roleHistory(seen.get(id) ?? []);
    return {
      id, type, name: id, aliases: [...(people.get(id)?.aliases ?? [])], roles: [...(roles.get(id) ?? [])],
      roleHistory: roleRows, sharedName: looksShared(roleRows), sources, mentionCount: 0, articles: [],
    };
  }
  const place = placeById(id);
  const parents: NonNullable<Entity['parents']> = [];
  for (let p = place?.parent ? placeById(place.parent) : undefined; p; p = p.parent ? placeById(p.parent) : undefined) {
    parents.push({ id: p.id, name: p.name, level: p.level });
  }
  // A place only the tagger knows (a mountain, a foreign city) has no parent: level `other`.
  return { id, type, name: place?.name ?? id, aliases: [...(place?.aliases ?? [])], roles: [], sources, level: place?.level ?? 'other', parents, mentionCount: 0, articles: [] };
}
