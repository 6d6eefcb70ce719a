import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

const routes = [
  '/',
  '/partners',
  '/partners/kaznu',
  '/internships',
  '/internships?view=past',
  '/internships/almaty-academy-research-center-law',
  '/programs',
  '/programs/kaznu-upenn-law-double-degree',
  '/news',
  '/news/kaznu-round-table-social-partnership-education',
  '/network',
  '/saved',
  '/edit',
  '/no/such/page',
];
const languages = ['kk', 'ru', 'en'];

for (const lang of languages) {
  test.describe(`in ${lang}`, () => {
    for (const route of routes) {
      test(`${route} has no axe violations (WCAG 2.1 AA and best practice)`, async ({ page }) => {
        await page.goto(`/${lang}${route}`);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.locator('.loading')).toHaveCount(0);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  });
}

test('the low-vision mode has no contrast or other violations and is kept across visits', async ({ page }) => {
  await page.goto('/en/internships');
  await page.getByRole('button', { name: 'Low vision' }).click();
  await expect(page.locator('html')).toHaveClass(/low-vision/);
  const size = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  expect(parseFloat(size)).toBeGreaterThanOrEqual(20);
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/low-vision/);
  await expect(page.getByRole('button', { name: 'Low vision' })).toHaveAttribute('aria-pressed', 'true');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test.describe('with a dark system theme', () => {
  test.use({ colorScheme: 'dark' });
  test('colours keep AA contrast', async ({ page }) => {
    await page.goto('/en/internships/almaty-academy-research-center-law');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

test('a skip link leads past the header to the content', async ({ page }) => {
  await page.goto('/en/partners');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('after navigating, focus is on the new page’s heading and the page is announced', async ({ page }) => {
  await page.goto('/en/');
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Programs' }).click();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Joint programs');
  await expect(heading).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Joint programs: page loaded' })).toBeAttached();
});

test('filters and save buttons can be used with the keyboard alone', async ({ page }) => {
  await page.goto('/en/internships');
  const law = page.getByRole('checkbox', { name: /^Law/ });
  await law.focus();
  await page.keyboard.press('Space');
  await expect(page.locator('.match-count')).toHaveText('4 of 10 match');
  const save = page.locator('ul.cards > li').first().getByRole('button', { name: 'Save' });
  await save.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('ul.cards > li').first().getByRole('button', { name: 'Saved' })).toHaveAttribute('aria-pressed', 'true');
});

// Kazakh's long words are the test: an agreement's status once ran a card off a phone's edge.
for (const lang of languages) {
  for (const width of [320, 640]) {
    test(`at ${width} px wide (or 200% zoom) nothing scrolls sideways in ${lang}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      for (const route of ['/', '/internships', '/internships/almaty-academy-research-center-law', '/partners', '/partners/kaznu', '/network', '/programs']) {
        await page.goto(`/${lang}${route}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, route).toBeLessThanOrEqual(0);
      }
    });
  }
}

// Screenshots for a person to look at (end2end/screenshots/): phone and desktop, every language.
for (const lang of languages) {
  for (const [device, width] of [['phone', 360], ['desktop', 1280]] as const) {
    test(`screenshots of the main pages in ${lang} on a ${device}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      // Two saved internships, so that the saved page shows its cards.
      await page.addInitScript(() => localStorage.setItem('portal.saved', 'almaty-academy-research-center-law steppe-digital-software-internship'));
      for (const [name, route] of [
        ['home', '/'], ['internships', '/internships'], ['internship', '/internships/almaty-academy-research-center-law'],
        ['partners', '/partners'], ['partner', '/partners/kaznu'], ['network', '/network'], ['saved', '/saved'],
      ]) {
        await page.goto(`/${lang}${route}`);
        await expect(page.locator('.loading')).toHaveCount(0);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        // Cards below the screen are drawn only as they come near it (content-visibility), and a
        // picture past the window would show them blank: the window is as tall as the page.
        await page.setViewportSize({ width, height: await page.evaluate(() => document.documentElement.scrollHeight) });
        await page.evaluate(() => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))));
        await page.screenshot({ path: join(__dirname, '..', 'screenshots', `${name}-${lang}-${device}.png`), fullPage: true });
        await page.setViewportSize({ width, height: 900 });
      }
    });
  }
}
