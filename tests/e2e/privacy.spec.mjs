// Privacy by construction, checked in the browser: after the page has loaded, nothing it does
// makes a request; a deliberate fetch is blocked by the CSP; the page works from file:// (one
// self-contained file); every script that runs is allowed by its hash; nothing is stored.
import { test, expect } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { FORMATS, distPage, fileFor } from './fixtures.mjs';
import { dropFiles, expectClean, expectSectionsDrawn, expectStatus, openPage, requestsSince, serverRequests } from './helpers.mjs';

test('dropping files, rendering, exporting the share card and switching language make no request', async ({ page }) => {
  const seen = await openPage(page);
  const before = await serverRequests();

  await dropFiles(page, FORMATS.map((f) => fileFor(f.path, f.type)));
  await expectStatus(page, 'done');
  await expectSectionsDrawn(page);

  const share = page.locator('#share');
  await expect(share).toBeVisible();
  await page.locator('#share-canvas').scrollIntoViewIfNeeded();
  await expect(page.locator('#share-canvas')).toHaveAttribute('data-drawn', 'true');
  await expect(page.locator('#share-amounts')).not.toBeChecked();
  await expect(page.locator('#share-canvas')).toHaveAttribute('data-amounts', 'false');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#share-download').click()]);
  expect(download.suggestedFilename()).toMatch(/^yearbook-\d{4}\.png$/);
  const png = readFileSync(await download.path());
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  await page.locator('#share-amounts').check();
  await expect(page.locator('#share-canvas')).toHaveAttribute('data-amounts', 'true');

  await page.locator('#lang').selectOption('zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('#drop-title')).toHaveText('添加账单');
  await expectSectionsDrawn(page);
  await page.locator('#lang').selectOption('en');
  await expect(page.locator('#drop-title')).toHaveText('Add your statements');

  expect(await requestsSince(before), 'requests that reached the server').toEqual([]);
  expectClean(seen);
  expect(seen.violations, 'the page itself never trips its own CSP').toEqual([]);
});

test('a deliberate fetch, image, socket, beacon or inline style from the page is blocked by the CSP', async ({ page }) => {
  const seen = await openPage(page);
  const before = await serverRequests();
  const outcome = await page.evaluate(async () => {
    const results = {};
    try {
      await fetch('/__e2e/requests?leak=1');
      results.fetch = 'sent';
    } catch (error) {
      results.fetch = error.name;
    }
    try {
      new WebSocket(`ws://${location.host}/leak`);
      results.socket = 'opened';
    } catch (error) {
      results.socket = error.name;
    }
    results.beacon = navigator.sendBeacon('/leak', 'data');
    // Markup with an inline style attribute: the CSP does not apply it.
    const holder = document.createElement('div');
    holder.innerHTML = '<span style="color: rgb(1, 2, 3)">styled</span>';
    document.body.append(holder);
    results.inlineStyle = getComputedStyle(holder.firstChild).color;
    holder.remove();
    const image = new Image();
    results.image = await new Promise((resolve) => {
      image.onload = () => resolve('loaded');
      image.onerror = () => resolve('error');
      image.src = '/leak.png';
    });
    return results;
  });
  expect(outcome.fetch).toBe('TypeError');
  expect(outcome.image).toBe('error');
  expect(outcome.inlineStyle).not.toBe('rgb(1, 2, 3)');
  await expect.poll(() => seen.violations.length).toBeGreaterThanOrEqual(2);
  expect(seen.violations.some((v) => v.startsWith('connect-src')), JSON.stringify(seen.violations)).toBe(true);
  expect(seen.violations.some((v) => v.startsWith('img-src')), JSON.stringify(seen.violations)).toBe(true);
  expect(seen.violations.some((v) => v.startsWith('style-src-attr')), JSON.stringify(seen.violations)).toBe(true);
  expect(await requestsSince(before), 'nothing reached the server').toEqual([]);
  expect(seen.errors).toEqual([]);
});

test('the built page is one file: opened from file:// it renders the demo', async ({ page }) => {
  const seen = await openPage(page, { url: pathToFileURL(distPage).href });
  await page.locator('#demo-button').click();
  await expectStatus(page, 'done');
  await expect(page.locator('#report-summary .headline[data-currency="CNY"]')).toContainText(/¥[1-9]/);
  await expectSectionsDrawn(page);
  expectClean(seen);
  expect(seen.violations).toEqual([]);
});

test('every script that runs is allowed by its SHA-256 in the CSP, which forbids every network path', async ({ page }) => {
  const html = readFileSync(distPage, 'utf8');
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)[1];
  const directives = Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
  expect(directives['default-src']).toEqual(["'none'"]);
  expect(directives['connect-src']).toEqual(["'none'"]);
  expect(directives['worker-src']).toEqual(['blob:']);
  expect(directives['form-action']).toEqual(["'none'"]);
  expect(directives['base-uri']).toEqual(["'none'"]);
  for (const directive of ['font-src', 'frame-src', 'object-src', 'child-src', 'media-src', 'manifest-src']) {
    expect(directives[directive], directive).toEqual(["'none'"]);
  }
  expect(directives['img-src']).toEqual(['data:']);
  expect(directives['style-src-attr']).toEqual(["'none'"]);
  expect(policy, 'nothing inline is allowed without its hash').not.toContain('unsafe-inline');
  expect(directives['style-src'].every((s) => s.startsWith("'sha256-")), 'styles only by hash').toBe(true);
  const scriptSources = directives['script-src'];
  expect(scriptSources).toContain("'wasm-unsafe-eval'");
  expect(scriptSources.filter((s) => !s.startsWith("'sha256-") && s !== "'wasm-unsafe-eval'"), 'no host, no unsafe-inline, no unsafe-eval').toEqual([]);
  // Each executed inline script is listed by hash; data blocks (the wasm, the worker) are not run.
  const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
  const executed = scripts.filter(([, attributes]) => !/type="/.test(attributes));
  expect(executed.length).toBeGreaterThanOrEqual(2);
  for (const [, attributes, body] of executed) {
    const hash = `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
    expect(scriptSources, `script ${attributes.trim()} is allowed by its hash`).toContain(hash);
  }
  expect(scriptSources.length - 1, 'no hash for anything that is not in the page').toBe(executed.length);
  for (const [, attributes] of scripts) expect(attributes, 'no script is loaded from a URL').not.toContain('src=');
  expect(html, 'no URL of any kind').not.toMatch(/https?:|\/\/[a-z0-9.-]+\.[a-z]{2,}/i);

  // And the page shows this policy in its "How to verify" panel.
  await openPage(page);
  await page.locator('#verify summary').click();
  await expect(page.locator('#csp-line')).toHaveText(policy.replaceAll('&#39;', "'"));
});

test('nothing is stored by default: no cookie, no local or session storage, no IndexedDB', async ({ page }) => {
  const seen = await openPage(page);
  await page.locator('#demo-button').click();
  await expectStatus(page, 'done');
  await page.locator('#lang').selectOption('zh-CN');
  const stored = await page.evaluate(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    caches: 'caches' in window ? (await caches.keys()).length : 0,
  }));
  expect(stored).toEqual({ cookie: '', local: 0, session: 0, databases: 0, caches: 0 });
  await expect(page.locator('#remember')).not.toBeChecked();
  expectClean(seen);
});
