'use strict';
// Failures that come from the browser engine rather than from the core, in the words a person
// needs: WebAssembly missing or refused (turned off, a strict security mode, a policy), and memory
// running out (a phone's browser gives a tab far less than a computer's; mobile Safari is the
// strictest). The core cannot say these itself: when they happen it did not start or has stopped.
// Everything a file's content means is still the core's to say.

const Failure = (() => {
  /** Engine messages that mean memory ran out (V8, SpiderMonkey, JavaScriptCore wordings). */
  const OUT_OF_MEMORY = /out of memory|allocation failed|could not allocate|cannot allocate|failed to grow|Array buffer allocation|Maximum memory/i;

  function text(error) {
    if (error && typeof error === 'object' && error.message) return `${error.name || 'Error'}: ${error.message}`;
    return String(error);
  }

  /** True when `error` (an Error or its text) says that memory ran out. */
  function outOfMemory(error) {
    return (error instanceof RangeError) || OUT_OF_MEMORY.test(text(error));
  }

  /**
   * The status line for a page that could not start: `{key, values}` for t(). WebAssembly absent,
   * or refused by the engine (a CompileError, or a policy that forbids it), or out of memory,
   * each with what to do; anything else with the engine's own words.
   */
  function atStart(error) {
    if (typeof WebAssembly !== 'object' || !WebAssembly || typeof WebAssembly.compile !== 'function') {
      return { key: 'noWasm', values: {} };
    }
    if (outOfMemory(error)) return { key: 'startOutOfMemory', values: {} };
    if ((typeof WebAssembly.CompileError === 'function' && error instanceof WebAssembly.CompileError)
      || /wasm|webassembly|content security policy|unsafe-eval/i.test(text(error))) {
      return { key: 'wasmRefused', values: { error: text(error) } };
    }
    return { key: 'cannotStart', values: { error: text(error) } };
  }

  /** The status line for reading that stopped with the worker's `message`: `{key, values}`. */
  function whileReading(message) {
    if (outOfMemory(message)) return { key: 'readOutOfMemory', values: {} };
    return { key: 'workerFailed', values: { error: typeof message === 'string' ? message : text(message) } };
  }

  return { outOfMemory, atStart, whileReading };
})();
