// The story at phone width: after the demo is read the page opens its cards; the buttons, the
// arrow keys, a tap on either third and a swipe move through them; dots and a position follow;
// each card's facts are text for a screen reader (the picture's label and a live line); amounts
// stay off until the one toggle; "All the details" leads to the dashboard; a card saves as a
// 1080×1920 PNG made in the page; no request is made. Then screenshots of every card in both
// languages, for the demo and a real statement when ../shared/samples is there
// (target/e2e-screenshots/story-*.png).
import { test, expect } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './fixtures.mjs';
import { dropFile, expectClean, expectStatus, openPage } from './helpers.mjs';

const OUT = join(root, 'target', 'e2e-screenshots');
mkdirSync(OUT, { recursive: true });

test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true });

const card = (page) => page.locator('#story-canvas');

async function readDemo(page) {
  const seen = await openPage(page);
  await expect(page.locator('#story')).toBeHidden();
  await page.locator('#demo-button').click();
  await expectStatus(page, 'done');
  await expect(page.locator('#story')).toBeVisible();
  await expect(card(page)).toHaveAttribute('data-drawn', 'true');
  return seen;
}

async function expectCard(page, index, id) {
  await expect(page.locator('#story-stage')).toHaveAttribute('data-index', String(index));
  if (id) await expect(card(page)).toHaveAttribute('data-card', id);
  await expect(page.locator('#story-dots li').nth(index)).toHaveClass('current');
}

/** A press and release at fractions of the card's box, moving in between (a swipe) or not (a tap). */
async function gesture(page, from, to) {
  const box = await page.locator('#story-stage').boundingBox();
  const at = ([x, y]) => [box.x + box.width * x, box.y + box.height * y];
  await page.mouse.move(...at(from));
  await page.mouse.down();
  await page.mouse.move(...at(to), { steps: 5 });
  await page.mouse.up();
}

test('the story opens after reading and moves by buttons, keys, taps and swipes', async ({ page }) => {
  const seen = await readDemo(page);
  const count = await page.locator('#story-dots li').count();
  expect(count, 'the demo tells 8–14 cards').toBeGreaterThanOrEqual(8);
  expect(count).toBeLessThanOrEqual(14);
  await expectCard(page, 0, 'year');
  await expect(page.locator('#story-position')).toHaveText(`1 of ${count}`);
  await expect(page.locator('#story-prev')).toBeDisabled();
  // The story fills the screen it opened on.
  const box = await page.locator('#story').boundingBox();
  expect(box.height).toBeGreaterThanOrEqual(844 - 1);
  const top = await page.locator('#story').evaluate((el) => el.getBoundingClientRect().top);
  expect(Math.abs(top)).toBeLessThan(2);

  await page.locator('#story-next').click();
  await expectCard(page, 1, 'first');
  await page.keyboard.press('ArrowRight');
  await expectCard(page, 2);
  await page.keyboard.press('ArrowLeft');
  await expectCard(page, 1);
  await gesture(page, [0.85, 0.5], [0.85, 0.5]); // a tap on the right third
  await expectCard(page, 2);
  await gesture(page, [0.15, 0.5], [0.15, 0.5]); // on the left third
  await expectCard(page, 1);
  await gesture(page, [0.5, 0.5], [0.5, 0.5]); // the middle: nothing
  await expectCard(page, 1);
  await gesture(page, [0.8, 0.5], [0.2, 0.52]); // a swipe to the left: the next card
  await expectCard(page, 2);
  await gesture(page, [0.2, 0.5], [0.8, 0.5]); // to the right: back
  await expectCard(page, 1);
  for (let i = 2; i < count; i += 1) await page.locator('#story-next').click();
  await expectCard(page, count - 1, 'poster');
  await expect(page.locator('#story-next')).toBeDisabled();
  await expect(page.locator('#story-position')).toHaveText(`${count} of ${count}`);

  // "All the details": the dashboard, below the story.
  await page.locator('#story-details').click();
  await expect(page.locator('#report-title')).toBeInViewport();
  await expect(page.locator('#story')).not.toBeInViewport({ ratio: 0.5 });
  expectClean(seen);
});

test('each card says its facts as text, amounts only after the toggle, and saves as a 1080×1920 PNG', async ({ page }) => {
  const seen = await readDemo(page);
  const label = async () => card(page).getAttribute('aria-label');
  await expect(card(page)).toHaveAttribute('role', 'img');
  const hidden = await label();
  expect(hidden).toMatch(/payments/);
  await expect(page.locator('#story-text')).toHaveText(hidden);
  await expect(page.locator('#story-text')).toHaveAttribute('aria-live', 'polite');
  expect(hidden, 'no amount with amounts hidden').not.toMatch(/¥/);
  await page.locator('#story-amounts').check();
  await expect(card(page)).toHaveAttribute('data-amounts', 'true');
  expect(await label(), 'the total, once shown').toMatch(/¥/);
  await page.locator('#story-amounts').uncheck();
  await expect(card(page)).toHaveAttribute('data-amounts', 'false');
  // Every card: a label, no amount, and the poster lists its facts.
  const count = await page.locator('#story-dots li').count();
  for (let i = 0; i < count; i += 1) {
    const text = await label();
    expect(text.length, `card ${i} says something`).toBeGreaterThan(5);
    expect(text, `card ${i}: no amount`).not.toMatch(/¥/);
    if (i < count - 1) await page.locator('#story-next').click();
  }
  await expectCard(page, count - 1, 'poster');
  const posterLabel = await label();
  expect(posterLabel.split('. ').length, 'the keyword, its reason and 3–5 facts').toBeGreaterThanOrEqual(5);
  // The dashboard's share card is the same poster, labelled with the same facts.
  await page.locator('#share-canvas').scrollIntoViewIfNeeded();
  await expect(page.locator('#share-canvas')).toHaveAttribute('data-drawn', 'true');
  await expect(page.locator('#share-canvas')).toHaveAttribute('aria-label', posterLabel);
  await page.locator('#story').scrollIntoViewIfNeeded();

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#story-save').click()]);
  expect(download.suggestedFilename()).toMatch(/^yearbook-2025-\d\d-poster\.png$/);
  const png = readFileSync(await download.path());
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)], 'the picture is 1080×1920').toEqual([1080, 1920]);
  // The same PNG is also on the page as a picture to long-press (in-app browsers ignore downloads).
  const shown = page.locator('#story-picture img');
  await expect(shown).toHaveAttribute('alt', /\S/);
  const src = await shown.getAttribute('src');
  expect(Buffer.from(src.replace(/^data:image\/png;base64,/, ''), 'base64').equals(png)).toBe(true);
  // Another card: the picture of this one goes.
  await page.locator('#story-prev').click();
  await expect(page.locator('#story-picture img')).toHaveCount(0);
  expectClean(seen);
});

