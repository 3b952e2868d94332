import { describe, expect, it } from 'vitest';
import { isPrerenderedFor } from './prerendered';

describe('isPrerenderedFor', () => {
  const at = (pathname: string, search = '') => ({ pathname, search });
  it('matches the same address however it is written', () => {
    expect(isPrerenderedFor('/people/%E4%B9%A0', at('/people/%e4%b9%a0'))).toBe(true);
    expect(isPrerenderedFor('/people/%E4%B9%A0', at('/people/习/'))).toBe(true);
    expect(isPrerenderedFor('/', at('/'))).toBe(true);
  });
  it('refuses another page, or the same page with a query the HTML does not show', () => {
    expect(isPrerenderedFor('/', at('/search'))).toBe(false);
    expect(isPrerenderedFor('/issues/2020-01-01', at('/issues/2020-01-02'))).toBe(false);
    expect(isPrerenderedFor('/issues/a/articles/b', at('/issues/a/articles/b', '?hl=x'))).toBe(false);
    expect(isPrerenderedFor('/people/%E4%B9%A0', at('/people/%E4%B9%A0%'))).toBe(false);
  });
});
