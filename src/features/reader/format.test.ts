import { describe, expect, it } from 'vitest';
import { excerpt, pageLabel } from './format';

describe('excerpt', () => {
  it('cuts by code points and marks the cut', () => {
    expect(excerpt('一二三四', 2)).toBe('一二…');
    expect(excerpt('一二', 2)).toBe('一二');
    expect(excerpt('𠀀𠀁𠀂', 2)).toBe('𠀀𠀁…');
  });
});

describe('pageLabel', () => {
  it('names the front page, with its page number when the edition override gives one', () => {
    expect(pageLabel(undefined)).toBe('头版');
    expect(pageLabel('A1')).toBe('头版 · A1版');
    expect(pageLabel('A01')).toBe('头版 · A01版');
    expect(pageLabel('头版')).toBe('头版');
    expect(pageLabel('B3')).toBe('B3版');
    expect(pageLabel('B3版')).toBe('B3版');
  });
});
