// A 50 MB statement (390 000 rows, written by the xtask's sample generator): read in a Web
// Worker in slices, with a progress bar that advances and a cancel button, while the page's main
// thread never runs a task of 100 ms or more.
// Also: a file over the page's size limit is refused by its size before it is read.
import { test, expect } from '@playwright/test';
import { readFileSync, statSync } from 'node:fs';
import { expectedReport, fixtureFile, largePath } from './fixtures.mjs';
import { expectClean, expectHeadline, expectSectionsDrawn, expectStatus, fileItem, longTasksSince, openPage, pickFiles, recordLongTasks } from './helpers.mjs';

/** Starts recording every change of the progress bar: [time, value, max, text]. */
async function recordProgress(page) {
  return page.evaluate(() => {
    window.__progress = [];
    const bar = document.getElementById('progress');
    const note = () => window.__progress.push({
      at: performance.now(),
      value: bar.getAttribute('value'),
      max: bar.max,
      text: document.getElementById('progress-text').textContent,
      shown: !document.getElementById('progress-area').hidden,
    });
    new MutationObserver(note).observe(document.getElementById('progress-area'), { attributes: true, subtree: true, childList: true, characterData: true });
    return performance.now();
  });
}

test('a 50 MB statement: the progress bar advances, the report appears, the page stays responsive', async ({ page }) => {
  test.setTimeout(240_000);
  const size = statSync(largePath()).size;
  expect(size).toBeGreaterThan(50_000_000);
  const expected = expectedReport('large');
  await recordLongTasks(page);
  const seen = await openPage(page);
  const since = await recordProgress(page);

  await pickFiles(page, [largePath()]);
  await expectStatus(page, 'busy');
  await expect(page.locator('#cancel')).toBeVisible();
  await expectStatus(page, 'done');
  await expectHeadline(page, expected);
  // The report as a person first sees it, scrolled to its first chart, drawn: the end of
  // "reading". Long tasks are counted up to here.
  const months = page.locator('#sections canvas[data-chart="months"]');
  await months.scrollIntoViewIfNeeded();
  await expect(months).toHaveAttribute('data-drawn', 'true');
  await page.waitForTimeout(500);
  const long = await longTasksSince(page, since);

  const progress = await page.evaluate(() => window.__progress);
  const reading = progress.filter((p) => p.shown && p.value !== null && Number(p.max) === size).map((p) => Number(p.value));
  expect(reading.length, `progress readings ${JSON.stringify(progress.slice(0, 30))}`).toBeGreaterThanOrEqual(5);
  for (let index = 1; index < reading.length; index += 1) expect(reading[index]).toBeGreaterThanOrEqual(reading[index - 1]);
  expect(reading.some((value) => value > 0 && value < size), 'an intermediate reading').toBe(true);
  expect(reading[reading.length - 1]).toBe(size);
  expect(progress.some((p) => p.value === null && /Working through 49\.4 MB/.test(p.text)), 'the parsing phase is shown as such').toBe(true);
  await expect(page.locator('#progress-area')).toBeHidden();

  const worst = Math.max(0, ...long.map((task) => task.duration));
  expect(worst, `main-thread long tasks while reading and drawing: ${JSON.stringify(long)}`).toBeLessThan(100);

  // Then every chart, drawn as it scrolls into view, and the share card.
  await expectSectionsDrawn(page);
  await page.locator('#share-canvas').scrollIntoViewIfNeeded();
  await expect(page.locator('#share-canvas')).toHaveAttribute('data-drawn', 'true');
  expectClean(seen);
});

test('cancel stops reading a 50 MB statement, and the page reads the next file', async ({ page }) => {
  test.setTimeout(120_000);
  const seen = await openPage(page);
  await pickFiles(page, [largePath()]);
  await expectStatus(page, 'busy');
  // Cancel while the core is parsing (the long part): the worker is stopped, not waited for.
  await expect(page.locator('#progress-text')).toContainText('Working through');
  await page.locator('#cancel').click();
  await expectStatus(page, 'idle', 'Cancelled');
  await expect(page.locator('#files li.file')).toHaveCount(0);
  await expect(page.locator('#report')).toBeHidden();
  await expect(page.locator('#progress-area')).toBeHidden();

  await page.locator('#demo-button').click();
  await expectStatus(page, 'done');
  await expect(page.locator('#report-summary .headline[data-currency="CNY"]')).toBeVisible();
  expectClean(seen);
});

test('a file over the page limit is refused by its size, in both languages, and the other file still reads', async ({ page }) => {
  const seen = await openPage(page);
  // 401 MiB made of one 1 MiB blob repeated: the browser keeps references, not 401 copies, and
  // the page must not read a byte of it.
  const dataTransfer = await page.evaluateHandle(async (small) => {
    const mebibyte = new Blob([new Uint8Array(1024 * 1024).fill(0x41)]);
    const transfer = new DataTransfer();
    transfer.items.add(new File(Array(401).fill(mebibyte), 'huge.csv', { type: 'text/csv' }));
    transfer.items.add(new File([small], 'basic.csv', { type: 'text/csv' }));
    return transfer;
  }, readFileSync(fixtureFile('tests/fixtures/alipay-2023/basic.csv')).toString('utf8'));
  const zone = page.locator('#drop-zone');
  for (const type of ['dragenter', 'dragover', 'drop']) await zone.dispatchEvent(type, { dataTransfer });
  await dataTransfer.dispose();

  const huge = fileItem(page, 'huge.csv');
  await expect(huge).toHaveAttribute('data-error-kind', 'tooLarge');
  // The core's words (its one limit, in session/mod.rs), not the page's.
  await expect(huge.locator('.file-error')).toHaveText(/^huge\.csv: this file is 401\.0 MB, more than the 400\.0 MB a browser tab can read at once; export a shorter period/);
  await expect(fileItem(page, 'basic.csv')).toHaveAttribute('data-state', 'read');
  await expect(page.locator('#report')).toBeVisible();
  await page.locator('#lang').selectOption('zh-CN');
  await expect(huge.locator('.file-error')).toHaveText(/^huge\.csv：这个文件有 401\.0 MB，超过了浏览器标签页一次能读取的 400\.0 MB/);
  // Refused before reading: the worker's progress never counted its bytes.
  await expect(page.locator('#progress')).not.toHaveAttribute('max', String(401 * 1024 * 1024));
  expectClean(seen);
});
