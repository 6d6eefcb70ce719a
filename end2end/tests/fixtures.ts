import { test as base, expect, type Page } from '@playwright/test';

/** "Today" for every test: deadlines in the bundled content are written against this day. */
export const TODAY = new Date('2026-11-23T10:00:00');

/**
 * Every test runs on 23 November 2026 against pages served with the production
 * Content-Security-Policy, and fails on an uncaught error in the page or on any CSP violation:
 * a crash is never an acceptable way to show bad input, and the policy must hold everywhere.
 */
export const test = base.extend<{ pageGuards: void }>({
  // Every page is prerendered: it shows at once, and the app takes it over when the content has
  // loaded. Tests act on the app, so opening or reloading a page waits for that, unless the test
  // asks for `waitUntil: 'commit'` to look at the page before.
  page: async ({ page }, use) => {
    const takenOver = () => page.waitForFunction(() => !document.body?.hasAttribute('data-prerendered'));
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      if (options?.waitUntil !== 'commit') await takenOver();
      return response;
    };
    const reload = page.reload.bind(page);
    page.reload = async (options) => {
      const response = await reload(options);
      if (options?.waitUntil !== 'commit') await takenOver();
      return response;
    };
    await use(page);
  },
  pageGuards: [
    async ({ page }, use) => {
      const errors: string[] = [];
      const violations: string[] = [];
      const blocked: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.text().includes('Content Security Policy')) violations.push(message.text());
        // A stylesheet or script whose bytes are not those its page's integrity names.
        if (message.text().includes("'integrity'")) blocked.push(message.text());
      });
      await page.clock.setFixedTime(TODAY);
      await use();
      expect(errors, 'uncaught errors in the page').toEqual([]);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
      expect(blocked, 'files blocked by their integrity').toEqual([]);
    },
    { auto: true },
  ],
});

/** Holds the responses to `url` (a glob) until the returned function is called: content on its way. */
export async function holdResponses(page: Page, url: string): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

export { expect };
