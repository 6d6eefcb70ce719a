// Lighthouse (mobile, simulated slow 4G) on the portal's pages and on plain static copies of the
// same pages, and the figures side by side. Part of scripts/bench; it prints and never fails on
// a figure.
//
//   node bench/lighthouse.mjs --site http://127.0.0.1:8471 --dir SITE_DIR [--runs 3] [--pages /en/,/en/internships]
//
// The static copy of a page is its prerendered HTML without any script, module or preload: the
// same content and stylesheet, the limit the portal's page is compared with. It is written
// under SITE_DIR/bench-static/ and served by the same server.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []));
const runs = Number(args.runs ?? 3);
const pages = (args.pages ?? '/en/,/en/internships,/en/partners/kaznu').split(',');
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

function staticCopy(path) {
  const html = readFileSync(join(args.dir, path, 'index.html'), 'utf8')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="(modulepreload|preload)"[^>]*>/g, '');
  const folder = join(args.dir, 'bench-static', path);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'index.html'), html);
  return `/bench-static${path === '/' ? '/' : path}`;
}

async function measure(chrome, url) {
  const result = await lighthouse(url, { port: chrome.port, output: 'json', onlyCategories: ['performance', 'seo'], logLevel: 'error' });
  const { lhr } = result;
  // What search engines see once the app has the page: a failed SEO audit is named.
  const seoFailed = lhr.categories.seo.auditRefs.filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== 1).map((ref) => ref.id);
  if (seoFailed.length) console.error(`lighthouse: ${url}: SEO audits failed: ${seoFailed.join(', ')}`);
  return {
    score: Math.round(lhr.categories.performance.score * 100),
    seo: Math.round(lhr.categories.seo.score * 100),
    lcp: lhr.audits['largest-contentful-paint'].numericValue,
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
    fcp: lhr.audits['first-contentful-paint'].numericValue,
    tbt: lhr.audits['total-blocking-time'].numericValue,
    version: lhr.lighthouseVersion,
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH || '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
const rows = [];
let version = '';
try {
  for (const path of pages) {
    const pair = {};
    for (const [kind, url] of [['portal', `${args.site}${path}`], ['static', `${args.site}${staticCopy(path)}`]]) {
      const results = [];
      for (let i = 0; i < runs; i++) results.push(await measure(chrome, url));
      version = results[0].version;
      pair[kind] = Object.fromEntries(['score', 'seo', 'lcp', 'cls', 'fcp', 'tbt'].map((k) => [k, median(results.map((r) => r[k]))]));
      console.error(`lighthouse: ${kind} ${path}: ${results.map((r) => `${r.score} / LCP ${Math.round(r.lcp)} ms`).join(', ')}`);
    }
    rows.push({ path, ...pair });
  }
} finally {
  await chrome.kill();
}

const ms = (n) => `${(n / 1000).toFixed(2)} s`;
const table = [['page', 'score', 'SEO', 'LCP', 'CLS', 'FCP', 'TBT', 'static score', 'static LCP', 'static CLS', 'LCP ratio', 'goal: 100, SEO 100, <= 1.25x, CLS 0']];
for (const { path, portal, static: plain } of rows) {
  const ratio = portal.lcp / plain.lcp;
  const met = portal.score === 100 && portal.seo === 100 && ratio <= 1.25 && portal.cls === 0;
  table.push([path, String(portal.score), String(portal.seo), ms(portal.lcp), portal.cls.toFixed(3), ms(portal.fcp), `${Math.round(portal.tbt)} ms`,
    String(plain.score), ms(plain.lcp), plain.cls.toFixed(3), `${ratio.toFixed(2)}x`, met ? 'met' : 'NOT met']);
}
const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
console.log(`Lighthouse ${version} (mobile, simulated slow 4G, Chromium at ${process.env.CHROME_PATH || '/usr/bin/chromium'}), median of ${runs} runs`);
for (const row of table) console.log(`  ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')}`);
console.log('  static: the same prerendered page with every script and preload removed');
