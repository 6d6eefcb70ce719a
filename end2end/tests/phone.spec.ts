import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

// A student on a 360×780 phone: the header stays small, the list comes first, the menu and the
// filter sheet work by keyboard, the language is remembered, links keep it, saved internships are
// in deadline order with an undo, and the deadline goes to Google Calendar.

const phone = { width: 360, height: 780 };
const cards = (page) => page.locator('ul.cards > li');
const shot = (name: string) => join(__dirname, '..', 'screenshots', `${name}.png`);
const axe = async (page) => {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
};

test.describe('on a phone', () => {
  test.use({ viewport: phone });

  for (const lang of ['kk', 'ru', 'en']) {
    test(`the header is one bar of at most 64 px in ${lang}, and the first internship is on the first screen`, async ({ page }) => {
      await page.goto(`/${lang}/internships`);
      const header = await page.locator('.site-header').boundingBox();
      expect(header!.height).toBeLessThanOrEqual(64);
      await expect(page.getByRole('button', { name: /^(Мәзір|Меню|Menu)$/ })).toBeVisible();
      await expect(page.locator('.site-menu')).toBeHidden();
      const first = await cards(page).first().locator('.card-title').boundingBox();
      expect(first!.y + first!.height).toBeLessThanOrEqual(phone.height);
      await page.screenshot({ path: shot(`phone-internships-${lang}`) });
    });
  }

  test('with filters chosen the first internship is still on the first screen, under chips that remove them', async ({ page }) => {
    await page.goto('/kk/internships?field=law&mode=hybrid&paid=1');
    await expect(cards(page)).toHaveCount(1);
    const chips = page.getByRole('list', { name: 'Таңдалған сүзгілер' });
    await expect(chips.getByRole('link')).toHaveCount(3);
    const first = await cards(page).first().locator('.card-title').boundingBox();
    expect(first!.y + first!.height).toBeLessThanOrEqual(phone.height);
    // The filters themselves wait in the sheet, closed.
    await expect(page.getByRole('group', { name: 'Сүзгілер' })).toBeHidden();
    await page.screenshot({ path: shot('phone-internships-filtered-kk') });
    await chips.getByRole('link', { name: /^Сүзгіні алып тастау: / }).first().click();
    await expect(page).toHaveURL(/\/kk\/internships\?mode=hybrid&paid=1$/);
    await expect(chips.getByRole('link')).toHaveCount(2);
    await expect(cards(page)).toHaveCount(3);
  });

  test('the filter sheet opens over the list, keeps the keyboard inside, and Escape closes it', async ({ page }) => {
    await page.goto('/en/internships');
    const open = page.getByRole('button', { name: 'Filters' });
    await open.click();
    const sheet = page.getByRole('dialog', { name: 'Filters' });
    await expect(sheet).toBeVisible();
    await expect(sheet.getByRole('button', { name: 'Close' })).toBeFocused();
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: shot('phone-filter-sheet-en') });
    // Shift+Tab from the first control goes round to the last, Tab from the last back to the first.
    await page.keyboard.press('Shift+Tab');
    await expect(sheet.getByRole('button', { name: 'Show results' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(sheet.getByRole('button', { name: 'Close' })).toBeFocused();
    await sheet.getByRole('checkbox', { name: /^Law/ }).check();
    await expect(page).toHaveURL(/\?field=law$/);
    await expect(sheet).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    await expect(open).toBeFocused();
    await expect(page.getByRole('button', { name: 'Filters (1)' })).toBeVisible();
    await expect(cards(page)).toHaveCount(4);
    await open.click();
    await page.getByRole('dialog').getByRole('button', { name: 'Show results' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('the menu opens the sections, languages and low-vision choice, and works by keyboard alone', async ({ page }) => {
    await page.goto('/ru/');
    const button = page.getByRole('button', { name: 'Меню' });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const sections = page.getByRole('navigation', { name: 'Разделы' });
    await expect(sections.getByRole('link', { name: 'Партнёры' })).toBeFocused();
    await expect(page.getByRole('link', { name: 'Қазақша' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Для слабовидящих' })).toBeVisible();
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: shot('phone-menu-ru') });
    // Focus stays in the header while the menu is open: past the last control it comes round.
    const low = page.getByRole('button', { name: 'Для слабовидящих' });
    await low.focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: /Социальное партнёрство/ })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(low).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toBeFocused();
    await expect(sections).toBeHidden();
    // A section chosen from the menu opens, and the menu closes behind it.
    await page.keyboard.press('Enter');
    await sections.getByRole('link', { name: 'Стажировки' }).click();
    await expect(page).toHaveURL(/\/ru\/internships$/);
    await expect(sections).toBeHidden();
  });

  test('buttons, fields, chips and the menu’s links are at least 44 px tall', async ({ page }) => {
    await page.goto('/en/internships?field=law');
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Filters (1)' }).focus();
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button, select, input[type=search], .chip, .sections a, .language-switcher a, .tab')]
        .map((element) => [element, element.getBoundingClientRect()] as const)
        .filter(([, box]) => box.width > 0 && box.height < 44)
        .map(([element, box]) => `${element.outerHTML.slice(0, 80)}: ${box.height}`),
    );
    expect(small).toEqual([]);
  });

  test('saved internships are in deadline order, closed ones last, and a removal can be undone', async ({ page }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('portal.saved', 'enu-social-partnership-research-assistant withdrawn-internship steppe-digital-software-internship abai-education-department-analytics almaty-academy-research-center-law');
      }
    });
    await page.goto('/en/saved');
    await expect(cards(page)).toHaveCount(5);
    const order = await cards(page).evaluateAll((items) => items.map((item) => item.querySelector('.card-title a')?.getAttribute('href')?.split('/').pop() ?? 'removed'));
    expect(order).toEqual([
      'almaty-academy-research-center-law',
      'steppe-digital-software-internship',
      'enu-social-partnership-research-assistant',
      'abai-education-department-analytics',
      'removed',
    ]);
    await page.getByRole('button', { name: 'Menu' }).click();
    const savedLink = page.getByRole('link', { name: /Saved \(5\)/ });
    await expect(savedLink).toBeVisible();
    await page.keyboard.press('Escape');

    await cards(page).nth(1).getByRole('button', { name: 'Saved' }).click();
    await expect(cards(page)).toHaveCount(4);
    const undo = page.getByRole('button', { name: 'Undo' });
    await expect(page.getByText('Removed from saved.')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Removed from saved.' })).toHaveCount(1);
    await expect(page.locator('.saved-count')).toHaveText(' (4)');
    await page.screenshot({ path: shot('phone-saved-undo-en') });
    await undo.click();
    await expect(cards(page)).toHaveCount(5);
    await expect(cards(page).nth(1)).toContainText('Software development internship');
    await expect(page.locator('.saved-count')).toHaveText(' (5)');
    await expect(undo).toBeHidden();

    // Left alone, the offer goes after a few seconds, and the removal stays.
    await cards(page).nth(0).getByRole('button', { name: 'Saved' }).click();
    await expect(undo).toBeVisible();
    await expect(undo).toBeHidden({ timeout: 10_000 });
    await expect(cards(page)).toHaveCount(4);
    await page.reload();
    await expect(cards(page)).toHaveCount(4);
    await expect(page.locator('.saved-count')).toHaveText(' (4)');
  });

  test('by keyboard, removing a saved internship lands on Undo, and undoing lands back on its Save button', async ({ page }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('portal.saved', 'steppe-digital-software-internship almaty-academy-research-center-law');
      }
    });
    await page.goto('/en/saved');
    await expect(cards(page)).toHaveCount(2);
    await page.waitForFunction(() => !document.body.hasAttribute('data-prerendered'));
    const steppe = cards(page).filter({ hasText: 'Software development internship' });
    await steppe.getByRole('button', { name: 'Saved' }).focus();
    await page.keyboard.press('Enter');
    await expect(cards(page)).toHaveCount(1);
    const undo = page.getByRole('button', { name: 'Undo' });
    await expect(undo).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(cards(page)).toHaveCount(2);
    await expect(steppe.getByRole('button', { name: 'Saved' })).toBeFocused();
    await expect(undo).toBeHidden();
  });

  test('the deadline goes to Google Calendar by its template link, in the reader’s language, with the page’s link without one', async ({ page }) => {
    const google: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('google')) google.push(request.url());
    });
    await page.goto('/ru/internships/almaty-academy-research-center-law');
    const link = page.getByRole('link', { name: /Добавить в Google Календарь/ });
    await expect(link).toHaveAttribute('target', '_blank');
    const href = new URL((await link.getAttribute('href'))!);
    expect(`${href.origin}${href.pathname}`).toBe('https://calendar.google.com/calendar/render');
    expect([...href.searchParams.keys()]).toEqual(['action', 'text', 'dates', 'details']);
    expect(href.searchParams.get('action')).toBe('TEMPLATE');
    expect(href.searchParams.get('dates')).toBe('20261126/20261127');
    expect(href.searchParams.get('text')).toMatch(/^.+Правовая стажировка в Научно-исследовательском центре Алматинской академии МВД/);
    // The event links to the page without a language, at the address the site is published at.
    expect(href.searchParams.get('details')).toMatch(/\nhttps?:\/\/[^/]+\/internships\/almaty-academy-research-center-law$/);
    expect(href.searchParams.get('details')).not.toContain('/ru/');
    // The calendar's icon is drawn, not a character a font may lack.
    await expect(page.getByRole('button', { name: 'Добавить срок в календарь' }).locator('svg')).toHaveCount(1);
    expect(google).toEqual([]);
    await page.screenshot({ path: shot('phone-internship-ru'), fullPage: true });
  });
});

