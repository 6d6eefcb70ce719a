#!/usr/bin/env node
// Measures the built portal in Chromium and prints a report; it never fails on a slow figure.
// Run by scripts/bench, which starts the servers; by hand:
//
//   node bench/measure.mjs --bundled http://127.0.0.1:8471 --bundled-dir dist/data \
//       --large http://127.0.0.1:8472 --large-dir /tmp/.../data [--static /bench-static.html]
//       [--loads 5] [--data-brotli-quality 9]
//
// Every timing is read inside the page against its own clock (performance.now(), whose zero is
// the navigation start), so Playwright's round trips are not part of any figure.

import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import zlib from 'node:zlib';
import { createHash } from 'node:crypto';
import { cpus, getPriority, loadavg } from 'node:os';

// Playwright is installed for the browser tests only: borrow it from end2end/.
const require = createRequire(new URL('../end2end/package.json', import.meta.url));
const { chromium } = require('@playwright/test');

const args = parseArgs(process.argv.slice(2), {
  bundled: null, 'bundled-dir': null, large: null, 'large-dir': null,
  static: '/bench-static.html', loads: '5', 'data-brotli-quality': '9',
});
for (const required of ['bundled', 'large']) {
  if (!args[required]) throw new Error(`measure: --${required} URL is required`);
}
const LOADS = Number(args.loads);
const DATA_BROTLI_QUALITY = Number(args['data-brotli-quality']);

