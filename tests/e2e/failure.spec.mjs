// When the engine, not the core, fails (failure.js): WebAssembly missing, refused by a policy or
// out of memory at start, or memory running out while reading; each is a clear status line saying
// what to do, never an uncaught exception or a page stuck on "Loading…".
import { test, expect } from '@playwright/test';

/** Opens the page without waiting for it to be ready (it will not be); returns uncaught errors. */
async function openFailing(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto('/');
  await expect(page.locator('#status')).toHaveAttribute('data-state', 'error');
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'false');
  return errors;
}

test('a browser without WebAssembly is told so', async ({ page }) => {
  await page.addInitScript(() => {
    delete window.WebAssembly;
  });
  const errors = await openFailing(page);
  await expect(page.locator('#status')).toContainText('does not run WebAssembly, or it is turned off');
  expect(errors).toEqual([]);
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('a browser without WebAssembly is told so in the browser\'s language', async ({ page }) => {
    await page.addInitScript(() => {
      delete window.WebAssembly;
    });
    const errors = await openFailing(page);
    await expect(page.locator('#status')).toContainText('这个浏览器不能运行 WebAssembly');
    expect(errors).toEqual([]);
  });
});

test('WebAssembly refused by a policy is told so, with the engine\'s reason', async ({ page }) => {
  // The same page with a CSP that does not allow WebAssembly: the engine itself refuses it.
  await page.route((url) => url.pathname === '/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(" 'wasm-unsafe-eval'", '');
    expect(html).not.toContain('wasm-unsafe-eval');
    await route.fulfill({ response, body: html });
  });
  const errors = await openFailing(page);
  await expect(page.locator('#status')).toContainText('this browser refused to run its WebAssembly');
  await expect(page.locator('#status')).toContainText('CompileError');
  expect(errors).toEqual([]);
});

test('no memory for the core at start is told so', async ({ page }) => {
  await page.addInitScript(() => {
    WebAssembly.compile = () => Promise.reject(new RangeError('WebAssembly.Memory(): could not allocate memory'));
  });
  const errors = await openFailing(page);
  await expect(page.locator('#status')).toHaveText('Yearbook cannot start: this device did not give the page enough memory. Close other tabs or apps and reload the page.');
  expect(errors).toEqual([]);
});

test('memory running out while reading is told apart from other failures, in each engine\'s words', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  const verdicts = await page.evaluate((messages) => messages.map((message) => Failure.whileReading(message).key), [
    'RangeError: Array buffer allocation failed', // V8 (Chromium, Android WebViews)
    'RangeError: Out of memory', // JavaScriptCore (Safari, every iOS browser and in-app browser)
    'out of memory', // SpiderMonkey (Firefox)
    'WebAssembly.Memory.grow(): Maximum memory size exceeded',
    'the reader stopped',
    'RuntimeError: index out of bounds',
  ]);
  expect(verdicts).toEqual(['readOutOfMemory', 'readOutOfMemory', 'readOutOfMemory', 'readOutOfMemory', 'workerFailed', 'workerFailed']);
});
