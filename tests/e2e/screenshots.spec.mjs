// Screenshots of the demo report for a person to review (target/e2e-screenshots/): English and
// Chinese (the language picked from the browser's), at desktop and phone width, dark, and as
// printed. Each also asserts what makes the picture right: the language, no horizontal
// scrolling on a phone, every chart drawn.
import { test, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './fixtures.mjs';
import { dropFile, expectClean, expectSectionsDrawn, expectStatus, openPage } from './helpers.mjs';

const OUT = join(root, 'target', 'e2e-screenshots');
mkdirSync(OUT, { recursive: true });

async function demo(page) {
  const seen = await openPage(page);
  await page.locator('#demo-button').click();
  await expectStatus(page, 'done');
  await expectSectionsDrawn(page);
  await page.locator('#share-canvas').scrollIntoViewIfNeeded();
  await expect(page.locator('#share-canvas')).toHaveAttribute('data-drawn', 'true');
  await page.evaluate(() => window.scrollTo(0, 0));
  return seen;
}

async function noSideways(page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'the page does not scroll sideways').toBeLessThanOrEqual(0);
}

const CASES = [
  { name: 'demo-en-desktop', locale: 'en-US', viewport: { width: 1280, height: 900 }, lang: 'en', title: 'Add your statements' },
  { name: 'demo-zh-desktop', locale: 'zh-CN', viewport: { width: 1280, height: 900 }, lang: 'zh-CN', title: '添加账单' },
  { name: 'demo-en-phone', locale: 'en-US', viewport: { width: 390, height: 844 }, lang: 'en', title: 'Add your statements', phone: true },
  { name: 'demo-zh-phone', locale: 'zh-CN', viewport: { width: 390, height: 844 }, lang: 'zh-CN', title: '添加账单', phone: true },
];

for (const shot of CASES) {
  test.describe(shot.name, () => {
    test.use({ locale: shot.locale, viewport: shot.viewport, deviceScaleFactor: shot.phone ? 2 : 1 });
    test(`screenshot: ${shot.name}`, async ({ page }) => {
      const seen = await demo(page);
      await expect(page.locator('html')).toHaveAttribute('lang', shot.lang);
      await expect(page.locator('#drop-title')).toHaveText(shot.title);
      await expect(page.locator('#lang')).toHaveValue(shot.lang);
      if (shot.phone) await noSideways(page);
      await page.screenshot({ path: join(OUT, `${shot.name}.png`), fullPage: true });
      expectClean(seen);
    });
  });
}

// A statement of two rows and a bank's, at a phone's width and a desktop's, in both languages:
// every chart is drawn on a canvas as tall as the core laid it out for that width (the page
// sets the height the core gives), backed at CSS size × devicePixelRatio, never wider than the
// screen. The pictures are for a person to look at; tests/chart_layout.rs checks every label.
const STATEMENTS = [
  { name: 'thin', path: 'tests/e2e/fixtures/thin.csv' },
  { name: 'bank', path: 'tests/fixtures/bank-csv/chase-checking.csv' },
];
for (const statement of STATEMENTS) {
  for (const { locale, lang } of [{ locale: 'en-US', lang: 'en' }, { locale: 'zh-CN', lang: 'zh' }]) {
    for (const width of [390, 1280]) {
      const name = `${statement.name}-${lang}-${width}`;
      test.describe(name, () => {
        test.use({ locale, viewport: { width, height: 900 }, deviceScaleFactor: width < 600 ? 2 : 1 });
        test(`screenshot: ${name}, every chart sized by the core`, async ({ page }) => {
          const seen = await openPage(page);
          await dropFile(page, statement.path);
          await expectStatus(page, 'done');
          const charts = page.locator('#sections canvas[data-chart]');
          const count = await charts.count();
          for (let index = 0; index < count; index += 1) {
            const chart = charts.nth(index);
            await chart.scrollIntoViewIfNeeded();
            await expect(chart).toHaveAttribute('data-drawn', 'true');
            const size = await chart.evaluate((canvas) => {
              const rect = canvas.getBoundingClientRect();
              return { id: canvas.dataset.chart, css: canvas.style.height, rect: { width: rect.width, height: rect.height }, backing: { width: canvas.width, height: canvas.height }, ratio: devicePixelRatio, screen: document.documentElement.clientWidth };
            });
            expect(size.css, `${size.id}: the core gave the height`).toMatch(/^\d+px$/);
            expect(Math.abs(size.rect.height - parseFloat(size.css)), `${size.id}: ${JSON.stringify(size)}`).toBeLessThanOrEqual(1);
            expect(Math.abs(size.backing.height - Math.round(size.rect.height * size.ratio)), `${size.id}: ${JSON.stringify(size)}`).toBeLessThanOrEqual(1);
            expect(size.rect.width, `${size.id} fits the screen`).toBeLessThanOrEqual(size.screen);
          }
          await page.evaluate(() => window.scrollTo(0, 0));
          await noSideways(page);
          await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
          expectClean(seen);
        });
      });
    }
  }
}

test.describe('dark', () => {
  test.use({ colorScheme: 'dark', viewport: { width: 1280, height: 900 } });
  test('screenshot: demo-en-dark (prefers-color-scheme)', async ({ page }) => {
    const seen = await demo(page);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(27, 29, 34)');
    await page.screenshot({ path: join(OUT, 'demo-en-dark.png'), fullPage: true });
    expectClean(seen);
  });
});

test('screenshot: demo-en-print (the print style sheet: the story\'s cards, then each section\'s summary table)', async ({ page }) => {
  const seen = await demo(page);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('#drop-zone')).toBeHidden();
  await expect(page.locator('#privacy')).toBeHidden();
  await expect(page.locator('#story')).toBeHidden();
  const cards = page.locator('#story-print img');
  expect(await cards.count(), 'every card of the story, as a picture').toBeGreaterThanOrEqual(8);
  await expect(cards.first()).toBeVisible();
  expect(await cards.first().getAttribute('alt')).toMatch(/payments/);
  await expect(page.locator('#sections table').first()).toBeVisible();
  const sections = await page.locator('#sections .report-section:has(details.data)').count();
  const open = await page.locator('#sections details.data[open]').count();
  const all = await page.locator('#sections details.data').count();
  expect(open, 'one summary table per section').toBe(sections);
  expect(open, 'not every table of every section').toBeLessThan(all);
  await page.screenshot({ path: join(OUT, 'demo-en-print.png'), fullPage: true });
  await page.pdf({ path: join(OUT, 'demo-en-print.pdf'), printBackground: false });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  expectClean(seen);
});

test('prefers-reduced-motion turns the sections\' entrance animation off', async ({ page }) => {
  const seen = await demo(page);
  const animation = () => page.locator('#sections .report-section').first().evaluate((section) => getComputedStyle(section).animationName);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await animation()).toBe('appear');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await animation()).toBe('none');
  expectClean(seen);
});
