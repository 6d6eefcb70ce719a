import { test, expect } from './fixtures';

const lists = [
  { path: '/partners', label: 'Search partners', total: '17 partners', query: 'ОШ', expected: 'Osh State University', count: '2 of 17 match' },
  { path: '/internships', label: 'Search internships', total: '10 internships', query: 'педагогическая', expected: 'Teaching practice in schools of the Abai region', count: '1 of 10 match' },
  { path: '/programs', label: 'Search programs', total: '8 programs', query: 'wismar', expected: 'Law: KazNU – Hochschule Wismar double-diploma programme', count: '1 of 8 match' },
  { path: '/news', label: 'Search news', total: '3 news items', query: 'ШОС', expected: 'KazNU Rector takes part in the forum of the Association of Law Schools of the SCO countries', count: '1 of 3 match' },
];

for (const { path, label, total, query, expected, count } of lists) {
  test(`${path}: the search field narrows the list as one types and says how many match`, async ({ page }) => {
    await page.goto(path);
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
  await page.goto('/partners');
  const search = page.getByRole('searchbox', { name: 'Search partners' });
  await search.fill('ҚАЗАҚ');
  const first = await page.locator('.match-count').textContent();
  await search.fill('казак');
  await expect(page.locator('.match-count')).toHaveText(first!);
  await expect(page.locator('ul.cards')).toContainText('Al-Farabi Kazakh National University');
});

test('the search text is in the URL: a reload or a shared link shows the same list', async ({ page }) => {
  await page.goto('/internships');
  await page.getByRole('searchbox', { name: 'Search internships' }).fill('law');
  await expect(page).toHaveURL(/\?q=law$/);
  const matched = await page.locator('.match-count').textContent();
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search internships' })).toHaveValue('law');
  await expect(page.locator('.match-count')).toHaveText(matched!);
  await page.goto('/internships?q=%D0%B0%D0%B1%D0%B0%D0%B9');
  await expect(page.getByRole('searchbox', { name: 'Search internships' })).toHaveValue('абай');
  await expect(page.locator('ul.cards > li').first()).toContainText('Abai region');
});
