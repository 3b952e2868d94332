import { describe, expect, it } from 'vitest';
import { isFileNameId } from './paths';

describe('isFileNameId', () => {
  it('accepts names, dots inside included', () => {
    for (const id of ['株洲市', '顾峰', 'A.B', '...', '.hidden']) expect(isFileNameId(id)).toBe(true);
  });
  it('rejects what could leave its folder or name no file', () => {
    for (const id of ['', '.', '..', '../list', 'a/b', '/abs', 'a\\b', '..\\list']) expect(isFileNameId(id)).toBe(false);
  });
});
