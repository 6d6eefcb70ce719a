import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

const cards = (page) => page.locator('ul.cards > li');
const count = (page) => page.locator('.match-count');

test('internship filters narrow and combine, and clear filters brings every open internship back', async ({ page }) => {
  await page.goto('/en/internships');
  await expect(count(page)).toHaveText('10 internships');
  const filters = page.getByRole('group', { name: 'Filters' });
  await filters.getByRole('checkbox', { name: /^Law/ }).check();
  await expect(page).toHaveURL(/\?field=law$/);
  await expect(count(page)).toHaveText('4 of 10 match');
  await filters.getByRole('checkbox', { name: /^Pedagogy/ }).check();
  await expect(count(page)).toHaveText('6 of 10 match');
  await filters.getByRole('checkbox', { name: /^Pedagogy/ }).uncheck();
  await filters.getByLabel('City').selectOption('almaty');
  await expect(count(page)).toHaveText('2 of 10 match');
  await filters.getByRole('checkbox', { name: 'Paid only' }).check();
  await expect(count(page)).toHaveText('0 of 10 match');
  await expect(page.getByText('Nothing matches.')).toBeVisible();
  // On a wide screen the message is right under the chosen filters, not below the filters' column.
  const chips = (await page.getByRole('list', { name: 'Chosen filters' }).boundingBox())!;
  const message = (await page.getByText('Nothing matches.').boundingBox())!;
  expect(message.y - (chips.y + chips.height)).toBeLessThan(80);
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/internships$/);
  await expect(count(page)).toHaveText('10 internships');
  await expect(filters.getByRole('button', { name: 'Clear filters' })).toBeDisabled();
});

test('while she types, the filters count what her search finds, and erasing it brings every card back in its place', async ({ page }) => {
  await page.goto('/en/internships');
  const filters = page.getByRole('group', { name: 'Filters' });
  const engineering = filters.getByRole('checkbox', { name: /^Engineering/ });
  await expect(engineering).toBeEnabled();
  const everyCard = await cards(page).allTextContents();
  expect(everyCard.length).toBeGreaterThan(6);
  const search = page.getByRole('searchbox', { name: 'Search internships' });
  await search.pressSequentially('law');
  await expect(count(page)).toHaveText('4 of 10 match');
  await expect(filters.locator('label.check', { hasText: /^Law/ })).toContainText('(4)');
  await expect(engineering).toBeDisabled();
  await search.fill('');
  await expect(cards(page)).toHaveText(everyCard);
  await expect(engineering).toBeEnabled();
});

test('on a wide screen in Russian, a field whose name takes two lines has a box as large as the others', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/ru/internships');
  const fields = page.locator('.filter-fields label.check');
  const heights = await fields.evaluateAll((labels) => labels.map((label) => label.getBoundingClientRect().height));
  expect(Math.max(...heights), 'some field name wraps').toBeGreaterThan(Math.min(...heights));
  const boxes = await fields.locator('input').evaluateAll((inputs) => inputs.map((input) => input.getBoundingClientRect().width));
  expect(new Set(boxes).size, `box widths ${boxes.join(', ')}`).toBe(1);
});

test('each internship filter does what it says', async ({ page }) => {
  const expectations: [string, number][] = [
    ['country=CN', 2],
    ['mode=remote', 1],
    ['paid=1', 6],
    ['language=zh', 2],
    ['posted=7', 1],
    ['posted=30', 8],
    ['field=law&paid=1', 1],
  ];
  for (const [query, n] of expectations) {
    await page.goto(`/en/internships?${query}`);
    await expect(count(page), query).toHaveText(`${n} of 10 match`);
    await expect(cards(page)).toHaveCount(n);
  }
});

test('the list state lives in the URL: reload, back and forward keep it, and nonsense is ignored', async ({ page }) => {
  await page.goto('/en/internships');
  const filters = page.getByRole('group', { name: 'Filters' });
  await filters.getByRole('checkbox', { name: /^Engineering/ }).check();
  await expect(count(page)).toHaveText('3 of 10 match');
  await filters.getByLabel('Sort by').selectOption('title');
  await expect(page).toHaveURL(/\?field=engineering&sort=title$/);
  await expect(cards(page).first()).toContainText('Dual work placement at Ertis Engineering Works');
  await page.reload();
  await expect(count(page)).toHaveText('3 of 10 match');
  await expect(filters.getByRole('checkbox', { name: /^Engineering/ })).toBeChecked();
  await expect(filters.getByLabel('Sort by')).toHaveValue('title');
  await page.goBack();
  await expect(page).toHaveURL(/\?field=engineering$/);
  await expect(filters.getByLabel('Sort by')).toHaveValue('deadline');
  await page.goBack();
  await expect(count(page)).toHaveText('10 internships');
  await page.goForward();
  await expect(count(page)).toHaveText('3 of 10 match');

  await page.goto('/en/internships?mode=teleport&paid=maybe&page=x&sort=random&country=kazakhstan&posted=3&view=future');
  await expect(count(page)).toHaveText('10 internships');
  await expect(cards(page).first()).toContainText('closes in 3 days');
});

