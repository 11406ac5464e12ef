'use strict';
// The JavaScript ways of `cargo xtask bench`: what a performance-minded web app would do with a
// statement, each parser in its fastest documented mode, all feeding the same aggregation.
//
//   CSV (Alipay, GB18030; Chase checking, UTF-8): TextDecoder, then PapaParse 5.7.1
//   (`Papa.parse`, arrays), uDSV 0.7.3 (`inferSchema` + `initParser().stringArrs`) or d3-dsv
//   3.0.2 (`csvParseRows`); DuckDB-wasm is in duckdb.mjs.
//   XLSX (WeChat Pay): SheetJS 0.18.5 (`XLSX.read`, `sheet_to_json` with `header: 1`).
//
// The aggregation (`Totals`): monthly, category and merchant totals in integer minor units
// (Math.round(parseFloat(x) * 100), exact for two decimals), and refunds netted *after* the pass,
// so the row order does not matter (the exports list the newest rows first: every refund comes
// before its purchase). What counts as spending, per format:
//   - Alipay: `收/支` 支出 and not `交易关闭`; a `退款` row nets the purchase whose order id is the
//     part of its own before `_`, up to what is left of it.
//   - Chase: money out (negative `Amount`) except moves between own accounts (`Type` ACCT_XFER)
//     and the credit card's autopay (`CRD AUTOPAY`); a `MISC_CREDIT` row `<merchant> REFUND` nets
//     that merchant's purchases, up to what is left of them.
//   - WeChat: `收/支` 支出; a `<商户>-退款` row nets the payment of the same `商户单号`.
// Nothing else is classified (no kinds from text, places, calendar, keyword…): every one of
// these does less than Yearbook, and each pipeline's spending is printed beside Yearbook's.
//
// `probe()` is called between the phases so the benchmark can sample the JS heap: a synchronous
// pipeline cannot be sampled from outside while it runs.

/** Money as written (`-12.34`, `¥12.34` already a number in XLSX) → integer minor units. */
function minor(value) {
  return Math.round((typeof value === 'number' ? value : parseFloat(value)) * 100);
}

/** The totals of one statement, with refunds kept aside until every row is read. */
class Totals {
  constructor() {
    this.rows = 0;
    this.spending = 0;
    this.months = new Array(12).fill(0);
    this.categories = new Map();
    this.merchants = new Map();
    /** key → purchase {left, month, category, merchant} (Alipay, WeChat: one per order). */
    this.orders = new Map();
    /** merchant → what is left of its purchases (Chase: refunds by merchant). */
    this.left = new Map();
    this.refunds = [];
  }

  spend(month, category, merchant, amount, order) {
    this.spending += amount;
    this.months[month] += amount;
    this.categories.set(category, (this.categories.get(category) || 0) + amount);
    this.merchants.set(merchant, (this.merchants.get(merchant) || 0) + amount);
    if (order) this.orders.set(order, { left: amount, month, category, merchant });
    else this.left.set(merchant, (this.left.get(merchant) || 0) + amount);
  }

  /** A refund of `amount` for `order` (or, without one, for `merchant`), netted in finish(). */
  refund(order, merchant, month, amount) {
    this.refunds.push({ order, merchant, month, amount });
  }

  net(month, category, merchant, amount) {
    this.spending -= amount;
    this.months[month] -= amount;
    this.categories.set(category, (this.categories.get(category) || 0) - amount);
    this.merchants.set(merchant, (this.merchants.get(merchant) || 0) - amount);
  }

  finish() {
    for (const r of this.refunds) {
      if (r.order) {
        const purchase = this.orders.get(r.order);
        if (!purchase) continue;
        const netted = Math.min(r.amount, purchase.left);
        purchase.left -= netted;
        this.net(purchase.month, purchase.category, purchase.merchant, netted);
      } else {
        const left = this.left.get(r.merchant) || 0;
        const netted = Math.min(r.amount, left);
        if (netted <= 0) continue;
        this.left.set(r.merchant, left - netted);
        this.net(r.month, r.category || 'DEBIT_CARD', r.merchant, netted);
      }
    }
    const top = [...this.merchants.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10);
    return {
      rows: this.rows,
      spending: this.spending,
      months: this.months,
      categories: this.categories.size,
      topMerchant: top.length ? top[0][0] : '',
    };
  }
}

