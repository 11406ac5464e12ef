// Helpers for the end-to-end tests: open the page, hand it files the way a person does (drag and
// drop, the file picker), and check what a person would see (status line, report, drawn chart).
import { expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const port = Number(process.env.YEARBOOK_E2E_PORT || 8765);

/** The message the page shows for a file it does not recognise (the page contract). */
export const UNKNOWN_FILE_MESSAGE = 'does not look like any statement Yearbook reads';

/** A fixture written by `cargo xtask test` (YEARBOOK_FIXTURES, default <root>/target/e2e-fixtures). */
export function fixturePath(name) {
  const dir = process.env.YEARBOOK_FIXTURES || join(here, '..', '..', 'target', 'e2e-fixtures');
  const path = join(dir, name);
  if (!existsSync(path)) {
    throw new Error(`fixture ${path} is missing: run the end-to-end tests through \`cargo xtask test\``);
  }
  return path;
}

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
 * Opens the page and waits until the wasm module is ready. Uncaught exceptions are collected in
 * the returned array; each test asserts it stays empty (a wasm panic surfaces there).
 */
export async function openPage(page) {
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.goto('/');
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('#status')).toHaveAttribute('data-state', 'idle');
  await expect(page.locator('#report')).toHaveAttribute('hidden');
  return pageErrors;
}

/**
 * Drops one file on #drop-zone as a browser does: a DataTransfer holding a File, then dragenter,
 * dragover and drop on the zone.
 */
export async function dropFile(page, { name, type, bytes }) {
  const dataTransfer = await page.evaluateHandle(
    ({ name, type, base64 }) => {
      const binary = atob(base64);
      const content = Uint8Array.from(binary, (char) => char.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], name, { type }));
      return transfer;
    },
    { name, type, base64: Buffer.from(bytes).toString('base64') },
  );
  const zone = page.locator('#drop-zone');
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.dispatchEvent('dragover', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
  await dataTransfer.dispose();
}

/** Reads the chart's pixels in the page: how much is drawn, and in how many colours. */
async function canvasPixels(page) {
  return page.locator('#monthly-chart').evaluate((canvas) => {
    const context = canvas.getContext('2d');
    if (!context || canvas.width === 0 || canvas.height === 0) {
      return { width: canvas.width, height: canvas.height, inked: 0, colours: 0 };
    }
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    const counts = new Map();
    for (let index = 0; index < data.length; index += 4) {
      const rgba =
        ((data[index] << 24) | (data[index + 1] << 16) | (data[index + 2] << 8) | data[index + 3]) >>> 0;
      counts.set(rgba, (counts.get(rgba) ?? 0) + 1);
    }
    // The most common colour is the background, whatever it is (white, theme colour, transparent).
    const background = Math.max(...counts.values());
    const total = canvas.width * canvas.height;
    // Anti-aliasing makes hundreds of one-off shades; a colour that covers 20+ pixels is a real mark
    // (a bar, an axis, text).
    const colours = [...counts.values()].filter((n) => n >= 20).length;
    return { width: canvas.width, height: canvas.height, inked: total - background, colours };
  });
}

/** The page shows a finished report: status done, report visible with a total in yuan, chart drawn. */
export async function expectReport(page) {
  await expect(page.locator('#status')).toHaveAttribute('data-state', 'done');
  const report = page.locator('#report');
  await expect(report).not.toHaveAttribute('hidden');
  await expect(report).toBeVisible();
  // A spending total such as "¥12,345.67": a yuan sign and a non-zero amount.
  await expect(page.locator('#report-summary')).toContainText(/¥\s?[1-9][\d,]*(\.\d+)?/);
  const chart = page.locator('#monthly-chart');
  await expect(chart).toHaveAttribute('data-drawn', 'true');
  await expect(chart).toBeVisible();

  const pixels = await canvasPixels(page);
  const total = pixels.width * pixels.height;
  expect(total, 'the chart canvas has a size').toBeGreaterThan(0);
  expect(pixels.inked, `drawn pixels of ${total} (${JSON.stringify(pixels)})`).toBeGreaterThan(total * 0.02);
  expect(pixels.colours, `colours covering 20+ pixels (${JSON.stringify(pixels)})`).toBeGreaterThanOrEqual(3);
}

/** The page shows an error mentioning `text`, shows no report, and does not fall back to busy. */
export async function expectError(page, text) {
  const status = page.locator('#status');
  await expect(status).toHaveAttribute('data-state', 'error');
  await expect(status).toContainText(text);
  await expect(page.locator('#report')).toHaveAttribute('hidden');
  // Still an error a moment later: nothing left running that flips the status back to busy.
  await page.waitForTimeout(500);
  await expect(status).toHaveAttribute('data-state', 'error');
  await expect(page.locator('#report')).toHaveAttribute('hidden');
}
