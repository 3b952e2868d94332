import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Issue } from '../../src/schema/issue';
import { issueSchema } from '../../src/schema/issue';
import type { IssueSummary, Manifest } from '../../src/schema/manifest';
import { manifestSchema, manifestYearSchema } from '../../src/schema/manifest';
import { dataPaths } from '../../src/schema/paths';

// The tests read exactly what `vite preview` serves: the pipeline's output as copied into dist/.
const distDir = fileURLToPath(new URL(`../../${process.env.DIST_DIR ?? 'dist'}/`, import.meta.url));

function readJson(relativePath: string): unknown {
  const file = distDir + relativePath;
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: build the data and the app first (npm run build).`);
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The built manifest, checked against the same schema the app uses. */
export function readManifest(): Manifest {
  return manifestSchema.parse(readJson(dataPaths.manifest));
}

/** Every issue as the archive lists it (headline, paper, size), newest first, from the yearly volumes. */
export function readIssueSummaries(): IssueSummary[] {
  return readManifest().years.flatMap((ref) => manifestYearSchema.parse(readJson(dataPaths.named(ref.file))).issues);
}

/** The URL path (under the site root) of an issue's file, named by its hash as the manifest records it. */
export function issuePath(issueId: string): string {
  const entry = readManifest().issues.find((i) => i.id === issueId);
  if (!entry) throw new Error(`${issueId} is not in the built manifest`);
  return dataPaths.issue(entry.id, entry.hash);
}

/** One built issue, checked against the same schema the app uses. */
export function readIssue(issueId: string): Issue {
  return issueSchema.parse(readJson(issuePath(issueId)));
}

/** The date as the paper prints it, computed here independently of the app's own formatter. */
export function chineseDate(iso: string): { date: string; weekday: string } {
  const [year, month, day] = iso.split('-').map(Number);
  const weekday = '日一二三四五六'[new Date(`${iso}T00:00:00Z`).getUTCDay()];
  return { date: `${year}年${month}月${day}日`, weekday: `星期${weekday}` };
}