test('the story follows the language and stays in step with the dashboard', async ({ page }) => {
  const seen = await readDemo(page);
  await page.keyboard.press('ArrowRight');
  await expectCard(page, 1, 'first');
  await page.locator('#lang').selectOption('zh-CN');
  await expectCard(page, 1, 'first');
  await expect(page.locator('#story-text')).toContainText('第一笔');
  await expect(page.locator('#story-position')).toContainText('第 2 张');
  expectClean(seen);
});

test.describe('the first screen', () => {
  test('says how to export from Alipay, WeChat Pay and banks in both languages', async ({ page }) => {
    const seen = await openPage(page);
    await page.locator('#how-to summary').click();
    await expect(page.locator('#how-to')).toContainText('开具交易流水证明');
    await expect(page.locator('#how-to')).toContainText('password');
    await expect(page.locator('#how-to')).toContainText('下载账单');
    await expect(page.locator('#how-to')).toContainText('camt.053');
    // China's banks and platforms, each with its own way out (issue 15).
    for (const word of ['明细查询', '账单下载', '流水打印', 'bill-file-converter', '账单导出（仅限个人对账）', '美团交易账单明细']) {
      await expect(page.locator('#how-to')).toContainText(word);
    }
    await page.locator('#lang').selectOption('zh-CN');
    await expect(page.locator('#how-to')).toContainText('解压密码');
    await expect(page.locator('#how-to')).toContainText('对账单');
    await expect(page.locator('#how-cn')).toHaveText('国内银行卡、京东和美团');
    await expect(page.locator('#how-to')).toContainText('招商银行');
    expectClean(seen);
  });
});

test.describe('on a phone', () => {
  test.use({ isMobile: true });
  test('the first screen says "choose", not "drop"', async ({ page }) => {
    const seen = await openPage(page);
    await expect(page.locator('#drop-hint')).toContainText('Choose them from your files');
    await expect(page.locator('#drop-hint')).not.toContainText('Drop');
    expectClean(seen);
  });
});

test.describe('with a mouse', () => {
  test.use({ hasTouch: false, isMobile: false });
  test('the first screen says "drop them here"', async ({ page }) => {
    const seen = await openPage(page);
    await expect(page.locator('#drop-hint')).toContainText('Drop them here');
    expectClean(seen);
  });
});

/** Screenshots of every card of the story on screen, named `story-<name>-NN-<id>.png`. */
async function shootEveryCard(page, name) {
  const count = await page.locator('#story-dots li').count();
  for (let i = 0; i < count; i += 1) {
    if (i > 0) await page.locator('#story-next').click();
    await expectCard(page, i);
    await expect(card(page)).toHaveAttribute('data-drawn', 'true');
    const id = await card(page).getAttribute('data-card');
    await page.locator('#story').screenshot({ path: join(OUT, `story-${name}-${String(i + 1).padStart(2, '0')}-${id}.png`), animations: 'disabled' });
  }
  return count;
}

for (const lang of ['en', 'zh-CN']) {
  test.describe(`screenshots ${lang}`, () => {
    test.use({ locale: lang });
    test(`screenshot: every card of the demo story at 390 px, ${lang}`, async ({ page }) => {
      const seen = await readDemo(page);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      expect(await shootEveryCard(page, `demo-${lang}`)).toBeGreaterThanOrEqual(8);
      expectClean(seen);
    });

    test(`screenshot: every card of a real WeChat statement at 390 px, ${lang}`, async ({ page }) => {
      const sample = join(root, '..', '..', 'shared', 'samples', 'wechat', 'xlsx-2025', 'example-wechat-records.xlsx');
      const shared = existsSync(sample) ? sample : join(root, '..', 'shared', 'samples', 'wechat', 'xlsx-2025', 'example-wechat-records.xlsx');
      test.skip(!existsSync(shared), `no real sample at ${shared}`);
      const seen = await openPage(page);
      await dropFile(page, shared);
      await expectStatus(page, 'done');
      await expect(page.locator('#story')).toBeVisible();
      await page.emulateMedia({ reducedMotion: 'reduce' });
      expect(await shootEveryCard(page, `wechat-${lang}`)).toBeGreaterThanOrEqual(2);
      expectClean(seen);
    });
  });
}
