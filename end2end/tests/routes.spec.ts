import { test, expect, holdResponses } from './fixtures';

// Every route, opened directly as a visitor following a shared link would.
const pages = [
  { path: '/', heading: 'Social partnership in education', title: 'Social Partnership Portal' },
  { path: '/partners', heading: 'Partners', title: 'Partners · Social Partnership Portal' },
  { path: '/partners/kaznu', heading: 'Al-Farabi Kazakh National University', title: 'Al-Farabi Kazakh National University · Social Partnership Portal' },
  { path: '/internships', heading: 'Internships', title: 'Internships · Social Partnership Portal' },
  { path: '/internships/almaty-academy-research-center-law', heading: 'Law research internship at the Research Center of the Almaty Academy of the MIA', title: /^Law research internship/ },
  { path: '/programs', heading: 'Joint programs', title: 'Programs · Social Partnership Portal' },
  { path: '/programs/kaznu-upenn-law-double-degree', heading: 'Law: KazNU – University of Pennsylvania double-diploma programme', title: /^Law: KazNU – University of Pennsylvania/ },
  { path: '/news', heading: 'News', title: 'News · Social Partnership Portal' },
  { path: '/news/kaznu-round-table-social-partnership-education', heading: 'Round table at KazNU: social partnership in education in New Kazakhstan', title: /^Round table at KazNU/ },
];

