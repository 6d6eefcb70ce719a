import type { Page } from '@playwright/test';
import { test, expect, holdResponses } from './fixtures';

// Every page is written to HTML at build time; the app takes it over once the content is loaded.

const described = [
  { path: '/', title: 'Social Partnership Portal', text: 'Social partnership in education', description: /partners: other universities/ },
  { path: '/internships', title: 'Internships · Social Partnership Portal', text: 'Teaching practice in schools of the Abai region', description: /internship/i },
  { path: '/partners/kaznu', title: 'Al-Farabi Kazakh National University · Social Partnership Portal', text: 'Al-Farabi Kazakh National University', description: /^National university in Almaty/ },
];

for (const { path, title, text, description } of described) {
  test(`${path} is served as a complete page with its own title, description, canonical link and preview card`, async ({ request, baseURL }) => {
    const response = await request.get(`/en${path}`);
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain(`<title>${title}</title>`);
    expect(html).toContain(text);
    // Each of the page's own tags is marked, so that the app can tell them from the site's.
    const meta = (attribute: string, name: string) => html.match(new RegExp(`<meta ${attribute}="${name}" content="([^"]*)" data-page-head>`))?.[1];
    expect(meta('name', 'description')).toMatch(description);
    const canonical = html.match(/<link rel="canonical" href="([^"]*)" data-page-head>/)?.[1];
    expect(canonical).toBe(`http://localhost:8080/en${path}`);
    // The same page in the other languages, and the address that picks the reader's.
    expect(html).toContain(`<link rel="alternate" hreflang="kk" href="http://localhost:8080/kk${path}" data-page-head>`);
    expect(html).toContain(`<link rel="alternate" hreflang="ru" href="http://localhost:8080/ru${path}" data-page-head>`);
    expect(html).toContain(`<link rel="alternate" hreflang="x-default" href="http://localhost:8080${path}" data-page-head>`);
    expect(meta('property', 'og:url')).toBe(canonical);
    expect(meta('property', 'og:title')).toBe(title === 'Social Partnership Portal' ? title : title.replace(' · Social Partnership Portal', ''));
    expect(meta('property', 'og:description')).toMatch(description);
    expect(meta('name', 'twitter:card')).toBe('summary');
    expect(html.match(/<title>/g)).toHaveLength(1);
    // The app does not hydrate: the page carries no markers for it.
    expect(html).not.toContain('<!>');
    expect(baseURL).toBeTruthy();
  });
}

for (const { screen, width, height } of [{ screen: 'a phone', width: 390, height: 844 }, { screen: 'a wide screen', width: 1280, height: 800 }]) {
  test(`on ${screen}, the app takes over a page without a blank frame and without moving anything`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    // Checks every frame from the first one with the page's heading: the heading is always there
    // after it, through the takeover, and the layout never shifts. (A frame can come while the
    // browser is still parsing the start of the body, before the heading: that is the parser's,
    // the same for any page, not the app's.)
    await page.addInitScript(() => {
      const w = window as any;
      w.__framesWithoutHeading = 0;
      w.__frames = 0;
      w.__shift = 0;
      w.__moved = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as any[]) {
          if (entry.hadRecentInput) continue;
          w.__shift += entry.value;
          // What moved, so that a failure says where to look.
          for (const source of entry.sources ?? []) {
            const node = source.node as Element | undefined;
            const name = node ? `${node.nodeName.toLowerCase()}.${node.className ?? ''}` : '(removed)';
            w.__moved.push(`${name} ${JSON.stringify(source.previousRect)} → ${JSON.stringify(source.currentRect)}`);
          }
        }
      }).observe({ type: 'layout-shift', buffered: true });
      const frame = () => {
        const heading = document.querySelector('main h1')?.textContent === 'Internships';
        if (heading || w.__frames > 0) {
          w.__frames += 1;
          if (!heading) w.__framesWithoutHeading += 1;
        }
        if (!w.__done) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    await page.goto('/en/internships');
    await expect(page.locator('ul.cards > li')).toHaveCount(10);
    // A few more frames after the app's page is in, for anything drawn after it to be counted.
    await page.evaluate(() => new Promise<void>((done) => {
      let frames = 10;
      const next = () => (--frames > 0 ? requestAnimationFrame(next) : done());
      requestAnimationFrame(next);
    }));
    const seen = await page.evaluate(() => {
      const w = window as any;
      w.__done = true;
      return { frames: w.__frames, withoutHeading: w.__framesWithoutHeading, shift: w.__shift, moved: w.__moved };
    });
    expect(seen.frames).toBeGreaterThan(0);
    expect(seen.withoutHeading).toBe(0);
    expect(seen.moved).toEqual([]);
    expect(seen.shift).toBe(0);
    // The filters are folded on a phone and shown beside the list on a wide screen, before and after.
    await expect(page.getByRole('group', { name: 'Filters' })).toBeVisible({ visible: width > 720 });
  });
}

