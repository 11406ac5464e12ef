// The benchmark driver of `cargo xtask bench`: serves this folder, the wasm build and the
// statements on 127.0.0.1, opens Debian's Chromium with Playwright (never a downloaded browser),
// and for every statement times, alternating, several repetitions of
//   1. Yearbook wasm (page.js, the page's `Session.read` export),
//   2. the JavaScript ways (baseline.js: TextDecoder + PapaParse, uDSV or d3-dsv and the same
//      aggregation for the CSVs, SheetJS for the XLSX) and the SQL way (duckdb.mjs: DuckDB-wasm,
//      its instantiation reported apart, as `duckdb-init`),
//   3. Yearbook native (the release command line, `yearbook report FILE --json`),
// then draws every chart from the wasm report. Each file gets a fresh page, so its wasm linear
// memory starts small and ends at that file's peak (linear memory never shrinks). Before the
// files, page ready (ready.html: the wasm compiled, instantiated, a worker instantiated too) in
// fresh pages, as the `ready` result.
//
// Usage: node run.mjs --pkg DIR --cli PATH --reps N [--large-reps M --large-bytes B] FILE...
// (files of B bytes or more get M timed repetitions instead of N)
// Prints one tab-separated `result` line per file and pipeline (the xtask reads them); progress
// goes to stderr.
import { createServer } from 'node:http';
import { spawn } from 'node:child_process';
import { readFileSync, createReadStream, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));

function parseArgs(argv) {
  const options = { pkg: null, cli: null, reps: 5, largeReps: 0, largeBytes: Infinity, files: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--pkg') options.pkg = resolve(argv[(i += 1)]);
    else if (arg === '--cli') options.cli = resolve(argv[(i += 1)]);
    else if (arg === '--reps') options.reps = Number(argv[(i += 1)]);
    else if (arg === '--large-reps') options.largeReps = Number(argv[(i += 1)]);
    else if (arg === '--large-bytes') options.largeBytes = Number(argv[(i += 1)]);
    else options.files.push(resolve(arg));
  }
  if (!options.pkg || !options.cli || !options.files.length || !(options.reps >= 1)) {
    throw new Error('usage: node run.mjs --pkg DIR --cli PATH --reps N FILE...');
  }
  return options;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.csv': 'application/octet-stream',
};

/** Serves / from this folder, /pkg/ from the wasm build and /data/NAME from the statements. */
function serve(pkg, files) {
  const data = new Map(files.map((f) => [basename(f), f]));
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    let file = null;
    if (path === '/') file = join(here, 'index.html');
    else if (path.startsWith('/pkg/')) file = join(pkg, basename(path));
    else if (path.startsWith('/data/')) file = data.get(basename(path)) || null;
    else if (!path.includes('..')) file = join(here, path);
    let size = -1;
    try {
      size = file ? statSync(file).size : -1;
    } catch {
      size = -1;
    }
    if (size < 0) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] || 'application/octet-stream',
      'content-length': size,
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** Runs the command line once: wall time, and peak RSS from /proc (VmHWM, polled every 2 ms). */
function runNative(cli, file) {
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const child = spawn(cli, ['report', file, '--json'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let peakKb = 0;
    let stderr = '';
    const poll = () => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const match = /VmHWM:\s+(\d+) kB/.exec(status);
        if (match) peakKb = Math.max(peakKb, Number(match[1]));
      } catch {
        // The process has gone; its last reading stands.
      }
    };
    const timer = setInterval(poll, 2);
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', fail);
    child.on('exit', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      clearInterval(timer);
      if (code !== 0) fail(new Error(`${cli} report ${file} exited with ${code}: ${stderr}`));
      else done({ ms, rss: peakKb * 1024 });
    });
  });
}

/**
 * A statement's format from its file name (`alipay-1000000.csv`, `chase-10000.csv`,
 * `ofx-100000.ofx`, `camt-100000.xml`, `mt940-100000.sta`, `wechat-100000.xlsx`, as the xtask
 * names them): the JavaScript and SQL ways to run, and the currency whose spending is compared.
 * OFX, camt.053 and MT940 have no JavaScript way here (no maintained parser of those formats is
 * what a web app would reach for; the XML one would be DOMParser plus a walk, not measured).
 */
function formatOf(name) {
  const format = name.split('-')[0];
  const csv = ['papaparse', 'udsv', 'd3-dsv', 'duckdb'];
  const known = {
    alipay: { currency: 'CNY', engines: csv },
    chase: { currency: 'USD', engines: csv },
    ofx: { currency: 'USD', engines: [] },
    camt: { currency: 'USD', engines: [] },
    mt940: { currency: 'USD', engines: [] },
    wechat: { currency: 'CNY', engines: ['sheetjs'] },
  }[format];
  if (!known) throw new Error(`${name}: no known format (alipay-, chase-, ofx-, camt-, mt940-, wechat-)`);
  return { format, ...known };
}

