// WebDriver sessions in the engines besides Chromium, and the page driven through them as a
// person would use it: Firefox ESR through geckodriver, WebKitGTK (MiniBrowser) through
// WebKitWebDriver, both with selenium-webdriver (pinned in package.json) and never a downloaded
// driver or browser. `cargo xtask test` installs them and passes their paths (xtask/src/engines.rs).
// Unlike Playwright, WebDriver cannot watch the page's requests; the server's log (server.mjs)
// and the page's own Resource Timing entries and CSP violation events stand in for that.
import { Builder, By, Key, WebDriver } from 'selenium-webdriver';
import firefox from 'selenium-webdriver/firefox.js';
import http from 'selenium-webdriver/http/index.js';
import remote from 'selenium-webdriver/remote/index.js';
import portprober from 'selenium-webdriver/net/portprober.js';
import { formatAmount } from '../fixtures.mjs';

export { By, Key };

/** A program the xtask installed, by the environment variable it set. */
function program(variable) {
  const path = process.env[variable];
  if (!path) throw new Error(`${variable} is not set: run these tests through \`cargo xtask test\``);
  return path;
}

/** How long a step may take: WebKitGTK under a loaded machine is slow to start and to draw. */
export const PATIENCE = 60_000;

async function startFirefox({ downloads }) {
  const options = new firefox.Options()
    .setBinary(program('YEARBOOK_FIREFOX'))
    .addArguments('-headless')
    .windowSize({ width: 1280, height: 900 })
    // Downloads go to the test's folder without asking, so the share card's PNG can be read.
    .setPreference('browser.download.folderList', 2)
    .setPreference('browser.download.dir', downloads)
    .setPreference('browser.download.useDownloadDir', true)
    .setPreference('browser.download.always_ask_before_handling_new_types', false)
    .setPreference('browser.helperApps.neverAsk.saveToDisk', 'image/png')
    .setPreference('intl.accept_languages', 'en-US');
  const service = new firefox.ServiceBuilder(program('YEARBOOK_GECKODRIVER'));
  return new Builder().forBrowser('firefox').setFirefoxOptions(options).setFirefoxService(service).build();
}

async function startWebKit() {
  const port = await portprober.findFreePort();
  const service = new remote.DriverService(program('YEARBOOK_WEBKIT_DRIVER'), {
    port,
    args: [`--port=${port}`],
    loopback: true,
    // The page follows the browser's language, which WebKitGTK takes from the process locale.
    env: { ...process.env, LANG: 'en_US.UTF-8', LANGUAGE: 'en_US' },
  });
  const capabilities = {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: program('YEARBOOK_MINIBROWSER'), args: ['--automation'] },
  };
  const executor = new http.Executor(service.start(PATIENCE).then((url) => new http.HttpClient(url)));
  const driver = await WebDriver.createSession(executor, capabilities, () => service.kill());
  await driver.manage().window().setRect({ width: 1280, height: 900 });
  return driver;
}

/** The engines, by the project names of engines.config.mjs. */
export const ENGINES = {
  firefox: { title: 'Firefox ESR', start: startFirefox, downloads: true },
  webkit: { title: 'WebKitGTK', start: startWebKit, downloads: false },
};

/** Waits until `script` (run in the page with `args`) returns a truthy value, and returns it. */
export async function waitFor(driver, what, script, ...args) {
  let last;
  try {
    return await driver.wait(async () => {
      last = await driver.executeScript(script, ...args);
      return last;
    }, PATIENCE);
  } catch (error) {
    throw new Error(`waited ${PATIENCE / 1000} s for ${what}; last answer ${JSON.stringify(last)} (${error.message})`);
  }
}

/**
 * Opens the page and waits until the wasm core and its worker are ready; then records, in the
 * page, uncaught errors and CSP violations. Returns the time to ready the page measured itself
 * (its `yearbook-ready` mark, from navigation start).
 */
export async function openPage(driver, url) {
  await driver.get(url);
  await waitFor(driver, 'the page to be ready', () => document.body && document.body.dataset.ready === 'true' && document.getElementById('status').dataset.state === 'idle');
  return driver.executeScript(() => {
    window.__seen = { errors: [], violations: [] };
    window.addEventListener('error', (event) => window.__seen.errors.push(String(event.message)));
    window.addEventListener('unhandledrejection', (event) => window.__seen.errors.push(String(event.reason)));
    document.addEventListener('securitypolicyviolation', (event) => window.__seen.violations.push(`${event.effectiveDirective} blocked ${event.blockedURI}`));
    // The page starts in the browser's language; the tests read it in English first.
    const select = document.getElementById('lang');
    if (select.value !== 'en') {
      select.value = 'en';
      select.dispatchEvent(new Event('change'));
    }
    const mark = performance.getEntriesByName('yearbook-ready')[0];
    return mark ? mark.startTime : null;
  });
}

