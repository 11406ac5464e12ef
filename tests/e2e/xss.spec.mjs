// Statement text is data, never markup: a statement whose merchants, items and notes are HTML and
// script (tests/e2e/fixtures/hostile.csv), in a file whose name is HTML, is shown as text; no
// dialog opens and no element is injected.
import { test, expect } from '@playwright/test';
import { STEPS, expectedReport, fileFor } from './fixtures.mjs';
import { dropFiles, expectClean, expectHeadline, expectStatus, fileItem, openPage } from './helpers.mjs';

const HOSTILE_NAME = '<img src=y onerror=alert(4)>.csv';

async function census(page) {
  return page.evaluate(() => ({
    elements: document.querySelectorAll('img, svg, iframe, object, embed, b, a[href^="javascript"]').length,
    scripts: document.scripts.length,
    handlers: document.querySelectorAll('[onerror], [onload], [onmouseover], [srcdoc]').length,
  }));
}

test('hostile merchant names, notes, warnings and file names render as text', async ({ page }) => {
  const seen = await openPage(page);
  const before = await census(page);
  expect(before.elements).toBe(0);

  const file = fileFor(STEPS.hostile, 'text/csv');
  await dropFiles(page, [{ ...file, name: HOSTILE_NAME }]);
  await expectStatus(page, 'done');
  await expectHeadline(page, expectedReport('hostile'));

  // The file name and the warning quoting the bad cell, as text.
  const item = fileItem(page, HOSTILE_NAME);
  await expect(item.locator('.file-name')).toHaveText(HOSTILE_NAME);
  await item.locator('details.warnings summary').click();
  await expect(item.locator('details.warnings li').first()).toContainText('"<b>12</b>"');

  // Every table of every section, opened: the merchant appears as written.
  for (const summary of await page.locator('#sections details.data > summary').all()) await summary.click();
  await expect(page.getByText('<img src=x onerror=alert(1)>').first()).toBeVisible();
  const text = await page.locator('#sections').innerText();
  expect(text).toContain('<img src=x onerror=alert(1)>');
  await page.waitForTimeout(300); // give any injected handler its chance to run

  expect(await census(page)).toEqual(before);
  expect(await page.evaluate(() => document.querySelector('#sections').innerHTML)).not.toContain('<img');
  expectClean(seen);
});