/** Page ready in `reps` fresh pages (ready.html): the median is the `ready` result. */
async function measureReady(browser, base, reps) {
  const ms = [];
  for (let rep = 0; rep < reps; rep += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/ready.html`);
    ms.push(await page.evaluate(() => window.ready));
    await context.close();
  }
  process.stderr.write(`bench: page ready ${ms.map((x) => x.toFixed(0)).join(', ')} ms\n`);
  return ms;
}

function emit(fields) {
  process.stdout.write(
    `result\t${Object.entries(fields)
      .map(([k, v]) => `${k}=${Array.isArray(v) ? v.map((x) => x.toFixed(3)).join(',') : v}`)
      .join('\t')}\n`,
  );
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const server = await serve(options.pkg, options.files);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    // As tests/e2e: no sandbox (root), no GPU, nothing that calls Google's servers. Precise
    // memory info and an exposed gc() for the heap measurements.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--enable-precise-memory-info',
      '--js-flags=--expose-gc --max-old-space-size=8192',
    ],
  });
  process.stderr.write(`bench: ${browser.version()} (headless), ${options.reps} repetitions\n`);
  try {
    const ready = await measureReady(browser, base, options.reps);
    emit({ file: '(page)', pipeline: 'ready', bytes: 0, rows: 0, ms: ready, memory: 0 });
    for (const file of options.files) {
      const name = basename(file);
      const page = await browser.newPage();
      page.on('pageerror', (error) => process.stderr.write(`page error: ${error.message}\n`));
      await page.goto(`${base}/`);
      const initial = await page.evaluate(() => benchInit());
      const { bytes } = await page.evaluate((url) => benchLoad(url), `/data/${name}`);
      const { format, currency, engines } = formatOf(name);
      const wasm = [];
      const native = [];
      const js = Object.fromEntries(engines.map((e) => [e, { ms: [], heap: 0, rows: 0, spending: 0 }]));
      let wasmMemory = initial.memory;
      let nativeRss = 0;
      let rows = 0;
      let wasmSpending = 0;
      if (engines.includes('duckdb')) {
        const init = await page.evaluate(() => benchDuckdbInit());
        emit({ file: name, pipeline: 'duckdb-init', bytes, rows: 0, ms: [init.ms], memory: 0 });
      }
      const reps = bytes >= options.largeBytes && options.largeReps >= 1 ? options.largeReps : options.reps;
      // One untimed warm-up of each, then the timed repetitions, alternating.
      for (let rep = -1; rep < reps; rep += 1) {
        const w = await page.evaluate(([n, c]) => benchWasm(n, c), [name, currency]);
        const times = [`wasm ${w.ms.toFixed(0)}`];
        for (const engine of engines) {
          const j =
            engine === 'duckdb'
              ? await page.evaluate((f) => benchDuckdb(f), format)
              : await page.evaluate(([e, f]) => benchJs(e, f), [engine, format]);
          js[engine].heap = Math.max(js[engine].heap, j.heap);
          js[engine].rows = j.rows;
          js[engine].spending = j.spending;
          if (rep >= 0) js[engine].ms.push(j.ms);
          times.push(`${engine} ${j.ms.toFixed(0)}`);
        }
        const n = await runNative(options.cli, file);
        wasmMemory = Math.max(wasmMemory, w.memory);
        nativeRss = Math.max(nativeRss, n.rss);
        rows = w.rows;
        wasmSpending = w.spending;
        if (rep >= 0) {
          wasm.push(w.ms);
          native.push(n.ms);
        }
        times.push(`native ${n.ms.toFixed(0)}`);
        process.stderr.write(
          `bench: ${name} ${rep < 0 ? 'warm-up' : `rep ${rep + 1}/${reps}`}: ${times.join(', ')} ms\n`,
        );
      }
      const charts = [];
      let chartCount = 0;
      for (let rep = 0; rep < options.reps; rep += 1) {
        const c = await page.evaluate(() => benchCharts());
        charts.push(c.ms);
        chartCount = c.charts;
      }
      emit({ file: name, pipeline: 'wasm', bytes, rows, ms: wasm, memory: wasmMemory });
      for (const engine of engines) {
        const j = js[engine];
        emit({ file: name, pipeline: engine, bytes, rows: j.rows, ms: j.ms, memory: j.heap });
      }
      emit({ file: name, pipeline: 'native', bytes, rows, ms: native, memory: nativeRss });
      emit({ file: name, pipeline: 'charts', bytes, rows: chartCount, ms: charts, memory: 0 });
      const check = { file: name, pipeline: 'check', bytes, rows, ms: [], memory: 0 };
      check.wasm_spending = wasmSpending;
      for (const engine of engines) check[`${engine}_spending`] = js[engine].spending;
      emit(check);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  process.stderr.write(`bench: ${error.stack || error}\n`);
  process.exit(1);
});
