import { describe, expect, it } from 'vitest';
import { searchableIssueSchema, searchDocsSchema, searchManifestSchema } from '../../../schema/search-data';
import { warmUp, WARM_UP_FILES } from './warm-up';

describe('warm-up', () => {
  // A made-up file the schema refused would warm only zod's first steps and its error path.
  it('checks files that pass the schemas of a first search all the way', () => {
    expect(searchManifestSchema.safeParse(WARM_UP_FILES.manifest).success).toBe(true);
    expect(searchDocsSchema.safeParse(WARM_UP_FILES.docs).success).toBe(true);
    expect(searchableIssueSchema.safeParse(WARM_UP_FILES.issue).success).toBe(true);
    expect(warmUp()).toBe(true);
  });
});
