import { test as base, expect } from '@playwright/test';

/** "Today" for every test: deadlines in the bundled content are written against this day. */
export const TODAY = new Date('2026-11-23T10:00:00');

/**
 * Every test runs on 23 November 2026 and fails on an uncaught error in the page: a crash is
 * never an acceptable way to show bad input.
 */
export const test = base.extend<{ pageErrors: Error[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: Error[] = [];
      page.on('pageerror', (error) => errors.push(error));
      await page.clock.setFixedTime(TODAY);
      await use(errors);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
