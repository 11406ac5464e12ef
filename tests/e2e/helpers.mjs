// Helpers for the end-to-end tests: open the page, hand it files the way a person does (drag and
// drop, the file picker), and check what a person would see (status line, file list, headline
// totals, drawn charts), plus what a person would not see (requests, dialogs, long tasks).
import { expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fixtureFile, formatAmount } from './fixtures.mjs';

const port = Number(process.env.YEARBOOK_E2E_PORT || 8765);

/** The message the page shows for a file it does not recognise (the core's wording). */
export const UNKNOWN_FILE_MESSAGE = 'does not look like any statement Yearbook reads';

/** The minimal bytes of a one-page PDF, as a bank's "statement.pdf" starts. */
export function fakePdf() {
  return Buffer.from(
    '%PDF-1.4\n' +
      '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n' +
      '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n' +
      '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n' +
      'trailer\n<< /Root 1 0 R >>\n%%EOF\n',
    'latin1',
  );
}

/** `length` bytes from a seeded xorshift generator: random-looking, the same on every run. */
export function randomBytes(length, seed = 0x9e3779b9) {
  const bytes = Buffer.alloc(length);
  let state = seed >>> 0 || 1;
  for (let index = 0; index < length; index += 1) {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    bytes[index] = state & 0xff;
  }
  return bytes;
}

/** Every request server.mjs has seen so far (it keeps the log for the whole run). */
export async function serverRequests() {
  const response = await fetch(`http://127.0.0.1:${port}/__e2e/requests`);
  return response.json();
}

/**
 * Requests that reached the server after the `before` snapshot. Chromium asks for /favicon.ico on
 * its own, whatever the page says, so that one is not the page's doing.
 */
export async function requestsSince(before) {
  const all = await serverRequests();
  return all.slice(before.length).filter((request) => request.path !== '/favicon.ico');
}

/**
 * Opens the page (the test server's `/`, or `url`) and waits until the wasm core and its worker
 * are ready. Returns what the test asserts on at the end: uncaught exceptions (a wasm panic
 * surfaces there), dialogs (alert() from injected markup), CSP violations, and every request the
 * browser made for the page after it loaded (to any host, not only the test server).
 */
export async function openPage(page, { url = '/' } = {}) {
  const seen = { errors: [], dialogs: [], violations: [], requests: [], loaded: false };
  page.on('pageerror', (error) => seen.errors.push(String(error)));
  page.on('dialog', async (dialog) => {
    seen.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on('request', (request) => {
    const requestUrl = request.url();
    // The worker's script is the page's own blob: URL, made from its inline source.
    if (seen.loaded && !requestUrl.startsWith('blob:') && !requestUrl.startsWith('data:')) seen.requests.push(requestUrl);
  });
  await page.exposeFunction('__yearbookViolation', (text) => seen.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__yearbookViolation(`${event.effectiveDirective} blocked ${event.blockedURI}`);
    });
  });
  await page.goto(url);
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('#status')).toHaveAttribute('data-state', 'idle');
  await expect(page.locator('#report')).toBeHidden();
  seen.loaded = true;
  return seen;
}

/** Asserts the page did nothing wrong behind the scenes (see openPage). */
export function expectClean(seen) {
  expect(seen.errors, 'uncaught exceptions').toEqual([]);
  expect(seen.dialogs, 'dialogs').toEqual([]);
  expect(seen.requests, 'requests made by the page after it loaded').toEqual([]);
}

/**
 * Drops files on #drop-zone as a browser does: one DataTransfer holding the Files, then
 * dragenter, dragover and drop on the zone. `files`: [{name, type, bytes}].
 */
export async function dropFiles(page, files) {
  const payload = files.map(({ name, type, bytes }) => ({ name, type: type || '', base64: Buffer.from(bytes).toString('base64') }));
  const dataTransfer = await page.evaluateHandle((items) => {
    const transfer = new DataTransfer();
    for (const { name, type, base64 } of items) {
      const binary = atob(base64);
      const content = Uint8Array.from(binary, (char) => char.charCodeAt(0));
      transfer.items.add(new File([content], name, { type }));
    }
    return transfer;
  }, payload);
  const zone = page.locator('#drop-zone');
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.dispatchEvent('dragover', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
  await dataTransfer.dispose();
}

/** One file: a path under the repository (or absolute), or {name, type, bytes}. */
export async function dropFile(page, file) {
  await dropFiles(page, [typeof file === 'string' ? { name: basename(file), type: '', bytes: readFileSync(fixtureFile(file)) } : file]);
}

/** Chooses `paths` with the page's "Choose files…" button and the browser's file picker. */
export async function pickFiles(page, paths) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('#choose-file').click()]);
  expect(chooser.isMultiple(), 'the picker takes several files').toBe(true);
  await chooser.setFiles(paths.map(fixtureFile));
}

