import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import type { Locator, Page } from '@playwright/test';

// A communications officer keeps the content in the editor at /{lang}/edit: forms in her
// language, checked as she types, her work kept in the browser, saved to the data folder or
// downloaded.

const data = join(__dirname, '../../public/data');
const bundled = (file: string) => readFileSync(join(data, file), 'utf8');

/** The content check, as developers run it, on a folder with `file` replaced by `text`. */
function check(file: string, text: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'edited-'));
  for (const name of ['site.json', 'partners.json', 'internships.json', 'programs.json', 'news.json']) {
    copyFileSync(join(data, name), join(folder, name));
  }
  writeFileSync(join(folder, file), text);
  return execFileSync('cargo', ['run', '--quiet', '--bin', 'check', '--', folder], { cwd: join(__dirname, '../..'), encoding: 'utf8' });
}

/** Fills the form of a new internship in the Russian interface. */
async function fillInternship(page: Page) {
  for (const [lang, title] of [['казахский', 'Құқық бойынша тағылымдама'], ['русский', 'Стажировка юриста в редакторе'], ['английский', 'Editor law internship']]) {
    await page.getByLabel(`Название (${lang})`, { exact: true }).fill(title);
  }
  await page.getByRole('button', { name: 'Предложить по названию' }).click();
  await expect(page.getByLabel('Идентификатор')).toHaveValue('editor-law-internship');
  await page.getByLabel('Принимающий партнёр').fill('Казахский национальный университет имени аль-Фараби');
  await page.getByLabel('Принимающий партнёр').press('Tab');
  for (const [lang, city] of [['казахский', 'Алматы'], ['русский', 'Алматы'], ['английский', 'Almaty']]) {
    await page.getByLabel(`Город (${lang})`, { exact: true }).fill(city);
  }
  await page.getByLabel('Страна').selectOption('KZ');
  await page.getByLabel('Формат').selectOption('onsite');
  await page.getByRole('button', { name: 'Добавить: Направления' }).click();
  await page.getByLabel('Направления 1', { exact: true }).selectOption('business-law');
  for (const [lang, text] of [['казахский', 'Заң **тәжірибесі**.'], ['русский', 'Практика в **юридической** клинике.'], ['английский', 'Practice at the law clinic.']]) {
    await page.getByLabel(`Описание (${lang})`, { exact: true }).fill(text);
  }
  await page.getByLabel('Опубликовано').fill('2026-11-20');
  await page.getByLabel('Срок подачи').fill('2026-12-20');
  await page.getByRole('button', { name: 'Добавить: Языки' }).click();
  await page.getByLabel('Языки 1', { exact: true }).selectOption('ru');
  await page.getByLabel('Как подать (ссылка)').fill('https://www.kaznu.kz/');
}

