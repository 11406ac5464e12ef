// The page in Firefox ESR and in WebKitGTK (one Playwright project each, engines.config.mjs), driven
// through WebDriver: opened from file:// and from the server, the demo's every chart drawn (not
// blank), an Alipay CSV, a WeChat XLSX, an encrypted ZIP (the password typed into its step) and a
// bank CSV each giving the command line's headline totals, the language switched, the share card
// exported (a PNG downloaded where the engine downloads, and the picture to long-press in every
// engine), and no request but the page itself and its blob: worker.
import { test, expect } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { STEPS, distPage, expectedReport, fileFor, root } from '../fixtures.mjs';
import { cjkProblems, measureCjk } from '../fonts.mjs';
import { serverRequests } from '../helpers.mjs';
import { By, ENGINES, Key, PATIENCE, behindTheScenes, chartsDrawn, click, dropFiles, expectHeadline, openPage, waitFor } from './driver.mjs';

const port = Number(process.env.YEARBOOK_E2E_PORT || 8765);
const screenshots = join(root, 'target', 'e2e-screenshots');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The statements dropped in every engine, with the command line's report each must match. */
const STATEMENTS = [
  { key: 'tests/fixtures/alipay-2023/basic.csv', type: 'text/csv' },
  { key: 'tests/fixtures/wechat-xlsx/header-row-17.xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  { key: 'aesZip', path: STEPS.aesZip, type: 'application/zip', password: STEPS.zipPassword },
  { key: 'tests/fixtures/bank-csv/chase-checking.csv', type: 'text/csv' },
];

/** The demo's charts, in the page's order. */
const DEMO_CHARTS = ['months', 'categories', 'merchants', 'calendar', 'timing', 'places', 'keyword', 'portrait', 'flow'];

test.describe.configure({ mode: 'serial' });

let engine;
let driver;
let downloads;

test.beforeAll(async ({}, testInfo) => {
  engine = ENGINES[testInfo.project.metadata.engine];
  downloads = mkdtempSync(join(tmpdir(), `yearbook-${testInfo.project.name}-`));
  mkdirSync(screenshots, { recursive: true });
  driver = await engine.start({ downloads });
});

test.afterAll(async () => {
  if (driver) await driver.quit();
});

async function screenshot(name) {
  writeFileSync(join(screenshots, `engine-${test.info().project.name}-${name}.png`), Buffer.from(await driver.takeScreenshot(), 'base64'));
}

test('opened from file:// it reads the demo and draws every chart', async () => {
  const ready = await openPage(driver, pathToFileURL(distPage).href);
  test.info().annotations.push({ type: 'page ready', description: `${Math.round(ready)} ms from navigation start` });
  await click(driver, '#demo-button');
  await waitFor(driver, 'the demo report', () => document.getElementById('status').dataset.state === 'done' && !document.getElementById('report').hidden);
  await waitFor(driver, 'the sections', () => document.querySelectorAll('#sections canvas[data-chart]').length > 0);
  const charts = await chartsDrawn(driver);
  // Every chart the core draws (chart/mod.rs CHARTS) but the year-over-year one: the demo holds
  // one year only, and its notShown section says so.
  expect(charts.map((chart) => chart.id)).toEqual(DEMO_CHARTS);
  for (const chart of charts) {
    expect(chart.drawn, `${chart.id} drawn`).toBe('true');
    expect(chart.inkedShare, `${chart.id} is not blank (${JSON.stringify(chart)})`).toBeGreaterThan(0.01);
    expect(chart.colours, `${chart.id} has marks in colours (${JSON.stringify(chart)})`).toBeGreaterThanOrEqual(2);
  }
  // CJK text: the charts' font list resolves to a CJK font here too, and measures the same in
  // the DOM (where the chart library measures) as on the canvas (where it draws).
  const measured = await driver.executeScript(measureCjk);
  test.info().annotations.push({ type: 'CJK text', description: JSON.stringify(measured) });
  expect(cjkProblems(measured), JSON.stringify(measured)).toEqual([]);
  await driver.executeScript(() => window.scrollTo(0, 0));
  await screenshot('demo-en');
  expect(await behindTheScenes(driver)).toEqual({ errors: [], violations: [], resources: [] });
});

test('from the server: statements give the command line\'s totals, the language switches, the card is exported, nothing else is requested', async () => {
  const before = await serverRequests();
  await openPage(driver, `http://127.0.0.1:${port}/`);

  for (const statement of STATEMENTS) {
    const path = statement.path || statement.key;
    const file = fileFor(path, statement.type);
    await click(driver, '#clear-files').catch(() => {});
    await waitFor(driver, 'an empty page', () => document.getElementById('report').hidden && document.querySelectorAll('#files li.file').length === 0);
    const way = await dropFiles(driver, [file]);
    test.info().annotations.push({ type: 'files handed over by', description: `${way} (${file.name})` });
    if (statement.password) {
      // The password step: typed into the field the page shows, then Enter, as a person does.
      await waitFor(driver, 'the password step', () => document.querySelector('#files li.file[data-error-kind="passwordRequired"] input[type="password"]') !== null);
      const field = await driver.findElement(By.css('#files li.file input[type="password"]'));
      await field.sendKeys(statement.password, Key.ENTER);
      await waitFor(driver, 'the archive to open', () => document.querySelector('#files li.file[data-state="read"]') !== null);
    }
    expect(await expectHeadline(driver, expectedReport(statement.key)), `${file.name}: headline against \`yearbook report --json\``).toEqual([]);
  }

  // The language, switched with the select as a person does; the report follows.
  await click(driver, '#lang');
  await driver.findElement(By.css('#lang option[value="zh-CN"]')).click();
  await waitFor(driver, 'the Chinese page', () => document.documentElement.lang === 'zh-CN' && document.getElementById('drop-title').textContent === '添加账单');
  await waitFor(driver, 'Chinese sections', () => /[\u4e00-\u9fff]/.test(document.querySelector('#sections h3')?.textContent || ''));
  const charts = await chartsDrawn(driver);
  for (const chart of charts) expect(chart.drawn, `${chart.id} drawn again in Chinese`).toBe('true');

  // The share card: drawn, saved as a PNG (downloaded where the engine downloads) and shown as a
  // picture to long-press or right-click.
  await driver.executeScript(() => document.getElementById('share').scrollIntoView());
  await waitFor(driver, 'the share card', () => document.getElementById('share-canvas').dataset.drawn === 'true');
  await click(driver, '#share-download');
  const picture = await waitFor(driver, 'the picture of the card', () => {
    const image = document.querySelector('#share-picture img');
    return image && image.complete && image.naturalWidth > 0
      ? { src: image.src, width: image.naturalWidth, height: image.naturalHeight, hint: document.querySelector('#share-picture .picture-hint').textContent }
      : null;
  });
  expect([picture.width, picture.height]).toEqual([1080, 1920]);
  expect(picture.hint).toContain('长按');
  const png = Buffer.from(picture.src.slice(picture.src.indexOf(',') + 1), 'base64');
  expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  if (engine.downloads) {
    const file = await new Promise((resolve, reject) => {
      const started = Date.now();
      const look = () => {
        const names = existsSync(downloads) ? readdirSync(downloads).filter((name) => /^yearbook-\d{4}\.png$/.test(name)) : [];
        if (names.length) resolve(join(downloads, names[0]));
        else if (Date.now() - started > PATIENCE) reject(new Error(`no yearbook-YYYY.png in ${downloads}: ${readdirSync(downloads)}`));
        else setTimeout(look, 200);
      };
      look();
    });
    expect(readFileSync(file).equals(png), 'the downloaded file is the picture shown').toBe(true);
  }
  await screenshot('share-zh');

  const requests = (await serverRequests()).slice(before.length).filter((request) => request.path !== '/favicon.ico');
  expect(requests, 'requests that reached the server: the page itself, once').toEqual([{ method: 'GET', path: '/', status: 200 }]);
  expect(await behindTheScenes(driver)).toEqual({ errors: [], violations: [], resources: [] });
});
