import { describe, expect, it } from 'vitest';
import { formatSavedAt } from './format';

describe('formatSavedAt', () => {
  it('writes the local day as every other date in the app, then the time', () => {
    const saved = new Date(2024, 2, 5, 9, 7);
    expect(formatSavedAt(saved.toISOString())).toBe('2024年3月5日 09:07');
  });

  it('shows text that is not a time as it is', () => {
    expect(formatSavedAt('soon')).toBe('soon');
  });
});