test('an officer adds an internship in Russian, is told of a bad date in Russian, and finds her draft after a reload', async ({ page }) => {
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.type());
    dialog.accept();
  });
  await page.goto('/ru/edit?file=internships');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Редактор содержимого');
  await page.getByRole('button', { name: 'Добавить запись' }).click();
  await fillInternship(page);
  // The markdown is shown as the portal will show it.
  await expect(page.locator('.markdown-preview strong').filter({ hasText: 'юридической' })).toBeVisible();
  // The host was picked by name: the form shows the name, the file gets the id.
  await expect(page.getByLabel('Принимающий партнёр')).toHaveValue('Казахский национальный университет имени аль-Фараби');

  await page.getByLabel('Срок подачи').fill('2026-11-01');
  const problems = page.locator('.item-problems');
  await expect(problems).toContainText('Срок подачи: срок подачи (2026-11-01) раньше даты публикации (2026-11-20)');
  // The message links to its field.
  await problems.getByRole('link').first().click();
  await expect(page.getByLabel('Срок подачи')).toBeFocused();
  await page.getByLabel('Срок подачи').fill('2026-12-20');
  await expect(problems).toBeEmpty();

  await page.reload();
  // Leaving with unsaved work asked first; the work came back.
  expect(asked).toContain('beforeunload');
  await expect(page.getByRole('status')).toContainText('internships.json: Ваш черновик от');
  await expect(page.getByLabel('Идентификатор')).toHaveValue('editor-law-internship');
  await expect(page.getByLabel('Название (русский)', { exact: true })).toHaveValue('Стажировка юриста в редакторе');

  // Downloaded under its own name, in stable form: the check command passes it.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Скачать изменённые файлы' }).click()]);
  expect(download.suggestedFilename()).toBe('internships.json');
  const saved = readFileSync(await download.path(), 'utf8');
  expect(saved).toContain('"id": "editor-law-internship"');
  expect(saved).toContain('"host": "kaznu"');
  expect(saved.endsWith('}\n')).toBe(true);
  expect(check('internships.json', saved)).not.toContain('editor-law-internship');

  // The portal with her drafts shows the new internship.
  await page.getByRole('button', { name: 'Показать портал с моими черновиками' }).click();
  await page.waitForURL(/\/ru\/$/);
  await page.goto('/ru/internships/editor-law-internship');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Стажировка юриста в редакторе');
  await expect(page.getByRole('note')).toContainText('черновики');
});

