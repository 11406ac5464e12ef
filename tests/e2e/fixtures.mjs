// The statements the end-to-end tests hand to the page, and what the page must show for them.
// Expected totals are never taken from the page: global-setup.mjs asks the command line
// (`yearbook report --json`, the same core, natively) and writes them to expected.json.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
export const root = join(here, '..', '..');
export const fixturesDir = process.env.YEARBOOK_FIXTURES || join(root, 'target', 'e2e-fixtures');
export const expectedPath = join(fixturesDir, 'expected.json');
export const distPage = join(root, 'dist', 'yearbook.html');

/** One committed fixture per supported format (the repository's own synthetic files). */
export const FORMATS = [
  { format: 'alipay-2023', path: 'tests/fixtures/alipay-2023/basic.csv', type: 'text/csv' },
  { format: 'alipay-2021', path: 'tests/fixtures/alipay-2021/basic.csv', type: 'text/csv' },
  { format: 'alipay-web', path: 'tests/fixtures/alipay-web/basic.csv', type: 'text/csv' },
  { format: 'wechat-csv', path: 'tests/fixtures/wechat-csv/basic.csv', type: 'text/csv' },
  {
    format: 'wechat-xlsx',
    path: 'tests/fixtures/wechat-xlsx/header-row-17.xlsx',
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  { format: 'ofx', path: 'tests/fixtures/ofx/sgml-v1.ofx', type: 'application/x-ofx' },
  { format: 'qif', path: 'tests/fixtures/qif/registers.qif', type: 'application/qif' },
  { format: 'camt', path: 'tests/fixtures/camt/v02-basic.xml', type: 'application/xml' },
  { format: 'mt940', path: 'tests/fixtures/mt940/sepa-key-value.sta', type: '' },
  { format: 'bank-csv', path: 'tests/fixtures/bank-csv/chase-checking.csv', type: 'text/csv' },
  { format: 'bank-csv', path: 'tests/fixtures/bank-csv/generic-confident.csv', type: 'text/csv' },
  { format: 'bank-csv', path: 'tests/fixtures/cn-bank/icbc-debit-v1.csv', type: 'text/csv' },
  { format: 'bank-xls', path: 'tests/fixtures/cn-bank/citic-credit.xls', type: 'application/vnd.ms-excel' },
  { format: 'bank-xls', path: 'tests/fixtures/cn-bank/spdb-debit-html.xls', type: 'application/vnd.ms-excel' },
  { format: 'jd', path: 'tests/fixtures/cn-bank/jd.csv', type: 'text/csv' },
  { format: 'meituan', path: 'tests/fixtures/cn-bank/meituan.csv', type: 'text/csv' },
];

/** Files for the steps: password, date order, column mapping; and the hostile names. */
export const STEPS = {
  aesZip: 'tests/fixtures/zip/aes.zip',
  zipCryptoZip: 'tests/fixtures/zip/zipcrypto.zip',
  zipPassword: '123456',
  ambiguousQif: 'tests/fixtures/qif/ambiguous.qif',
  ambiguousCsv: 'tests/fixtures/bank-csv/generic-ambiguous.csv',
  hostile: 'tests/e2e/fixtures/hostile.csv',
};

/** A statement in yen (no decimals) and Kuwaiti dinars (three). */
export const MONEY = 'tests/fixtures/money/jpy-kwd.ofx';

/** The command line built natively (`cargo xtask test` builds it and sets YEARBOOK_CLI). */
export function cliPath() {
  const cli = process.env.YEARBOOK_CLI || join(root, 'target', 'debug', 'yearbook');
  if (!existsSync(cli)) {
    throw new Error(`${cli} is missing: run the end-to-end tests through \`cargo xtask test\` (or \`cargo build --bin yearbook\`)`);
  }
  return cli;
}

/**
 * The command lines whose reports the tests compare against, by key: each single format, all
 * of them together, the steps resolved as a person would, and the large statement.
 */
export function reportJobs() {
  const jobs = {};
  for (const fixture of FORMATS) jobs[fixture.path] = { files: [fixture.path], args: [] };
  jobs.allFormats = { files: FORMATS.map((f) => f.path), args: [] };
  // Both archives hold tests/fixtures/alipay-2023/basic.csv re-encoded as GB18030 (zipcrypto.zip
  // unpacked with Python's zipfile is that file byte for byte after GB18030 → UTF-8; aes.zip holds
  // the same entry, per tests/archive.rs). A command line without --password reports that file.
  const inside = { files: ['tests/fixtures/alipay-2023/basic.csv'], args: [] };
  jobs.aesZip = { files: [STEPS.aesZip], args: ['--password', STEPS.zipPassword], fallback: inside };
  jobs.zipCryptoZip = { files: [STEPS.zipCryptoZip], args: ['--password', STEPS.zipPassword], fallback: inside };
  jobs.ambiguousQifDayFirst = { files: [STEPS.ambiguousQif], args: ['--date-order', 'dmy'] };
  jobs.ambiguousCsvMapped = { files: [STEPS.ambiguousCsv], args: ['--map', 'date=1,amount=3,description=2', '--date-order', 'dmy'] };
  jobs.hostile = { files: [STEPS.hostile], args: [] };
  jobs.money = { files: [MONEY], args: [] };
  jobs.large = { files: [largePath()], args: [], absolute: true };
  jobs.demoSized = { files: [join(fixturesDir, 'alipay-2023.csv')], args: [], absolute: true };
  return jobs;
}

export function largePath() {
  return join(fixturesDir, 'alipay-50mb.csv');
}

export function fixtureFile(path) {
  const full = path.startsWith('/') ? path : join(root, path);
  if (!existsSync(full)) {
    throw new Error(`fixture ${full} is missing: run the end-to-end tests through \`cargo xtask test\``);
  }
  return full;
}

/** A fixture as the page receives it: name, MIME type, bytes. */
export function fileFor(path, type = '') {
  return { name: basename(path), type, bytes: readFileSync(fixtureFile(path)) };
}

let expectedCache = null;
/** The command line's report (its JSON, parsed) for the job `key` of reportJobs(). */
export function expectedReport(key) {
  if (!expectedCache) {
    if (!existsSync(expectedPath)) throw new Error(`${expectedPath} is missing: global-setup.mjs writes it`);
    expectedCache = JSON.parse(readFileSync(expectedPath, 'utf8'));
  }
  const entry = expectedCache.reports[key];
  if (!entry) throw new Error(`no expected report for ${key}`);
  if (entry.error) throw new Error(`the command line could not report ${key}: ${entry.error}`);
  return entry;
}

const SYMBOLS = { CNY: '¥', JPY: '¥', EUR: '€', USD: '$', GBP: '£' };
const ZERO_DIGITS = new Set(['JPY', 'KRW', 'ISK', 'CLP', 'VND', 'UGX', 'PYG', 'XOF', 'XAF']);
const THREE_DIGITS = new Set(['BHD', 'KWD', 'OMR', 'JOD', 'TND', 'IQD', 'LYD']);

/**
 * Minor units as a person reads them (`¥1,234.56`, `CHF 12.00`), written here independently of
 * the page so the test can tell whether the page shows the right number.
 */
export function formatAmount(minor, currency) {
  const digits = ZERO_DIGITS.has(currency) ? 0 : THREE_DIGITS.has(currency) ? 3 : 2;
  const sign = minor < 0 ? '−' : '';
  const abs = BigInt(Math.abs(minor));
  const unit = 10n ** BigInt(digits);
  const whole = (abs / unit).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = digits ? `.${(abs % unit).toString().padStart(digits, '0')}` : '';
  const symbol = SYMBOLS[currency] ?? `${currency} `;
  return `${sign}${symbol}${whole}${fraction}`;
}
