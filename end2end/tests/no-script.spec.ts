import { test, expect } from '@playwright/test';

// With JavaScript off, every page is still there: readable, and its links lead to other pages.

test('the pages are readable and their links work as plain links', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Social partnership in education');
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Internships' }).click();
  await expect(page).toHaveURL(/\/internships$/);
  await expect(page).toHaveTitle('Internships · Social Partnership Portal');
  await expect(page.locator('ul.cards > li')).toHaveCount(10);
  await page.getByRole('link', { name: 'Teaching practice in schools of the Abai region' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Teaching practice in schools of the Abai region');
  await expect(page.getByText('Apply by')).toBeVisible();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Partners' }).click();
  await expect(page.locator('ul.cards > li')).toHaveCount(17);
  await page.getByRole('link', { name: /Osh State University/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Osh State University');
});

for (const path of ['/programs/kaznu-upenn-law-double-degree', '/news/kaznu-round-table-social-partnership-education', '/network', '/news', '/programs']) {
  test(`${path} shows its content without JavaScript`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('main')).not.toContainText('Loading');
    expect((await page.locator('main').innerText()).length).toBeGreaterThan(200);
  });
}

test('an unknown address answers 404 with the not-found page', async ({ page }) => {
  const response = await page.goto('/partners/no-such-partner');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Social partnership in education');
});

test('an unknown address that names a language answers in that language', async ({ page }) => {
  const response = await page.goto('/kk/partners/no-such-partner');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Бет табылмады');
  await page.getByRole('link', { name: 'Басты бетке өту' }).click();
  await expect(page).toHaveURL(/\/kk\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Білім берудегі әлеуметтік серіктестік');
});

test('controls that need the app are not shown: nothing on the page does nothing', async ({ page }) => {
  await page.goto('/internships');
  await expect(page.locator('ul.cards > li').first()).toBeVisible();
  await expect(page.locator('.match-count')).toHaveText('10 internships');
  await expect(page.locator('.search-box').getByRole('searchbox')).toBeHidden();
  await expect(page.getByRole('group', { name: 'Filters' })).toBeHidden();
  await expect(page.getByRole('link', { name: /^Past/ })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Save' }).first()).toBeHidden();
  await expect(page.getByRole('link', { name: /Saved/ })).toBeHidden();
});

test('the language links work without JavaScript, and each page is written in its language', async ({ page }) => {
  await page.goto('/internships');
  await page.getByRole('link', { name: 'Қазақша' }).click();
  await expect(page).toHaveURL(/\/kk\/internships$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Тағылымдамалар');
  await page.getByRole('navigation', { name: 'Бөлімдер' }).getByRole('link', { name: 'Серіктестер' }).click();
  await expect(page).toHaveURL(/\/kk\/partners$/);
  await expect(page.locator('ul.cards > li')).toHaveCount(17);
});

test('the header search is a plain form: its results page says search needs JavaScript and links to the lists', async ({ page }) => {
  await page.goto('/en/internships');
  const field = page.getByRole('searchbox', { name: 'Search the portal' });
  await field.fill('law');
  await field.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\?q=law$/);
  await expect(page.getByText('Search needs JavaScript. Browse the lists instead:')).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Internships' }).click();
  await expect(page).toHaveURL(/\/en\/internships$/);
  await expect(page.locator('ul.cards > li').first()).toBeVisible();
});