/**
 * What the page did behind the scenes since openPage: errors, CSP violations, and resources it
 * loaded other than itself and its blob: worker (Resource Timing lists every fetch, image, script
 * or worker a page loads).
 */
export function behindTheScenes(driver) {
  return driver.executeScript(() => ({
    errors: window.__seen.errors,
    violations: window.__seen.violations,
    resources: performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => !name.startsWith('blob:') && !name.startsWith('data:')),
  }));
}

/**
 * Hands files to the page as a drop on #drop-zone does: a DataTransfer of Files in a drop event.
 * An engine whose DragEvent constructor drops the DataTransfer gets them through the file picker's
 * input instead (its `change` event); the answer says which way was used.
 */
export function dropFiles(driver, files) {
  const items = files.map(({ name, type, bytes }) => ({ name, type: type || '', base64: Buffer.from(bytes).toString('base64') }));
  return driver.executeScript((given) => {
    const transfer = new DataTransfer();
    for (const { name, type, base64 } of given) {
      const binary = atob(base64);
      transfer.items.add(new File([Uint8Array.from(binary, (char) => char.charCodeAt(0))], name, { type }));
    }
    const zone = document.getElementById('drop-zone');
    const probe = new DragEvent('drop', { dataTransfer: transfer });
    if (probe.dataTransfer && probe.dataTransfer.files.length === given.length) {
      for (const type of ['dragenter', 'dragover', 'drop']) {
        zone.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
      return 'drop';
    }
    const input = document.getElementById('file-input');
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    return 'input';
  }, items);
}

/** Waits for the report and checks its headline against the command line's totals. */
export async function expectHeadline(driver, expected) {
  await waitFor(driver, 'the report', () => {
    const report = document.getElementById('report');
    return !report.hidden && document.getElementById('status').dataset.state === 'done';
  });
  const shown = await driver.executeScript(() => ({
    title: document.getElementById('report-title').textContent,
    lines: Object.fromEntries([...document.querySelectorAll('#report-summary .headline')].map((line) => [line.dataset.currency, line.textContent])),
  }));
  const problems = [];
  if (!shown.title.includes(String(expected.year))) problems.push(`title ${JSON.stringify(shown.title)} lacks ${expected.year}`);
  const currencies = Object.keys(expected.currencies).sort();
  if (JSON.stringify(Object.keys(shown.lines).sort()) !== JSON.stringify(currencies)) problems.push(`currencies ${Object.keys(shown.lines)} ≠ ${currencies}`);
  for (const [currency, totals] of Object.entries(expected.currencies)) {
    const line = shown.lines[currency] || '';
    for (const amount of [formatAmount(totals.spending, currency), formatAmount(totals.income, currency)]) {
      if (!line.includes(amount)) problems.push(`${currency}: ${JSON.stringify(line)} lacks ${amount}`);
    }
  }
  return problems;
}

/**
 * Scrolls every chart into view, waits until it is drawn, and reads its pixels: how much is drawn
 * and in how many colours (a colour covering 20+ pixels is a real mark, not anti-aliasing).
 */
export async function chartsDrawn(driver) {
  const ids = await driver.executeScript(() => [...document.querySelectorAll('#sections canvas[data-chart]')].map((canvas) => canvas.dataset.chart));
  const charts = [];
  for (const id of ids) {
    await driver.executeScript((chart) => document.querySelector(`#sections canvas[data-chart="${chart}"]`).scrollIntoView({ block: 'center' }), id);
    await waitFor(driver, `chart ${id} to be drawn`, (chart) => {
      const drawn = document.querySelector(`#sections canvas[data-chart="${chart}"]`).dataset.drawn;
      return drawn === 'true' || drawn === 'failed' ? drawn : null;
    }, id);
    charts.push(await driver.executeScript((chart) => {
      const canvas = document.querySelector(`#sections canvas[data-chart="${chart}"]`);
      const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
      const counts = new Map();
      for (let index = 0; index < data.length; index += 4) {
        const rgba = ((data[index] << 24) | (data[index + 1] << 16) | (data[index + 2] << 8) | data[index + 3]) >>> 0;
        counts.set(rgba, (counts.get(rgba) ?? 0) + 1);
      }
      const total = canvas.width * canvas.height;
      const inked = total - Math.max(...counts.values());
      const colours = [...counts.values()].filter((n) => n >= 20).length;
      return { id: chart, drawn: canvas.dataset.drawn, width: canvas.width, height: canvas.height, inkedShare: inked / total, colours };
    }, id));
  }
  return charts;
}

/** Clicks `selector` as a person does (WebDriver's element click, scrolled into view). */
export async function click(driver, selector) {
  const element = await driver.findElement(By.css(selector));
  await driver.executeScript((target) => target.scrollIntoView({ block: 'center' }), element);
  await element.click();
}