// The project's launch flags (end2end/playwright.config.ts), plus exact heap figures and a gc()
// to call before reading them, so that the heap is what the page keeps, not garbage.
const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--enable-precise-memory-info', '--js-flags=--expose-gc',
  ],
};
// English, as the static baseline is; a fresh context per load is a cold load (empty HTTP cache,
// no compiled-wasm cache, no localStorage).
const CONTEXT = { locale: 'en-US', viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' };

// Installed in every page before its own scripts. It notes when the app started (Trunk's event,
// which also hands over the wasm exports, the only way to its Memory) and the first frame in
// which an internship card is rendered: a rAF loop checks each frame before it is painted.
function pageProbe() {
  const b = (window.__bench = { started: null, firstCard: null, takenOver: null, wasm: null, longestTask: 0 });
  // The longest the page could not answer input (tasks over 50 ms), through the takeover.
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) b.longestTask = Math.max(b.longestTask, task.duration);
  }).observe({ type: 'longtask', buffered: true });
  b.ready = new Promise((resolve) => (b.resolve = resolve));
  b.app = new Promise((resolve) => (b.resolveApp = resolve));
  addEventListener('TrunkApplicationStarted', (e) => {
    b.started = performance.now();
    b.wasm = e.detail && e.detail.wasm;
  });
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  // The first card may be prerendered HTML; the app takes the page over later (the body loses
  // data-prerendered), and only then answers the search.
  const frame = () => {
    const card = document.querySelector('ul.cards > li');
    if (b.firstCard === null && card && shown(card)) {
      b.firstCard = performance.now();
      b.cardTop = card.getBoundingClientRect().top + scrollY;
      b.resolve();
    }
    if (b.takenOver === null && document.body && !document.body.hasAttribute('data-prerendered') && b.started !== null) {
      b.takenOver = performance.now();
      b.resolveApp();
    }
    if (b.firstCard === null || b.takenOver === null) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

// Installed after load for the typing test: from each key event (keydown, or beforeinput for
// letters typed without a key of the US layout) to the animation frame after the list changed:
// its cards (`ul.cards`, whose cards the app keeps while they stay on the page) or its count of
// matches (`.match-count`). The observer watches <main>.
function keyProbe() {
  const k = (window.__keys = { current: null });
  let t0 = 0;
  let finish = null;
  const arm = (e) => {
    if (k.current) return; // keydown and beforeinput of one keystroke: keep the earliest
    t0 = e.timeStamp;
    k.current = new Promise((resolve) => {
      let settled = false;
      finish = (value) => { if (!settled) { settled = true; resolve(value); } };
      setTimeout(() => finish(null), 1500); // the list did not change
    });
  };
  addEventListener('keydown', arm, true);
  addEventListener('beforeinput', arm, true);
  const inList = (node) => {
    const el = node.nodeType === 1 ? node : node.parentElement;
    return !!el && (el.matches('ul.cards, .match-count') || !!el.closest('ul.cards, .match-count'));
  };
  new MutationObserver((records) => {
    if (!k.current || !finish) return;
    const touched = records.some((r) => inList(r.target) || [...r.addedNodes, ...r.removedNodes].some(inList));
    if (touched) {
      const done = finish;
      finish = null;
      requestAnimationFrame(() => done(performance.now() - t0));
    }
  }).observe(document.querySelector('main') || document.body, { childList: true, subtree: true, characterData: true });
}

// A typist's search: words of the generated content in English and Russian, typed and erased
// one key at a time. With the large set nearly every keystroke changes the list; the space
// does not (the app trims the query), nor a key between two queries that both match nothing.
const TYPING = [...type('engineer'), ...type('алматы'), ...type('law osh'), ...type('karaganda')];

// The portal-wide results page searches every section at once: the partners, the internships,
// the programs and the news; words in Latin and Cyrillic letters, one with a typo.
const SEARCH_TYPING = [...type('almaty'), ...type('инженер'), ...type('qaragandy'), ...type('enginer')];

// The first load of the pages readers arrive on, each in a fresh browser: a Kazakh student's
// list, the English home page and a partner's page.
const FIRST_LOAD_ROUTES = ['/kk/internships', '/en/', '/en/partners/kaznu'];

function type(word) {
  return [...word, ...[...word].map(() => 'Backspace')];
}

let browser;

async function main() {
  browser = await chromium.launch(LAUNCH);
  try {
    const sets = {
      bundled: { base: args.bundled, dir: args['bundled-dir'] },
      large: { base: args.large, dir: args['large-dir'] },
    };
    const results = {};
    for (const [name, set] of Object.entries(sets)) {
      // The bytes pass comes first and also warms the machine up (disk cache, Chromium itself).
      log(`${name}: first load bytes`);
      const bytes = await firstLoadBytes(`${set.base}/en/internships`);
      log(`${name}: ${LOADS} cold loads`);
      const loads = [];
      for (let i = 0; i < LOADS; i++) loads.push(await coldLoad(`${set.base}/en/internships`));
      log(`${name}: memory and ${TYPING.length} keystrokes`);
      const typing = await typingAndMemory(`${set.base}/en/internships`);
      log(`${name}: ${SEARCH_TYPING.length} keystrokes on the results page`);
      const searchPage = await typingOnResultsPage(`${set.base}/en/search`);
      results[name] = { set, bytes, loads, ...typing, searchPage, counts: set.dir ? counts(set.dir) : null };
    }
    log(`first load of ${FIRST_LOAD_ROUTES.join(', ')}`);
    const routes = [];
    for (const route of FIRST_LOAD_ROUTES) routes.push({ route, bytes: await firstLoadBytes(`${args.bundled}${route}`, waitForApp) });
    results.bundled.routes = routes;
    // A student's usual next step: an internship's page and the Markdown reader are parts.
    log('from /kk/internships to an internship');
    results.bundled.toInternship = await firstLoadBytes(`${args.bundled}/kk/internships`, waitForApp, async (page) => {
      const link = page.locator('.cards h2 a').first();
      await link.hover();
      await link.click();
      await page.locator('.rich-text p').first().waitFor();
    });
    // The editors' page loads a bundle of its own, which no student page asks for.
    log('first load of /en/edit');
    results.bundled.editor = await firstLoadBytes(`${args.bundled}/en/edit`, waitForApp);
    log(`static baseline: ${LOADS} cold loads`);
    const staticLoads = [];
    for (let i = 0; i < LOADS; i++) staticLoads.push(await coldLoad(`${args.large}${args.static}`, false));
    report(results, staticLoads, browser.version());
  } finally {
    await browser.close();
  }
}

// -- measurements --------------------------------------------------------------------------

async function withPage(fn) {
  const context = await browser.newContext(CONTEXT);
  try {
    await context.addInitScript(pageProbe);
    const page = await context.newPage();
    return await fn(page);
  } finally {
    await context.close();
  }
}

async function waitForFirstCard(page) {
  await page.evaluate(() => Promise.race([
    window.__bench.ready,
    new Promise((_, fail) => setTimeout(() => fail(new Error('no internship card within 120 s')), 120_000)),
  ]));
}

async function waitForApp(page) {
  await page.evaluate(() => Promise.race([
    window.__bench.app,
    new Promise((_, fail) => setTimeout(() => fail(new Error('the app did not take over within 120 s')), 120_000)),
  ]));
}

/** One cold load: when the first card was rendered, and what led up to it. */
async function coldLoad(url, app = true) {
  return withPage(async (page) => {
    await page.goto(url, { waitUntil: 'commit' });
    await waitForFirstCard(page);
    if (app) await waitForApp(page);
    return page.evaluate(async () => {
      // The paint entry is queued after the frame is presented: wait for it a little.
      const paint = await new Promise((resolve) => {
        new PerformanceObserver((list, observer) => {
          const fcp = list.getEntriesByName('first-contentful-paint')[0];
          if (fcp) { observer.disconnect(); resolve(fcp); }
        }).observe({ type: 'paint', buffered: true });
        setTimeout(() => resolve(performance.getEntriesByName('first-contentful-paint')[0]), 3000);
      });
      // Long-task entries arrive after their task: let the takeover's last one come in.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const data = performance.getEntriesByType('resource').filter((r) => r.name.includes('/data/internships.json'));
      return {
        firstCard: window.__bench.firstCard,
        takenOver: window.__bench.takenOver,
        longestTask: window.__bench.longestTask,
        cardTop: window.__bench.cardTop,
        started: window.__bench.started,
        fcp: paint ? paint.startTime : null,
        internshipsJson: data.length ? Math.max(...data.map((r) => r.responseEnd)) : null,
      };
    });
  });
}

/** Every request of a first visit to `url`, by kind, raw and brotli-compressed, once `ready`
 *  (the first card, or the app's takeover) and the network is idle. */
async function firstLoadBytes(url, ready = waitForFirstCard, step = null) {
  // The browser's own list (navigation and resource timing) includes requests Playwright does
  // not report, like the favicon; the inspector drops bodies of tens of MB, so the bytes are
  // fetched again from the same server (fetch() decompresses them: these are the raw bytes).
  // What the browser was actually sent, with the project's nginx config, is `served`.
  // With `step`, the bytes of that step after the load instead (the list is only appended to).
  const entries = await withPage(async (page) => {
    await page.goto(url, { waitUntil: 'commit' });
    await ready(page);
    await page.waitForLoadState('networkidle');
    const loaded = () => page.evaluate(() => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
      .map((e) => ({ url: e.name, type: e.entryType, served: e.encodedBodySize })));
    if (!step) return loaded();
    const before = (await loaded()).length;
    await step(page);
    return (await loaded()).slice(before);
  });
  const kinds = {};
  for (const entry of entries) {
    const path = new URL(entry.url).pathname;
    const kind = entry.type === 'navigation' ? 'html'
      : path.startsWith('/data/') ? 'data'
      : path.endsWith('.wasm') ? 'wasm'
      : path.endsWith('.js') ? 'js'
      : path.endsWith('.css') ? 'css'
      : 'other';
    const body = await download(entry.url);
    // Built assets can be compressed once at build time at the best quality; data files are
    // published without a rebuild, and quality 11 takes over a minute for 30 MB.
    const quality = kind === 'data' ? DATA_BROTLI_QUALITY : 11;
    const k = (kinds[kind] ??= { requests: 0, raw: 0, brotli: 0, served: 0, paths: [] });
    k.requests += 1;
    k.raw += body.length;
    k.brotli += brotli(body, quality);
    k.served += entry.served;
    k.paths.push(path);
  }
  return kinds;
}

/** After a load: the heap the page keeps, the wasm memory, then the search typed key by key. */
async function typingAndMemory(url) {
  return withPage(async (page) => {
    await page.goto(url, { waitUntil: 'commit' });
    await waitForApp(page);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    const memory = await page.evaluate(async () => {
      if (window.gc) { gc(); gc(); }
      const wasm = window.__bench.wasm;
      let wasmBytes = wasm && wasm.memory instanceof WebAssembly.Memory ? wasm.memory.buffer.byteLength : null;
      let wasmSource = wasmBytes === null ? null : 'exports.memory from TrunkApplicationStarted';
      if (wasmBytes === null && performance.measureUserAgentSpecificMemory && crossOriginIsolated) {
        wasmBytes = (await performance.measureUserAgentSpecificMemory()).bytes;
        wasmSource = 'measureUserAgentSpecificMemory (whole page)';
      }
      return { jsHeap: performance.memory ? performance.memory.usedJSHeapSize : null, wasmBytes, wasmSource };
    });
    await page.evaluate(keyProbe);
    return { memory, typing: await typeKeys(page, TYPING) };
  });
}

/** The results page: each keystroke in its field, key event to the frame after the results changed. */
async function typingOnResultsPage(url) {
  return withPage(async (page) => {
    await page.goto(url, { waitUntil: 'commit' });
    await waitForApp(page);
    await page.waitForLoadState('networkidle');
    await page.evaluate(keyProbe);
    return typeKeys(page, SEARCH_TYPING);
  });
}

/** Types `keys` into the page's own search field (not the header's), one at a typist's pace. */
async function typeKeys(page, keys) {
  await page.click('main .search-box input[type=search]');
  const times = [];
  const unchanged = [];
  let typed = '';
  for (const key of keys) {
    typed = key === 'Backspace' ? typed.slice(0, -1) : typed + key;
    if (key.length > 1 || key.charCodeAt(0) < 128) await page.keyboard.press(key);
    else await page.keyboard.insertText(key); // no US-layout key: an input event, as an IME gives
    const ms = await page.evaluate(() => new Promise((resolve) => {
      const wait = () => (window.__keys.current ? window.__keys.current.then(resolve) : setTimeout(wait, 5));
      wait();
    }));
    await page.evaluate(() => { window.__keys.current = null; });
    if (ms === null) unchanged.push(`${key === ' ' ? 'space' : key} -> "${typed}"`);
    else times.push(ms);
    await page.waitForTimeout(120); // a typist's pace; each keystroke is measured on its own
  }
  return { times, unchanged };
}

// -- figures -------------------------------------------------------------------------------

/** The body of `url`, decompressed; once more if a kept-alive connection was closed under it. */
async function download(url) {
  for (let attempt = 1; ; attempt++) {
    try {
      return Buffer.from(await (await fetch(url)).arrayBuffer());
    } catch (error) {
      if (attempt === 2) throw error;
    }
  }
}

const brotliCache = new Map();

/** Brotli size; the built files are the same bytes in both sets, so each is compressed once. */
function brotli(buffer, quality) {
  if (!buffer.length) return 0;
  const key = `${quality}:${createHash('sha256').update(buffer).digest('hex')}`;
  if (!brotliCache.has(key)) brotliCache.set(key, compress(buffer, quality));
  return brotliCache.get(key);
}

function compress(buffer, quality) {
  return zlib.brotliCompressSync(buffer, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
    },
  }).length;
}