test('long lists are paged, and the page is in the URL', async ({ page }) => {
  // Fifty open internships, served in place of the bundled file.
  const response = await page.request.get('/data/internships.json');
  const data = await response.json();
  const template = data.items[0];
  data.items = Array.from({ length: 50 }, (_, i) => ({ ...template, id: `generated-${i + 1}`, title: `Generated internship ${i + 1}`, deadline: `2027-01-${String((i % 28) + 1).padStart(2, '0')}` }));
  await page.route('**/data/internships.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(data) }));
  await page.goto('/en/internships');
  await expect(cards(page)).toHaveCount(20);
  const pages = page.getByRole('navigation', { name: 'Pages' });
  await expect(pages).toContainText('Page 1 of 3');
  await pages.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/\?page=2$/);
  await expect(pages).toContainText('Page 2 of 3');
  await page.reload();
  await expect(pages).toContainText('Page 2 of 3');
  await page.getByRole('searchbox', { name: 'Search internships' }).fill('Generated internship 4');
  await expect(page).not.toHaveURL(/page=/);
});

test('saved internships survive a reload, show closed ones as closed and removed ones as removed', async ({ page }) => {
  await page.goto('/en/internships');
  const first = cards(page).first();
  await first.getByRole('button', { name: 'Save' }).click();
  await expect(first.getByRole('button', { name: 'Saved' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('link', { name: /Saved \(1\)/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: /Saved \(1\)/ })).toBeVisible();
  await page.getByRole('link', { name: /Saved \(1\)/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Saved internships');
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page).first()).toContainText('Law research internship');

  // A saved internship that has closed since, and one that is no longer published.
  await page.evaluate(() => localStorage.setItem('portal.saved', 'enu-social-partnership-research-assistant withdrawn-internship'));
  await page.reload();
  await expect(cards(page)).toHaveCount(2);
  await expect(cards(page).nth(0)).toContainText('closed');
  await expect(cards(page).nth(1)).toContainText('(withdrawn-internship) is no longer published');
  await cards(page).nth(1).getByRole('button', { name: 'Remove' }).click();
  await expect(cards(page)).toHaveCount(1);
  expect(await page.evaluate(() => localStorage.getItem('portal.saved'))).toBe('enu-social-partnership-research-assistant');
});

test('every open deadline she saved goes to her calendar in one file, the closed one left out', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('portal.saved', 'almaty-academy-research-center-law enu-social-partnership-research-assistant kaznu-law-clinic-internship'));
  await page.goto('/ru/saved');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Все открытые сроки в календарь (2)' }).click()]);
  expect(download.suggestedFilename()).toBe('saved-deadlines.ics');
  const ics = readFileSync(await download.path(), 'utf8').replace(/\r\n /g, '');
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  expect(ics).toContain('UID:internship-almaty-academy-research-center-law-deadline@');
  expect(ics).toContain('UID:internship-kaznu-law-clinic-internship-deadline@');
  expect(ics).not.toContain('enu-social-partnership-research-assistant');
  // In her language, linking to the page without one.
  expect(ics).toMatch(/SUMMARY:Срок подачи: /);
  expect(ics).toContain('URL:http://localhost:8080/internships/kaznu-law-clinic-internship');
});

test('a corrupt stored value is read as nothing saved, never a crash', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('portal.saved', '{"broken": [1, 2'));
  await page.goto('/en/saved');
  await expect(page.getByText('You have not saved any internship yet.')).toBeVisible();
  await expect(page.getByRole('link', { name: /Saved \(0\)/ })).toBeVisible();
});

