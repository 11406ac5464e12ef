// The Yearbook page: reads the files the user gives it, hands the bytes to the wasm core, sizes
// canvases and shows results. It computes no totals, parses no dates and decides no categories.
// Statement text reaches the DOM only through textContent.
import init, { analyze, drawMonthlyChart, demoStatement, formatMoney } from './yearbook.js';
import { wasmBase64 } from './yearbook_wasm.js';

const $ = (id) => document.getElementById(id);
const status = $('status');
const report = $('report');
const canvas = $('monthly-chart');
let shownReport = null;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

function setStatus(state, text) {
  status.dataset.state = state;
  status.textContent = text;
}

function base64ToBytes(base64) {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function money(minor) {
  return '¥' + formatMoney(minor);
}

function listFiles(files) {
  const list = $('files');
  list.replaceChildren();
  for (const file of files) {
    const item = document.createElement('li');
    if (file.error) {
      item.className = 'error';
      item.textContent = file.error;
    } else {
      item.textContent = `${file.name}: ${file.format}, ${file.transactions} transactions` +
        (file.warnings.length ? `, ${file.warnings.length} rows skipped` : '');
      if (file.warnings.length) {
        const details = document.createElement('details');
        const summary = document.createElement('summary');
        summary.textContent = 'Rows that could not be read';
        const warnings = document.createElement('ul');
        for (const warning of file.warnings) {
          const line = document.createElement('li');
          line.textContent = warning;
          warnings.append(line);
        }
        details.append(summary, warnings);
        item.append(details);
      }
    }
    list.append(item);
  }
}

function drawChart() {
  if (!shownReport) return;
  const scale = window.devicePixelRatio || 1;
  const rect = canvas.getBoundingClientRect();
  // Backing store = CSS size × devicePixelRatio; the core scales fonts and lines to match.
  canvas.width = Math.max(1, Math.round(rect.width * scale));
  canvas.height = Math.max(1, Math.round(rect.height * scale));
  const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
  drawMonthlyChart(canvas, shownReport, scale, dark);
  canvas.dataset.drawn = 'true';
}

function showReport(data) {
  shownReport = data;
  const totals = data.currencies[data.currency];
  $('report-title').textContent = `Your ${data.year}`;
  $('report-summary').textContent =
    `Spending in ${data.year}: ${money(totals.spending)} over ${totals.payments} payments. ` +
    `Income: ${money(totals.income)}.`;
  const busiest = data.busiestMonth ? data.months[data.busiestMonth - 1] : null;
  $('monthly-caption').textContent = busiest
    ? `Most spent in ${MONTH_NAMES[busiest.month - 1]}: ${money(busiest.spendingMinor)}.`
    : 'No spending this year.';
  const body = $('reconciliation').querySelector('tbody');
  body.replaceChildren();
  for (const row of data.reconciliation) {
    const tr = document.createElement('tr');
    for (const text of [row.kind, String(row.count), money(row.amountMinor), money(row.spendingMinor)]) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.append(td);
    }
    body.append(tr);
  }
  report.hidden = false;
  drawChart();
}

async function run(inputs) {
  setStatus('busy', `Reading ${inputs.length === 1 ? inputs[0].name : inputs.length + ' files'}`);
  canvas.dataset.drawn = 'false';
  try {
    const files = [];
    for (const input of inputs) {
      files.push({ name: input.name, bytes: new Uint8Array(await input.arrayBuffer()) });
    }
    const result = analyze(files);
    listFiles(result.files);
    const failed = result.files.filter((f) => f.error);
    const read = result.files.filter((f) => !f.error);
    if (!result.report) {
      report.hidden = true;
      shownReport = null;
      const reason = failed.length ? failed.map((f) => f.error).join(' ') : 'The files hold no transactions.';
      setStatus('error', reason);
      return;
    }
    showReport(result.report);
    const count = read.reduce((n, f) => n + f.transactions, 0);
    const names = read.map((f) => f.name).join(', ');
    setStatus('done', `Read ${count} transactions from ${names}.` +
      (failed.length ? ` ${failed.length} file(s) could not be read: ${failed.map((f) => f.error).join(' ')}` : ''));
  } catch (error) {
    report.hidden = true;
    setStatus('error', `Something went wrong while reading: ${error}`);
  }
}

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
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length) run(files);
  });
  // A file dropped outside the zone must not make the browser navigate away to it.
  window.addEventListener('dragover', (event) => event.preventDefault());
  window.addEventListener('drop', (event) => event.preventDefault());
  $('file-input').addEventListener('change', (event) => {
    const files = [...event.target.files];
    if (files.length) run(files);
    event.target.value = '';
  });
  $('demo-button').addEventListener('click', () => {
    const bytes = demoStatement();
    run([{ name: 'demo-alipay-2025.csv', arrayBuffer: async () => bytes.buffer }]);
  });
  let pending = 0;
  window.addEventListener('resize', () => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(drawChart);
  });
}

try {
  await init({ module_or_path: base64ToBytes(wasmBase64) });
  wire();
  setStatus('idle', 'Ready. Nothing you add here leaves this device.');
  document.body.dataset.ready = 'true';
} catch (error) {
  setStatus('error', `Yearbook could not start in this browser: ${error}`);
}
