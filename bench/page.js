'use strict';
// The benchmark page's functions, called by run.mjs through page.evaluate. Each run is
// synchronous and timed with performance.now() around the call only: the file's bytes are
// already in memory, as they are in the page's worker when it calls `Session.read`.

let wasmExports = null;
let input = null;
let lastReport = null;

/** Starts the wasm core (a fresh instance: the page is reloaded for every file). */
async function benchInit() {
  wasmExports = await wasm_bindgen({ module_or_path: '/pkg/yearbook_bg.wasm' });
  return { memory: wasmExports.memory.buffer.byteLength };
}

/** Fetches the statement into memory. */
async function benchLoad(url) {
  input = new Uint8Array(await (await fetch(url)).arrayBuffer());
  return { bytes: input.length };
}

function collectGarbage() {
  if (typeof gc === 'function') gc();
}

/**
 * Yearbook wasm: bytes → decode → parse → classify → report, through the page's `Session.read`
 * (which also describes the sections in both languages, as the page's worker needs them).
 * `name` is the file's name (the page passes the user's); `currency` is the one whose spending
 * is compared with the baseline's.
 */
function benchWasm(name, currency) {
  collectGarbage();
  const started = performance.now();
  const session = new wasm_bindgen.Session();
  const result = session.read([{ name, bytes: input }], {});
  session.free();
  const ms = performance.now() - started;
  const file = result.files[0];
  if (file.error) throw new Error(file.error.en);
  lastReport = result.report;
  const totals = result.report && result.report.currencies && result.report.currencies[currency];
  return {
    ms,
    rows: file.rowsSeen,
    transactions: file.transactions,
    spending: totals ? totals.spending : 0,
    memory: wasmExports.memory.buffer.byteLength,
  };
}

/** One JavaScript way of baseline.js (`engine`: papaparse, udsv, d3-dsv, sheetjs), with the JS
 * heap sampled between its phases. */
function benchJs(engine, format) {
  collectGarbage();
  const heap = () => (performance.memory ? performance.memory.usedJSHeapSize : 0);
  const before = heap();
  let peak = before;
  const probe = () => {
    peak = Math.max(peak, heap());
  };
  const started = performance.now();
  const result = jsPipeline(engine, format, input, probe);
  const ms = performance.now() - started;
  return { ms, rows: result.rows, spending: result.spending, heap: peak - before };
}

/** DuckDB-wasm (duckdb.mjs): its instantiation, once per page. */
async function benchDuckdbInit() {
  return duckdbInit();
}

/** DuckDB-wasm's pipeline (duckdb.mjs); its memory is in its worker, not measured. */
async function benchDuckdb(format) {
  collectGarbage();
  const result = await duckdbPipeline(format, input);
  return { ms: result.ms, rows: result.rows, spending: result.spending, heap: 0 };
}

/**
 * Draws every chart of the last report on its own canvas; the time of all of them together,
 * reading the report into the core included.
 */
function benchCharts() {
  if (!lastReport) return { ms: 0, charts: 0 };
  const specs = Array.from(wasm_bindgen.chartSpecs());
  const ids = specs.map((spec) => spec.id);
  const canvases = specs.map(({ width, height }) => {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    document.body.appendChild(canvas);
    return canvas;
  });
  const started = performance.now();
  // As the page draws them: the report read by the core once (timed too), then every chart.
  const held = new wasm_bindgen.Report(lastReport);
  ids.forEach((id, i) => held.drawChart(id, canvases[i], 1, false, 'en'));
  held.free();
  const ms = performance.now() - started;
  canvases.forEach((c) => c.remove());
  return { ms, charts: ids.length };
}
