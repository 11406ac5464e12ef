// Totals a person can trust (issue 11) in the page: two overlapping exports of one account count
// once and the later file says which rows were already read; each file shows the dates it spans;
// the year picker lists every year with its rows, opens on the year with the most payments, and
// switching it rebuilds the report from the rows held; a year covered in part is not compared.
// Screenshots in both languages at phone and desktop width.
import { test, expect } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureFile, root } from './fixtures.mjs';
import { dropFiles, expectClean, fileItem, openPage } from './helpers.mjs';

const OUT = join(root, 'target', 'e2e-screenshots');
mkdirSync(OUT, { recursive: true });

const overlap = (name) => ({ name, type: 'text/csv', bytes: readFileSync(fixtureFile(`tests/fixtures/overlap/${name}`)) });

/** Two payments in January 2025, in the Alipay layout of the overlap fixtures. */
const NEXT_YEAR = {
  name: 'alipay-2025.csv',
  type: 'text/csv',
  bytes: Buffer.from(
    '交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,交易订单号,商家订单号,备注,\n' +
      '2025-01-02 09:00:00,餐饮美食,Bakery Sun,/,bread,支出,5.00,余额,交易成功,2025A1,,,\n' +
      '2025-01-03 09:00:00,餐饮美食,Bakery Sun,/,bread,支出,6.00,余额,交易成功,2025A2,,,\n',
  ),
};

test('overlapping exports count once and the later file says which rows it repeats', async ({ page }) => {
  const seen = await openPage(page);
  await dropFiles(page, [overlap('alipay-h1.csv'), overlap('alipay-h2.csv')]);
  await expect(page.locator('#report')).toBeVisible();
  await expect(page.locator('#report-title')).toContainText('2024');
  // 71,300 fen over the year: April–June counted once, both coffees of 20 May counted.
  await expect(page.locator('#report-summary')).toContainText('¥713.00');
  const second = fileItem(page, 'alipay-h2.csv');
  await expect(second.locator('.note')).toContainText(['from 12 Apr 2024 to 24 Dec 2024', '4 rows already in alipay-h1.csv: counted once']);
  await expect(fileItem(page, 'alipay-h1.csv').locator('.note')).toHaveText(['from 15 Jan 2024 to 30 Jun 2024']);
  // "What counts" lists the rows read again, each naming the row it repeats (its table is built
  // when opened).
  const duplicates = page.locator('#sections details.data').filter({ has: page.locator('summary', { hasText: 'Duplicates (4 rows)' }) });
  await duplicates.locator('summary').click();
  await expect(duplicates).toContainText('already read as row');
  await expect(page.locator('#year-choice')).toBeHidden();
  expectClean(seen);
});

for (const shot of [
  { name: 'trust-years-en-desktop', locale: 'en-US', viewport: { width: 1280, height: 900 } },
  { name: 'trust-years-zh-phone', locale: 'zh-CN', viewport: { width: 390, height: 844 } },
  { name: 'trust-years-en-phone', locale: 'en-US', viewport: { width: 390, height: 844 } },
  { name: 'trust-years-zh-desktop', locale: 'zh-CN', viewport: { width: 1280, height: 900 } },
]) {
  test.describe(shot.name, () => {
    test.use({ locale: shot.locale, viewport: shot.viewport });
    test(`the year picker opens on the year with the payments and switches the report (${shot.name})`, async ({ page }) => {
      const seen = await openPage(page);
      const en = shot.locale === 'en-US';
      await dropFiles(page, [overlap('alipay-year.csv'), NEXT_YEAR]);
      await expect(page.locator('#report-title')).toContainText('2024');
      const picker = page.locator('#year');
      await expect(page.locator('#year-choice')).toBeVisible();
      await expect(picker).toHaveValue('2024');
      await expect(picker.locator('option')).toHaveText(
        en ? ['2024 · 10 transactions', '2025 · 2 transactions'] : ['2024 年 · 10 笔交易', '2025 年 · 2 笔交易'],
      );
      await page.screenshot({ path: join(OUT, `${shot.name}.png`), fullPage: false });
      await picker.selectOption('2025');
      await expect(page.locator('#report-title')).toContainText('2025');
      await expect(page.locator('#report-summary')).toContainText('¥11.00');
      await expect(picker).toHaveValue('2025');
      // January of 2025 against the whole of 2024: not compared, and said why.
      await expect(page.locator('#sections')).toContainText(
        en ? 'your statements cover only January of 2025, so the two years are not compared' : '账单只覆盖了 2025 年的1月，所以不对比这两年',
      );
      await expect(page.locator('#sections')).not.toContainText('%) less than');
      await page.screenshot({ path: join(OUT, `${shot.name}-2025.png`), fullPage: true });
      expectClean(seen);
    });
  });
}

test('with yuan and dollars, the currency picker draws every section in the one chosen', async ({ page }) => {
  const seen = await openPage(page);
  await dropFiles(page, [overlap('alipay-year.csv'), { ...overlap('chase-h1.csv'), type: 'text/csv' }]);
  await expect(page.locator('#report-title')).toContainText('2024');
  const picker = page.locator('#currency');
  await expect(page.locator('#currency-choice')).toBeVisible();
  await expect(picker).toHaveValue('CNY');
  await expect(picker.locator('option')).toHaveText(['CNY · 9 payments', 'USD · 6 payments']);
  await expect(page.locator('#sections')).toContainText('In 2024 you spent ¥713.00 over 9 payments.');
  await picker.selectOption('USD');
  await expect(picker).toHaveValue('USD');
  // The Chase half-year in dollars, nothing converted.
  await expect(page.locator('#sections')).toContainText('In 2024 you spent $297.00 over 6 payments.');
  await expect(page.locator('#sections')).not.toContainText('you spent ¥713.00');
  // The headline still has a line per currency.
  await expect(page.locator('#report-summary .headline')).toHaveCount(2);
  await page.screenshot({ path: join(OUT, 'trust-currency-en-desktop.png'), fullPage: false });
  expectClean(seen);
});
