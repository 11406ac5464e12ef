'use strict';
// Page ready, as the page gets there (ARCHITECTURE.md): the wasm compiled once, instantiated on
// the main thread, and a Web Worker started from a blob of the same glue that instantiates the
// compiled module and says it is ready. `window.ready` resolves to the milliseconds since the
// navigation started (performance.now()), fetching the module included, as the page decodes its
// embedded copy.
window.ready = (async () => {
  const bytes = await (await fetch('/pkg/yearbook_bg.wasm')).arrayBuffer();
  const module = await WebAssembly.compile(bytes);
  await wasm_bindgen({ module_or_path: module });
  const glue = await (await fetch('/pkg/yearbook.js')).text();
  const source = `${glue}
self.onmessage = async (event) => {
  await wasm_bindgen({ module_or_path: event.data });
  new wasm_bindgen.Session().free();
  self.postMessage('ready');
};`;
  const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
  await new Promise((done) => {
    worker.onmessage = done;
    worker.postMessage(module);
  });
  worker.terminate();
  return performance.now();
})();
