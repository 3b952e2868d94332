/**
 * Compares the mentions of two data builds (e.g. the seeds built on main's code and on a branch):
 *   npx tsx scripts/diff-mentions.ts BEFORE_DATA_DIR AFTER_DATA_DIR
 * Prints every mention of BEFORE that AFTER lost or changed (type, entity, name at the same place),
 * every mention AFTER added with its source and confidence, and counts. Exit status 1 when a mention
 * was lost or changed, so "nothing the rules found is lost" can be checked, not just read.
 * Reads the files as JSON without the schema: BEFORE may be of an older schema version.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface RawMention {
  type: string;
  entityId: string;
  name: string;
  field: string;
  paragraph: number;
  start: number;
  end: number;
  source?: string;
  confidence?: number;
}
interface RawIssue {
  id: string;
  articles: { id: string; title: string; mentions: RawMention[] }[];
}

/** Every mention of a build, keyed by where it sits (issue, article, field, paragraph, offsets). */
function mentionsOf(dir: string): Map<string, RawMention & { title: string }> {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { issues: { id: string; hash: string }[] };
  const out = new Map<string, RawMention & { title: string }>();
  for (const { id, hash } of manifest.issues) {
    const issue = JSON.parse(readFileSync(join(dir, `issues/${id}.${hash}.json`), 'utf8')) as RawIssue;
    for (const a of issue.articles) {
      for (const m of a.mentions) out.set(`${issue.id} ${a.id} ${m.field}#${m.paragraph} ${m.start}-${m.end}`, { ...m, title: a.title });
    }
  }
  return out;
}

const [beforeDir, afterDir] = process.argv.slice(2);
if (!beforeDir || !afterDir) {
  console.error('usage: tsx scripts/diff-mentions.ts BEFORE_DATA_DIR AFTER_DATA_DIR');
  process.exit(2);
}
const before = mentionsOf(beforeDir);
const after = mentionsOf(afterDir);
const show = (m: RawMention & { title: string }) =>
  `${m.type} ${m.name}${m.entityId !== m.name ? ` (${m.entityId})` : ''}${m.source ? ` [${m.source}${m.confidence !== undefined ? ` ${m.confidence}` : ''}]` : ''}  in 《${m.title}》`;

let lost = 0;
for (const [key, m] of before) {
  const now = after.get(key);
  if (!now) {
    lost++;
    console.log(`LOST    ${key}  ${show(m)}`);
  } else if (now.type !== m.type || now.entityId !== m.entityId || now.name !== m.name) {
    lost++;
    console.log(`CHANGED ${key}  ${show(m)}  →  ${show(now)}`);
  }
}
const sources = new Map<string, number>();
for (const [key, m] of after) {
  sources.set(m.source ?? 'none', (sources.get(m.source ?? 'none') ?? 0) + 1);
  if (!before.has(key)) console.log(`ADDED   ${key}  ${show(m)}`);
}
const added = [...after.keys()].filter((k) => !before.has(k)).length;
console.log(`\nbefore ${before.size} mentions, after ${after.size}: ${lost} lost or changed, ${added} added; after by source: ${[...sources].map(([s, n]) => `${s} ${n}`).join(', ')}`);
process.exit(lost > 0 ? 1 : 0);
