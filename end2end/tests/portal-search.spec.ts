import { test, expect } from './fixtures';

// The portal-wide search: the field in every page's header and the results page, /{lang}/search.

test('on a phone, the header search opens from its icon and shows results of every kind', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/kk/');
  const field = page.getByRole('searchbox', { name: 'Порталдан іздеу' });
  await expect(field).toBeHidden();
  await page.getByRole('button', { name: 'Іздеуді ашу' }).click();
  await expect(field).toBeVisible();
  await expect(field).toBeFocused();
  await field.fill('заң');
  await field.press('Enter');
  await expect(page).toHaveURL(/\/kk\/search\?q=/);
  expect(new URL(page.url()).searchParams.get('q')).toBe('заң');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Іздеу');
  const results = page.locator('ul.search-results > li');
  await expect(results.first()).toBeVisible();
  // Each result says what it is.
  await expect(page.locator('.hit-kind').first()).toHaveText(/Серіктес|Тағылымдама|Бағдарлама|Жаңалық/);
  const box = await page.locator('.site-header').boundingBox();
  expect(box!.width).toBeLessThanOrEqual(360);
});

test('the results page counts each kind, and a count filters the results to that kind', async ({ page }) => {
  await page.goto('/en/search?q=law');
  const kinds = page.getByRole('navigation', { name: 'Kind of result' });
  const all = kinds.getByRole('link', { name: /^All/ });
  await expect(all).toHaveAttribute('aria-current', 'page');
  const total = Number((await all.textContent())!.match(/\((\d+)\)/)![1]);
  const count = async (name: string) => Number((await kinds.getByRole('link', { name: new RegExp(`^${name}`) }).textContent())!.match(/\((\d+)\)/)![1]);
  const [partners, internships, programs, news] = [await count('Partners'), await count('Internships'), await count('Programs'), await count('News')];
  expect(partners + internships + programs + news).toBe(total);
  expect(internships).toBeGreaterThan(0);
  expect(programs).toBeGreaterThan(0);
  await expect(page.locator('ul.search-results > li')).toHaveCount(Math.min(total, 20));
  await kinds.getByRole('link', { name: /^Internships/ }).click();
  await expect(page).toHaveURL(/\/en\/search\?q=law&kind=internship$/);
  await expect(page.locator('ul.search-results > li')).toHaveCount(Math.min(internships, 20));
  await expect(page.locator('ul.search-results > li:not([data-kind="internship"])')).toHaveCount(0);
  // The best match first: a title with the word itself.
  await expect(page.locator('ul.search-results > li').first().getByRole('heading')).toContainText(/\blaw\b/i);
});

test('typing on narrows the results, and erasing brings every one back in its place', async ({ page }) => {
  await page.goto('/en/search?q=law');
  const results = page.locator('ul.search-results > li');
  await expect(results.first()).toBeVisible();
  const every = await results.allTextContents();
  expect(every.length).toBeGreaterThan(6);
  const field = page.getByRole('searchbox', { name: 'What are you looking for?' });
  await field.press('End');
  await field.pressSequentially(' clinic');
  await expect(results).not.toHaveCount(every.length);
  for (const _ of ' clinic') await field.press('Backspace');
  await expect(results).toHaveText(every);
});

test('a query in Latin letters finds an item written only in Cyrillic, and a typo still finds it', async ({ page }) => {
  const data = await (await page.request.get('/data/internships.json')).json();
  const template = data.items.find((i) => i.id === 'kaznu-law-clinic-internship');
  data.items.push({
    ...template,
    id: 'karaganda-court-internship',
    title: { kk: 'Қарағанды облыстық сотындағы тағылымдама' },
    city: { kk: 'Қарағанды' },
    description: { kk: 'Сот отырыстарына қатысу.' },
    stipend: undefined,
    eligibility: undefined,
  });
  await page.route('**/data/internships.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(data) }));
  await page.goto('/en/search');
  const field = page.getByRole('searchbox', { name: 'What are you looking for?' });
  for (const typed of ['Qaragandy', 'Karaganda', 'qarağandy']) {
    await field.fill(typed);
    await expect(page.locator('ul.search-results > li').first()).toContainText('Қарағанды облыстық сотындағы тағылымдама');
  }
  // A letter left out of тағылымдама.
  await field.fill('Qaragandy tagylymdma');
  await expect(page.locator('ul.search-results > li').first()).toContainText('Қарағанды облыстық сотындағы тағылымдама');
  await page.goto('/en/internships');
  const list = page.getByRole('searchbox', { name: 'Search internships' });
  await list.fill('internhip');
  await expect(page.locator('ul.cards > li').first()).toBeVisible();
  await expect(page.locator('.match-count')).not.toContainText(/^0 of/);
});

test('a filter choice that would give nothing shows 0 and cannot be chosen', async ({ page }) => {
  await page.goto('/en/internships');
  const filters = page.getByRole('group', { name: 'Filters' });
  const law = filters.getByRole('checkbox', { name: /^Law \(/ });
  await expect(law).toBeEnabled();
  await filters.getByLabel('City').selectOption('semey');
  await expect(page).toHaveURL(/city=semey/);
  await expect(filters.getByText(/^Law \(0\)$/)).toBeVisible();
  await expect(law).toBeDisabled();
  // The city's own options still count with every other filter: Semey is chosen, Almaty would give some.
  await expect(filters.getByLabel('City').locator('option[value="almaty"]')).toHaveText(/\([1-9]\d*\)$/);
  // The search text counts too.
  await page.getByRole('searchbox', { name: 'Search internships' }).fill('teaching');
  await expect(filters.getByLabel('City').locator('option[value="shanghai"]')).toHaveText(/\(0\)$/);
  await expect(filters.getByLabel('City').locator('option[value="shanghai"]')).toHaveJSProperty('disabled', true);
});
