import { test, expect, holdResponses } from './fixtures';

test('switching the language opens the same page in it, kept in the address, and survives a reload', async ({ page }) => {
  await page.goto('/en/internships/almaty-academy-research-center-law');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(/\/ru\/internships\/almaty-academy-research-center-law$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('link', { name: 'Русский' })).toHaveAttribute('aria-current', 'true');
  const nav = page.getByRole('navigation', { name: 'Разделы' });
  await expect(nav.getByRole('link', { name: 'Стажировки' })).toHaveAttribute('href', '/ru/internships');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Правовая стажировка в Научно-исследовательском центре Алматинской академии МВД');
  await expect(page.locator('.deadline-line')).toContainText('26 ноября 2026\u00a0г.');
  await expect(page.locator('.deadline-line')).toContainText('осталось 3 дня');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('.deadline-line')).toContainText('осталось 3 дня');

  await page.getByRole('link', { name: 'Қазақша' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(page.locator('.deadline-line')).toContainText('26 қараша 2026\u00a0ж.');
  await expect(page.locator('.deadline-line')).toContainText('3 күн қалды');
});

test('the language link keeps the search and filters of the list', async ({ page }) => {
  await page.goto('/en/internships?field=law');
  await expect(page.locator('.match-count')).toHaveText('4 of 10 match');
  await page.getByRole('link', { name: 'Қазақша' }).click();
  await expect(page).toHaveURL(/\/kk\/internships\?field=law$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(page.getByRole('group', { name: 'Сүзгілер' }).getByRole('checkbox', { checked: true })).toHaveCount(1);
  await expect(page.locator('ul.cards > li')).toHaveCount(4);
});

test.describe('an address without a language', () => {
  test.use({ locale: 'kk-KZ' });
  test('opens in the browser’s preferred language, drawn in it from the first frame', async ({ page }) => {
    // The content is held back, so what is on screen is the prerendered page, before the app.
    const release = await holdResponses(page, '**/data/internships.json');
    await page.goto('/internships', { waitUntil: 'commit' });
    await page.waitForURL(/\/kk\/internships$/);
    await expect(page.locator('body[data-prerendered]')).toHaveCount(1);
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Тағылымдамалар');
    await expect(page.getByRole('link', { name: 'Қазақша' })).toHaveAttribute('aria-current', 'true');
    release();
    await expect(page.locator('body[data-prerendered]')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Тағылымдамалар');
  });

  test('opens in the language chosen before on this device', async ({ page }) => {
    await page.goto('/en/news');
    await page.getByRole('link', { name: 'Русский' }).click();
    await expect(page).toHaveURL(/\/ru\/news$/);
    await page.goto('/partners/kaznu?x=1#top');
    await expect(page).toHaveURL(/\/ru\/partners\/kaznu\?x=1#top$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  });
});

test('a copied link names the page’s language, so its preview shows what the sharer saw; the recipient switches in one tap', async ({ page, context, baseURL, request }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/kk/internships/kaznu-law-clinic-internship');
  await page.getByRole('button', { name: 'Сілтемені көшіру' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Сілтеме көшірілді' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(`${baseURL}/kk/internships/kaznu-law-clinic-internship`);
  // A link preview reads the page without script: the Kazakh page, with its Kazakh card.
  const html = await (await request.get(link)).text();
  expect(html).toContain('<html lang="kk"');
  expect(html).toMatch(/<meta property="og:title" content="[^"]*[ӘәҒғҚқҢңӨөҰұҮүІі][^"]*"/);
  // The recipient's browser prefers English: the link still opens in Kazakh, and English is one tap.
  const recipient = await context.browser()!.newPage({ locale: 'en-GB' });
  await recipient.goto(link);
  await expect(recipient).toHaveURL(/\/kk\/internships\/kaznu-law-clinic-internship$/);
  await expect(recipient.locator('html')).toHaveAttribute('lang', 'kk');
  await recipient.getByRole('link', { name: 'English' }).click();
  await expect(recipient).toHaveURL(/\/en\/internships\/kaznu-law-clinic-internship$/);
  await recipient.close();
});

test('content missing in the reader’s language falls back and is marked with its own language', async ({ page }) => {
  await page.goto('/kk/internships/almaty-academy-research-center-law');
  // The description has Russian and English only: Kazakh readers get the Russian, marked as such.
  const description = page.locator('.rich-text');
  await expect(description).toHaveAttribute('lang', 'ru');
  await expect(description).toContainText('Стажировка для студентов-юристов');
  // The title exists in Kazakh and carries no language of its own.
  await expect(page.getByRole('heading', { level: 1 }).locator('[lang]')).toHaveCount(0);
});

test('counts and plurals follow each language', async ({ page }) => {
  await page.goto('/ru/partners');
  await expect(page.locator('.match-count')).toHaveText('17 партнёров');
  await page.goto('/ru/news');
  await expect(page.locator('.match-count')).toHaveText(/^3 /);
});
