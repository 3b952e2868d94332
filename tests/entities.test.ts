/**
 * People and places end to end: the dev gold set's quality bar, the entity index the pipeline
 * writes, and the `npm run entities` command on text outside the seeds.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entityDetailSchema, entityIndexSchema, entityListSchema } from '../src/schema/entities.ts';
import { entityArticlesYearSchema } from '../src/schema/entity-articles.ts';
import { entityFiles, linkList, linkYears, snippetOf } from '../src/pipeline/steps/entity-files.ts';
import { scoreIssue, type GoldSets } from '../src/pipeline/entities/score.ts';
import { readSeedArchive } from '../src/pipeline/read-seeds.ts';
import { extractEntities } from '../src/pipeline/steps/extract-entities.ts';
import { POLICY, requiredConfidence } from '../src/pipeline/entities/combine.ts';

const root = join(import.meta.dirname, '..');
const { issues, index } = extractEntities(readSeedArchive(join(root, 'seeds')));
const gold = JSON.parse(readFileSync(join(root, 'tests/fixtures/gold-dev.json'), 'utf8')) as {
  issues: Record<string, { persons: GoldSets; places: GoldSets }>;
};

describe('extraction on the dev gold set', () => {
  for (const type of ['person', 'place'] as const) {
    it(`${type}: precision and recall meet the bar`, () => {
      let correct = 0, found = 0, tp = 0, fn = 0;
      for (const [source, ref] of Object.entries(gold.issues)) {
        const issue = issues.find((i) => i.source === source)!;
        const names = issue.articles.flatMap((a) => a.mentions.filter((m) => m.type === type).map((m) => m.name));
        const s = scoreIssue(names, type === 'person' ? ref.persons : ref.places, type);
        correct += s.correct; found += s.found; tp += s.tp; fn += s.fn;
      }
      const bar = 0.97;
      expect(correct / found).toBeGreaterThanOrEqual(bar);
      expect(tp / (tp + fn)).toBeGreaterThanOrEqual(bar);
    });
  }
});

describe('rules and model together on the seeds', () => {
  const rulesAlone = extractEntities(readSeedArchive(join(root, 'seeds')), undefined, null).issues;
  const where = (issueId: string, a: { id: string }, m: { field: string; paragraph: number; start: number; end: number }) =>
    `${issueId} ${a.id} ${m.field} ${m.paragraph} ${m.start}`;
  const combined = new Map(issues.flatMap((i) => i.articles.flatMap((a) => a.mentions.map((m) => [where(i.id, a, m), m] as const))));

  it('loses or changes no mention the rules find', () => {
    const ruleMentions = rulesAlone.flatMap((i) => i.articles.flatMap((a) => a.mentions.map((m) => ({ key: where(i.id, a, m), m }))));
    expect(ruleMentions.length).toBeGreaterThan(500);
    for (const { key, m } of ruleMentions) {
      const now = combined.get(key);
      expect(now && [now.type, now.entityId, now.name, now.end], key).toEqual([m.type, m.entityId, m.name, m.end]);
      expect(now!.source).not.toBe('model');
    }
  });

  it('every mention says who found it; the tagger’s mentions carry its confidence above the policy’s minimum', () => {
    const all = [...combined.values()];
    expect(new Set(all.map((m) => m.source))).toEqual(new Set(['rule', 'both', 'model']));
    for (const m of all.filter((x) => x.source === 'both' || (x.source === 'model' && x.confidence !== undefined))) {
      expect(m.confidence).toBeGreaterThanOrEqual(requiredConfidence({ type: m.type, text: m.name }));
      expect(m.confidence).toBeGreaterThanOrEqual(Math.min(POLICY.knownPlace, POLICY.minConfidence[m.type]));
    }
    expect(all.filter((m) => m.source === 'rule').every((m) => m.confidence === undefined)).toBe(true);
  });
});

describe('the entity index', () => {
  it('is valid and agrees with the mentions in the issues', () => {
    entityIndexSchema.parse(index);
    const mentions = issues.flatMap((i) => i.articles.flatMap((a) => a.mentions));
    const total = index.entities.reduce((n, e) => n + e.mentionCount, 0);
    expect(total).toBe(mentions.length);
    for (const e of index.entities) expect(e.articles.reduce((n, r) => n + r.count, 0)).toBe(e.mentionCount);
  });

  it('places carry their administrative parents; one place has one entry whatever the spelling', () => {
    const county = index.entities.find((e) => e.type === 'place' && e.level === 'county' && e.parents?.length === 2)!;
    expect(county.parents!.map((p) => p.level)).toEqual(['city', 'province']);
    const ids = index.entities.filter((e) => e.type === 'place').map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('people credited in bylines are people with their role', () => {
    const credited = issues.flatMap((i) => i.articles.flatMap((a) => a.byline));
    const reporter = credited.find((c) => c.role === 'reporter')!;
    const entity = index.entities.find((e) => e.type === 'person' && e.id === reporter.name)!;
    expect(entity.roles).toContain('记者');
  });

  it('mention offsets point at the mentioned text', () => {
    for (const a of issues.flatMap((i) => i.articles)) {
      for (const m of a.mentions.filter((x) => x.field === 'paragraph')) {
        expect(a.paragraphs[m.paragraph]!.text.slice(m.start, m.end)).toBe(m.name);
      }
    }
  });
});

describe('npm run entities', { timeout: 60_000 }, () => {
  it('prints only a JSON array of spans over the whole input', () => {
    const text = '株洲日报讯 3月5日，副市长邵文主持会议。\n醴陵市、攸县代表参加，市长邵文博讲话。\n';
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/pipeline/entities-cli.ts')], { input: text, encoding: 'utf8', cwd: root });
    expect(run.status).toBe(0);
    const spans = JSON.parse(run.stdout) as { type: string; name: string; start: number; end: number }[];
    expect(spans.map((s) => s.name)).toEqual(['邵文', '醴陵市', '攸县', '邵文博']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.name);
  });
});

describe('entity files for the app', () => {
  const drafts = entityFiles(issues, index);
  // The build records each written file's hash; any hash will do here, as long as it reaches the right entry.
  const hashOf = (type: string, _id: string, year?: number) => (year ?? 0).toString(16).padStart(4, '0') + (type === 'person' ? 'aaaa' : 'bbbb');
  const list = linkList(drafts.list, hashOf);
  const details = drafts.details.map((d) => linkYears(d, hashOf));
  const { years } = drafts;

  it('name each entity file and earlier year file by the hash recorded for it', () => {
    expect(list.entities.every((e) => e.hash === hashOf(e.type, e.id))).toBe(true);
    expect(details.every((d) => d.earlierYears.every((y) => y.hash === hashOf(d.type, d.id, y.year)))).toBe(true);
  });

  it('list every entity once, with counts matching the index', () => {
    entityListSchema.parse(list);
    expect(list.entities.map((e) => `${e.type}:${e.id}`)).toEqual(index.entities.map((e) => `${e.type}:${e.id}`));
    expect(list.entities.every((e) => e.articleCount > 0 && e.mentionCount >= e.articleCount)).toBe(true);
  });

  it('give each entity its articles newest first, the newest year in its file and each earlier year apart', () => {
    for (const d of details) {
      entityDetailSchema.parse(d);
      const earlier = d.earlierYears.map((ref) => years.find((y) => y.type === d.type && y.id === d.id && y.year === ref.year)!);
      earlier.forEach((y, k) => {
        entityArticlesYearSchema.parse(y);
        expect(y.articles).toHaveLength(d.earlierYears[k]!.count);
        expect(y.articles.every((a) => a.date.startsWith(`${y.year}-`))).toBe(true);
      });
      const all = [...d.articles, ...earlier.flatMap((y) => y.articles)];
      expect(all).toHaveLength(d.articleCount);
      expect(d.articleCount).toBe(list.entities.find((e) => e.type === d.type && e.id === d.id)!.articleCount);
      expect(new Set(d.articles.map((a) => a.date.slice(0, 4))).size).toBeLessThanOrEqual(1);
      const dates = all.map((a) => a.date);
      expect(dates).toEqual([...dates].sort().reverse());
      for (const a of all) {
        for (const s of a.snippets) expect([d.name, ...d.aliases]).toContain(s.text.slice(s.start, s.end));
      }
      expect(d.timeline.reduce((n, t) => n + t.count, 0)).toBe(d.mentionCount);
    }
    // The seeds span two years: some entity must really have an earlier year, or this proves nothing.
    expect(years.length).toBeGreaterThan(0);
    expect(years.length).toBe(details.reduce((n, d) => n + d.earlierYears.length, 0));
  });

  it('describe a place by its parents, nearest first', () => {
    const town = details.find((d) => d.level === 'town')!;
    expect(town.description).toBe(town.parents!.map((p) => p.name).join(' · '));
  });
});

describe('snippetOf', () => {
  it('cuts the sentence around the mention and keeps its offsets', () => {
    const text = '第一句话。会上，副市长邵文主持会议并讲话，强调要做好工作。最后一句。';
    const start = text.indexOf('邵文');
    const s = snippetOf(text, start, start + 2);
    expect(s.text).toBe('会上，副市长邵文主持会议并讲话，强调要做好工作。');
    expect(s.text.slice(s.start, s.end)).toBe('邵文');
  });
});
