import { describe, expect, it } from 'vitest';
import { excerpt } from './format';

describe('excerpt', () => {
  it('cuts by code points and marks the cut', () => {
    expect(excerpt('一二三四', 2)).toBe('一二…');
    expect(excerpt('一二', 2)).toBe('一二');
    expect(excerpt('𠀀𠀁𠀂', 2)).toBe('𠀀𠀁…');
  });
});
