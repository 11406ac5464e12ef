// End-to-end tests: the built page (dist/yearbook.html) driven in Chromium as a person uses it.
// Every supported format is dropped and picked; the headline must equal the command line's
// report of the same file. Each test opens its own page; none depends on another.
import { test, expect } from '@playwright/test';
import { FORMATS, expectedReport, fileFor } from './fixtures.mjs';
import {
  UNKNOWN_FILE_MESSAGE,
  canvasPixels,
  dropFile,
  dropFiles,
  expectClean,
  expectFileError,
  expectHeadline,
  expectSectionsDrawn,
  expectStatus,
  fakePdf,
  fileItem,
  openPage,
  pickFiles,
  randomBytes,
  requestsSince,
  serverRequests,
} from './helpers.mjs';

for (const fixture of FORMATS) {
  test(`dropping ${fixture.path} shows its report (${fixture.format})`, async ({ page }) => {
    const expected = expectedReport(fixture.path);
    const seen = await openPage(page);
    const before = await serverRequests();

    await dropFiles(page, [fileFor(fixture.path, fixture.type)]);

    await expectStatus(page, 'done');
    const item = fileItem(page, fixture.path.split('/').pop());
    await expect(item).toHaveAttribute('data-state', 'read');
    await expect(item).toHaveAttribute('data-format', fixture.format);
    await expect(item.locator('.file-detail:not(.note)')).toContainText(/\d+ transactions/);
    await expectHeadline(page, expected);
    await expectSectionsDrawn(page);
    expect(await requestsSince(before), 'reading a statement fetches nothing').toEqual([]);
    expectClean(seen);
  });
}

test('picking every format at once with the file picker makes one report', async ({ page }) => {
  const expected = expectedReport('allFormats');
  const seen = await openPage(page);

  await pickFiles(page, FORMATS.map((f) => f.path));

  await expectStatus(page, 'done');
  await expect(page.locator('#files li.file')).toHaveCount(FORMATS.length);
  // Listed in the order picked, each read as its own format.
  const formats = await page.locator('#files li.file').evaluateAll((items) => items.map((item) => item.dataset.format));
  expect(formats).toEqual(FORMATS.map((f) => f.format));
  await expectHeadline(page, expected);
  await expectSectionsDrawn(page);
  expectClean(seen);
});

test('the demo button shows a report without any file', async ({ page }) => {
  const seen = await openPage(page);
  const demo = page.locator('#demo-button');
  await expect(demo).toHaveText(/Try with demo data/);
  await demo.click();
  await expectStatus(page, 'done');
  await expect(page.locator('#report-summary .headline[data-currency="CNY"]')).toContainText(/¥[1-9][\d,]*\.\d\d/);
  await expectSectionsDrawn(page);
  expectClean(seen);
});

test('a failed file never hides the others: a PDF beside a statement', async ({ page }) => {
  const expected = expectedReport(FORMATS[0].path);
  const seen = await openPage(page);

  await dropFiles(page, [{ name: 'statement.pdf', type: 'application/pdf', bytes: fakePdf() }, fileFor(FORMATS[0].path, 'text/csv')]);

  await expectStatus(page, 'done', 'could not be read');
  await expect(fileItem(page, 'statement.pdf')).toHaveAttribute('data-state', 'failed');
  await expect(fileItem(page, 'statement.pdf').locator('.file-error')).toContainText('PDF');
  await expect(fileItem(page, 'basic.csv')).toHaveAttribute('data-state', 'read');
  await expectHeadline(page, expected);
  expectClean(seen);
});

test('a PDF alone is refused with a message; removing it and adding a statement works', async ({ page }) => {
  const seen = await openPage(page);
  await dropFile(page, { name: 'statement.pdf', type: 'application/pdf', bytes: fakePdf() });
  await expectFileError(page, 'statement.pdf', 'PDF');

  await fileItem(page, 'statement.pdf').getByRole('button', { name: 'Remove statement.pdf' }).click();
  await expect(page.locator('#files li.file')).toHaveCount(0);
  await dropFile(page, FORMATS[0].path);
  await expectHeadline(page, expectedReport(FORMATS[0].path));
  expectClean(seen);
});

test('random bytes are refused as not a statement', async ({ page }) => {
  const seen = await openPage(page);
  await dropFile(page, { name: 'random.bin', type: 'application/octet-stream', bytes: randomBytes(4096) });
  await expectFileError(page, 'random.bin', UNKNOWN_FILE_MESSAGE);
  expectClean(seen);
});

test('a CSV that is not a statement is refused as not a statement', async ({ page }) => {
  const seen = await openPage(page);
  await dropFile(page, { name: 'people.csv', type: 'text/csv', bytes: Buffer.from('name,age\nbob,3\n') });
  await expectFileError(page, 'people.csv', UNKNOWN_FILE_MESSAGE);
  expectClean(seen);
});

test('row problems are listed in plain words with row and column, and the rest is read', async ({ page }) => {
  const seen = await openPage(page);
  await dropFile(page, 'tests/fixtures/alipay-2023/bad-rows.csv');
  await expectStatus(page, 'done');
  const item = fileItem(page, 'bad-rows.csv');
  await expect(item).toHaveAttribute('data-state', 'read');
  const warnings = item.locator('details.warnings');
  await expect(warnings.locator('li').first()).toBeHidden();
  await warnings.locator('summary').click();
  await expect(warnings.locator('li').first()).toBeVisible();
  // Placed by the core (row, and column where there is one), shown with a capital letter.
  await expect(warnings.locator('li').first()).toHaveText(/^row \d+(, column \d+)?/);
  expect(await warnings.locator('li').first().evaluate((li) => getComputedStyle(li, '::first-letter').textTransform)).toBe('uppercase');
  expectClean(seen);
});

