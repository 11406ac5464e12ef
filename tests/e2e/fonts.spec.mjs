// CJK text in Chromium measured and drawn as in the other engines (fonts.mjs; the same check runs
// in Firefox ESR and WebKitGTK in engines/page.engine.mjs).
import { test, expect } from '@playwright/test';
import { cjkProblems, measureCjk } from './fonts.mjs';
import { expectClean, expectStatus, openPage } from './helpers.mjs';

test('the charts\' font list resolves to a CJK font, measured the same in the DOM and on the canvas', async ({ page }) => {
  const seen = await openPage(page);
  await page.locator('#demo-button').click();
  await expectStatus(page, 'done');
  const months = page.locator('#sections canvas[data-chart="months"]');
  await months.scrollIntoViewIfNeeded();
  await expect(months).toHaveAttribute('data-drawn', 'true');
  const measured = await page.evaluate(measureCjk);
  test.info().annotations.push({ type: 'measured', description: JSON.stringify(measured) });
  expect(cjkProblems(measured), JSON.stringify(measured)).toEqual([]);
  expectClean(seen);
});
