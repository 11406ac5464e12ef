'use strict';
// The JavaScript way, as most finance web apps read an Alipay export: TextDecoder('gbk') for the
// whole file, PapaParse (header: true, one object per row) for the CSV, then the monthly,
// category and merchant totals summed in a plain loop. Money is summed in integer fen
// (Math.round(parseFloat(x) * 100)) so the totals are exact. A purchase refunded by a 退款 row
// (order id `<purchase>_<suffix>`) is netted, as Yearbook does; nothing else is classified.
//
// `probe()` is called between the phases so the benchmark can sample the JS heap: a synchronous
// pipeline cannot be sampled from outside while it runs.

/* exported baselinePipeline */
function baselinePipeline(bytes, probe) {
  const text = new TextDecoder('gbk').decode(bytes);
  probe();
  // The 2023 export has ~24 lines of notes before its header row.
  let headerAt = text.startsWith('交易时间') ? 0 : text.indexOf('\n交易时间') + 1;
  if (headerAt < 0) headerAt = 0;
  const parsed = Papa.parse(text.slice(headerAt), {
    header: true,
    skipEmptyLines: true,
    transformHeader: (h) => h.trim(),
  });
  probe();
  const months = new Array(12).fill(0);
  const categories = new Map();
  const merchants = new Map();
  const purchases = new Map();
  let spending = 0;
  let rows = 0;
  for (const row of parsed.data) {
    const time = (row['交易时间'] || '').trim();
    if (!time) continue;
    rows += 1;
    const direction = (row['收/支'] || '').trim();
    const status = (row['交易状态'] || '').trim();
    const category = (row['交易分类'] || '').trim();
    const fen = Math.round(parseFloat((row['金额'] || '0').trim()) * 100);
    const order = (row['交易订单号'] || '').trim();
    if (category === '退款') {
      const purchase = purchases.get(order.split('_')[0]);
      if (purchase) {
        const netted = Math.min(fen, purchase.left);
        purchase.left -= netted;
        spending -= netted;
        months[purchase.month] -= netted;
        categories.set(purchase.category, categories.get(purchase.category) - netted);
        merchants.set(purchase.merchant, merchants.get(purchase.merchant) - netted);
      }
      continue;
    }
    if (direction !== '支出' || status === '交易关闭') continue;
    const month = Number(time.slice(5, 7)) - 1;
    const merchant = (row['交易对方'] || '').trim();
    spending += fen;
    months[month] += fen;
    categories.set(category, (categories.get(category) || 0) + fen);
    merchants.set(merchant, (merchants.get(merchant) || 0) + fen);
    if (order) purchases.set(order, { left: fen, month, category, merchant });
  }
  const top = [...merchants.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10);
  probe();
  return { rows, spending, months, categories: categories.size, topMerchant: top.length ? top[0][0] : '' };
}

// The same JavaScript way for a bank CSV, Chase's checking download: TextDecoder('utf-8'),
// PapaParse with the header row, then the same plain monthly, category and merchant totals in
// integer cents. Chase's sign convention: `Amount` is signed from the holder's view, money out
// negative; spending is every negative row except moves between the holder's own accounts
// (`Type` ACCT_XFER). Chase's export has no category column, so its `Type` stands in; the
// merchant is the `Description`. Nothing else is classified (card repayments count as spending
// here, refunds are not netted), so this baseline also does less than Yearbook.
/* exported bankCsvBaseline */
function bankCsvBaseline(bytes, probe) {
  const text = new TextDecoder('utf-8').decode(bytes);
  probe();
  const parsed = Papa.parse(text, {
    header: true,
    skipEmptyLines: true,
    transformHeader: (h) => h.trim(),
  });
  probe();
  const months = new Array(12).fill(0);
  const categories = new Map();
  const merchants = new Map();
  let spending = 0;
  let rows = 0;
  for (const row of parsed.data) {
    const date = (row['Posting Date'] || '').trim();
    if (!date) continue;
    rows += 1;
    const cents = Math.round(parseFloat((row['Amount'] || '0').trim()) * 100);
    const type = (row['Type'] || '').trim();
    if (cents >= 0 || type === 'ACCT_XFER') continue;
    const month = Number(date.slice(0, 2)) - 1;
    const merchant = (row['Description'] || '').trim();
    spending -= cents;
    months[month] -= cents;
    categories.set(type, (categories.get(type) || 0) - cents);
    merchants.set(merchant, (merchants.get(merchant) || 0) - cents);
  }
  const top = [...merchants.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10);
  probe();
  return { rows, spending, months, categories: categories.size, topMerchant: top.length ? top[0][0] : '' };
}
