// What moved from the page's JavaScript into the core, checked where a person sees it: the
// headline is the same sentence in the page, in `report.html` and on the command line, in both
// languages, with each currency's own decimals (yen none, dinars three); the mapping step refuses
// what `--map` refuses, in the same words.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MONEY, STEPS, cliPath, expectedReport, fixtureFile } from './fixtures.mjs';
import { dropFile, expectClean, expectHeadline, expectStatus, fileItem, openPage } from './helpers.mjs';

/** Runs the command line; returns {code, stdout, stderr} whether or not it succeeds. */
function cli(args) {
  try {
    return { code: 0, stdout: execFileSync(cliPath(), args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }), stderr: '' };
  } catch (error) {
    return { code: error.status, stdout: String(error.stdout), stderr: String(error.stderr) };
  }
}

const unescape = (html) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** The headline as `yearbook report` prints it: the title, then one line per currency. */
function cliHeadline(file, lang) {
  const { code, stdout, stderr } = cli(['report', fixtureFile(file), '--lang', lang]);
  expect(code, stderr).toBe(0);
  const lines = stdout.split('\n');
  const end = lines.findIndex((line, index) => index > 0 && line.startsWith('  '));
  return { title: lines[0], lines: lines.slice(1, end) };
}

/** The headline as `yearbook render` writes it into report.html. */
function htmlHeadline(file, lang) {
  const out = mkdtempSync(join(tmpdir(), 'yearbook-headline-'));
  try {
    const { code, stderr } = cli(['render', fixtureFile(file), '--lang', lang, '--out', out]);
    expect(code, stderr).toBe(0);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    const title = unescape(html.match(/<h1>(.*?)<\/h1>/)[1]);
    const lines = [...html.matchAll(/<p class="headline" data-currency="[A-Z]{3}">(.*?)<\/p>/g)].map((m) => unescape(m[1]));
    return { title, lines };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

async function pageHeadline(page) {
  return {
    title: await page.locator('#report-title').textContent(),
    lines: await page.locator('#report-summary .headline').allTextContents(),
  };
}

for (const [name, file] of [['an Alipay statement', 'tests/fixtures/alipay-2023/basic.csv'], ['yen and dinars', MONEY]]) {
  test(`the headline of ${name} is the same in the page, report.html and the command line, in both languages`, async ({ page }) => {
    const seen = await openPage(page);
    await dropFile(page, file);
    await expectStatus(page, 'done');
    for (const [lang, tag] of [['en', 'en'], ['zh', 'zh-CN']]) {
      await page.locator('#lang').selectOption(tag);
      const expected = cliHeadline(file, lang);
      expect(expected.lines.length, JSON.stringify(expected)).toBeGreaterThan(0);
      await expect(page.locator('#report-summary .headline')).toHaveText(expected.lines);
      expect(await pageHeadline(page)).toEqual(expected);
      expect(htmlHeadline(file, lang)).toEqual(expected);
    }
    expectClean(seen);
  });
}

test('yen show no decimals and dinars three, in the headline and the tables', async ({ page }) => {
  const seen = await openPage(page);
  await dropFile(page, MONEY);
  await expectStatus(page, 'done');
  await expectHeadline(page, expectedReport('money'));
  await expect(page.locator('#report-summary .headline[data-currency="JPY"]')).toHaveText('JPY: spending ¥39,700, income ¥250,000, 3 transactions this year.');
  await expect(page.locator('#report-summary .headline[data-currency="KWD"]')).toHaveText('KWD: spending KWD 15.845, income KWD 1,500.000, 3 transactions this year.');
  await expect(fileItem(page, 'jpy-kwd.ofx').locator('.file-detail:not(.note)')).toHaveText('OFX/QFX/QBO bank download · 6 transactions');
  expectClean(seen);
});

test('the mapping step and --map refuse the same mapping in the same words', async ({ page }) => {
  const seen = await openPage(page);
  await dropFile(page, STEPS.ambiguousCsv);
  const item = fileItem(page, 'generic-ambiguous.csv');
  await expect(item).toHaveAttribute('data-error-kind', 'needsMapping');
  // A direction column without the values that say which way.
  await item.getByLabel('Direction (in/out)', { exact: true }).selectOption('4');
  await item.getByLabel('value meaning money out', { exact: true }).fill('D');
  await item.getByRole('button', { name: 'Read with these columns' }).click();
  const alert = item.getByRole('alert');
  await expect(alert).toHaveText('These columns cannot be read: the mapping names a direction column but not the values meaning money out and money in.');
  // --map has its own syntax for the direction's values; the date and amount rules are shared.
  await item.getByLabel('Direction (in/out)', { exact: true }).selectOption('');
  await item.getByLabel('Amount', { exact: true }).selectOption('');
  await item.getByRole('button', { name: 'Read with these columns' }).click();
  const { code, stderr } = cli(['parse', fixtureFile(STEPS.ambiguousCsv), '--map', 'date=1,description=2']);
  expect(code).toBe(2);
  const rule = stderr.match(/^--map: (.*) \(e\.g\. /)[1];
  expect(rule).toBe('the mapping names no amount column (or no debit and credit pair)');
  await expect(alert).toHaveText(`These columns cannot be read: ${rule}.`);
  // In Chinese (the form is drawn again in the new language, from the guess).
  await page.locator('#lang').selectOption('zh-CN');
  await item.getByLabel('金额', { exact: true }).selectOption('');
  await item.getByRole('button', { name: '按这些列读取' }).click();
  await expect(item.getByRole('alert')).toHaveText('按这些列无法读取：列映射中没有指定金额列（或支出列与收入列）。');
  expect(cli(['parse', fixtureFile(STEPS.ambiguousCsv), '--map', 'description=2,amount=3']).stderr).toMatch(/^--map: the mapping names no date column/);
  expectClean(seen);
});

test('a bank CSV that was read can have its columns changed; other formats cannot', async ({ page }) => {
  const seen = await openPage(page);
  await dropFile(page, 'tests/fixtures/bank-csv/generic-confident.csv');
  await dropFile(page, 'tests/fixtures/alipay-2023/basic.csv');
  const item = fileItem(page, 'generic-confident.csv');
  await expect(item).toHaveAttribute('data-state', 'read');
  await expect(fileItem(page, 'basic.csv')).toHaveAttribute('data-state', 'read');
  // The core says which files can be mapped again: the bank CSV, not the Alipay export.
  await expect(fileItem(page, 'basic.csv').getByRole('button', { name: 'Change columns…' })).toHaveCount(0);
  await item.getByRole('button', { name: 'Change columns…' }).click();
  await expect(item.locator('table.preview')).toBeVisible();
  await expect(item).toHaveAttribute('data-state', 'step');
  await item.getByRole('button', { name: 'Keep it as read' }).click();
  await expect(item).toHaveAttribute('data-state', 'read');
  const detail = await item.locator('.file-detail:not(.note)').textContent();

  await item.getByRole('button', { name: 'Change columns…' }).click();
  await item.getByLabel('Date', { exact: true }).selectOption('');
  await item.getByRole('button', { name: 'Read with these columns' }).click();
  await expect(item.getByRole('alert')).toHaveText('These columns cannot be read: the mapping names no date column.');
  await item.getByLabel('Date', { exact: true }).selectOption('1');
  await item.getByRole('button', { name: 'Read with these columns' }).click();
  await expect(item).toHaveAttribute('data-state', 'read');
  await expect(item.locator('.file-detail:not(.note)')).toHaveText(detail);
  await expectStatus(page, 'done', 'from 2 files');
  expectClean(seen);
});
