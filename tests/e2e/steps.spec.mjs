// The steps a file can need from its owner, taken in the page with the keyboard: the password of
// an encrypted ZIP (wrong, then right), the order of day and month, and the column mapping of a
// bank CSV Yearbook cannot map alone; and the one opt-in storage of those mappings.
import { test, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { STEPS, expectedReport, fileFor, root } from './fixtures.mjs';
import { dropFile, dropFiles, expectClean, expectHeadline, fileItem, openPage } from './helpers.mjs';

mkdirSync(join(root, 'target', 'e2e-screenshots'), { recursive: true });

for (const [key, path] of [['aesZip', STEPS.aesZip], ['zipCryptoZip', STEPS.zipCryptoZip]]) {
  test(`an encrypted ZIP asks for its password, says when it is wrong, opens with the right one (${path})`, async ({ page }) => {
    const seen = await openPage(page);
    const name = path.split('/').pop();
    await dropFile(page, path);

    const item = fileItem(page, name);
    await expect(item).toHaveAttribute('data-error-kind', 'passwordRequired');
    const field = item.getByLabel(/password-protected/);
    // The keyboard lands in the password field.
    await expect(field).toBeFocused();
    await expect(field).toHaveAttribute('type', 'password');
    await expect(page.locator('#report')).toBeHidden();

    await page.keyboard.type('654321');
    await page.keyboard.press('Enter');
    await expect(item).toHaveAttribute('data-error-kind', 'wrongPassword');
    await expect(item.getByRole('alert')).toContainText('does not open this ZIP');
    await expect(page.locator('#report')).toBeHidden();

    const retry = item.getByLabel(/password-protected/);
    await expect(retry).toBeFocused();
    await expect(retry).toHaveValue('');
    await page.keyboard.type(STEPS.zipPassword);
    await page.keyboard.press('Enter');
    await expect(item).toHaveAttribute('data-state', 'read');
    await expectHeadline(page, expectedReport(key));

    // Never stored: not in storage, not in a cookie, not left in a field.
    const stored = await page.evaluate(() => ({
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
      fields: [...document.querySelectorAll('input:not([type=checkbox]):not([type=radio]):not([type=file])')].map((input) => input.value).filter(Boolean),
    }));
    expect(stored).toEqual({ local: 0, session: 0, cookie: '', fields: [] });
    expectClean(seen);
  });
}

test('dates that read both ways ask for the order and read again with it', async ({ page }) => {
  const seen = await openPage(page);
  await dropFile(page, STEPS.ambiguousQif);
  const item = fileItem(page, 'ambiguous.qif');
  await expect(item).toHaveAttribute('data-error-kind', 'ambiguousDates');
  await expect(item.locator('legend')).toContainText('8/12/13');
  // Keyboard: the first choice has focus; the arrow keys move between the two; Enter submits.
  await expect(item.getByLabel('Day first (31/12/2024)')).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(item).toHaveAttribute('data-state', 'read');
  await expectHeadline(page, expectedReport('ambiguousQifDayFirst'));
  expectClean(seen);
});

test('a CSV Yearbook cannot map shows a preview and a select per role, then reads with the mapping', async ({ page }) => {
  const seen = await openPage(page);
  await dropFile(page, STEPS.ambiguousCsv);
  const item = fileItem(page, 'generic-ambiguous.csv');
  await expect(item).toHaveAttribute('data-error-kind', 'needsMapping');
  const preview = item.locator('table.preview');
  await expect(preview.locator('thead th')).toContainText(['#', '1: Date', '2: Details', '3: Money', '4: Ref']);
  await expect(preview.locator('tbody tr').first()).toContainText('Coffee shop');
  // Yearbook's guess is filled in; the person settles what it could not.
  await expect(item.getByLabel('Date', { exact: true })).toBeFocused();
  await expect(item.getByLabel('Date', { exact: true })).toHaveValue('1');
  await expect(item.getByLabel('Amount', { exact: true })).toHaveValue('3');
  await item.getByLabel('Description', { exact: true }).selectOption('2');
  await item.getByLabel('Dates', { exact: true }).selectOption('day-first');
  await item.getByRole('button', { name: 'Read with these columns' }).press('Enter');
  await expect(item).toHaveAttribute('data-state', 'read');
  await expectHeadline(page, expectedReport('ambiguousCsvMapped'));
  // Nothing remembered: the box was not ticked.
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  expectClean(seen);
});

test('the mapping step refuses to read without a date and an amount column', async ({ page }) => {
  const seen = await openPage(page);
  await dropFile(page, STEPS.ambiguousCsv);
  const item = fileItem(page, 'generic-ambiguous.csv');
  await item.getByLabel('Amount', { exact: true }).selectOption('');
  await item.getByRole('button', { name: 'Read with these columns' }).click();
  await expect(item.getByRole('alert')).toHaveText('These columns cannot be read: the mapping names no amount column (or no debit and credit pair).');
  await expect(item).toHaveAttribute('data-error-kind', 'needsMapping');
  expectClean(seen);
});

test('remembering column choices is opt-in, reused on the next visit, and forgotten in one click', async ({ page }) => {
  const seen = await openPage(page);
  const remember = page.locator('#remember');
  await expect(remember).not.toBeChecked();
  await remember.check();
  await dropFile(page, STEPS.ambiguousCsv);
  const item = fileItem(page, 'generic-ambiguous.csv');
  await item.getByLabel('Dates', { exact: true }).selectOption('day-first');
  await item.getByRole('button', { name: 'Read with these columns' }).click();
  await expect(item).toHaveAttribute('data-state', 'read');
  const stored = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  expect(Object.keys(stored)).toEqual(['yearbook.choices.v1']);
  const choices = JSON.parse(stored['yearbook.choices.v1']);
  expect(choices.remember).toBe(true);
  expect(Object.values(choices.mappings)).toEqual([expect.objectContaining({ date: 1, amount: 3, dateOrder: 'day-first' })]);
  // Only column names and choices: no statement data.
  expect(stored['yearbook.choices.v1']).not.toContain('Coffee');

  seen.loaded = false; // the reload itself loads the page again
  await page.reload();
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  seen.loaded = true;
  await expect(remember).toBeChecked();
  await dropFile(page, STEPS.ambiguousCsv);
  await expect(item).toHaveAttribute('data-state', 'read');
  await expect(item).toContainText('Read with the columns you chose before.');
  await expectHeadline(page, expectedReport('ambiguousCsvMapped'));

  await page.locator('#forget').click();
  await expect(remember).not.toBeChecked();
  await expect(page.locator('#files li.file')).toHaveCount(0);
  await expect(page.locator('#report')).toBeHidden();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  expectClean(seen);
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  test('the three steps fit a phone screen (screenshot: steps-phone)', async ({ page }) => {
    const seen = await openPage(page);
    await dropFiles(page, [STEPS.ambiguousCsv, STEPS.aesZip, STEPS.ambiguousQif].map((path) => fileFor(path)));
    await expect(page.locator('#files li[data-state="step"]')).toHaveCount(3);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'the page does not scroll sideways; the preview table scrolls in its box').toBeLessThanOrEqual(0);
    await page.locator('#files').screenshot({ path: join(root, 'target', 'e2e-screenshots', 'steps-phone.png') });
    expectClean(seen);
  });
});
