'use strict';
// The Web Worker that reads statements, with its own instance of the wasm core. The page builds
// this worker's script from two of its own inline blocks, wasm-bindgen's glue (which defines
// `wasm_bindgen`) followed by this file, as a blob: URL, so the worker loads nothing either.
//
// Messages in:  {type: 'init', module}            the page's compiled WebAssembly.Module
//               {type: 'analyze', job, files, report}
//                                                 files: [{id, name, file?, demo?, options}],
//                                                 report: {excludePlaces}
//               {type: 'preview', job, id, file}  the mapping step's preview of a CSV
//               {type: 'forget', ids}             drop those files' bytes
// Messages out: {type: 'ready'} | {type: 'failed', message}
//               {type: 'progress', job, phase: 'reading'|'parsing', done, total, size}
//               {type: 'result', job, json}       JSON of analyze's {files, report} and
//                                                 sections: {en, 'zh-CN'} (describeReport)
//               {type: 'preview', job, id, preview?, error?}
//               {type: 'error', job, message}
//
// Files are read in slices (File.slice), so progress is real bytes read. The core then parses
// all of them in one call (it has no chunked entry point): during that call the page shows that
// it is working, not a made-up percentage. Bytes are kept by file id so that re-reading a file
// with a password, a date order or a column mapping does not read it from disk again.

const CHUNK_BYTES = 4 * 1024 * 1024;
/**
 * The largest file read in the page. The core holds the file, its decoded text and its rows at
 * once, about five times the file at its peak (docs/benchmarks.md), and wasm32 memory ends at
 * 4 GiB: a bigger file is refused by its size before a byte of it is read, instead of crashing
 * the tab. The command line has no such limit.
 */
const MAX_FILE_BYTES = 400 * 1024 * 1024;
/** The page's languages (i18n.js), for which the report's sections are described up front. */
const LANGUAGES = ['en', 'zh-CN'];
/** id → Uint8Array of a file already read. */
const bytesById = new Map();
let ready = null;

function post(message) {
  self.postMessage(message);
}

self.onmessage = (event) => {
  const message = event.data;
  switch (message.type) {
    case 'init':
      ready = wasm_bindgen({ module_or_path: message.module }).then(
        () => post({ type: 'ready' }),
        (error) => post({ type: 'failed', message: String(error) }),
      );
      break;
    case 'analyze':
      analyze(message).catch((error) => post({ type: 'error', job: message.job, message: describe(error) }));
      break;
    case 'preview':
      preview(message).catch((error) => post({ type: 'preview', job: message.job, id: message.id, error: describe(error) }));
      break;
    case 'forget':
      for (const id of message.ids) bytesById.delete(id);
      break;
    default:
      break;
  }
};

function describe(error) {
  return error && error.message ? error.message : String(error);
}

/** The file's bytes, read slice by slice; `onChunk(n)` after each slice. */
async function readInSlices(file, onChunk) {
  const bytes = new Uint8Array(file.size);
  for (let offset = 0; offset < file.size; offset += CHUNK_BYTES) {
    const slice = new Uint8Array(await file.slice(offset, offset + CHUNK_BYTES).arrayBuffer());
    bytes.set(slice, offset);
    onChunk(slice.length);
  }
  return bytes;
}

async function bytesOf(entry, onChunk) {
  if (bytesById.has(entry.id)) return bytesById.get(entry.id);
  const bytes = entry.demo ? wasm_bindgen.demoStatement() : await readInSlices(entry.file, onChunk);
  bytesById.set(entry.id, bytes);
  return bytes;
}

async function analyze({ job, files, report }) {
  await ready;
  const tooLarge = new Set(files.filter((f) => f.file && f.file.size > MAX_FILE_BYTES).map((f) => f.id));
  const toRead = files.filter((f) => !bytesById.has(f.id) && !f.demo && !tooLarge.has(f.id));
  const total = toRead.reduce((sum, f) => sum + f.file.size, 0);
  let done = 0;
  post({ type: 'progress', job, phase: 'reading', done, total });
  const inputs = [];
  const unreadable = new Map();
  for (const entry of files) {
    if (tooLarge.has(entry.id)) continue;
    try {
      const bytes = await bytesOf(entry, (n) => {
        done += n;
        post({ type: 'progress', job, phase: 'reading', done, total });
      });
      inputs.push({ name: entry.name, bytes, options: entry.options || {} });
    } catch (error) {
      // The browser could not give us the file (moved, deleted, no permission): say so for this
      // file and read the others.
      unreadable.set(entry.id, describe(error));
    }
  }
  const size = inputs.reduce((sum, input) => sum + input.bytes.length, 0);
  post({ type: 'progress', job, phase: 'parsing', done: total, total, size, demo: files.some((f) => f.demo) });
  const result = typeof wasm_bindgen.analyzeWith === 'function'
    ? wasm_bindgen.analyzeWith(inputs, report || {})
    : wasm_bindgen.analyze(inputs);
  // One outcome per file the page sent, in its order: the unreadable ones in their places.
  const outcomes = [];
  let next = 0;
  for (const entry of files) {
    if (tooLarge.has(entry.id)) {
      const limit = `${MAX_FILE_BYTES / 1048576} MB`;
      outcomes.push(failedOutcome(entry, 'tooLarge', {
        en: `${entry.name}: this file is larger than the ${limit} a browser tab can read; export a shorter period, or use the yearbook command line`,
        zh: `${entry.name}：这个文件超过了浏览器标签页能读取的 ${limit}；请导出较短的时间段，或使用 yearbook 命令行`,
      }, { size: entry.file.size, limit: MAX_FILE_BYTES }));
    } else if (unreadable.has(entry.id)) {
      // The browser's reason as it gave it.
      const reason = unreadable.get(entry.id);
      outcomes.push(failedOutcome(entry, 'unreadable', {
        en: `${entry.name}: the browser could not read this file (${reason})`,
        zh: `${entry.name}：浏览器无法读取这个文件（${reason}）`,
      }));
    } else {
      outcomes.push(result.files[next]);
      next += 1;
    }
  }
  // The report's sections in both page languages, described here rather than on the page's main
  // thread: the page then only builds elements and draws, and switching language is instant.
  const sections = {};
  if (result.report && typeof wasm_bindgen.Report === 'function') {
    // Read by the core once for both languages, then freed.
    const held = new wasm_bindgen.Report(result.report);
    try {
      for (const lang of LANGUAGES) sections[lang] = held.describe(lang);
    } finally {
      held.free();
    }
  } else if (result.report && typeof wasm_bindgen.describeReport === 'function') {
    for (const lang of LANGUAGES) sections[lang] = wasm_bindgen.describeReport(result.report, lang);
  }
  // As JSON text: the page's main thread parses a string faster than it unpacks a cloned object
  // graph of the same size, and the message event is one of the tasks it must keep short.
  post({ type: 'result', job, json: JSON.stringify({ files: outcomes, report: result.report, sections }) });
}

/**
 * The outcome of a file the core never saw, shaped like the core's: the error in both languages
 * (`{zh, en}`), its kind, and any details the page shows.
 */
function failedOutcome(entry, errorKind, error, details = {}) {
  return { name: entry.name, transactions: 0, warnings: [], warningCount: 0, error, errorKind, ...details };
}

async function preview({ job, id, file }) {
  await ready;
  const bytes = await bytesOf({ id, file }, () => {});
  post({ type: 'preview', job, id, preview: wasm_bindgen.previewCsv(bytes) });
}