for (const { path, heading, title } of pages) {
  test(`${path} opens directly, with its heading, title and the section links`, async ({ page }) => {
    await page.goto(`/en${path}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page).toHaveTitle(title);
    const nav = page.getByRole('navigation', { name: 'Sections' });
    for (const section of ['Partners', 'Internships', 'Programs', 'News']) {
      await expect(nav.getByRole('link', { name: section })).toBeVisible();
    }
  });
}

test('the home page tells what the partnership is and how large it is', async ({ page }) => {
  await page.goto('/en/');
  await expect(page.getByText('enterprises, state bodies and NGOs', { exact: false }).first()).toBeVisible();
  const stats = page.getByRole('list', { name: 'The network in numbers' });
  await expect(stats.getByRole('link', { name: '17 partners' })).toBeVisible();
  await expect(stats.getByRole('link', { name: '10 open internships' })).toBeVisible();
  await expect(stats.getByRole('link', { name: '8 joint programs' })).toBeVisible();
  const closing = page.getByRole('region', { name: 'Internships closing soonest' });
  await expect(closing.getByRole('listitem').first()).toContainText('Law research internship');
  await expect(closing.getByRole('listitem').first()).toContainText('closes in 3 days');
  const news = page.getByRole('region', { name: 'Latest news' });
  await expect(news.getByRole('heading', { level: 3 }).first()).toHaveText(/Shakarim University and the Abai region/);
});

test('links lead from an internship to its host, and from the host to its programs and news', async ({ page }) => {
  await page.goto('/en/');
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Internships' }).click();
  await expect(page).toHaveURL(/\/internships$/);
  await page.getByRole('link', { name: 'Internship at the KazNU law clinic' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Internship at the KazNU law clinic');
  await page.getByRole('link', { name: 'Al-Farabi Kazakh National University' }).click();
  await expect(page).toHaveURL(/\/partners\/kaznu$/);
  const programs = page.getByRole('region', { name: 'Joint programs' });
  await programs.getByRole('link', { name: /University of Pennsylvania double-diploma/ }).click();
  await expect(page).toHaveURL(/\/programs\/kaznu-upenn-law-double-degree$/);
  await page.getByRole('link', { name: 'University of Pennsylvania' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('University of Pennsylvania');
  await page.goBack();
  await page.goBack();
  const news = page.getByRole('region', { name: 'News' });
  await news.getByRole('link', { name: /Round table at KazNU/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Round table at KazNU/);
  await expect(page.getByRole('region', { name: 'Partners in this story' }).getByRole('link', { name: /Almaty Academy/ })).toBeVisible();
});

test('a deep link survives a reload', async ({ page }) => {
  await page.goto('/en/partners/shakarim');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shakarim University');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shakarim University');
  await expect(page).toHaveTitle('Shakarim University · Social Partnership Portal');
});

test('an unknown path and an unknown id show a real not-found page with a way back', async ({ page }) => {
  await page.goto('/en/no/such/page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page).toHaveTitle('Page not found · Social Partnership Portal');
  await page.goto('/en/internships/no-such-internship');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Social partnership in education');
});

test('an internship shows every fact a student needs and what its deadline means today', async ({ page }) => {
  await page.goto('/en/internships/almaty-academy-research-center-law');
  await expect(page.getByText('closes in 3 days')).toBeVisible();
  const facts = page.locator('dl.facts');
  for (const term of ['Host', 'Location', 'Mode', 'Fields', 'Pay', 'Working languages', 'Posted']) {
    await expect(facts.getByText(term, { exact: true })).toBeVisible();
  }
  await expect(facts).toContainText('Almaty, Kazakhstan');
  await expect(page.getByRole('link', { name: 'Apply' })).toHaveAttribute('href', /^(https:|mailto:)/);

  await page.goto('/en/internships/enu-social-partnership-research-assistant');
  await expect(page.locator('.deadline-line')).toContainText('closed');
  await expect(page.getByText('Applications for this internship are closed.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Apply' })).toHaveCount(0);
});

test('the internship list shows open internships, soonest deadline first, and past ones on their own tab', async ({ page }) => {
  await page.goto('/en/internships');
  const cards = page.locator('ul.cards > li');
  await expect(cards).toHaveCount(10);
  await expect(cards.nth(0)).toContainText('closes in 3 days');
  await expect(cards.nth(1)).toContainText('closes in 5 days');
  for (let i = 0; i < 10; i++) await expect(cards.nth(i)).not.toContainText('closed');
  await page.getByRole('link', { name: /^Past/ }).click();
  await expect(page).toHaveURL(/\/internships\?view=past$/);
  await expect(cards).toHaveCount(4);
  for (let i = 0; i < 4; i++) await expect(cards.nth(i)).toContainText('closed');
  await expect(cards.nth(0)).toContainText('Research assistant: social partnership in education');
});

test('a partner page lists its agreements and marks an expired one', async ({ page }) => {
  await page.goto('/en/partners/bsu');
  const agreements = page.getByRole('region', { name: 'Agreements' });
  await expect(agreements.getByText('Expired', { exact: true })).toBeVisible();
  await expect(agreements).toContainText('signed');
});

test('a news item renders its Markdown body and links its source', async ({ page }) => {
  await page.goto('/en/news/kaznu-rector-sco-law-schools-forum-shanghai');
  await expect(page.locator('.rich-text p').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Original publication' })).toHaveAttribute('href', /^https:\/\//);
});

test('the Markdown reader comes only with a page that shows rich text, and a dropped connection is said in the reader’s language', async ({ page }) => {
  // A student looking through the internships downloads no Markdown reader.
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('split_markdown_tree')) fetched.push(request.url());
  });
  await page.goto('/kk/internships');
  expect(fetched).toEqual([]);
  await page.locator('.cards h2 a').first().click();
  await expect(page.locator('.rich-text p').first()).toBeVisible();
  expect(fetched).toHaveLength(1);
  // Its words are formatted, not shown as written.
  await expect(page.locator('.rich-text')).not.toContainText('*');

  // The connection drops on the way to a program's page: a Russian reader is told so, and tries again.
  await page.route('**/*split_markdown_tree*', (route) => route.abort());
  await page.goto('/ru/programs');
  await page.locator('.cards h2 a').first().click();
  const problem = page.getByRole('alert');
  await expect(problem).toContainText('Не удалось загрузить страницу');
  await page.unroute('**/*split_markdown_tree*');
  await problem.getByRole('button', { name: 'Повторить' }).click();
  await expect(page.locator('.rich-text p').first()).toBeVisible();
});

test('a student’s list comes with the app, another page’s code when the student points at a link to it, the other lists’ pages together, and a dropped connection is said in the reader’s language', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    const part = request.url().match(/split_(\w+)-[0-9a-f]{16}\.wasm$/);
    if (part) fetched.push(part[1]);
  });
  // A Kazakh student arrives on the internships: the app brings the list, with the page's words.
  await page.goto('/kk/internships');
  expect(fetched).toEqual(['words_kk']);
  // Pointing at an internship starts its page and the Markdown reader on their way, before the click.
  const internship = page.locator('.cards h2 a').first();
  await internship.hover();
  await expect.poll(() => [...fetched].sort()).toEqual(['markdown_tree', 'page_internship', 'words_kk']);
  await internship.click();
  await expect(page.locator('.rich-text p').first()).toBeVisible();
  await page.locator('a.brand').click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(fetched.filter((part) => part === 'page_home')).toHaveLength(1);
  // The partners, the programs, the news and the saved page come in one download, started
  // when the student points at the link to the partners.
  const sections = page.getByRole('navigation', { name: 'Бөлімдер' });
  await sections.getByRole('link', { name: 'Серіктестер' }).hover();
  await expect.poll(() => fetched).toContain('more_pages');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Білім берудегі әлеуметтік серіктестік');
  for (const [section, path, heading] of [
    ['Серіктестер', '/partners', 'Серіктестер'],
    ['Бағдарламалар', '/programs', 'Бірлескен бағдарламалар'],
    ['Жаңалықтар', '/news', 'Жаңалықтар'],
    ['Сақталғандар', '/saved', 'Сақталған тағылымдамалар'],
  ]) {
    await sections.getByRole('link', { name: section }).click();
    await expect(page).toHaveURL(new RegExp(`/kk${path}$`));
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
  expect(fetched.filter((part) => part === 'more_pages')).toHaveLength(1);
  // Each part came once.
  expect(new Set(fetched).size).toBe(fetched.length);

  // The connection drops on the way from the home page to the partners: an English reader is told so, and tries again.
  await page.route('**/*split_more_pages*', (route) => route.abort());
  await page.goto('/en/');
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Partners' }).click();
  const problem = page.getByRole('alert');
  await expect(problem).toContainText('This page could not be loaded');
  await page.unroute('**/*split_more_pages*');
  await problem.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Partners' })).toBeVisible();
});

test('a partner’s page opened from a link asks for its parts while the app is still on its way', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    const part = request.url().match(/split_(\w+)-[0-9a-f]{16}\.wasm$/);
    if (part) fetched.push(part[1]);
  });
  const release = await holdResponses(page, '**/partnership-portal-*_bg.wasm');
  const parts = ['more_pages', 'markdown_tree'].map((part) =>
    page.waitForRequest((request) => request.url().includes(`split_${part}-`)));
  await page.goto('/ru/partners/kaznu', { waitUntil: 'commit' });
  // Both are asked for before the app has arrived, so the app does not wait for them after it starts.
  await Promise.all(parts);
  release();
  await page.waitForFunction(() => !document.body?.hasAttribute('data-prerendered'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Казахский национальный университет имени аль-Фараби');
  await expect(page.getByRole('region', { name: 'Соглашения' })).toBeVisible();
  // The app used what was asked for: each part came once.
  expect(fetched.sort()).toEqual(['markdown_tree', 'more_pages', 'words_ru']);
});

test('a page downloads the interface words of its own language only, and without them the page the build wrote stays readable', async ({ page }) => {
  const words: string[] = [];
  page.on('request', (request) => {
    const language = request.url().match(/split_words_(kk|ru|en)/);
    if (language) words.push(language[1]);
  });
  await page.goto('/ru/internships');
  await expect(page.getByRole('heading', { level: 1, name: 'Стажировки' })).toBeVisible();
  expect(words).toEqual(['ru']);

  // The connection drops on the way to the Kazakh words: the app does not take the page over,
  // and the prerendered page stays, in Kazakh, with links that work.
  await page.route('**/*split_words_kk*', (route) => route.abort());
  const dropped = page.waitForEvent('requestfailed', (request) => request.url().includes('split_words_kk'));
  await page.goto('/kk/internships', { waitUntil: 'commit' });
  await dropped;
  await expect(page.getByRole('heading', { level: 1, name: 'Тағылымдамалар' })).toBeVisible();
  await expect(page.locator('body[data-prerendered]')).toHaveCount(1);
  await page.locator('.cards h2 a').first().click();
  await expect(page).toHaveURL(/\/kk\/internships\/[a-z0-9-]+$/);
  await expect(page.locator('main h1')).toBeVisible();
});

test('pages are served with a strict Content-Security-Policy and security headers', async ({ page }) => {
  const response = await page.goto('/en/internships/almaty-academy-research-center-law');
  const headers = response!.headers();
  const csp = headers['content-security-policy'];
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toMatch(/'unsafe-eval'/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // No inline script: the loader is a file of its own.
  expect(await page.locator('script:not([src])').count()).toBe(0);
});

test('a news image and a partner logo are shown as decorative pictures beside their titles', async ({ page }) => {
  const news = await (await page.request.get('/data/news.json')).json();
  news.items[0].image = 'images/forum.png';
  const partners = await (await page.request.get('/data/partners.json')).json();
  partners.items[0].logo = 'images/kaznu.png';
  // A 1×1 PNG.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
  await page.route('**/images/*.png', (route) => route.fulfill({ contentType: 'image/png', body: png }));
  await page.route('**/data/news.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(news) }));
  await page.route('**/data/partners.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(partners) }));
  await page.goto(`/en/news/${news.items[0].id}`);
  await expect(page.locator('img.news-image')).toHaveAttribute('alt', '');
  await expect(page.locator('img.news-image')).toHaveAttribute('src', '/images/forum.png');
  await page.goto('/en/partners/kaznu');
  await expect(page.locator('img.logo')).toHaveAttribute('alt', '');
});
