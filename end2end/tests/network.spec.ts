import { test, expect, TODAY } from './fixtures';
import type { Page, APIRequestContext } from '@playwright/test';

// The network as a reader meets it: fields by name in their language, texts falling back to the
// language they most likely read, members, agreements over time, and the map of cities.

const cards = (page: Page) => page.locator('ul.cards > li.card');

type Site = { members: string[]; fields: { id: string }[] };
type Agreement = { expires?: string };
type Partner = { id: string; agreements?: Agreement[]; city: string | Record<string, string>; country: string };

async function json<T>(request: APIRequestContext, path: string): Promise<T> {
  return (await (await request.get(path)).json()) as T;
}

/** The day as the bundled content's dates write it, `days` after the tests' today. */
function dayAfter(days: number): string {
  const day = new Date(Date.UTC(TODAY.getFullYear(), TODAY.getMonth(), TODAY.getDate() + days));
  return day.toISOString().slice(0, 10);
}

test('no raw field code shows on the Kazakh internships, the Russian programs or an internship page', async ({ page, request }) => {
  const site = await json<Site>(request, '/data/site.json');
  const codes = site.fields.map((f) => f.id);
  expect(codes).toContain('comparative-law');
  const rawCodeIn = async (text: string) => codes.filter((code) => new RegExp(`(^|[^\\p{L}-])${code}([^\\p{L}-]|$)`, 'u').test(text));

  await page.goto('/kk/internships');
  const fieldFilter = page.getByRole('group', { name: 'Бағыттар' });
  await expect(fieldFilter).toContainText('Салыстырмалы құқықтану');
  expect(await rawCodeIn(await fieldFilter.innerText())).toEqual([]);
  // Nowhere on the page either (codes with a hyphen are never words of a text).
  const hyphenated = codes.filter((code) => code.includes('-'));
  const pageText = await page.locator('main').innerText();
  expect(hyphenated.filter((code) => pageText.includes(code))).toEqual([]);

  await page.goto('/ru/programs');
  await expect(cards(page).first()).toBeVisible();
  const fieldChoice = page.getByRole('group', { name: 'Фильтры' }).getByLabel('Направление');
  await expect(fieldChoice.locator('option', { hasText: 'Право' })).toHaveCount(1);
  expect(await rawCodeIn(await fieldChoice.innerText())).toEqual([]);
  for (const meta of await page.locator('ul.cards li.card p.meta').allInnerTexts()) {
    expect(await rawCodeIn(meta)).toEqual([]);
  }

  await page.goto('/ru/internships/upenn-comparative-law-remote-research');
  const fields = page.locator('dt', { hasText: 'Направления' }).locator('+ dd');
  await expect(fields.getByRole('listitem')).toHaveText(['Право', 'Сравнительное правоведение']);
});

test('a Kazakh page shows Russian where Kazakh is missing, marked as Russian', async ({ page }) => {
  await page.goto('/kk/internships/almaty-academy-research-center-law');
  const description = page.locator('main .rich-text');
  await expect(description).toHaveAttribute('lang', 'ru');
  await expect(description).toContainText(/[а-яё]{4,}/);
  // An English reader gets Russian too where English is missing, and a Russian reader never
  // falls back to Kazakh while English exists: the reader's own order.
  await page.goto('/en/internships/almaty-academy-research-center-law');
  await expect(page.locator('main .rich-text')).not.toHaveAttribute('lang', /.+/);
});

