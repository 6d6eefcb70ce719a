import { test, expect } from './fixtures';

test('switching the language changes the interface, the html lang and dates, and survives a reload', async ({ page }) => {
  await page.goto('/internships/almaty-academy-research-center-law');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Русский' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('button', { name: 'Русский' })).toHaveAttribute('aria-pressed', 'true');
  const nav = page.getByRole('navigation', { name: 'Разделы' });
  await expect(nav.getByRole('link', { name: 'Стажировки' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Правовая стажировка в Научно-исследовательском центре Алматинской академии МВД');
  await expect(page.locator('.deadline-line')).toContainText('26 ноября 2026\u00a0г.');
  await expect(page.locator('.deadline-line')).toContainText('осталось 3 дня');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('.deadline-line')).toContainText('осталось 3 дня');

  await page.getByRole('button', { name: 'Қазақша' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(page.locator('.deadline-line')).toContainText('26 қараша 2026\u00a0ж.');
  await expect(page.locator('.deadline-line')).toContainText('3 күн қалды');
});

test.describe('a first visit', () => {
  test.use({ locale: 'kk-KZ' });
  test('follows the browser’s preferred language', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    await expect(page.getByRole('button', { name: 'Қазақша' })).toHaveAttribute('aria-pressed', 'true');
  });
});

test('content missing in the reader’s language falls back and is marked with its own language', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('portal.lang', 'kk'));
  await page.goto('/internships/almaty-academy-research-center-law');
  // The description has Russian and English only: Kazakh readers get the English, marked as such.
  const description = page.locator('.rich-text');
  await expect(description).toHaveAttribute('lang', 'en');
  await expect(description).toContainText('An internship for law students');
  // The title exists in Kazakh and carries no language of its own.
  await expect(page.getByRole('heading', { level: 1 }).locator('[lang]')).toHaveCount(0);
});

test('counts and plurals follow each language', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('portal.lang', 'ru'));
  await page.goto('/partners');
  await expect(page.locator('.match-count')).toHaveText('17 партнёров');
  await page.goto('/news');
  await expect(page.locator('.match-count')).toHaveText(/^3 /);
});
