import { test, expect } from './fixtures';

const lists = [
  { path: '/partners', label: 'Search partners', total: '17 partners', query: 'ОШ', expected: 'Osh State University', count: '3 of 17 match' },
  { path: '/internships', label: 'Search internships', total: '10 internships', query: 'педагогическая', expected: 'Teaching practice in schools of the Abai region', count: '1 of 10 match' },
  { path: '/programs', label: 'Search programs', total: '8 programs', query: 'wismar', expected: 'Law: KazNU – Hochschule Wismar double-diploma programme', count: '1 of 8 match' },
  { path: '/news', label: 'Search news', total: '3 news items', query: 'ШОС', expected: 'KazNU Rector takes part in the forum of the Association of Law Schools of the SCO countries', count: '1 of 3 match' },
];

for (const { path, label, total, query, expected, count } of lists) {
  test(`${path}: the search field narrows the list as one types and says how many match`, async ({ page }) => {
    await page.goto(`/en${path}`);
    const search = page.getByRole('searchbox', { name: label });
    await expect(page.locator('.match-count')).toHaveText(total);
    await search.pressSequentially(query);
    await expect(page.locator('.match-count')).toHaveText(count);
    await expect(page.locator('ul.cards > li').first()).toContainText(expected);
    await search.fill('zzzz-nothing');
    await expect(page.locator('ul.cards > li')).toHaveCount(0);
    await expect(page.locator('.match-count')).toContainText('0 of');
    await expect(page.getByText('Nothing matches.')).toBeVisible();
    await search.fill('');
    await expect(page.locator('.match-count')).toHaveText(total);
  });
}

test('Kazakh letters are found from a keyboard without them, and case does not matter', async ({ page }) => {
  await page.goto('/en/partners');
  const search = page.getByRole('searchbox', { name: 'Search partners' });
  await search.fill('ҚАЗАҚ');
  const first = await page.locator('.match-count').textContent();
  await search.fill('казак');
  await expect(page.locator('.match-count')).toHaveText(first!);
  await expect(page.locator('ul.cards')).toContainText('Al-Farabi Kazakh National University');
});

test('a student types “IT” and finds first the internship that asks for IT students', async ({ page }) => {
  // Said only in who may apply: "Студенты 3–4 курсов IT-специальностей ЕНУ".
  await page.goto('/ru/internships');
  await page.getByRole('searchbox', { name: 'Поиск стажировок' }).fill('IT');
  await expect(page.locator('ul.cards > li').first()).toContainText('Стажировка по разработке ПО в Steppe Digital');
});

test('the search text is in the URL: a reload or a shared link shows the same list', async ({ page }) => {
  await page.goto('/en/internships');
  await page.getByRole('searchbox', { name: 'Search internships' }).fill('law');
  await expect(page).toHaveURL(/\?q=law$/);
  const matched = await page.locator('.match-count').textContent();
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search internships' })).toHaveValue('law');
  await expect(page.locator('.match-count')).toHaveText(matched!);
  await page.goto('/en/internships?q=%D0%B0%D0%B1%D0%B0%D0%B9');
  await expect(page.getByRole('searchbox', { name: 'Search internships' })).toHaveValue('абай');
  await expect(page.locator('ul.cards > li').first()).toContainText('Abai region');
});

test('the news list is paged too: the page is in the URL, and searching starts again from the first page', async ({ page }) => {
  // Forty-five news items, served in place of the bundled file.
  const data = await (await page.request.get('/data/news.json')).json();
  const template = data.items[0];
  data.items = Array.from({ length: 45 }, (_, i) => ({
    ...template,
    id: `generated-news-${i + 1}`,
    title: { ...template.title, en: `Generated news item number-${i + 1}` },
    date: `2026-10-${String((i % 28) + 1).padStart(2, '0')}`,
  }));
  await page.route('**/data/news.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(data) }));
  await page.goto('/en/news');
  const cards = page.locator('ul.cards > li');
  await expect(page.locator('.match-count')).toHaveText('45 news items');
  await expect(cards).toHaveCount(20);
  const pages = page.getByRole('navigation', { name: 'Pages' });
  await expect(pages).toContainText('Page 1 of 3');
  await expect(pages.getByRole('link', { name: 'Previous page' })).toHaveCount(0);
  await pages.getByRole('link', { name: 'Next page' }).click();
  await pages.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/\/news\?page=3$/);
  await expect(pages).toContainText('Page 3 of 3');
  await expect(cards).toHaveCount(5);
  await page.goBack();
  await expect(pages).toContainText('Page 2 of 3');
  await expect(cards).toHaveCount(20);

  const search = page.getByRole('searchbox', { name: 'Search news' });
  await search.fill('number-1');
  await expect(page).toHaveURL(/\/news\?q=number-1$/);
  // number-1 and number-10 to number-19.
  await expect(page.locator('.match-count')).toHaveText('11 of 45 match');
  await expect(pages).toHaveCount(0);
  await expect(cards).toHaveCount(11);
});

test('a partner filter starts the list again from its first page', async ({ page }) => {
  const data = await (await page.request.get('/data/partners.json')).json();
  const template = data.items.find((p) => p.country === 'KZ');
  data.items = data.items.concat(Array.from({ length: 30 }, (_, i) => ({ ...template, id: `generated-partner-${i + 1}`, name: { ...template.name, en: `Generated partner ${i + 1}` } })));
  await page.route('**/data/partners.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(data) }));
  await page.goto('/en/partners?page=2');
  const pages = page.getByRole('navigation', { name: 'Pages' });
  await expect(pages).toContainText('Page 2 of 3');
  await page.getByRole('group', { name: 'Filters' }).getByLabel('Country').selectOption('KG');
  await expect(page).toHaveURL(/\/partners\?country=KG$/);
  await expect(pages).toHaveCount(0);
});

test('on a Kazakh page a label is found by its name in Russian or English, and the page stays in Kazakh', async ({ page }) => {
  // Each language's words arrive apart from the app; the labels of all three stay with it.
  await page.goto('/kk/internships');
  const search = page.getByRole('searchbox', { name: 'Тағылымдамаларды іздеу' });
  for (const country of ['Китай', 'China', 'Қытай']) {
    await search.fill(country);
    await expect(page.locator('.match-count')).toHaveText('Табылды: 2 / 10');
    await expect(page.locator('ul.cards > li').first()).toContainText('Қытай');
  }
  await expect(page.getByRole('link', { name: 'Тағылымдамалар' }).first()).toBeVisible();
});
