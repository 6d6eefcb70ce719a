import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, holdResponses } from './fixtures';

// What a visitor sees when an editor's mistake reaches the published files: the files are
// replaced in flight, the bundled ones stay untouched.
const bundled = (file: string) => readFileSync(join(__dirname, '../../public/data', file), 'utf8');

test('a file that is not valid JSON names the file, line and column, and the other sections still work', async ({ page }) => {
  // A comma forgotten after the first partner's id.
  const broken = bundled('partners.json').replace('"id": "kaznu",', '"id": "kaznu"');
  await page.route('**/data/partners.json', (route) => route.fulfill({ contentType: 'application/json', body: broken }));
  await page.goto('/en/partners');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(/partners\.json has a mistake at line \d+, column \d+/);
  await expect(alert).toContainText('a comma is missing');
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Internships' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Internships');
  await expect(page.locator('ul.cards > li')).toHaveCount(10);
  // Without partners the host is shown by its id, not as a broken link.
  await expect(page.locator('ul.cards > li').first()).toContainText('almaty-academy-mia');
});

test('an invalid item is left out and the rest of its list is shown', async ({ page }) => {
  const data = JSON.parse(bundled('internships.json'));
  data.items[0].deadline = '2026-02-30';
  await page.route('**/data/internships.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(data, null, 2) }));
  await page.goto('/en/internships');
  await expect(page.locator('.match-count')).toHaveText('9 internships');
  await expect(page.getByRole('link', { name: data.items[0].title.en })).toHaveCount(0);
  await page.goto(`/en/internships/${data.items[0].id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('a failed request shows a message and a retry button that loads the section', async ({ page }) => {
  let failures = 1;
  await page.route('**/data/news.json', async (route) => {
    if (failures-- > 0) return route.fulfill({ status: 503, body: 'Service Unavailable' });
    return route.continue();
  });
  await page.goto('/en/news');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('news.json is unavailable');
  await expect(alert).toContainText('HTTP 503');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('ul.cards > li')).toHaveCount(3);
});

test('a missing data file answered with the app page is reported, not read as content', async ({ page }) => {
  await page.route('**/data/programs.json', (route) => route.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><html></html>' }));
  await page.goto('/en/programs');
  await expect(page.getByRole('alert')).toContainText('sent a web page instead of the data file');
});

test('a file saved in another encoding than UTF-8 is reported with where it is, not shown garbled', async ({ page }) => {
  // "Ош" in a Russian title, written in Windows-1251 as an old editor might save it: valid JSON,
  // but not UTF-8.
  const text = bundled('programs.json');
  const at = text.indexOf('"ru": "') + '"ru": "'.length;
  const bytes = Buffer.concat([Buffer.from(text.slice(0, at), 'utf8'), Buffer.from([0xce, 0xf8]), Buffer.from(text.slice(at), 'utf8')]);
  await page.route('**/data/programs.json', (route) => route.fulfill({ contentType: 'application/json', body: bytes }));
  await page.goto('/en/programs');
  // Where the text stops being UTF-8, as an editor's status bar counts it.
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(`programs.json has a mistake at line ${line}, column ${column}.`);
  await expect(alert).toContainText('the file is not UTF-8 text; save it with the UTF-8 encoding');
});

test('nothing in a content file runs script or becomes a javascript: link', async ({ page }) => {
  const data = JSON.parse(bundled('news.json'));
  const item = data.items[0];
  item.body = { en: 'Hello <script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2">\n\n[click me](javascript:window.__pwned=3) and [the site](https://www.kaznu.kz)' };
  item.source = 'javascript:alert(1)';
  await page.route('**/data/news.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(data) }));
  await page.goto('/en/news');
  // The item with a script source link is invalid and left out; the others remain.
  await expect(page.locator('ul.cards > li')).toHaveCount(2);

  delete item.source;
  await page.unroute('**/data/news.json');
  await page.route('**/data/news.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(data) }));
  await page.goto(`/en/news/${item.id}`);
  const body = page.locator('.rich-text');
  await expect(body).toContainText('<script>window.__pwned = 1</script>');
  await expect(body).toContainText('<img src=x onerror="window.__pwned = 2">');
  await expect(body.locator('script, img')).toHaveCount(0);
  await expect(body.getByText('click me')).toBeVisible();
  await expect(body.getByRole('link', { name: 'click me' })).toHaveCount(0);
  await expect(body.getByRole('link', { name: 'the site' })).toHaveAttribute('href', 'https://www.kaznu.kz');
  await body.getByText('click me').click();
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
});

test('while the content is on its way the prerendered page is readable, and the app takes over when it arrives', async ({ page }) => {
  const release = await holdResponses(page, '**/data/partners.json');
  await page.goto('/en/partners', { waitUntil: 'commit' });
  await expect(page.locator('ul.cards > li')).toHaveCount(17);
  await expect(page.locator('body[data-prerendered]')).toHaveCount(1);
  release();
  await expect(page.locator('body[data-prerendered]')).toHaveCount(0);
  await expect(page.locator('ul.cards > li')).toHaveCount(17);
  await expect(page.locator('.loading')).toHaveCount(0);
});
