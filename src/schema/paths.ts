/** Files of the generated data, relative to the data folder (public/data/ when built). */
export const dataFiles = {
  manifest: 'manifest.json',
  issue: (issueId: string) => `issues/${issueId}.json`,
  entities: 'entities.json',
} as const;

/** URLs of the generated data, relative to the site root; the app fetches these. */
export const dataPaths = {
  manifest: `data/${dataFiles.manifest}`,
  issue: (issueId: string) => `data/${dataFiles.issue(issueId)}`,
  entities: `data/${dataFiles.entities}`,
} as const;
