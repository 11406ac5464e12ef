// Page-ready time per engine, for `cargo xtask bench` (xtask/src/bench_engines.rs): the built
// page opened from file:// in Chromium (Playwright), Firefox ESR and WebKitGTK (WebDriver), each
// `--reps` times in one browser, timed by the page itself: its `yearbook-ready` mark, set when
// the wasm is compiled, both instances are made and the worker answers, from navigation start.
// Prints one `ready <engine> <ms> <ms> …` line per engine, then a table.
//
//   node engines/ready.mjs --page dist/yearbook.html [--reps 5]
import { chromium } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ENGINES, waitFor } from './driver.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};
const url = pathToFileURL(resolve(option('--page', 'dist/yearbook.html'))).href;
const reps = Math.max(1, Number(option('--reps', '5')));

const readyMark = () => {
  const mark = performance.getEntriesByName('yearbook-ready')[0];
  return document.body.dataset.ready === 'true' && mark ? mark.startTime : null;
};

async function chromiumTimes() {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const times = [];
  try {
    const page = await browser.newPage();
    for (let rep = 0; rep < reps; rep += 1) {
      await page.goto(url);
      await page.waitForFunction(readyMark, null, { timeout: 60_000 });
      times.push(await page.evaluate(readyMark));
    }
  } finally {
    await browser.close();
  }
  return times;
}

async function webDriverTimes(engine) {
  const driver = await engine.start({ downloads: mkdtempSync(join(tmpdir(), 'yearbook-ready-')) });
  const times = [];
  try {
    for (let rep = 0; rep < reps; rep += 1) {
      await driver.get(url);
      times.push(await waitFor(driver, 'the page to be ready', readyMark));
    }
  } finally {
    await driver.quit();
  }
  return times;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const results = [];
for (const [name, measure] of [
  ['Chromium', chromiumTimes],
  [ENGINES.firefox.title, () => webDriverTimes(ENGINES.firefox)],
  [ENGINES.webkit.title, () => webDriverTimes(ENGINES.webkit)],
]) {
  const times = await measure();
  console.log(`ready ${name.replace(/\s+/g, '-')} ${times.map((time) => time.toFixed(0)).join(' ')}`);
  results.push({ name, times });
}

console.log(`\npage ready (file://, ${reps} loads each; ms from navigation start)`);
console.log(`${'engine'.padEnd(12)} ${'median'.padStart(7)} ${'min'.padStart(7)} ${'max'.padStart(7)} ${'first'.padStart(7)}`);
for (const { name, times } of results) {
  const cells = [median(times), Math.min(...times), Math.max(...times), times[0]].map((value) => value.toFixed(0).padStart(7));
  console.log(`${name.padEnd(12)} ${cells.join(' ')}`);
}
