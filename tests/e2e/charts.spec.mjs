// The page draws from a report the core holds (wasm_bindgen.Report): read once per report shown,
// then every chart, every redraw (language, colour scheme) and the share card without passing
// the report across again; the previous report is freed when another is shown. And the page's
// wasm exports only what it uses: no legacy function beside the classes.
import { test, expect } from '@playwright/test';
import { expectClean, expectSectionsDrawn, expectStatus, openPage } from './helpers.mjs';

/** Counts, on the page's main thread, what the page asks the core to do with its reports. */
async function countCoreCalls(page) {
  await page.evaluate(() => {
    const counts = { created: 0, freed: 0, heldCharts: 0, heldCards: 0 };
    window.__coreCalls = counts;
    const core = wasm_bindgen;
    const Original = core.Report;
    const methods = { drawChart: 'heldCharts', drawShareCard: 'heldCards', drawStoryCard: 'heldCards', free: 'freed' };
    for (const [name, key] of Object.entries(methods)) {
      const method = Original.prototype[name];
      Original.prototype[name] = function counted(...args) {
        counts[key] += 1;
        return method.apply(this, args);
      };
    }
    core.Report = new Proxy(Original, {
      construct(target, args) {
        counts.created += 1;
        return Reflect.construct(target, args);
      },
    });
  });
  return () => page.evaluate(() => ({ ...window.__coreCalls }));
}

test('charts are drawn and redrawn from one report held by the core', async ({ page }) => {
  const seen = await openPage(page);
  const calls = await countCoreCalls(page);

  await page.locator('#demo-button').click();
  await expectStatus(page, 'done');
  await expectSectionsDrawn(page);
  const charts = await page.locator('#sections canvas[data-chart]').count();
  const first = await calls();
  expect(first.created, 'the report is read into the core once').toBe(1);
  expect(first.heldCharts).toBeGreaterThanOrEqual(charts);

  // Another language and the dark scheme: everything is drawn again from the same report.
  await page.locator('#lang').selectOption('zh-CN');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectSectionsDrawn(page);
  await page.locator('#share-canvas').scrollIntoViewIfNeeded();
  await expect(page.locator('#share-canvas')).toHaveAttribute('data-drawn', 'true');
  const after = await calls();
  expect(after.created, 'redraws do not read the report again').toBe(1);
  expect(after.heldCharts).toBeGreaterThanOrEqual(2 * charts);
  expect(after.heldCards).toBeGreaterThanOrEqual(1);
  expect(after.freed).toBe(0);

  // A new report replaces the held one, which is freed.
  await page.locator('#demo-button').click();
  await expectStatus(page, 'done');
  await expectSectionsDrawn(page);
  const next = await calls();
  expect(next.created).toBe(2);
  expect(next.freed).toBe(1);
  expectClean(seen);
});

test('the wasm module exports the two classes and three functions the page uses, nothing else', async ({ page }) => {
  const seen = await openPage(page);
  const exported = await page.evaluate(() => Object.keys(wasm_bindgen).filter((name) => !name.startsWith('__')).sort());
  // initSync is wasm-bindgen's own; start is the panic hook, run once when the module starts.
  expect(exported).toEqual(['Report', 'Session', 'chartSpecs', 'checkMapping', 'initSync', 'previewCsv', 'start']);
  expectClean(seen);
});