test('the page is keyboard-operable: tab to the picker and the demo, and the report follows', async ({ page }) => {
  const seen = await openPage(page);
  // From the top: skip link, language, then the two buttons of the drop zone.
  const focusOrder = [];
  for (let step = 0; step < 4; step += 1) {
    await page.keyboard.press('Tab');
    focusOrder.push(await page.evaluate(() => document.activeElement.id || document.activeElement.className));
  }
  expect(focusOrder).toEqual(['skip-link', 'lang', 'choose-file', 'demo-button']);
  await page.keyboard.press('Enter');
  await expectStatus(page, 'done');
  const data = page.locator('#sections details.data').first();
  await data.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(data.locator('table')).toBeVisible();
  expectClean(seen);
});

test('a wrongly inferred place can be removed from the report, and put back', async ({ page }) => {
  const seen = await openPage(page);
  await page.locator('#demo-button').click();
  await expectStatus(page, 'done');
  const table = () => page.locator('#section-places details.data').first();
  await table().locator('summary').click();
  const rows = table().locator('tbody tr');
  // The sections are built one task at a time: wait for the table's rows before counting them.
  await expect(rows.first()).toBeVisible();
  const before = await rows.count();
  expect(before).toBeGreaterThan(1);
  const place = await rows.first().locator('td').first().innerText();
  await rows.first().getByRole('button', { name: `Remove: ${place}` }).click();
  await expectStatus(page, 'done');

  await table().locator('summary').click();
  await expect(table().locator('tbody tr')).toHaveCount(before - 1);
  await expect(table().locator('tbody')).not.toContainText(place);
  await page.locator('#section-places').getByRole('button', { name: 'Put back the removed place' }).click();
  await expectStatus(page, 'done');
  await table().locator('summary').click();
  await expect(table().locator('tbody tr')).toHaveCount(before);
  expectClean(seen);
});

test('charts are drawn again at the new size when the window is resized', async ({ page }) => {
  const seen = await openPage(page);
  await page.locator('#demo-button').click();
  await expectStatus(page, 'done');
  const months = page.locator('#sections canvas[data-chart="months"]');
  await months.scrollIntoViewIfNeeded();
  await expect(months).toHaveAttribute('data-drawn', 'true');
  const before = await months.evaluate((canvas) => canvas.width);
  await page.setViewportSize({ width: 600, height: 800 });
  // The backing store follows the new CSS width (× devicePixelRatio), and it is drawn again.
  await expect.poll(() => months.evaluate((canvas) => canvas.width)).toBeLessThan(before);
  const fits = () => months.evaluate((canvas) => Math.abs(canvas.width - Math.round(canvas.getBoundingClientRect().width * devicePixelRatio)));
  await expect.poll(fits).toBeLessThanOrEqual(1);
  await expect(months).toHaveAttribute('data-drawn', 'true');
  const pixels = await canvasPixels(months);
  expect(pixels.inked).toBeGreaterThan(pixels.width * pixels.height * 0.02);
  expectClean(seen);
});

test('reasons and row warnings follow the language switch', async ({ page }) => {
  const seen = await openPage(page);
  await page.locator('#demo-button').click();
  await expectStatus(page, 'done');
  await dropFile(page, 'tests/fixtures/alipay-2023/bad-rows.csv');
  const item = fileItem(page, 'bad-rows.csv');
  await expect(item).toHaveAttribute('data-state', 'read');
  await expectStatus(page, 'done');

  await page.locator('#lang').selectOption('zh-CN');
  // "What counts": each row's reason as the core wrote it in Chinese.
  const counts = page.locator('#section-whatCounts');
  await expect(counts).toBeVisible();
  const openAll = (details) => details.evaluateAll((all) => all.forEach((d) => { d.open = true; }));
  await openAll(counts.locator('details.data'));
  const reasons = counts.locator('td');
  await expect(reasons.filter({ hasText: /钱还是你的|不算收入|计入支出/ }).first()).toBeVisible();
  await expect(reasons.filter({ hasText: /the money stays yours|not income|counted as spending/ })).toHaveCount(0);
  // The row warning, position and message, in Chinese.
  await openAll(item.locator('details.warnings'));
  const first = item.locator('details.warnings li').first();
  await expect(first).toHaveText(/^第 26 行：这一行有 14 个单元格，但表头有 12 个/);
  await expect(item.locator('details.warnings li', { hasText: '无法读取金额“1.2O”（应为类似 1200.00 的数字）' })).toHaveCount(1);

  // And back: the same rows in English, with no new analysis.
  await page.locator('#lang').selectOption('en');
  await openAll(counts.locator('details.data'));
  await openAll(item.locator('details.warnings'));
  await expect(first).toHaveText(/^row 26: the row has 14 cells but the header has 12/);
  await expect(item.locator('details.warnings li', { hasText: 'row 27, column 7 "金额": cannot read the amount "1.2O" (expected a number like 1200.00)' })).toHaveCount(1);
  await expect(reasons.filter({ hasText: /the money stays yours|not income|counted as spending/ }).first()).toBeVisible();
  expectClean(seen);
});