test('a page without a language opens in the language of the last page read on this device', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00'));
  await page.goto('/kk/');
  await page.waitForFunction(() => !document.body.hasAttribute('data-prerendered'));
  expect(await page.evaluate(() => localStorage.getItem('portal.lang'))).toBe('kk');
  // The server may answer addresses without a language from the same choice, kept as a cookie.
  expect((await context.cookies()).find((c) => c.name === 'lang')).toMatchObject({ value: 'kk', path: '/' });
  await page.goto('/internships');
  await expect(page).toHaveURL(/\/kk\/internships$/);
  // Choosing another language still works: it is the one remembered from now on.
  await page.getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(/\/ru\/internships$/);
  await page.waitForFunction(() => !document.body.hasAttribute('data-prerendered'));
  await page.goto('/news');
  await expect(page).toHaveURL(/\/ru\/news$/);
  await context.close();
});

for (const lang of ['kk', 'ru', 'en']) {
  test(`on a wide screen the whole header fits on one line in ${lang}`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/${lang}/internships`);
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(72);
    await expect(page.getByRole('button', { name: /^(Мәзір|Меню|Menu)$/ })).toBeHidden();
    // Every control is on the header's line and wholly on screen: none cut off at the right edge.
    const items = page.locator('.site-header').locator('a, button').filter({ visible: true });
    const boxes = await items.evaluateAll((elements) => elements.map((e) => ({ name: e.textContent!.trim() || e.getAttribute('title') || e.className, box: e.getBoundingClientRect().toJSON() })));
    expect(boxes.length).toBeGreaterThanOrEqual(11);
    for (const { name, box } of boxes) {
      expect(box.bottom, name).toBeLessThanOrEqual(header!.y + header!.height);
      expect(box.left, name).toBeGreaterThanOrEqual(0);
      expect(box.right, name).toBeLessThanOrEqual(1280);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await page.screenshot({ path: shot(`desktop-internships-${lang}`) });
  });
}

test('in low-vision mode on a wide screen the larger header wraps, every control on screen', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('portal.low-vision', 'on'));
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/kk/internships');
  await expect(page.locator('html')).toHaveClass(/low-vision/);
  const items = page.locator('.site-header').locator('a, button').filter({ visible: true });
  const boxes = await items.evaluateAll((elements) => elements.map((e) => ({ name: e.textContent!.trim() || e.className, box: e.getBoundingClientRect().toJSON() })));
  expect(boxes.length).toBeGreaterThanOrEqual(11);
  for (const { name, box } of boxes) {
    expect(box.left, name).toBeGreaterThanOrEqual(0);
    expect(box.right, name).toBeLessThanOrEqual(1280);
  }
  // The way out of the mode is there to press.
  await page.getByRole('button', { name: /Нашар көретіндер|low vision/i }).click();
  await expect(page.locator('html')).not.toHaveClass(/low-vision/);
});