test('saved into the data folder: written back, and a file changed on disk meanwhile is not overwritten', async ({ page }) => {
  // The browser's private file system stands in for the folder she picks.
  await page.addInitScript(() => {
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = () => navigator.storage.getDirectory();
  });
  await page.goto('/en/edit');
  const files = Object.fromEntries(['site.json', 'partners.json', 'internships.json', 'programs.json', 'news.json'].map((f) => [f, bundled(f)]));
  await page.evaluate(async (files) => {
    const folder = await navigator.storage.getDirectory();
    for (const [name, text] of Object.entries(files)) {
      const writable = await (await folder.getFileHandle(name, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, files);
  await page.getByRole('button', { name: 'Open the data folder' }).click();
  await expect(page.getByRole('status')).toContainText('Opened the folder');
  await page.getByRole('button', { name: /^News/ }).click();
  await page.locator('.item-open').first().click();
  const summary = page.getByLabel('Summary (English)', { exact: true });
  await summary.fill('Changed in the editor.');
  await page.getByRole('button', { name: 'Save to the folder' }).click();
  await expect(page.getByRole('status')).toContainText('Saved: news.json.');
  const onDisk = () => page.evaluate(async () => {
    const folder = await navigator.storage.getDirectory();
    return (await (await folder.getFileHandle('news.json')).getFile()).text();
  });
  const written = await onDisk();
  expect(written).toContain('"en": "Changed in the editor."');
  expect(check('news.json', written)).not.toMatch(/news\.json:\d+:\d+: error/);

  // Someone else changes the file on disk; her next save does not overwrite it.
  await page.evaluate(async () => {
    const folder = await navigator.storage.getDirectory();
    const handle = await folder.getFileHandle('news.json');
    const text = await (await handle.getFile()).text();
    const writable = await handle.createWritable();
    await writable.write(text.replace('Changed in the editor.', 'Changed by a colleague.'));
    await writable.close();
  });
  await summary.fill('Changed again.');
  await page.getByRole('button', { name: 'Save to the folder' }).click();
  await expect(page.getByRole('status')).toContainText('news.json was changed on disk since you opened it. Nothing was written.');
  expect(await onDisk()).toContain('Changed by a colleague.');
  await page.getByRole('button', { name: 'Overwrite it with my version' }).click();
  // While the save replaces the file, reading it can find none for a moment.
  await expect.poll(() => onDisk().catch(() => '')).toContain('Changed again.');
});

test('opening the data folder keeps her unsaved work, asks when the folder’s file is not the one it began from, and reopens with one click the next day', async ({ page }) => {
  page.on('dialog', (dialog) => dialog.accept());
  // A folder of the browser's private file system stands in for the one she picks.
  await page.addInitScript(() => {
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () =>
      (await navigator.storage.getDirectory()).getDirectoryHandle('portal-data', { create: true });
  });
  // Her work from yesterday, in two files.
  await page.goto('/en/edit?file=programs&item=1');
  await page.getByLabel('Title (English)', { exact: true }).fill('My programme draft');
  await page.goto('/en/edit?file=news&item=1');
  const summary = page.getByLabel('Summary (English)', { exact: true });
  await summary.fill('My news draft.');
  // The folder has the published programs.json, and a news.json a colleague changed since.
  const files = Object.fromEntries(['site.json', 'partners.json', 'internships.json', 'programs.json', 'news.json'].map((f) => [f, bundled(f)]));
  files['news.json'] = files['news.json'].replace('"updated": "2026-11-20"', '"updated": "2026-11-22"');
  await page.evaluate(async (files) => {
    const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('portal-data', { create: true });
    for (const [name, text] of Object.entries(files)) {
      const writable = await (await folder.getFileHandle(name, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, files);
  await page.reload();
  await page.getByRole('button', { name: 'Open the data folder' }).click();
  await expect(page.getByRole('status')).toContainText('news.json: your unsaved work began from another version than the one in this folder.');
  await page.getByRole('button', { name: 'Keep my draft' }).click();
  await expect(summary).toHaveValue('My news draft.');
  await page.getByRole('button', { name: 'Save to the folder' }).click();
  await expect(page.getByRole('status')).toContainText('Saved: programs.json, news.json.');
  const onDisk = (name: string) => page.evaluate(async (name) => {
    const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('portal-data');
    return (await (await folder.getFileHandle(name)).getFile()).text();
  }, name);
  expect(await onDisk('news.json')).toContain('"en": "My news draft."');
  expect(await onDisk('programs.json')).toContain('"en": "My programme draft"');

  // The next day the browser still knows the folder: one click, and her new work goes on from what she saved.
  await summary.fill('More the next day.');
  await page.reload();
  await page.getByRole('button', { name: 'Reopen the folder “portal-data”' }).click();
  await expect(page.getByRole('status')).toContainText('Opened the folder “portal-data”');
  await expect(page.getByRole('status')).not.toContainText('began from another version');
  await expect(summary).toHaveValue('More the next day.');
  await page.getByRole('button', { name: 'Save to the folder' }).click();
  await expect(page.getByRole('status')).toContainText('Saved: news.json.');
  expect(await onDisk('news.json')).toContain('"en": "More the next day."');
});

test('a new subject field in the site file: told in Russian what is missing, then downloaded and passed by the check', async ({ page }) => {
  page.on('dialog', (dialog) => dialog.accept());
  await page.goto('/ru/edit?file=site');
  await page.getByRole('button', { name: 'Добавить: Направления' }).click();
  const problems = page.getByRole('region', { name: 'Ошибки и предупреждения' });
  await expect(problems).toContainText('Идентификатор: пусто');
  await expect(problems).toContainText('Подпись: не заполнено ни на одном языке (казахский, русский, английский)');
  const added = page.getByRole('group', { name: /^Направления \d+$/ }).last();
  await added.getByLabel('Идентификатор').fill('agronomy');
  for (const [lang, label] of [['казахский', 'Агрономия'], ['русский', 'Агрономия'], ['английский', 'Agronomy']]) {
    await added.getByLabel(`Подпись (${lang})`, { exact: true }).fill(label);
  }
  await expect(problems).toContainText('Ошибок не найдено.');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Скачать изменённые файлы' }).click()]);
  expect(download.suggestedFilename()).toBe('site.json');
  const saved = readFileSync(await download.path(), 'utf8');
  expect(JSON.parse(saved).fields.at(-1)).toEqual({ id: 'agronomy', label: { kk: 'Агрономия', ru: 'Агрономия', en: 'Agronomy' } });
  expect(check('site.json', saved)).not.toMatch(/site\.json:\d+:\d+: (error|warning)/);
});

test('a broken file opens as text at its mistake, with the message in Kazakh, and opens as a form once fixed', async ({ page }) => {
  await page.goto('/kk/edit?file=news');
  const broken = bundled('news.json').replace('"id": "kaznu-round-table-social-partnership-education",', '"id": "kaznu-round-table-social-partnership-education"');
  await page.getByLabel('Файлдарды ашу…').setInputFiles([{ name: 'news (1).json', mimeType: 'application/json', buffer: Buffer.from(broken) }]);
  await expect(page.getByRole('heading', { name: 'news.json файлы дұрыс JSON емес, сондықтан мәтін ретінде ашылды.' })).toBeVisible();
  const text = page.locator('#broken-text');
  await expect(text).toBeFocused();
  const line = broken.split('\n').findIndex((l) => l.includes('"id": "kaznu-round-table-social-partnership-education"')) + 1;
  await expect(page.locator('#broken-reason')).toContainText(`${line}-жол`);
  const caret = await text.evaluate((area: HTMLTextAreaElement) => area.value.slice(0, area.selectionStart).split('\n').length);
  expect(caret).toBe(line);
  await text.fill(bundled('news.json'));
  await expect(page.getByRole('heading', { name: 'Жазбалар' })).toBeVisible();
});

test('missing translations are listed and filtered; the interface names every control in English', async ({ page }) => {
  await page.goto('/en/edit?file=internships');
  await expect(page.getByRole('heading', { name: 'Missing translations' })).toBeVisible();
  await page.getByRole('button', { name: 'Add an item' }).click();
  await page.getByLabel('Title (Russian)', { exact: true }).fill('Только по-русски');
  await expect(page.getByRole('region', { name: 'Missing translations' })).toContainText('without Kazakh');
  // The list's search field and its select are written in the page's type; on a phone, the
  // select is on the line of its name.
  await page.setViewportSize({ width: 360, height: 800 });
  const fontSize = (selector: string) => page.locator(selector).evaluate((e) => getComputedStyle(e).fontSize);
  for (const control of ['#item-search', '#item-show']) expect(await fontSize(control)).toBe(await fontSize('main'));
  // The form's fields are the same boxes, their text off the border.
  const padding = (field: Locator) => field.evaluate((e) => getComputedStyle(e).paddingLeft);
  const title = page.getByLabel('Title (Russian)', { exact: true });
  expect(await fontSize('#item-search')).toBe(await title.evaluate((e) => getComputedStyle(e).fontSize));
  expect(await padding(title)).toBe(await padding(page.locator('#item-search')));
  expect(parseFloat(await padding(title))).toBeGreaterThan(4);
  const label = await page.locator('label[for="item-show"]').boundingBox();
  const select = await page.getByLabel('Show').boundingBox();
  expect(label!.y + label!.height / 2).toBeGreaterThan(select!.y);
  expect(label!.y + label!.height / 2).toBeLessThan(select!.y + select!.height);
  expect(select!.x + select!.width).toBeLessThanOrEqual(await page.locator('.item-list-tools').evaluate((e) => e.getBoundingClientRect().right));
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByLabel('Show').selectOption({ label: 'Missing Kazakh' });
  await expect(page.getByRole('button', { name: /Только по-русски.*no Kazakh/ })).toBeVisible();
  // The checker warns about the texts too, naming the field by its label.
  await expect(page.locator('.item-problems')).toContainText('Title: no translation into Kazakh and English');
  // Accessible names: add buttons say Add, saving says Save or Download, inputs name their language.
  await expect(page.getByRole('button', { name: /Add/ }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: /Add to Subject fields/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /Save|Download/ })).toBeVisible();
  for (const lang of ['Kazakh', 'Russian', 'English']) {
    await expect(page.getByRole('textbox', { name: `Title (${lang})`, exact: true })).toBeVisible();
  }
  // Deleted, then undone.
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Title (Russian)', { exact: true })).toHaveValue('Только по-русски');
});

test('three rows pasted from a spreadsheet add three partners, after she confirms', async ({ page }) => {
  await page.goto('/ru/edit?file=partners');
  const before = await page.locator('.item-row').count();
  await page.locator('summary', { hasText: 'Вставить строки из таблицы' }).click();
  const rows = [
    'Идентификатор\tНазвание организации (русский)\tname (en)\tВид\tСтрана\tГород (русский)\tСайт',
    'kbtu\tКазахстанско-Британский технический университет\tKazakh-British Technical University\tuniversity\tKZ\tАлматы\thttps://kbtu.edu.kz/',
    'narxoz\tУниверситет Нархоз\tNarxoz University\tuniversity\tKZ\tАлматы\thttps://narxoz.edu.kz/',
    'kaspi\tKaspi.kz\tKaspi.kz\tenterprise\tKZ\tАлматы\thttps://kaspi.kz/',
  ].join('\n');
  await page.getByLabel('Вставить строки из таблицы').fill(rows);
  await page.getByRole('button', { name: 'Прочитать строки' }).click();
  await expect(page.locator('.item-row')).toHaveCount(before);
  await page.getByRole('button', { name: 'Добавить записей: 3' }).click();
  await expect(page.locator('.item-row')).toHaveCount(before + 3);
  await expect(page.getByRole('button', { name: /Университет Нархоз/ })).toBeVisible();
});

test('a file with a byte order mark is reported at the same place as the check command reports it', async ({ page }) => {
  const bom = Buffer.from([0xef, 0xbb, 0xbf]);
  const text = bundled('news.json');
  const id = JSON.parse(text).items[0].id;
  const changed = text.replace(/"date": "[^"]+"/, '"date": "2026-02-30"');
  const at = changed.indexOf('"date": "2026-02-30"') + '"date": '.length;
  const before = changed.slice(0, at);
  const place = `news.json:${before.split('\n').length}:${at - before.lastIndexOf('\n')}: error: ${id}: date: \`2026-02-30\` is not a real date`;
  await page.goto('/en/edit?file=news');
  await page.getByLabel('Open files…').setInputFiles([{ name: 'news.json', mimeType: 'application/json', buffer: Buffer.concat([bom, Buffer.from(changed)]) }]);
  await page.locator('summary', { hasText: 'For developers: file:line:column' }).click();
  await expect(page.locator('.developer-lines')).toContainText(place);
});

test('a draft begun before the file was published again: she is told, and chooses to start over', async ({ page }) => {
  page.on('dialog', (dialog) => dialog.accept());
  await page.goto('/en/edit?file=programs&item=1');
  await page.getByLabel('Title (English)', { exact: true }).fill('My draft title');
  // A colleague publishes a new programs.json meanwhile.
  const republished = bundled('programs.json').replace('"updated": "2026-11-20"', '"updated": "2026-11-22"');
  await page.route('**/data/programs.json', (route) => route.fulfill({ contentType: 'application/json', body: republished }));
  await page.reload();
  await expect(page.getByRole('status')).toContainText('programs.json was published again since your draft began.');
  await expect(page.getByLabel('Title (English)', { exact: true })).toHaveValue('My draft title');
  await page.getByRole('button', { name: 'Start over from the published file' }).click();
  await expect(page.getByLabel('Title (English)', { exact: true })).not.toHaveValue('My draft title');
});

test('the old preview address sends editors to the editor', async ({ page }) => {
  await page.goto('/ru/preview', { waitUntil: 'commit' });
  await page.waitForURL(/\/ru\/edit/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Редактор содержимого');
});
