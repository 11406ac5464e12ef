// The SQL way of `cargo xtask bench`: DuckDB-wasm 1.32 (its `eh` bundle and worker, served from
// bench/node_modules), one query per statement computing the same totals as baseline.js, refunds
// netted whatever the row order. `duckdbInit()` (instantiation: worker, 34 MB module) is timed
// apart from `duckdbPipeline()`, which counts getting the bytes into DuckDB (a copy to its
// worker; for the GB18030 Alipay export, TextDecoder and TextEncoder first: DuckDB-wasm reads
// UTF-8 and Latin-1 only without downloading an extension), reading the CSV and the query.
// Chase's rows have one more cell than its header: DuckDB reads them right only with
// `null_padding = true` (`strict_mode = false` runs but misreads silently).
import * as duckdb from '/node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser.mjs';

let db = null;
let conn = null;

const DIST = '/node_modules/@duckdb/duckdb-wasm/dist';

/** Starts DuckDB-wasm (idempotent): the time of the first call is its instantiation. */
async function duckdbInit() {
  const started = performance.now();
  if (!db) {
    const worker = new Worker(`${DIST}/duckdb-browser-eh.worker.js`);
    db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
    await db.instantiate(`${DIST}/duckdb-eh.wasm`);
    conn = await db.connect();
  }
  return { ms: performance.now() - started };
}

const TAB = "' ' || chr(9)";

/** The query per format over the registered file `f.csv`: one row per month, category and merchant. */
const QUERIES = {
  alipay: `
    WITH r AS (
      SELECT trim("交易时间") AS t, trim("交易分类") AS cat, trim("交易对方") AS merchant,
             trim("收/支") AS dir, trim("交易状态") AS status, trim("交易订单号", ${TAB}) AS ord,
             CAST(round(CAST(trim("金额") AS DOUBLE) * 100) AS BIGINT) AS fen
      FROM read_csv('f.csv', header = true, all_varchar = true, null_padding = true)
      WHERE coalesce(trim("交易时间"), '') <> ''),
    p AS (SELECT * FROM r WHERE dir = '支出' AND status <> '交易关闭' AND cat <> '退款'),
    rf AS (SELECT split_part(ord, '_', 1) AS ord, sum(fen) AS fen FROM r WHERE cat = '退款' GROUP BY 1),
    n AS (SELECT substr(p.t, 6, 2) AS m, p.cat, p.merchant,
                 p.fen - least(p.fen, coalesce(rf.fen, 0)) AS fen, 1 AS rows
          FROM p LEFT JOIN rf ON rf.ord = p.ord)
    SELECT 'month' AS k, m AS key, sum(fen)::BIGINT AS fen FROM n GROUP BY m
    UNION ALL SELECT 'category', cat, sum(fen)::BIGINT FROM n GROUP BY cat
    UNION ALL SELECT 'merchant', merchant, sum(fen)::BIGINT FROM n GROUP BY merchant
    UNION ALL SELECT 'rows', '', count(*)::BIGINT FROM r`,
  chase: `
    WITH r AS (
      SELECT trim("Posting Date") AS d, trim("Description") AS merchant, trim("Type") AS type,
             CAST(round(CAST(trim("Amount") AS DOUBLE) * 100) AS BIGINT) AS cents
      FROM read_csv('f.csv', header = true, all_varchar = true, null_padding = true)
      WHERE coalesce(trim("Posting Date"), '') <> ''),
    p AS (SELECT substr(d, 1, 2) AS m, type AS cat, merchant, -cents AS fen FROM r
          WHERE cents < 0 AND type <> 'ACCT_XFER' AND merchant NOT LIKE '%CRD AUTOPAY%'),
    rf AS (SELECT substr(d, 1, 2) AS m, left(merchant, length(merchant) - 7) AS merchant, cents AS fen
           FROM r WHERE type = 'MISC_CREDIT' AND merchant LIKE '% REFUND'),
    pm AS (SELECT merchant, sum(fen) AS fen FROM p GROUP BY merchant),
    rm AS (SELECT merchant, sum(fen) AS fen FROM rf GROUP BY merchant),
    netted AS (SELECT pm.merchant, least(pm.fen, rm.fen) AS fen FROM pm JOIN rm USING (merchant)),
    n AS (SELECT m, cat, merchant, fen FROM p
          UNION ALL SELECT rf.m, 'DEBIT_CARD', rf.merchant, -rf.fen FROM rf JOIN pm USING (merchant))
    SELECT 'month' AS k, m AS key, sum(fen)::BIGINT AS fen FROM n GROUP BY m
    UNION ALL SELECT 'category', cat, sum(fen)::BIGINT FROM n GROUP BY cat
    UNION ALL SELECT 'merchant', pm.merchant, (pm.fen - coalesce(netted.fen, 0))::BIGINT
      FROM pm LEFT JOIN netted USING (merchant)
    UNION ALL SELECT 'rows', '', count(*)::BIGINT FROM r`,
};

/** Bytes → DuckDB → the totals; synchronous parts timed by the caller around the await. */
async function duckdbPipeline(format, bytes) {
  const started = performance.now();
  let data;
  if (format === 'alipay') {
    // DuckDB-wasm has no GB18030: the JS way decodes, drops the notes before the header, and
    // hands it UTF-8.
    const text = new TextDecoder('gbk').decode(bytes);
    const at = text.indexOf('\n交易时间') + 1;
    data = new TextEncoder().encode(at > 0 ? text.slice(at) : text);
  } else {
    data = bytes.slice();
  }
  await db.registerFileBuffer('f.csv', data);
  const table = await conn.query(QUERIES[format]);
  await db.dropFile('f.csv');
  const ms = performance.now() - started;
  let spending = 0;
  let rows = 0;
  let merchants = 0;
  for (const row of table.toArray()) {
    const fen = Number(row.fen);
    // Spending from the merchants' totals: there each refund is netted up to what is left.
    if (row.k === 'merchant') {
      spending += fen;
      merchants += 1;
    } else if (row.k === 'rows') rows = fen;
  }
  return { ms, rows, spending, merchants };
}

window.duckdbInit = duckdbInit;
window.duckdbPipeline = duckdbPipeline;
