import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';

const bundled = (file: string) => readFileSync(join(__dirname, '../../public/data', file), 'utf8');

/** The bundled internships with one title changed and one item broken, written compactly. */
function editedInternships() {
  const data = JSON.parse(bundled('internships.json'));
  data.items[0].title.en = 'Edited: law research internship';
  data.items[1].deadline = '2026-02-30';
  return JSON.stringify(data);
}

test('an editor previews drafts: the portal renders them in that tab, they survive a reload, and download gives them back', async ({ page, context }) => {
  await page.goto('/en/preview');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Preview drafts');
  const edited = editedInternships();
  await page.getByLabel('Choose JSON files').setInputFiles([
    { name: 'internships.json', mimeType: 'application/json', buffer: Buffer.from(edited) },
    { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{}') },
  ]);
  await expect(page.getByRole('status').filter({ hasText: 'notes.json is not one of' })).toBeVisible();
  const row = page.getByRole('row', { name: /internships\.json/ });
  await expect(row).toContainText('Draft');
  await expect(row).toContainText('1 errors, 0 warnings');
  const report = page.getByRole('region', { name: 'Validation report' });
  await expect(report).toContainText(/internships\.json:1:\d+: error: abai-schools-teaching-practice: deadline: `2026-02-30` is not a real date/);

  await page.getByRole('button', { name: 'Show the portal with these drafts' }).click();
  await expect(page.getByRole('note')).toContainText('this tab shows your local drafts');
  await page.goto('/en/internships');
  await expect(page.getByRole('link', { name: 'Edited: law research internship' })).toBeVisible();
  await expect(page.locator('.match-count')).toHaveText('9 internships');
  await page.reload();
  await expect(page.getByRole('link', { name: 'Edited: law research internship' })).toBeVisible();

  // Download: the same content, in stable form.
  await page.goto('/en/preview');
  const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: 'Download' }).click()]);
  expect(download.suggestedFilename()).toBe('internships.json');
  const downloaded = readFileSync(await download.path(), 'utf8');
  expect(JSON.parse(downloaded)).toEqual(JSON.parse(edited));
  expect(downloaded).toContain('\n  "items": [\n');
  expect(downloaded).toContain('Правовая стажировка');
  expect(downloaded.endsWith('}\n')).toBe(true);

  // A new tab (the old one closed, or crashed): the drafts are still there, the site is the published one.
  await page.close();
  const again = await context.newPage();
  await again.goto('/en/internships');
  await expect(again.getByRole('note')).toHaveCount(0);
  await expect(again.getByRole('link', { name: 'Law research internship at the Research Center of the Almaty Academy of the MIA' })).toBeVisible();
  await again.goto('/en/preview');
  await expect(again.getByRole('row', { name: /internships\.json/ })).toContainText('Draft');
  await again.getByRole('button', { name: 'Discard all drafts' }).click();
  await expect(again.getByRole('row', { name: /internships\.json/ })).toContainText('Published file');
});

test('the published files download unchanged: they are already in stable form', async ({ page }) => {
  await page.goto('/en/preview');
  for (const file of ['partners.json', 'news.json']) {
    const row = page.getByRole('row', { name: new RegExp(file.replace('.', '\\.')) });
    const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: 'Download' }).click()]);
    expect(readFileSync(await download.path(), 'utf8')).toBe(bundled(file));
  }
});

test('a draft that is not valid JSON is kept and downloaded exactly as it was', async ({ page }) => {
  await page.goto('/en/preview');
  const broken = bundled('news.json').replace('"id": "kaznu-round-table-social-partnership-education",', '"id": "kaznu-round-table-social-partnership-education"');
  await page.getByLabel('Choose JSON files').setInputFiles([{ name: 'news.json', mimeType: 'application/json', buffer: Buffer.from(broken) }]);
  const report = page.getByRole('region', { name: 'Validation report' });
  await expect(report).toContainText(/news\.json:\d+:\d+: error: not valid JSON: a comma is missing/);
  const row = page.getByRole('row', { name: /news\.json/ });
  const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: 'Download' }).click()]);
  expect(readFileSync(await download.path(), 'utf8')).toBe(broken);
});

test('a file with a byte order mark is reported at the same places as without one, as the check command reports them', async ({ page }) => {
  // Notepad on Windows saves UTF-8 with a byte order mark; it is not a character of the first line.
  const bom = Buffer.from([0xef, 0xbb, 0xbf]);
  const text = bundled('news.json');
  const id = JSON.parse(text).items[0].id;
  /** The report line of the first news item's date changed to `date`, with its line and column in the file without a BOM. */
  const withDate = (date: string) => {
    const changed = text.replace(/"date": "[^"]+"/, `"date": "${date}"`);
    const at = changed.indexOf(`"date": "${date}"`) + '"date": '.length;
    const before = changed.slice(0, at);
    const place = `${before.split('\n').length}:${at - before.lastIndexOf('\n')}`;
    return { bytes: Buffer.concat([bom, Buffer.from(changed)]), line: `news.json:${place}: error: ${id}: date: \`${date}\` is not a real date` };
  };
  // The published file, read as bytes.
  const published = withDate('2026-02-30');
  await page.route('**/data/news.json', (route) => route.fulfill({ contentType: 'application/json', body: published.bytes }));
  await page.goto('/en/preview');
  const report = page.getByRole('region', { name: 'Validation report' });
  await expect(report).toContainText(published.line);
  // A draft chosen in the page.
  const draft = withDate('2026-04-31');
  await page.getByLabel('Choose JSON files').setInputFiles([{ name: 'news.json', mimeType: 'application/json', buffer: draft.bytes }]);
  await expect(report).toContainText(draft.line);
  await page.getByRole('button', { name: 'Discard all drafts' }).click();
});
