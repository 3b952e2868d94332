import type { Locator } from '@playwright/test';
import { BasePage } from './base-page';

/** `/people/:id`, `/places/:id`. */
export class EntityPage extends BasePage {
  get name(): Locator {
    return this.main.getByRole('heading', { level: 1 });
  }

  get articles(): Locator {
    return this.main.getByTestId('entity-articles').getByRole('listitem').filter({ has: this.page.getByRole('heading', { level: 3 }) });
  }

  get articleTitles(): Locator {
    return this.main.getByTestId('entity-articles').getByRole('heading', { level: 3 });
  }

  get timeline(): Locator {
    return this.main.getByTestId('entity-timeline');
  }

  /** A person's roles over time, one row per role and period. */
  get roles(): Locator {
    return this.main.getByTestId('entity-roles').getByRole('listitem');
  }

  get header(): Locator {
    return this.main.locator('header').first();
  }

  /** Long article lists render a page at a time; this shows the next page. */
  get showMore(): Locator {
    return this.main.getByRole('button', { name: /显示更多/ });
  }

  async goto(type: 'person' | 'place', id: string): Promise<void> {
    await this.open(`/${type === 'person' ? 'people' : 'places'}/${encodeURIComponent(id)}`);
  }
}

/** `/issues`: calendar, date jump and list. */
export class ArchivePage extends BasePage {
  /** A calendar day's link, by ISO date. */
  day(date: string): Locator {
    return this.page.locator(`[data-testid="archive-calendar"] a[data-date="${date}"]`);
  }

  async gotoMonth(month: string): Promise<void> {
    await this.open(`/issues?month=${month}`);
  }

  get calendar(): Locator {
    return this.main.getByTestId('archive-calendar');
  }

  get years(): Locator {
    return this.main.getByRole('navigation', { name: '年份' }).getByRole('link');
  }

  get months(): Locator {
    return this.main.getByRole('navigation', { name: '月份' }).getByRole('link');
  }

  get listLinks(): Locator {
    return this.main.getByTestId('archive-list').getByRole('link');
  }

  get dateInput(): Locator {
    return this.main.getByLabel('跳到日期');
  }

  dayLink(date: string): Locator {
    return this.calendar.locator(`a[data-date="${date}"]`);
  }

  async goto(): Promise<void> {
    await this.open('/issues');
  }

  async jumpTo(date: string): Promise<void> {
    await this.dateInput.fill(date);
    await this.main.getByRole('button', { name: '前往' }).click();
  }
}

/** `/people`, `/places`. */
export class EntityListPage extends BasePage {
  get filter(): Locator {
    return this.main.getByRole('searchbox', { name: '筛选' });
  }

  get sort(): Locator {
    return this.main.getByRole('combobox', { name: '排序' });
  }

  get rows(): Locator {
    return this.main.getByTestId('entity-list').getByRole('listitem');
  }

  get names(): Locator {
    return this.rows.getByRole('link');
  }

  get count(): Locator {
    return this.main.getByTestId('entity-count');
  }

  async goto(type: 'people' | 'places'): Promise<void> {
    await this.open(`/${type}`);
  }
}