test('the Agreement status filter lists exactly the partners with an agreement ending within 90 days', async ({ page, request }) => {
  const partners = (await json<{ items: Partner[] }>(request, '/data/partners.json')).items;
  const [today, last] = [dayAfter(0), dayAfter(90)];
  const expiring = partners
    .filter((p) => (p.agreements ?? []).some((a) => a.expires !== undefined && a.expires >= today && a.expires <= last))
    .map((p) => `/en/partners/${p.id}`)
    .sort();
  expect(expiring.length).toBeGreaterThan(0);

  await page.goto('/en/partners');
  await page.getByRole('group', { name: 'Filters' }).getByLabel('Agreement status').selectOption('expiring');
  await expect(page).toHaveURL(/\?status=expiring$/);
  await expect(cards(page)).toHaveCount(expiring.length);
  const shown = (await cards(page).locator('.card-title a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).sort();
  expect(shown).toEqual(expiring);
  // Each says so, with the days left.
  for (const card of await cards(page).all()) {
    await expect(card.locator('.badge-expiring')).toHaveText(/^Expires in \d+ days?$/);
  }

  // Sorted by next expiry, the soonest comes first; expired agreements do not count.
  await page.goto('/en/partners?sort=expiry');
  await expect(cards(page).first().locator('.badge-expiring')).toBeVisible();
  await page.goto('/en/partners?status=expired');
  await expect(cards(page).first()).toBeVisible();
  await page.goto('/en/partners?agreement=academic-mobility');
  // Baku State University's mobility agreement ended in 2024: only those in force are counted.
  await expect(cards(page).filter({ hasText: 'Baku State University' })).toHaveCount(0);
});

test('the network page lists the agreements ending in the next 90 days and offers their calendar', async ({ page, request }) => {
  await page.goto('/en/network');
  const soon = page.getByRole('region', { name: 'Agreements expiring in the next 90 days' });
  await expect(soon.locator('li.agreement')).not.toHaveCount(0);
  await expect(soon.locator('li.agreement').first()).toContainText('Baku State University');
  await expect(page.getByText(/expired agreements? (is|are) not counted in the charts/)).toBeVisible();
  const calendar = await (await request.get('/feeds/agreements.ics')).text();
  expect(calendar).toContain('BEGIN:VCALENDAR');
  expect(calendar).toContain('DTSTART;VALUE=DATE:20261231');
  // An agreement that has ended is not in the calendar.
  expect(calendar).not.toContain('DTSTART;VALUE=DATE:20240519');
});

test('a city marker names its city on focus and leads to that city’s partners', async ({ page, request }) => {
  const partners = (await json<{ items: Partner[] }>(request, '/data/partners.json')).items;
  const cityOf = (p: Partner) => (typeof p.city === 'string' ? p.city : p.city.en ?? p.city.ru);
  const inAlmaty = partners.filter((p) => p.country === 'KZ' && cityOf(p) === 'Almaty').length;
  expect(inAlmaty).toBeGreaterThan(1);

  await page.goto('/en/network');
  const map = page.getByRole('group', { name: 'Map of partners' });
  await expect(map.locator('use.land')).toBeVisible();
  const almaty = map.getByRole('link', { name: `Almaty: ${inAlmaty} partners` });
  await expect(almaty.locator('text.count')).toHaveText(String(inAlmaty));
  const name = almaty.locator('text.name');
  await expect(name).toBeHidden();
  await almaty.focus();
  await expect(name).toBeVisible();
  await expect(name).toHaveText(`Almaty: ${inAlmaty} partners`);
  // The same cities as a list beside the map, for screen readers and for the ones out of view.
  await expect(page.getByRole('region', { name: 'Partners by city' }).getByRole('link', { name: 'Philadelphia' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/partners\?country=KZ&city=almaty$/);
  await expect(cards(page)).toHaveCount(inAlmaty);
  await expect(cards(page).filter({ hasText: 'Al-Farabi Kazakh National University' })).toHaveCount(1);
});

test('the map draws no shape across the whole width, and the world is one click away', async ({ page, request }) => {
  const outline = await (await request.get('/images/land.svg')).text();
  const d = /\sd="([^"]+)"/.exec(outline)![1];
  // Absolute moves start a ring; relative lines continue it: none may jump across the map.
  let longest = 0;
  for (const [, command, dx] of d.matchAll(/([Ml])(-?\d+)[ -]?-?\d+/g)) {
    if (command === 'l') longest = Math.max(longest, Math.abs(Number(dx)));
  }
  expect(longest).toBeGreaterThan(0);
  expect(longest).toBeLessThan(1800);

  await page.goto('/en/network');
  const svg = page.getByRole('group', { name: 'Map of partners' });
  const fitted = await svg.getAttribute('viewBox');
  expect(fitted!.split(' ').map(Number)[2]).toBeLessThan(3600);
  await page.getByRole('link', { name: 'Whole world' }).click();
  await expect(page).toHaveURL(/\/en\/network\?map=world$/);
  await expect(svg).toHaveAttribute('viewBox', '0 0 3600 1800');
  await expect(svg.getByRole('link', { name: 'Philadelphia: 1 partner' })).toBeVisible();
});

test('members are shown as the network, and a member’s page lists its programs and agreements', async ({ page, request }) => {
  const site = await json<Site>(request, '/data/site.json');
  await page.goto('/en/');
  const members = page.getByRole('region', { name: 'Members of the network' });
  await expect(members.locator('li.card')).toHaveCount(site.members.length);
  await expect(members.locator('li.card').first().locator('.badge-member')).toHaveText('Member of the network');

  await page.goto('/en/partners/kaznu');
  await expect(page.getByText('No agreement is listed.')).toHaveCount(0);
  const programs = page.getByRole('region', { name: 'Joint programs' });
  await expect(programs.locator('li.card')).not.toHaveCount(0);
  await expect(programs.locator('li.card').first()).toBeVisible();
  const signed = page.getByRole('list', { name: 'Agreements signed with partners' });
  await expect(signed.locator('li.agreement').filter({ hasText: 'University of Pennsylvania' })).toHaveCount(1);
  // From the partner's side, the member that signed is named.
  await page.goto('/en/partners/ertis-engineering');
  await expect(page.locator('li.agreement').first()).toContainText('Signed by: Shakarim University');
});

test('on a phone, the Russian charts name every bar in full, in text as large as the page’s', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/ru/network');
  const chart = page.getByRole('region', { name: 'Соглашения по видам' });
  // The chart is a table a screen reader reads too: a row per bar, its label and its number.
  const mobility = chart.getByRole('row', { name: /Академическая мобильность/ });
  await expect(mobility.getByRole('rowheader')).toHaveText('Академическая мобильность');
  await expect(mobility.getByRole('cell')).toHaveText(/^\d+$/);
  const labels = chart.getByRole('rowheader');
  for (const label of await labels.all()) {
    // Whole: inside the chart and not cut off; readable: the page's own size, not a drawing's.
    const [box, area] = [await label.boundingBox(), await chart.boundingBox()];
    expect(box!.x).toBeGreaterThanOrEqual(area!.x);
    expect(await label.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    expect(await label.evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(14);
  }
});

test('the network page’s code comes only to those who open it, and a dropped connection is said in the reader’s language', async ({ page }) => {
  // The network is for partners: a student's download of the app leaves its code out.
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('split_page_network')) fetched.push(request.url());
  });
  await page.goto('/ru/internships');
  expect(fetched).toEqual([]);
  await page.getByRole('link', { name: 'Сеть партнёров' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Сеть партнёров' })).toBeVisible();
  expect(fetched).toHaveLength(1);

  // The connection drops on the way to the page: a Kazakh reader is told so, and tries again.
  await page.route('**/*split_page_network*', (route) => route.abort());
  await page.goto('/kk/internships');
  await page.getByRole('link', { name: 'Серіктестік желісі' }).click();
  const problem = page.getByRole('alert');
  await expect(problem).toContainText('Бетті жүктеу мүмкін болмады');
  await page.unroute('**/*split_page_network*');
  await problem.getByRole('button', { name: 'Қайталау' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Серіктестік желісі' })).toBeVisible();
});