/** The list item of the file called `name`. */
export function fileItem(page, name) {
  return page.locator('#files li.file').filter({ has: page.locator('.file-name', { hasText: name }) });
}

/**
 * The report is shown and its headline says, for every currency of the command line's report,
 * the spending and income it computed, formatted as a person reads them.
 */
export async function expectHeadline(page, expected) {
  await expect(page.locator('#report')).toBeVisible();
  await expect(page.locator('#report-title')).toContainText(String(expected.year));
  const lines = page.locator('#report-summary .headline');
  await expect(lines).toHaveCount(Object.keys(expected.currencies).length);
  for (const [currency, totals] of Object.entries(expected.currencies)) {
    const line = page.locator(`#report-summary .headline[data-currency="${currency}"]`);
    await expect(line).toContainText(formatAmount(totals.spending, currency));
    await expect(line).toContainText(formatAmount(totals.income, currency));
  }
}

/** Reads a canvas's pixels in the page: how much is drawn, and in how many colours. */
export async function canvasPixels(locator) {
  return locator.evaluate((canvas) => {
    const context = canvas.getContext('2d');
    if (!context || canvas.width === 0 || canvas.height === 0) {
      return { width: canvas.width, height: canvas.height, inked: 0, colours: 0 };
    }
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    const counts = new Map();
    for (let index = 0; index < data.length; index += 4) {
      const rgba = ((data[index] << 24) | (data[index + 1] << 16) | (data[index + 2] << 8) | data[index + 3]) >>> 0;
      counts.set(rgba, (counts.get(rgba) ?? 0) + 1);
    }
    // The most common colour is the background, whatever it is (white, theme colour, transparent).
    const background = Math.max(...counts.values());
    const total = canvas.width * canvas.height;
    // Anti-aliasing makes hundreds of one-off shades; a colour covering 20+ pixels is a real mark.
    const colours = [...counts.values()].filter((n) => n >= 20).length;
    return { width: canvas.width, height: canvas.height, inked: total - background, colours };
  });
}

/**
 * Every report section has a heading and a summary, every chart is drawn at CSS size × device
 * pixel ratio with real marks on it, and the monthly chart is among them.
 */
export async function expectSectionsDrawn(page) {
  const sections = page.locator('#sections .report-section');
  await expect(sections.first()).toBeVisible();
  const charts = page.locator('#sections canvas[data-chart]');
  await expect(page.locator('#sections canvas[data-chart="months"]')).toHaveCount(1);
  const count = await charts.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index += 1) {
    const chart = charts.nth(index);
    await chart.scrollIntoViewIfNeeded();
    await expect(chart).toHaveAttribute('data-drawn', 'true');
  }
  const months = page.locator('#sections canvas[data-chart="months"]');
  const pixels = await canvasPixels(months);
  const total = pixels.width * pixels.height;
  const box = await months.boundingBox();
  const ratio = await page.evaluate(() => window.devicePixelRatio);
  expect(Math.abs(pixels.width - Math.round(box.width * ratio)), 'backing store = CSS width × devicePixelRatio').toBeLessThanOrEqual(1);
  expect(pixels.inked, `drawn pixels of ${total} (${JSON.stringify(pixels)})`).toBeGreaterThan(total * 0.02);
  expect(pixels.colours, `colours covering 20+ pixels (${JSON.stringify(pixels)})`).toBeGreaterThanOrEqual(3);
}

/** The status line settles on `state` ('done', 'error', …). */
export async function expectStatus(page, state, text) {
  const status = page.locator('#status');
  await expect(status).toHaveAttribute('data-state', state);
  if (text) await expect(status).toContainText(text);
}

/** The page shows an error mentioning `text` for the file, and no report. */
export async function expectFileError(page, name, text) {
  const item = fileItem(page, name);
  await expect(item).toHaveAttribute('data-state', 'failed');
  await expect(item.locator('.file-error')).toContainText(text);
  await expectStatus(page, 'error');
  await expect(page.locator('#report')).toBeHidden();
  // Still an error a moment later: nothing left running that flips the status back to busy.
  await page.waitForTimeout(300);
  await expectStatus(page, 'error');
}

/** Records main-thread long tasks (PerformanceObserver 'longtask') from the page's first moment. */
export async function recordLongTasks(page) {
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** Long tasks that started after `since` (a performance.now() reading in the page). */
export async function longTasksSince(page, since) {
  return page.evaluate((from) => window.__longTasks.filter((task) => task.start >= from), since);
}
