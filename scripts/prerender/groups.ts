/**
 * What the prerender renders, in groups that are rendered (or kept) together, each with a key made
 * of exactly what its pages show: when a rebuild finds a group's key unchanged, its pages are
 * taken from the cache and nothing is rendered. Pure: the manifest and entity list in, groups out.
 */
import { createHash } from 'node:crypto';
import type { Manifest } from '../../src/schema/manifest.ts';
import type { EntityList } from '../../src/schema/entities.ts';
import { dataPaths, type EntityKind } from '../../src/schema/paths.ts';
import { paths } from '../../src/config/paths.ts';

export type Group =
  /** An issue's front page and every article page (their paths come from the issue's file). */
  | { kind: 'issue'; id: string; key: string; issueId: string; preload: string[] }
  | { kind: 'entity'; id: string; key: string; type: EntityKind; entityId: string; preload: string[] }
  /** A page of its own: the front page, the archive, the lists. */
  | { kind: 'page'; id: string; key: string; path: string; preload: string[] };

export const keyOf = (...parts: unknown[]) => createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 24);

/**
 * What an issue's pages show besides its own file: the previous and next issue (the masthead's and
 * the keys' links). Nothing else of the manifest, so adding an issue re-renders only its neighbours.
 */
export function issueNeighbourhood(manifest: Manifest, index: number) {
  // Newest first: the next issue is the one before in the list.
  const near = (i: number) => (manifest.issues[i] ? { id: manifest.issues[i].id, date: manifest.issues[i].date } : null);
  return { next: near(index - 1), previous: near(index + 1) };
}

/**
 * Every group of the archive. `renderer` identifies the code and settings pages are rendered with
 * (the server bundle's hash, the site's address): a change there re-renders everything.
 */
export function listGroups(manifest: Manifest, list: EntityList, manifestHash: string, renderer: string): Group[] {
  const groups: Group[] = [];
  const manifestFile = dataPaths.manifest;
  manifest.issues.forEach((entry, index) => {
    groups.push({
      kind: 'issue',
      id: `issues/${entry.id}`,
      key: keyOf(renderer, entry.hash, issueNeighbourhood(manifest, index)),
      issueId: entry.id,
      // Before the inline script in index.html would find it in the manifest.
      preload: [dataPaths.issue(entry.id, entry.hash)],
    });
  });
  const latest = manifest.issues[0];
  groups.push({
    kind: 'page',
    id: 'home',
    path: paths.home.href(),
    // The front page is the newest issue's (or the empty archive's notice).
    key: keyOf(renderer, latest ? [latest.hash, issueNeighbourhood(manifest, 0)] : null),
    preload: latest ? [dataPaths.issue(latest.id, latest.hash)] : [],
  });
  // The archive lists every year and issue: it changes with any of them.
  groups.push({ kind: 'page', id: 'archive', path: paths.archive.href(), key: keyOf(renderer, manifestHash), preload: [] });
  const listFile = dataPaths.named(manifest.entities);
  for (const [id, path] of [
    ['people', paths.people.href()],
    ['places', paths.places.href()],
  ] as const) {
    groups.push({ kind: 'page', id, path, key: keyOf(renderer, manifest.entities), preload: [manifestFile, listFile] });
  }
  for (const entity of list.entities) {
    groups.push({
      kind: 'entity',
      id: `${entity.type}/${entity.id}`,
      // The page shows the entity's own file; the list only finds it.
      key: keyOf(renderer, entity.hash),
      type: entity.type,
      entityId: entity.id,
      preload: [manifestFile, listFile, dataPaths.entity(entity.type, entity.id, entity.hash)],
    });
  }
  return groups;
}
