// Exported pictures where `<a download>` does not work (picture.js): the share card is also shown
// as an <img> (a data: URL of the very PNG that is downloaded) with a one-line hint in both
// languages; an in-app browser (WeChat, Alipay, QQ) gets that picture at once, in place of the
// canvas, and is never sent a download; a picture never outlives what the card says.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './fixtures.mjs';
import { expectClean, expectStatus, openPage } from './helpers.mjs';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const WECHAT_IOS = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.49(0x18003137) NetType/WIFI Language/zh_CN';
const screenshots = join(root, 'target', 'e2e-screenshots');

/** The bytes of the <img>'s data: URL. */
async function pictureBytes(page) {
  const src = await page.locator('#share-picture img').getAttribute('src');
  expect(src).toMatch(/^data:image\/png;base64,/);
  return Buffer.from(src.slice(src.indexOf(',') + 1), 'base64');
}

async function demoCard(page) {
  await page.locator('#demo-button').click();
  await expectStatus(page, 'done');
  await page.locator('#share').scrollIntoViewIfNeeded();
  await expect(page.locator('#share-canvas')).toHaveAttribute('data-drawn', 'true');
}

test('in-app browsers are told apart by their user agents', async ({ page }) => {
  await openPage(page);
  const verdicts = await page.evaluate((agents) => agents.map((agent) => Picture.inApp(agent)), [
    WECHAT_IOS,
    'Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/122.0.6261.120 Mobile Safari/537.36 XWEB/1220133 MMWEBSDK/20240301 MMWEBID/1234 MicroMessenger/8.0.48.2580(0x28003036) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 ChannelId(0) Ariver/1.1.0 AliApp(AP/10.5.96.6000) Nebula WK RVKType(0) AlipayDefined(nt:WIFI,ws:390|844|3.0) AlipayClient/10.5.96.6000 Language/zh-Hans Region/CN',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 QQ/9.0.30.613 V1_IPH_SQ_9.0.30_1_APP_A Pixel/1170 MiniAppEnable SimpleUISwitch/0 StudyMode/0 CurrentMode/0 CurrentFontScale/1.000000 QQTheme/1000 AppId/537221234 Core/WKWebView Device/Apple(iPhone 13) NetType/WIFI QBWebViewType/1 WKType/1',
    // Full browsers: these download files, and must keep the plain download.
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; U; Android 13; zh-cn; PDHM00 Build/TP1A) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/109.0.5414.86 MQQBrowser/14.9 Mobile Safari/537.36',
    'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0',
  ]);
  expect(verdicts).toEqual([true, true, true, true, false, false, false]);
});

test('a saved share card is also shown as a picture to long-press or right-click', async ({ page }) => {
  const seen = await openPage(page);
  await demoCard(page);
  await expect(page.locator('#share-picture')).toBeHidden();

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#share-download').click()]);
  const downloaded = readFileSync(await download.path());
  const picture = page.locator('#share-picture img');
  await expect(picture).toBeVisible();
  await expect(picture).toHaveAttribute('alt', 'Your share card: a picture of your year');
  await expect(page.locator('#share-picture .picture-hint')).toHaveText(/long-press it \(phone\) or right-click it \(computer\)/);
  // The picture is the downloaded PNG, byte for byte, and it has really loaded as an image.
  const shown = await pictureBytes(page);
  expect(shown.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  expect(shown.equals(downloaded), 'the picture is the file that was downloaded').toBe(true);
  expect(await picture.evaluate((img) => [img.naturalWidth, img.naturalHeight])).toEqual([1080, 1920]);

  // Showing the amounts makes a new card: the picture follows, never showing the old one.
  await page.locator('#share-amounts').check();
  await expect(page.locator('#share-canvas')).toHaveAttribute('data-amounts', 'true');
  await expect.poll(async () => (await pictureBytes(page)).equals(shown), { message: 'the picture is made again' }).toBe(false);

  // The hint is in the page's language.
  await page.locator('#lang').selectOption('zh-CN');
  await expect(page.locator('#share-picture .picture-hint')).toHaveText(/长按它（手机）或右键点击它（电脑）/);
  await expect(picture).toHaveAttribute('alt', '你的分享卡片：你这一年的一张图');

  // Another report: the old picture goes.
  await page.locator('#demo-button').click();
  await expectStatus(page, 'done');
  await expect(page.locator('#share-picture')).toBeHidden();
  expectClean(seen);
});

test.describe('in an in-app browser', () => {
  test.use({ userAgent: WECHAT_IOS, viewport: { width: 390, height: 844 }, locale: 'zh-CN' });

  test('the card is offered as a picture first, and nothing is downloaded', async ({ page }) => {
    const seen = await openPage(page);
    const downloads = [];
    page.on('download', (download) => downloads.push(download.suggestedFilename()));
    await demoCard(page);

    // No click needed: the picture is there, the canvas is not shown, the hint says what to do.
    const picture = page.locator('#share-picture img');
    await expect(picture).toBeVisible();
    await expect(page.locator('#share-canvas')).toBeHidden();
    await expect(page.locator('#share-picture .picture-hint')).toHaveText('长按图片，选择“保存图片”（这个应用不能下载文件）。');
    await expect(page.locator('#share-download')).toHaveText('保存图片');
    expect(await picture.evaluate((img) => [img.naturalWidth, img.naturalHeight])).toEqual([1080, 1920]);
    mkdirSync(screenshots, { recursive: true });
    await page.locator('#share').screenshot({ path: join(screenshots, 'share-in-app-zh-390.png') });

    // The button makes the picture again (it cannot download here); the picture stays a PNG.
    const before = await page.locator('#share-picture').getAttribute('data-picture-token');
    await page.locator('#share-download').click();
    await expect(page.locator('#share-picture')).not.toHaveAttribute('data-picture-token', before);
    await expect(picture).toBeVisible();
    expect((await pictureBytes(page)).subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(downloads, 'no download is started where it would do nothing').toEqual([]);
    expectClean(seen);
  });
});