test('closing-this-week internships stand out, and the deadline goes to a calendar as a valid .ics', async ({ page }) => {
  await page.goto('/en/internships');
  await expect(cards(page).nth(0)).toHaveClass(/closing-soon/);
  await expect(cards(page).nth(2)).not.toHaveClass(/closing-soon/);
  await page.goto('/en/internships/almaty-academy-research-center-law');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add deadline to calendar' }).click()]);
  expect(download.suggestedFilename()).toBe('almaty-academy-research-center-law-deadline.ics');
  const ics = readFileSync(await download.path(), 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
  expect(ics).toContain('\r\nBEGIN:VEVENT\r\n');
  expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20261126\r\n');
  expect(ics).toContain('\r\nDTEND;VALUE=DATE:20261127\r\n');
  expect(ics).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
  expect(ics.replace(/\r\n /g, '')).toContain('SUMMARY:Deadline: Law research internship at the Research Center of the Almaty Academy of the MIA');
  expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  // A closed internship offers no calendar event.
  await page.goto('/en/internships/enu-social-partnership-research-assistant');
  await expect(page.getByRole('button', { name: 'Add deadline to calendar' })).toHaveCount(0);
});

test('program filters narrow by kind, level and partner country, in the URL', async ({ page }) => {
  await page.goto('/en/programs');
  const filters = page.getByRole('group', { name: 'Filters' });
  await filters.getByLabel('Kind').selectOption('double-degree');
  await expect(page).toHaveURL(/\?kind=double-degree$/);
  await expect(count(page)).toHaveText('3 of 8 match');
  await filters.getByLabel('Partner country').selectOption('US');
  await expect(count(page)).toHaveText('1 of 8 match');
  await page.reload();
  await expect(cards(page).first()).toContainText('University of Pennsylvania');
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(count(page)).toHaveText('8 programs');
});

test('partner filters group kinds by sector and narrow by country, agreement and network', async ({ page }) => {
  await page.goto('/en/partners');
  const filters = page.getByRole('group', { name: 'Filters' });
  await filters.getByLabel('Kind').selectOption('sector:business');
  await expect(page).toHaveURL(/\?sector=business$/);
  await expect(count(page)).toHaveText('2 of 17 match');
  await filters.getByLabel('Kind').selectOption('kind:university');
  await filters.getByLabel('Country').selectOption('KG');
  await expect(count(page)).toHaveText('1 of 17 match');
  await expect(cards(page).first()).toContainText('Osh State University');
  await page.goto('/en/partners?agreement=double-degree');
  await expect(cards(page)).toHaveCount(3);
  await page.goto('/en/partners?network=new-silk-road-universities');
  await expect(cards(page).first()).toContainText('Al-Farabi Kazakh National University');
});

test('the network overview counts partners and agreements, with text equivalents', async ({ page }) => {
  await page.goto('/en/network');
  const byCountry = page.getByRole('region', { name: 'Partners by country' });
  await expect(byCountry.getByRole('table')).toContainText('Kazakhstan');
  await expect(byCountry.getByRole('row', { name: /Kazakhstan/ })).toContainText(/\d+/);
  await expect(page.getByRole('region', { name: 'Partners by sector' }).getByRole('table')).toContainText('Business');
  await expect(page.getByRole('region', { name: 'Agreements by kind' }).getByRole('table')).toContainText('Double degree');
  await expect(page.getByRole('region', { name: 'Agreements signed per year' }).getByRole('table')).toContainText('2023');
});

test('on programs and partners, an option that would give nothing with the other choices shows 0 and cannot be chosen', async ({ page }) => {
  await page.goto('/en/programs');
  const filters = page.getByRole('group', { name: 'Filters' });
  const china = filters.getByLabel('Partner country').locator('option[value="CN"]');
  await expect(china).toHaveText('China (2)');
  await filters.getByLabel('Kind').selectOption('double-degree');
  await expect(count(page)).toHaveText('3 of 8 match');
  // No double degree is with a Chinese partner: choosing China would empty the list.
  await expect(china).toHaveText('China (0)');
  await expect(china).toHaveJSProperty('disabled', true);
  await expect(filters.getByLabel('Level').locator('option[value="bachelor"]')).toHaveText('Bachelor (1)');
  // The kind's own options still count with the other filters, so one can move to another kind.
  await expect(filters.getByLabel('Kind').locator('option[value="exchange"]')).toHaveText(/\(2\)$/);

  await page.goto('/en/partners');
  await filters.getByLabel('Country').selectOption('KG');
  await expect(count(page)).toHaveText('2 of 17 match');
  const enterprises = filters.getByLabel('Kind').locator('option[value="kind:enterprise"]');
  await expect(enterprises).toHaveText(/\(0\)$/);
  await expect(enterprises).toHaveJSProperty('disabled', true);
  // The search text counts too.
  await page.getByRole('searchbox', { name: 'Search partners' }).fill('Osh State');
  await expect(filters.getByLabel('Kind').locator('option[value="kind:ngo"]')).toHaveText(/\(0\)$/);
});