function counts(dir) {
  const read = (file) => JSON.parse(readFileSync(join(dir, file), 'utf8')).items;
  const today = localToday();
  const internships = read('internships.json');
  return {
    partners: read('partners.json').length,
    internships: internships.length,
    open: internships.filter((i) => i.deadline >= today).length,
    programs: read('programs.json').length,
    news: read('news.json').length,
  };
}

function localToday() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function median(xs) {
  const s = xs.filter((x) => x !== null).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Nearest-rank percentile. */
function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : null;
}

// -- report --------------------------------------------------------------------------------

function report(results, staticLoads, version) {
  const { bundled, large } = results;
  const out = [];
  const line = (s = '') => out.push(s);
  const KiB = (n) => (n === null || n === undefined ? 'n/a' : `${(n / 1024).toFixed(1)} KiB`);
  const MiB = (n) => (n === null || n === undefined ? 'n/a' : `${(n / 1048576).toFixed(1)} MiB`);
  const ms = (n) => (n === null || n === undefined ? 'n/a' : `${Math.round(n)} ms`);
  const ms1 = (n) => (n === null || n === undefined ? 'n/a' : `${n.toFixed(1)} ms`);
  const verdict = (value, limit) => (value === null ? '' : value <= limit ? 'within target' : 'OVER target');

  line('Portal benchmark');
  line(`  ${new Date().toISOString().slice(0, 19)}Z, Chromium ${version}, today ${localToday()}, ${LOADS} cold loads per median`);
  line(`  ${cpus().length} CPUs, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} at the end, nice ${getPriority()}`);
  for (const [name, r] of Object.entries(results)) {
    const c = r.counts;
    const what = c ? `${c.partners} partners, ${c.internships} internships (${c.open} open), ${c.programs} programs, ${c.news} news` : '';
    line(`  ${name.padEnd(8)} ${r.set.base}  ${what}`);
  }
  line();

  line(`First load of /internships (brotli: q11 for built files, q${DATA_BROTLI_QUALITY} for data; served: the bytes nginx sent)`);
  // The built files are the same in both sets: shown once, from the bundled site.
  const add = (parts) => parts.filter(Boolean).reduce((a, v) => ({ raw: a.raw + v.raw, brotli: a.brotli + v.brotli, served: a.served + v.served }), { raw: 0, brotli: 0, served: 0 });
  const sizes = (label, v, target = '') => [label, KiB(v?.raw), KiB(v?.brotli), KiB(v?.served), target];
  const count = (v) => (v && v.requests > 1 ? ` (${v.requests} requests)` : '');
  const rows = [['', 'raw', 'brotli', 'served', 'target']];
  for (const [kind, label] of [['html', 'index.html'], ['js', 'JS'], ['wasm', 'wasm'], ['css', 'CSS'], ['other', 'other:']]) {
    const v = bundled.bytes[kind];
    if (v) rows.push(sizes(`${label}${kind === 'other' ? ` ${v.paths.join(' ')}` : ''}${count(v)}`, v));
  }
  const app = add(Object.entries(bundled.bytes).filter(([k]) => k !== 'data').map(([, v]) => v));
  rows.push(sizes('total without data', app, `<= 200 KiB brotli: ${verdict(app.brotli, 200 * 1024)}`));
  for (const [name, r] of Object.entries(results)) rows.push(sizes(`data, ${name}${count(r.bytes.data)}`, r.bytes.data));
  for (const [name, r] of Object.entries(results)) rows.push(sizes(`total, ${name}`, add([app, r.bytes.data])));
  table(rows, line);
  line();

  line('First load per route without data (fresh browser; brotli q11, as built)');
  const routeRows = [['', 'html', 'JS', 'wasm', 'CSS', 'total', 'target']];
  for (const { route, bytes } of bundled.routes) {
    const total = add(Object.entries(bytes).filter(([k]) => k !== 'data').map(([, v]) => v)).brotli;
    routeRows.push([route, ...['html', 'js', 'wasm', 'css'].map((k) => KiB(bytes[k]?.brotli ?? 0)), KiB(total),
      `<= 250 KiB this round: ${verdict(total, 250 * 1024)}; goal 200 KiB: ${verdict(total, 200 * 1024)}`]);
  }
  const next = bundled.toInternship;
  routeRows.push(['then an internship', ...['html', 'js', 'wasm', 'css'].map((k) => KiB(next[k]?.brotli ?? 0)),
    KiB(add(Object.entries(next).filter(([k]) => k !== 'data').map(([, v]) => v)).brotli),
    'the next step from /kk/internships: its page\'s part and the Markdown reader']);
  const editor = bundled.editor;
  const editorTotal = add(Object.entries(editor).filter(([k]) => k !== 'data').map(([, v]) => v)).brotli;
  routeRows.push(['/en/edit (editors)', ...['html', 'js', 'wasm', 'css'].map((k) => KiB(editor[k]?.brotli ?? 0)), KiB(editorTotal),
    'its own bundle: in no student page\'s first load']);
  table(routeRows, line);
  line();

  line(`First internship card rendered on /internships (ms from navigation start, median of ${LOADS} cold loads)`);
  const loadRow = (label, loads, target) => [
    label, ms(median(loads.map((l) => l.fcp))), ms(median(loads.map((l) => l.started))),
    ms(median(loads.map((l) => l.internshipsJson))), ms(median(loads.map((l) => l.firstCard))),
    loads.map((l) => Math.round(l.firstCard)).join(' '), ms(median(loads.map((l) => l.takenOver))),
    ms(median(loads.map((l) => l.longestTask))), target,
  ];
  const appLarge = median(large.loads.map((l) => l.firstCard));
  const staticLarge = median(staticLoads.map((l) => l.firstCard));
  table([
    ['', 'first paint', 'app started', 'internships.json in', 'first card', 'each load', 'app took over', 'longest task', 'target'],
    loadRow('app, bundled data', bundled.loads, ''),
    loadRow('app, large data', large.loads, `<= 1000 ms: ${verdict(appLarge, 1000)}`),
    loadRow('static page, large data', staticLoads, ''),
  ], line);
  line(`  ratio app/static with the large data: ${staticLarge ? (appLarge / staticLarge).toFixed(1) : 'n/a'}x`);
  line('  first card: prerendered HTML, before the wasm; app took over: the app, with the content loaded, replaced it and answers input');
  line('  longest task: the longest the page did not answer input, up to the takeover (the app reads one content file per task)');
  // "Rendered" is Playwright's "visible": a box on the page, maybe below the fold.
  const top = (loads) => `${Math.round(median(loads.map((l) => l.cardTop)))} px`;
  line(`  first card's top edge (viewport ${CONTEXT.viewport.height} px high): app bundled ${top(bundled.loads)}, app large ${top(large.loads)}, static ${top(staticLoads)}`);
  line();

  line(`Keystroke to paint in the internships search (${TYPING.length} keystrokes, key event to the frame after the list changed)`);
  const typingRow = (label, t, target) => [
    label, String(t.times.length), String(t.unchanged.length), ms1(median(t.times)), ms1(percentile(t.times, 95)),
    ms1(t.times.length ? Math.max(...t.times) : null), target,
  ];
  table([
    ['', 'measured', 'list unchanged', 'median', 'p95', 'max', 'target'],
    typingRow(`bundled (${bundled.counts?.internships ?? '?'} internships)`, bundled.typing, ''),
    typingRow(`large (${large.counts?.internships ?? '?'} internships)`, large.typing,
      `median <= 12 ms: ${verdict(median(large.typing.times), 12)}`),
  ], line);
  for (const [name, r] of Object.entries(results)) {
    const u = r.typing.unchanged;
    if (u.length) line(`  ${name}: no list change after ${u.slice(0, 4).join(', ')}${u.length > 4 ? ` and ${u.length - 4} more` : ''}`);
  }
  line('  (a space leaves the trimmed query as it was; a key between two queries that match nothing changes no list)');
  line();

  line(`Keystroke to paint on the results page, /en/search: partners, internships, programs and news at once (${SEARCH_TYPING.length} keystrokes)`);
  table([
    ['', 'measured', 'list unchanged', 'median', 'p95', 'max', 'target'],
    typingRow(`bundled (${bundled.counts?.internships ?? '?'} internships)`, bundled.searchPage, ''),
    typingRow(`large (${large.counts?.internships ?? '?'} internships)`, large.searchPage, ''),
  ], line);
  line();

  line('Memory after load (after gc)');
  table([
    ['', 'JS heap used', 'wasm memory', 'how wasm memory was read'],
    ['bundled', MiB(bundled.memory.jsHeap), MiB(bundled.memory.wasmBytes), bundled.memory.wasmSource ?? 'n/a'],
    ['large', MiB(large.memory.jsHeap), MiB(large.memory.wasmBytes), large.memory.wasmSource ?? 'n/a'],
  ], line);
  line();
  line('KiB = 1024 bytes, MiB = 1024 KiB. Targets are printed for reading; nothing here fails on them.');
  console.log(out.join('\n'));
}

function table(rows, line) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const [n, row] of rows.entries()) {
    // Names and the target column read left to right; figures line up on the right.
    const left = (i) => i === 0 || i === row.length - 1;
    line('  ' + row.map((cell, i) => (left(i) ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ').trimEnd());
    if (n === 0) line('  ' + widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

function log(message) {
  process.stderr.write(`bench: ${message}\n`);
}

function parseArgs(argv, defaults) {
  const out = { ...defaults };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in defaults) || i + 1 >= argv.length) throw new Error(`measure: unknown or incomplete option ${argv[i]}`);
    out[key] = argv[i + 1];
  }
  return out;
}

await main();
