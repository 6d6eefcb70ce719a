import type { Page } from '@playwright/test';
import { test, expect, holdResponses } from './fixtures';

// What search engines and link previews read of a page (its title, description, canonical and
// language links, Open Graph and Twitter cards) is the same whether the reader got the page
// from the build, after the app took it over, or by following a link inside the app.

const kinds = [
  { kind: 'the home page', path: '/', from: '/news' },
  { kind: 'the partners', path: '/partners', from: '/' },
  { kind: 'the internships', path: '/internships', from: '/' },
  { kind: 'the programs', path: '/programs', from: '/' },
  { kind: 'the news', path: '/news', from: '/' },
  { kind: 'a partner', path: '/partners/kaznu', from: '/partners' },
  { kind: 'an internship', path: '/internships/almaty-academy-research-center-law', from: '/internships' },
  { kind: 'a program', path: '/programs/kaznu-upenn-law-double-degree', from: '/programs' },
  { kind: 'a news item', path: '/news/kaznu-round-table-social-partnership-education', from: '/news' },
  { kind: 'the network', path: '/network', from: '/partners' },
  { kind: 'the saved internships', path: '/saved', from: '/internships' },
];

/** The head as crawlers read it: the title, and each of the page's own tags with its attributes. */
async function head(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const tags = [...document.head.querySelectorAll('[data-page-head]')].map((tag) => {
      const attributes = [...tag.attributes].filter((a) => a.name !== 'data-page-head').map((a) => `${a.name}="${a.value}"`);
      return `<${tag.localName} ${attributes.sort().join(' ')}>`;
    });
    return [`<title>${document.title}</title>`, `<html lang="${document.documentElement.lang}">`, ...tags.sort()];
  });
}

for (const { kind, path, from } of kinds) {
  test(`the head of ${kind} is the page's, from the build, after the takeover and after following a link to it`, async ({ page }) => {
    // The content held back: the page is the build's until it is released.
    const release = await holdResponses(page, '**/data/partners.json');
    await page.goto(`/ru${path}`, { waitUntil: 'commit' });
    await page.waitForLoadState('domcontentloaded');
    await expect(page.locator('body[data-prerendered]')).toHaveCount(1);
    const built = await head(page);
    const url = `http://localhost:8080/ru${path}`;
    expect(built).toContain(`<link href="${url}" rel="canonical">`);
    for (const lang of ['kk', 'ru', 'en']) {
      expect(built).toContain(`<link href="http://localhost:8080/${lang}${path}" hreflang="${lang}" rel="alternate">`);
    }
    expect(built).toContain(`<link href="http://localhost:8080${path}" hreflang="x-default" rel="alternate">`);
    expect(built).toContain(`<meta content="${url}" property="og:url">`);
    expect(built).toContain('<meta content="ru_RU" property="og:locale">');
    expect(built).toContain('<meta content="summary" name="twitter:card">');
    expect(built.find((tag) => tag.includes('name="description"'))).toMatch(/content=".{20,}"/);
    expect(built.find((tag) => tag.includes('property="og:title"'))).toMatch(/content=".+"/);

    release();
    await page.waitForFunction(() => !document.body.hasAttribute('data-prerendered'));
    expect(await head(page)).toEqual(built);

    // Another page first, then a link to this one, followed inside the app (no page load).
    await page.goto(`/ru${from}`);
    await expect.poll(() => head(page)).not.toEqual(built);
    await page.evaluate(() => ((window as any).sameApp = true));
    await page.evaluate((href) => {
      const link = document.createElement('a');
      link.href = href;
      document.querySelector('main')!.append(link);
      link.click();
    }, `/ru${path}`);
    await expect(page).toHaveURL(new RegExp(`/ru${path.replace(/\/$/, '')}/?$`));
    await expect.poll(() => head(page)).toEqual(built);
    expect(await page.evaluate(() => (window as any).sameApp)).toBe(true);
  });
}

test('the not-found page names no address of its own, before and after the takeover', async ({ page }) => {
  const release = await holdResponses(page, '**/data/partners.json');
  await page.goto('/kk/no/such/page', { waitUntil: 'commit' });
  await page.waitForLoadState('domcontentloaded');
  const built = await head(page);
  expect(built.filter((tag) => tag.includes('rel="canonical"') || tag.includes('hreflang') || tag.includes('og:url'))).toEqual([]);
  expect(built.find((tag) => tag.includes('name="description"'))).toBeTruthy();
  release();
  await page.waitForFunction(() => !document.body.hasAttribute('data-prerendered'));
  expect(await head(page)).toEqual(built);
});
