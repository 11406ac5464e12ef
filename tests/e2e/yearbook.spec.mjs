// End-to-end tests: the built page (dist/) driven in Chromium as a person would use it.
// Each test opens its own page; none depends on another.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
  UNKNOWN_FILE_MESSAGE,
  dropFile,
  expectError,
  expectReport,
  fakePdf,
  fixturePath,
  openPage,
  randomBytes,
  requestsSince,
  serverRequests,
} from './helpers.mjs';

function alipayFile() {
  return { name: 'alipay-2023.csv', type: 'text/csv', bytes: readFileSync(fixturePath('alipay-2023.csv')) };
}

test('dropping an Alipay statement shows the report and draws the chart', async ({ page }) => {
  const pageErrors = await openPage(page);
  const before = await serverRequests();

  await dropFile(page, alipayFile());

  await expectReport(page);
  expect(await requestsSince(before), 'reading a statement fetches nothing').toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('choosing the statement with the file picker shows the report', async ({ page }) => {
  const pageErrors = await openPage(page);
  const before = await serverRequests();

  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('#choose-file').click()]);
  expect(chooser.isMultiple(), '#file-input takes several files').toBe(true);
  await chooser.setFiles(fixturePath('alipay-2023.csv'));

  await expectReport(page);
  expect(await requestsSince(before), 'reading a statement fetches nothing').toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('the demo button shows a report without any file', async ({ page }) => {
  const pageErrors = await openPage(page);
  const before = await serverRequests();

  const demo = page.locator('#demo-button');
  await expect(demo).toHaveText(/Try with demo data/);
  await demo.click();

  await expectReport(page);
  expect(await requestsSince(before), 'the demo fetches nothing').toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('a PDF is refused with a message, and the page still reads the next file', async ({ page }) => {
  const pageErrors = await openPage(page);

  await dropFile(page, { name: 'statement.pdf', type: 'application/pdf', bytes: fakePdf() });
  await expectError(page, 'PDF');

  // The error left nothing broken behind (a wasm panic would): a real statement still works.
  await dropFile(page, alipayFile());
  await expectReport(page);
  expect(pageErrors).toEqual([]);
});

test('random bytes are refused as not a statement', async ({ page }) => {
  const pageErrors = await openPage(page);

  await dropFile(page, { name: 'random.bin', type: 'application/octet-stream', bytes: randomBytes(4096) });

  await expectError(page, UNKNOWN_FILE_MESSAGE);
  expect(pageErrors).toEqual([]);
});

test('a CSV that is not a statement is refused as not a statement', async ({ page }) => {
  const pageErrors = await openPage(page);

  await dropFile(page, { name: 'people.csv', type: 'text/csv', bytes: Buffer.from('name,age\nbob,3\n') });

  await expectError(page, UNKNOWN_FILE_MESSAGE);
  expect(pageErrors).toEqual([]);
});