/** The statement formats: how to decode and where the table starts, and one row's meaning. */
const CSV_FORMATS = {
  alipay: {
    encoding: 'gbk',
    // The 2023 export has ~24 lines of notes before its header row.
    header: '交易时间',
    columns: ['交易时间', '交易分类', '交易对方', '收/支', '金额', '交易状态', '交易订单号'],
    row(c, i, totals) {
      const time = (c[i[0]] || '').trim();
      if (!time) return;
      totals.rows += 1;
      const category = c[i[1]].trim();
      const amount = minor(c[i[4]]);
      const order = c[i[6]].trim();
      if (category === '退款') {
        totals.refund(order.split('_')[0], null, 0, amount);
        return;
      }
      if (c[i[3]].trim() !== '支出' || c[i[5]].trim() === '交易关闭') return;
      totals.spend(Number(time.slice(5, 7)) - 1, category, c[i[2]].trim(), amount, order);
    },
  },
  chase: {
    encoding: 'utf-8',
    header: 'Details',
    columns: ['Posting Date', 'Description', 'Amount', 'Type'],
    row(c, i, totals) {
      const date = (c[i[0]] || '').trim();
      if (!date) return;
      totals.rows += 1;
      const cents = minor(c[i[2]]);
      const type = c[i[3]].trim();
      const description = c[i[1]].trim();
      const month = Number(date.slice(0, 2)) - 1;
      if (type === 'MISC_CREDIT' && description.endsWith(' REFUND')) {
        totals.refund(null, description.slice(0, -7), month, cents);
        return;
      }
      if (cents >= 0 || type === 'ACCT_XFER' || description.includes('CRD AUTOPAY')) return;
      totals.spend(month, type, description, -cents, null);
    },
  },
};

/** The text of a CSV statement from its header row on (the JS way: TextDecoder, indexOf). */
function csvText(format, bytes) {
  const text = new TextDecoder(format.encoding).decode(bytes);
  const at = text.startsWith(format.header) ? 0 : text.indexOf(`\n${format.header}`) + 1;
  return at > 0 ? text.slice(at) : text;
}

/** Rows (arrays of cells, header first) → totals through the format's row function. */
function aggregate(format, rows, first, probe) {
  const header = rows[0].map((h) => String(h).trim());
  const index = format.columns.map((name) => header.indexOf(name));
  const totals = new Totals();
  for (let r = first; r < rows.length; r += 1) format.row(rows[r], index, totals);
  const result = totals.finish();
  probe();
  return result;
}

/** The CSV parsers, each as fast as it documents itself: arrays, not objects per row. */
const CSV_PARSERS = {
  papaparse(text) {
    return Papa.parse(text, { skipEmptyLines: true }).data;
  },
  udsv(text) {
    const schema = uDSV.inferSchema(text);
    const rows = uDSV.initParser(schema).stringArrs(text);
    // stringArrs leaves the header out: put it back in front for aggregate().
    rows.unshift(schema.cols.map((col) => col.name));
    return rows;
  },
  'd3-dsv'(text) {
    return d3.csvParseRows(text);
  },
};

/* exported jsPipeline */
/** One JavaScript pipeline over the statement's bytes: `engine` of CSV_PARSERS, or 'sheetjs'. */
function jsPipeline(engine, format, bytes, probe) {
  if (engine === 'sheetjs') return sheetjsPipeline(bytes, probe);
  const csv = CSV_FORMATS[format];
  const text = csvText(csv, bytes);
  probe();
  const rows = CSV_PARSERS[engine](text);
  probe();
  return aggregate(csv, rows, 1, probe);
}

/** WeChat Pay's XLSX through SheetJS: the workbook, the sheet as arrays, the same totals. */
function sheetjsPipeline(bytes, probe) {
  const book = XLSX.read(bytes, { type: 'array', dense: true });
  probe();
  const rows = XLSX.utils.sheet_to_json(book.Sheets[book.SheetNames[0]], { header: 1, raw: true });
  probe();
  const at = rows.findIndex((row) => row && String(row[0]).trim() === '交易时间');
  const header = rows[at].map((h) => String(h).trim());
  const col = (name) => header.indexOf(name);
  const [time, kind, who, direction, amount, order] = [
    col('交易时间'),
    col('交易类型'),
    col('交易对方'),
    col('收/支'),
    col('金额(元)'),
    col('商户单号'),
  ];
  const totals = new Totals();
  for (let r = at + 1; r < rows.length; r += 1) {
    const c = rows[r];
    const when = c && c[time] ? String(c[time]).trim() : '';
    if (!when) continue;
    totals.rows += 1;
    const fen = minor(c[amount]);
    const id = String(c[order] || '').trim();
    const type = String(c[kind]).trim();
    if (type.endsWith('-退款')) {
      totals.refund(id, null, 0, fen);
      continue;
    }
    if (String(c[direction]).trim() !== '支出') continue;
    const key = id && id !== '/' ? id : `${when}#${r}`;
    totals.spend(Number(when.slice(5, 7)) - 1, type, String(c[who]).trim(), fen, key);
  }
  const result = totals.finish();
  probe();
  return result;
}