test('content published after the build is what the app shows', async ({ page }) => {
  await page.route('**/data/partners.json', async (route) => {
    const response = await route.fetch();
    const text = (await response.text()).replace('"Al-Farabi Kazakh National University"', '"Al-Farabi Kazakh National University (renamed)"');
    await route.fulfill({ response, body: text });
  });
  await page.goto('/en/partners/kaznu');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Al-Farabi Kazakh National University (renamed)');
});

/** Opens `/{lang}/internships/new-after-build`, an internship the content has but the build did
 * not know, with the content held back until the returned function is called. */
async function openInternshipPublishedAfterTheBuild(page: Page, lang: string, title: Record<string, string>) {
  await page.route('**/data/internships.json', async (route) => {
    const response = await route.fetch();
    const data = JSON.parse(await response.text());
    data.items.push({ ...data.items[0], id: 'new-after-build', title });
    await route.fulfill({ response, body: JSON.stringify(data) });
  });
  const release = await holdResponses(page, '**/data/partners.json');
  const response = await page.goto(`/${lang}/internships/new-after-build`, { waitUntil: 'commit' });
  expect(response?.status()).toBe(404);
  return release;
}

test('an internship published after the build opens from its link, though the server knows no page for it', async ({ page }) => {
  const release = await openInternshipPublishedAfterTheBuild(page, 'en', { en: 'Published after the build' });
  // Until the app has read the content, the page does not claim that the item is not there.
  await expect(page.locator('body[data-prerendered]')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeHidden();
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Published after the build');
});

test('a new internship\'s link in Russian is in Russian from the first frame, before the app has read the content', async ({ page }) => {
  const release = await openInternshipPublishedAfterTheBuild(page, 'ru', { ru: 'Опубликована после сборки' });
  await expect(page.locator('body[data-prerendered]')).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  const sections = page.getByRole('navigation', { name: 'Разделы' });
  await expect(sections.getByRole('link', { name: 'Стажировки' })).toBeVisible();
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Опубликована после сборки');
  await expect(sections.getByRole('link', { name: 'Стажировки' })).toBeVisible();
});

test('a filtered list link opens the list filtered', async ({ page }) => {
  await page.goto('/en/internships?q=%D0%BF%D0%B5%D0%B4%D0%B0%D0%B3%D0%BE%D0%B3%D0%B8%D1%87%D0%B5%D1%81%D0%BA%D0%B0%D1%8F');
  await expect(page.locator('.match-count')).toHaveText('1 of 10 match');
  await expect(page.locator('ul.cards > li')).toHaveCount(1);
});

test('what a student types before the app arrives is kept and searched', async ({ page }) => {
  const release = await holdResponses(page, '**/data/internships.json');
  await page.goto('/en/internships', { waitUntil: 'commit' });
  const search = page.getByRole('searchbox', { name: 'Search internships' });
  await search.fill('педагогическая');
  release();
  await expect(page.locator('body[data-prerendered]')).toHaveCount(0);
  await expect(search).toHaveValue('педагогическая');
  await expect(search).toBeFocused();
  await expect(page.locator('.match-count')).toHaveText('1 of 10 match');
});

test('search engines get a sitemap, feed readers Atom feeds, and calendars the open deadlines', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const lang of ['kk', 'ru', 'en']) {
    expect(sitemap).toContain(`<loc>http://localhost:8080/${lang}/partners/kaznu</loc>`);
    expect(sitemap).toContain(`<loc>http://localhost:8080/${lang}/internships/almaty-academy-research-center-law</loc>`);
  }
  const news = await request.get('/feeds/news.xml');
  expect(news.headers()['content-type']).toContain('xml');
  const newsFeed = await news.text();
  expect(newsFeed).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  expect(newsFeed.match(/<entry>/g)).toHaveLength(3);
  expect(newsFeed).toContain('<link href="http://localhost:8080/news/kaznu-round-table-social-partnership-education"/>');
  const internships = await (await request.get('/feeds/internships.xml')).text();
  expect(internships.match(/<entry>/g)).toHaveLength(10);
  const calendar = await (await request.get('/feeds/deadlines.ics')).text();
  expect(calendar.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(10);
  expect(calendar).toContain('URL:http://localhost:8080/internships/');
  const home = await (await request.get('/')).text();
  expect(home).toContain('<link rel="alternate" type="application/atom+xml" title="News" href="feeds/news.xml">');
});

test('the saved count is not guessed before the app has read the device’s saved internships', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('portal.saved', 'almaty-academy-research-center-law'));
  const release = await holdResponses(page, '**/data/internships.json');
  await page.goto('/en/news', { waitUntil: 'commit' });
  const count = page.locator('.saved-link .saved-count');
  await expect(page.locator('body[data-prerendered]')).toHaveCount(1);
  await expect(count).toBeHidden();
  release();
  await expect(page.locator('body[data-prerendered]')).toHaveCount(0);
  await expect(count).toBeVisible();
  await expect(count).toHaveText(' (1)');
});
