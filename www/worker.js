'use strict';
// The Web Worker that reads statements, with its own instance of the wasm core. The page builds
// this worker's script from two of its own inline blocks, wasm-bindgen's glue (which defines
// `wasm_bindgen`) followed by this file, as a blob: URL, so the worker loads nothing either.
//
// Messages in:  {type: 'init', module}            the page's compiled WebAssembly.Module
//               {type: 'read', job, files, report}
//                                                 files: [{id, name, file?, demo?, options}],
//                                                 report: {excludePlaces}
//               {type: 'choose', job, report}     the report again, from the rows held
//               {type: 'preview', job, id, file}  the mapping step's preview of a CSV
//               {type: 'forget', ids}             drop those files' bytes
// Messages out: {type: 'ready'} | {type: 'failed', message}
//               {type: 'progress', job, phase: 'reading'|'parsing', done, total, size}
//               {type: 'result', job, json}       JSON of the session's answer: {files, report,
//                                                 headline, sections, status}
//               {type: 'preview', job, id, preview?, error?}
//               {type: 'error', job, message}
//
// The core decides everything about the files (Session in web.rs): this worker only reads them
// from disk in slices (File.slice), so progress is real bytes read, and hands them over. The
// core then parses all of them in one call (it has no chunked entry point): during that call the
// page shows that it is working, not a made-up percentage. Bytes are kept by file id so that
// re-reading a file with a password, a date order or a column mapping does not read it from
// disk again.

const CHUNK_BYTES = 4 * 1024 * 1024;
/** id → Uint8Array of a file already read. */
const bytesById = new Map();
let ready = null;
/** The core's session: the files read, their rows and the report (wasm_bindgen.Session). */
let session = null;

function post(message) {
  self.postMessage(message);
}

self.onmessage = (event) => {
  const message = event.data;
  const failed = (error) => post({ type: 'error', job: message.job, message: describe(error) });
  switch (message.type) {
    case 'init':
      ready = wasm_bindgen({ module_or_path: message.module }).then(
        () => {
          session = new wasm_bindgen.Session();
          post({ type: 'ready' });
        },
        (error) => post({ type: 'failed', message: String(error) }),
      );
      break;
    case 'read':
      read(message).catch(failed);
      break;
    case 'choose':
      choose(message).catch(failed);
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

/** An exception as text, or the core's `{zh, en}` as it is. */
function describe(error) {
  if (error && typeof error === 'object' && 'en' in error) return error;
  // A RangeError keeps its name: it is how the engines say memory ran out (failure.js).
  if (error instanceof RangeError) return `RangeError: ${error.message}`;
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

/** The session's answer, posted as JSON text: the page's main thread parses a string faster
 * than it unpacks a cloned object graph of the same size, and the message event is one of the
 * tasks it must keep short. */
function answer(job, shown) {
  post({ type: 'result', job, json: JSON.stringify(shown) });
}

async function read({ job, files, report }) {
  await ready;
  // The core says which files the page reads at all; the others are never opened.
  const admitted = (entry) => !entry.file || wasm_bindgen.Session.admits(entry.file.size);
  const toRead = files.filter((f) => f.file && !bytesById.has(f.id) && admitted(f));
  const total = toRead.reduce((sum, f) => sum + f.file.size, 0);
  let done = 0;
  post({ type: 'progress', job, phase: 'reading', done, total });
  const inputs = [];
  for (const entry of files) {
    const input = { name: entry.name, options: entry.options || {} };
    if (entry.demo) {
      input.demo = true;
    } else if (bytesById.has(entry.id)) {
      input.bytes = bytesById.get(entry.id);
    } else if (!admitted(entry)) {
      input.tooLarge = entry.file.size;
    } else {
      try {
        input.bytes = await readInSlices(entry.file, (n) => {
          done += n;
          post({ type: 'progress', job, phase: 'reading', done, total });
        });
        bytesById.set(entry.id, input.bytes);
      } catch (error) {
        // The browser could not give us the file (moved, deleted, no permission): the core
        // says so for this file, and the others are read.
        input.unreadable = String(describe(error));
      }
    }
    inputs.push(input);
  }
  const size = inputs.reduce((sum, input) => sum + (input.bytes ? input.bytes.length : 0), 0);
  post({ type: 'progress', job, phase: 'parsing', done: total, total, size, demo: files.some((f) => f.demo) });
  answer(job, session.read(inputs, report || {}));
}

async function choose({ job, report }) {
  await ready;
  answer(job, session.choose(report || {}));
}

async function preview({ job, id, file }) {
  await ready;
  let bytes = bytesById.get(id);
  if (!bytes) {
    bytes = await readInSlices(file, () => {});
    bytesById.set(id, bytes);
  }
  post({ type: 'preview', job, id, preview: wasm_bindgen.previewCsv(bytes) });
}
