import { test, expect } from './fixtures';

// The same site built with PUBLIC_URL=/partnership/ and served under that path.
test('under a sub-path, pages, links, deep links and data all stay inside it', async ({ page }) => {
  await page.goto('/partnership/');
  await expect(page).toHaveURL(/\/partnership\/en\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Social partnership in education');
  await expect(page.getByRole('list', { name: 'The network in numbers' })).toContainText('17');
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Internships' }).click();
  await expect(page).toHaveURL(/\/partnership\/en\/internships$/);
  await expect(page.locator('ul.cards > li')).toHaveCount(10);
  await page.getByRole('group', { name: 'Filters' }).getByRole('checkbox', { name: /^Law/ }).check();
  await expect(page).toHaveURL(/\/partnership\/en\/internships\?field=law$/);
  await page.reload();
  await expect(page.locator('.match-count')).toHaveText('4 of 10 match');

  await page.goto('/partnership/en/partners/kaznu');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Al-Farabi Kazakh National University');
  await page.getByRole('region', { name: 'Internships' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/partnership\/en\/internships\/[a-z0-9-]+$/);

  await page.goto('/partnership/network');
  await expect(page).toHaveURL(/\/partnership\/en\/network$/);
  await expect(page.getByRole('group', { name: 'Map of partners' }).getByRole('link', { name: /^Almaty: / })).toHaveAttribute('href', '/partnership/en/partners?country=KZ&city=almaty');

  await page.goto('/partnership/no/such/page');
  await expect(page).toHaveURL(/\/partnership\/en\/no\/such\/page$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  const missing = await page.goto('/partnership/kk/no/such/page');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Бет табылмады');

  await page.goto('/partnership/en/internships');
  await page.getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(/\/partnership\/ru\/internships$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Стажировки');
});
