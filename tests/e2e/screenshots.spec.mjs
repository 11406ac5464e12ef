// Screenshots of the demo report for a person to review (target/e2e-screenshots/): English and
// Chinese (the language picked from the browser's), at desktop and phone width, dark, and as
// printed. Each also asserts what makes the picture right: the language, no horizontal
// scrolling on a phone, every chart drawn.
import { test, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './fixtures.mjs';
import { expectClean, expectSectionsDrawn, expectStatus, openPage } from './helpers.mjs';

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
