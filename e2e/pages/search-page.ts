import type { Locator } from '@playwright/test';
import { BasePage } from './base-page';

/** `/search?q=…` and the search box in the site header. */
export class SearchPage extends BasePage {
  get input(): Locator {
    return this.page.getByTestId('search-input');
  }

  /** The result that links to an article, found by the article's URL path. */
  result(issueId: string, articleId: string): Locator {
    return this.results.filter({ has: this.page.locator(`a[href^="/issues/${issueId}/articles/${articleId}"]`) });
  }

  /** Types into the focused box as an input method does: marked, uncommitted text (Chromium's IME events). */
  async compose(text: string): Promise<void> {
    const cdp = await this.page.context().newCDPSession(this.page);
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  }

  /** Commits the composition in progress as `text`, as choosing a candidate in an input method does. */
  async commit(text: string): Promise<void> {
    const cdp = await this.page.context().newCDPSession(this.page);
    await cdp.send('Input.insertText', { text });
  }

  get resultCount(): Locator {
    return this.page.getByTestId('result-count');
  }

  get results(): Locator {
    return this.page.getByTestId('search-results').getByRole('listitem');
  }

  /** Results whose issue file could not be read: shown by date, with a retry. */
  get unreadableResults(): Locator {
    return this.results.filter({ has: this.page.getByTestId('unreadable-result') });
  }

  get resultLinks(): Locator {
    return this.results.getByRole('heading', { level: 2 }).getByRole('link');
  }

  /** Says the query was cut to the longest one searched. */
  get queryCapNote(): Locator {
    return this.main.getByTestId('query-cap-note');
  }

  get noResults(): Locator {
    return this.page.getByTestId('no-results');
  }

  get suggestions(): Locator {
    return this.page.getByTestId('pinyin-suggestions');
  }

  get marks(): Locator {
    return this.main.locator('mark');
  }

  /** A filter value (year, person, place, byline) in the named filter group. */
  facet(group: string, label: string): Locator {
    return this.main.getByRole('region', { name: group }).getByRole('link', { name: new RegExp(`^${label}\\s*\\d+$`) });
  }

  /** On phones: the button at the top of the results that opens the filters. */
  get filterButton(): Locator {
    return this.main.getByRole('button', { name: /^筛选/ });
  }

  /** On phones: the sheet of filters that button opens. */
  get filterSheet(): Locator {
    return this.page.getByRole('dialog', { name: '筛选' });
  }

  async goto(query = ''): Promise<void> {
    await this.open(query ? `/search?q=${encodeURIComponent(query)}` : '/search');
  }

  /** Types into the header box key by key and presses Enter: the full-text results at /search. */
  async search(query: string): Promise<void> {
    await this.type(query);
    await this.input.press('Enter');
  }

  /** The header box's dropdown of suggestions (people, places, titles, then the full-text row). */
  get suggestionList(): Locator {
    return this.page.getByRole('listbox', { name: '搜索建议' });
  }

  get suggestionOptions(): Locator {
    return this.suggestionList.getByRole('option');
  }

  /** Types into the header box key by key, as a reader would (suggestions only, off the search page). */
  async type(query: string): Promise<void> {
    await this.input.click();
    await this.input.clear();
    await this.input.pressSequentially(query, { delay: 20 });
  }
}
