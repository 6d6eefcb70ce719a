import { test, expect } from './fixtures';

// An address without a language (an old link, a feed's, one shared from the portal) is answered
// by the server (deploy/nginx-site.conf) with the reader's language, before any page is loaded.

test('the server sends a reader to the first of their browser\'s languages the portal has', async ({ request }) => {
  const response = await request.get('/internships?q=law', { headers: { 'Accept-Language': 'de-DE,de;q=0.9,ru;q=0.8,en;q=0.7' }, maxRedirects: 0 });
  expect(response.status()).toBe(302);
  expect(new URL(response.headers().location).pathname + new URL(response.headers().location).search).toBe('/ru/internships?q=law');
});

test('the language last read on the device comes before the browser\'s', async ({ request }) => {
  const response = await request.get('/partners/kaznu', { headers: { 'Accept-Language': 'ru', Cookie: 'lang=kk' }, maxRedirects: 0 });
  expect(response.status()).toBe(302);
  expect(new URL(response.headers().location).pathname).toBe('/kk/partners/kaznu');
});

test('files and addresses that name a language are served as they are', async ({ request }) => {
  for (const path of ['/robots.txt', '/sitemap.xml', '/en/internships', '/kk/']) {
    const response = await request.get(path, { headers: { 'Accept-Language': 'ru' }, maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
  }
});

test('with no language to go by, the page is served and its script decides', async ({ request }) => {
  const response = await request.get('/internships', { headers: { 'Accept-Language': 'de' }, maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('data-language-redirect');
});

test.describe('a reader whose browser is in Russian', () => {
  test.use({ locale: 'ru-RU' });
  test('opens an address without a language in Russian with one page load', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto('/news');
    await expect(page).toHaveURL(/\/ru\/news$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Новости');
    // The page that loaded is the Russian one: the script that would have sent the reader on
    // from the English page was never needed.
    expect(scripts.filter((url) => /\/language-[0-9a-f]{16}\.js$/.test(url))).toEqual([]);
  });
});
