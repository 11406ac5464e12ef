'use strict';
// The Yearbook page: starts the wasm core (here, for drawing) and a Web Worker with its own
// instance (for reading), keeps the list of files and the choices made for them, and shows what
// comes back. It computes no totals, parses no dates and decides nothing about the files or the
// report: the core does (which files are read, which problems are steps, the status line, the
// headline), and this file shows its answers.
//
// Privacy: nothing is fetched or sent (the CSP forbids it); nothing is stored unless the user
// ticks "remember", and then only the opt-in and their column choices; a ZIP's password lives in
// this page's memory while its file is listed (to read it again when another file changes) and is
// never written anywhere.

const App = (() => {
  const $ = (id) => document.getElementById(id);

  /** Every file on the page: {id, name, size, file?, demo?, options, committed, outcome, …}. */
  let entries = [];
  let nextId = 1;
  let wasmModule = null;
  let workerUrl = null;
  let worker = null;
  let workerReady = null;
  let job = 0; // the job whose answer the page waits for; 0 when idle
  let jobCounter = 0;
  let lastStatus = null;
  let choosing = false; // the job on the way builds the report again from the rows held
  /** Whether the worker's session holds the files listed (false after it is restarted). */
  let sessionHolds = false;
  /** Places the person removed from the report as wrongly inferred (in memory only). */
  let excludedPlaces = [];
  let chosenYear = null; // the year picked in the report; null: the core's default
  let chosenCurrency = null; // the currency picked in the report; null: the core's default

  // ---- status and progress ------------------------------------------------------------------

  /**
   * Sets the status line from a string key of the page's own (values may be the core's `{zh,
   * en}`), or to the core's sentence (`text`), so a language switch can say it again.
   */
  function setStatus(state, key, values, text) {
    lastStatus = { state, key, values, text };
    const status = $('status');
    status.dataset.state = state;
    const shown = values && Object.fromEntries(Object.entries(values).map(([name, value]) => [name, pick(value)]));
    status.textContent = text ? pick(text) : key ? t(key, shown) : '';
  }

  function showProgress(message) {
    const area = $('progress-area');
    const bar = $('progress');
    area.hidden = false;
    if (message.phase === 'reading' && message.total > 0) {
      bar.max = message.total;
      bar.value = message.done;
      $('progress-text').textContent = t('readingBytes', { done: formatSize(message.done), total: formatSize(message.total) });
    } else if (message.phase === 'starting') {
      bar.removeAttribute('value');
      $('progress-text').textContent = '';
    } else if (message.phase === 'parsing') {
      // The core parses in one call: an honest "working" bar, not an invented percentage.
      bar.removeAttribute('value');
      $('progress-text').textContent = message.demo && !message.total
        ? t('parsingDemo')
        : t('parsing', { size: formatSize(message.size) });
    }
    area.dataset.phase = message.phase;
  }

  function hideProgress() {
    $('progress-area').hidden = true;
    $('progress').value = 0;
  }

  // ---- the worker ---------------------------------------------------------------------------

  function startWorker() {
    if (!workerUrl) {
      const source = `${$('yearbook-glue').textContent}\n;\n${$('yearbook-worker').textContent}`;
      workerUrl = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    }
    worker = new Worker(workerUrl, { name: 'yearbook-reader' });
    workerReady = new Promise((resolve, reject) => {
      worker.onmessage = (event) => {
        if (event.data.type === 'ready') {
          worker.onmessage = onWorkerMessage;
          // An error that escapes the worker (it ran out of memory, say) ends the job it was on.
          worker.onerror = (error) => onWorkerMessage({ data: { type: 'error', job, message: error.message || 'the reader stopped' } });
          resolve();
        } else if (event.data.type === 'failed') {
          reject(new Error(event.data.message));
        }
      };
      worker.onerror = (event) => reject(new Error(event.message || 'the worker did not start'));
    });
    // The page's compiled module: the worker instantiates it without compiling again.
    worker.postMessage({ type: 'init', module: wasmModule });
    return workerReady;
  }

  function restartWorker() {
    if (worker) worker.terminate();
    sessionHolds = false;
    startWorker().catch((error) => setStatus('error', 'workerFailed', { error: String(error.message || error) }));
  }

  function onWorkerMessage(event) {
    const message = event.data;
    if (message.job !== job) return; // the answer to a cancelled or superseded job
    if (message.type === 'progress') {
      showProgress(message);
    } else if (message.type === 'result') {
      job = 0;
      hideProgress();
      sessionHolds = true;
      showResult(JSON.parse(message.json), choosing);
    } else if (message.type === 'preview') {
      job = 0;
      hideProgress();
      const entry = entries.find((e) => e.id === message.id);
      if (entry && message.preview) entry.mappingPreview = message.preview;
      if (message.error) setStatus('error', 'workerFailed', { error: message.error });
      renderFiles();
    } else if (message.type === 'error') {
      job = 0;
      hideProgress();
      for (const entry of entries) entry.options = { ...entry.committed };
      // Memory running out (a phone's browser) is said as such, with what to do (failure.js).
      const failure = Failure.whileReading(message.message);
      setStatus('error', failure.key, failure.values);
      renderFiles();
      // After a failure inside the core its instance may be unusable: start a fresh one.
      restartWorker();
    }
  }

  // ---- reading --------------------------------------------------------------------------------

  function analyzeAll() {
    if (!entries.length) {
      ReportView.show(null);
      StoryView.show(null);
      renderFiles();
      setStatus('idle', 'ready');
      return;
    }
    jobCounter += 1;
    job = jobCounter;
    const pending = entries.filter((e) => !e.outcome);
    if (pending.length === 1) setStatus('busy', 'busyOne', { name: pending[0].name });
    else setStatus('busy', 'busyFiles', { count: formatCount(pending.length || entries.length) });
    showProgress({ phase: 'starting' });
    renderFiles();
    choosing = false;
    worker.postMessage({
      type: 'read',
      job,
      files: entries.map((e) => ({ id: e.id, name: e.name, file: e.file, demo: e.demo, options: e.options })),
      report: { excludePlaces: excludedPlaces },
    });
    // Other files, other years and currencies: the core picks the defaults again.
    chosenYear = null;
    chosenCurrency = null;
  }

  /** The report again with the choices made about it, from the rows the worker holds. */
  function chooseAgain() {
    if (!sessionHolds || job) return analyzeAll();
    jobCounter += 1;
    job = jobCounter;
    setStatus('busy', 'busyReport');
    choosing = true;
    worker.postMessage({ type: 'choose', job, report: { excludePlaces: excludedPlaces, year: chosenYear, currency: chosenCurrency } });
    return undefined;
  }

  /** Shows the session's answer: each file's listing, the report and the status line. */
  function showResult(result, chosen) {
    result.files.forEach((outcome, index) => {
      const entry = entries[index];
      if (!entry) return;
      entry.outcome = outcome;
      entry.committed = { ...entry.options };
      entry.mappingPreview = null;
    });
    if (applyRememberedMappings()) return; // read again at once with the user's saved columns
    renderFiles();
    ReportView.show(result);
    setStatus(result.status.state, null, null, result.status.message);
    // Files just read open the story; a report built again (a place removed) keeps the card.
    StoryView.show(result, !chosen);
  }

  function cancel() {
    if (!job) return;
    job = 0;
    // Stopping the worker is the only way to stop the core mid-file; a fresh one takes over.
    restartWorker();
    const unread = entries.filter((e) => !e.outcome).map((e) => e.id);
    entries = entries.filter((e) => e.outcome);
    for (const entry of entries) entry.options = { ...entry.committed };
    hideProgress();
    renderFiles();
    setStatus('idle', 'cancelled');
    if (unread.length) worker.postMessage({ type: 'forget', ids: unread });
  }

  function addFiles(files) {
    for (const file of files) {
      entries.push({ id: `f${nextId++}`, name: file.name, size: file.size, file, options: {}, committed: {}, outcome: null });
    }
    analyzeAll();
  }

  function addDemo() {
    if (entries.some((e) => e.demo)) return analyzeAll();
    entries.push({ id: `f${nextId++}`, name: t('demoName'), size: 0, demo: true, options: {}, committed: {}, outcome: null });
    return analyzeAll();
  }

  function removeFiles(ids) {
    entries = entries.filter((e) => !ids.includes(e.id));
    worker.postMessage({ type: 'forget', ids });
    if (job) cancelSilently();
    analyzeAll();
  }

  function cancelSilently() {
    job = 0;
    restartWorker();
  }

  // ---- the steps --------------------------------------------------------------------------------

  const handlers = {
    remove: (id) => removeFiles([id]),
    password(id, password) {
      const entry = entries.find((e) => e.id === id);
      if (!entry) return;
      entry.options = { ...entry.options, password };
      analyzeAll();
    },
    dateOrder(id, order) {
      const entry = entries.find((e) => e.id === id);
      if (!entry) return;
      entry.options = { ...entry.options, dateOrder: order };
      analyzeAll();
    },
    mapping(id, mapping, preview) {
      const entry = entries.find((e) => e.id === id);
      if (!entry) return;
      entry.options = { ...entry.options, mapping };
      entry.rememberedMapping = false;
      Store.rememberMapping(preview, mapping);
      analyzeAll();
    },
    /** The core's objection to `mapping` as `{zh, en}`, or null when it names enough. */
    checkMapping: (mapping) => wasm_bindgen.checkMapping(mapping),
    changeColumns(id) {
      const entry = entries.find((e) => e.id === id);
      if (!entry || job) return;
      jobCounter += 1;
      job = jobCounter;
      worker.postMessage({ type: 'preview', job, id, file: entry.file });
    },
    closeMapping(id) {
      const entry = entries.find((e) => e.id === id);
      if (entry) entry.mappingPreview = null;
      renderFiles();
    },
    remembered: (preview) => Store.mappingFor(preview),
  };

  /** Files that asked for a mapping the user saved before are read again with it, once. */
  function applyRememberedMappings() {
    let again = false;
    for (const entry of entries) {
      const step = entry.outcome && entry.outcome.step;
      if (!step || step.kind !== 'mapping' || entry.options.mapping || entry.triedRemembered) continue;
      const mapping = Store.mappingFor(step.preview);
      if (!mapping) continue;
      entry.triedRemembered = true;
      entry.rememberedMapping = true;
      entry.options = { ...entry.options, mapping };
      again = true;
    }
    if (again) analyzeAll();
    return again;
  }

  function renderFiles() {
    FileList.render(entries, handlers);
  }

  // ---- wiring -------------------------------------------------------------------------------

  function wire() {
    const zone = $('drop-zone');
    for (const type of ['dragenter', 'dragover']) {
      zone.addEventListener(type, (event) => {
        event.preventDefault();
        zone.classList.add('dragging');
      });
    }
    zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
    zone.addEventListener('drop', (event) => {
      event.preventDefault();
      zone.classList.remove('dragging');
      const files = [...((event.dataTransfer && event.dataTransfer.files) || [])];
      if (files.length) addFiles(files);
    });
    // A file dropped anywhere else must not make the browser navigate away to it.
    window.addEventListener('dragover', (event) => event.preventDefault());
    window.addEventListener('drop', (event) => event.preventDefault());
    const input = $('file-input');
    $('choose-file').addEventListener('click', () => input.click());
    input.addEventListener('change', () => {
      const files = [...input.files];
      input.value = '';
      if (files.length) addFiles(files);
    });
    $('demo-button').addEventListener('click', addDemo);
    $('cancel').addEventListener('click', cancel);
    $('clear-files').addEventListener('click', () => removeFiles(entries.map((e) => e.id)));
    $('lang').value = currentLang;
    $('lang').addEventListener('change', (event) => {
      currentLang = event.target.value;
      relabel();
    });
    $('remember').checked = Store.enabled();
    $('remember').addEventListener('change', (event) => Store.setEnabled(event.target.checked));
    $('forget').addEventListener('click', forgetEverything);
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    $('csp-line').textContent = csp ? csp.content : '';
    ReportView.wire();
    StoryView.wire();
    ReportView.setHandlers({
      removePlace(id) {
        if (!excludedPlaces.includes(id)) excludedPlaces = [...excludedPlaces, id];
        chooseAgain();
      },
      removedPlaces: () => excludedPlaces,
      restorePlaces() {
        excludedPlaces = [];
        chooseAgain();
      },
      chooseYear(year) {
        chosenYear = year;
        chooseAgain();
      },
      chooseCurrency(code) {
        chosenCurrency = code;
        chooseAgain();
      },
    });
    Share.wire();
  }

  function relabel() {
    applyStaticText();
    if (lastStatus) setStatus(lastStatus.state, lastStatus.key, lastStatus.values, lastStatus.text);
    renderFiles();
    ReportView.relabel();
    StoryView.relabel();
    if (!ReportView.current()) $('report-title').textContent = t('reportTitlePlain');
  }

  function forgetEverything() {
    Store.forget();
    $('remember').checked = false;
    excludedPlaces = [];
    const ids = entries.map((e) => e.id);
    entries = [];
    job = 0;
    if (ids.length) restartWorker();
    hideProgress();
    renderFiles();
    ReportView.show(null);
    StoryView.show(null);
    setStatus('idle', 'ready');
    $('forget-done').textContent = t('forgotten');
  }

  function decodeBase64(text) {
    const binary = atob(text.trim());
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  async function start() {
    // On a touch screen nothing is dragged: the first screen says "choose".
    if (window.matchMedia('(hover: none) and (pointer: coarse)').matches) $('drop-hint').dataset.t = 'dropHintTouch';
    applyStaticText();
    $('lang').value = currentLang;
    try {
      wasmModule = await WebAssembly.compile(decodeBase64($('yearbook-wasm').textContent));
      await wasm_bindgen({ module_or_path: wasmModule });
      await startWorker();
      wire();
      setStatus('idle', 'ready');
      document.body.dataset.ready = 'true';
      // When the page became usable, for the tests and `cargo xtask bench` in every engine.
      performance.mark('yearbook-ready');
    } catch (error) {
      // WebAssembly missing or refused, or no memory for it: said as such (failure.js).
      const failure = Failure.atStart(error);
      setStatus('error', failure.key, failure.values);
    }
  }

  return { start };
})();

// The only storage, and only after the user ticks "remember": the opt-in itself and the column
// mappings they chose, keyed by the header row's text (the column names, not any statement data).
const Store = (() => {
  const KEY = 'yearbook.choices.v1';

  function read() {
    try {
      const raw = window.localStorage.getItem(KEY);
      return raw ? JSON.parse(raw) : null;
    } catch {
      return null;
    }
  }

  function write(value) {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(value));
    } catch {
      // Storage refused (private window, quota): remembering is a convenience, not a need.
    }
  }

  function signature(preview) {
    return preview && preview.header && preview.header.length ? preview.header.join('\u241f') : null;
  }

  return {
    enabled: () => Boolean(read() && read().remember),
    setEnabled(on) {
      if (on) write({ remember: true, mappings: {} });
      else this.forget();
    },
    forget() {
      try {
        window.localStorage.removeItem(KEY);
      } catch {
        // Nothing was stored.
      }
    },
    rememberMapping(preview, mapping) {
      const stored = read();
      const key = signature(preview);
      if (!stored || !stored.remember || !key) return;
      stored.mappings = { ...(stored.mappings || {}), [key]: mapping };
      write(stored);
    },
    mappingFor(preview) {
      const stored = read();
      const key = signature(preview);
      return stored && stored.remember && key && stored.mappings ? stored.mappings[key] || null : null;
    },
  };
})();

App.start();
