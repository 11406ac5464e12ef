'use strict';
// The page's own words, in English and Simplified Chinese: its chrome (buttons, labels, the
// steps' prompts, progress). The report's words (headline, titles, sentences, table headings),
// each file's line, its warnings and errors, and the status line once files are read come from
// the core in both languages; only the page around them is here. `{name}` in a string is filled
// from the values passed to t(). A counted string is an object of plural forms (`{one, other}`),
// picked by the number `n` among the values with the language's plural rule (Intl.PluralRules:
// English "1 place", "2 places"; Chinese has one form).
// `{name}` in a string is filled from the values passed to t().

const STRINGS = {
  en: {
    title: 'Yearbook',
    promise: 'Your year in payments, drawn in this browser. Your statements never leave this device: this page has no server, no account and no analytics, and it is not allowed to connect anywhere.',
    skipToContent: 'Skip to the content',
    language: 'Language',
    dropTitle: 'Add your statements',
    dropHint: 'Drop them here: Alipay or WeChat Pay exports (CSV, XLSX, or the password-protected ZIP the app e-mailed you) and bank files (CSV, OFX/QFX, QIF, camt.053, MT940). Several files make one report.',
    howTitle: 'How do I get my statement?',
    howAlipay: 'Alipay',
    howAlipay1: 'In the Alipay app, open 我的 (Me) → 账单 (Bills).',
    howAlipay2: 'Tap ··· at the top right → 开具交易流水证明 (transaction records) → 用于个人对账 (for personal reconciliation).',
    howAlipay3: 'Choose the whole year and type your e-mail address: Alipay e-mails you a ZIP file.',
    howAlipay4: 'The ZIP’s password arrives as a message in the Alipay app. Add the ZIP here as it is and type the password when asked: it is used once, on this device, and never kept.',
    howWechat: 'WeChat Pay',
    howWechat1: 'In WeChat, open 我 (Me) → 服务 (Services) → 钱包 (Wallet) → 账单 (Bills).',
    howWechat2: 'Tap ··· at the top right → 下载账单 (download bills) → 用于个人对账 (for personal reconciliation).',
    howWechat3: 'Choose the dates and type your e-mail address: WeChat e-mails you a ZIP, and 微信支付 sends its password as a message.',
    howWechat4: 'Add the ZIP here (or the XLSX or CSV inside it) and type the password when asked.',
    howBank: 'Banks',
    howBank1: 'Sign in to your bank’s website (the app often cannot export) and open the account’s transactions or statements.',
    howBank2: 'Look for Export or Download and pick CSV, OFX/QFX (Quicken), QIF, camt.053 (XML) or MT940; a PDF statement cannot be read.',
    howBank3: 'Choose the whole year, save the file, and add it here; several accounts and years make one report.',
    howCn: 'Chinese bank cards, JD and Meituan',
    howCn1: 'ICBC: in online banking’s transaction detail query (明细查询), download the CSV and add it as it is.',
    howCn2: 'CITIC credit card: on the card website (sign in by scanning with the app) open 账单查询, pick the card and month, then 账单下载; CCB and SPDB .xls downloads are read as they are too.',
    howCn3: 'CMB (app: search 流水打印), BOCOM (app: search 交易明细 → 导出交易明细), ABC (app: 我的账户 → 明细查询 → export), BOC and CGB e-mail a PDF statement: turn it into a CSV with the open-source bill-file-converter first, then add the CSV here.',
    howCn4: 'JD: in the JD app open 我的 → 我的钱包 → 账单, tap ☰ at the top right → 账单导出（仅限个人对账）. Meituan: export the bill (美团交易账单明细) from the app’s bill page.',
    howCn5: 'Add the cards together with Alipay, WeChat Pay, JD and Meituan: a payment that appears in two of them counts once, and card repayments are not spending.',
    dropHintTouch: 'Choose them from your files: Alipay or WeChat Pay exports (CSV, XLSX, or the password-protected ZIP the app e-mailed you) and bank files (CSV, OFX/QFX, QIF, camt.053, MT940). Several files make one report.',
    chooseFiles: 'Choose files…',
    demo: 'Try with demo data',
    demoName: 'demo-alipay-2025.csv',
    cancel: 'Cancel',
    loading: 'Loading…',
    ready: 'Ready. Nothing you add here leaves this device.',
    cannotStart: 'Yearbook could not start in this browser: {error}',
    noWasm: 'Yearbook cannot start: this browser does not run WebAssembly, or it is turned off (some strict security modes turn it off, such as Lockdown Mode on an iPhone). Turn it on for this page, or open the page in another browser.',
    wasmRefused: 'Yearbook cannot start: this browser refused to run its WebAssembly ({error}). A security setting or policy may forbid it; open the page in another browser.',
    startOutOfMemory: 'Yearbook cannot start: this device did not give the page enough memory. Close other tabs or apps and reload the page.',
    readOutOfMemory: 'The browser ran out of memory while reading. Add fewer or smaller files at a time (a phone\'s browser holds far less than a computer\'s), or use a computer.',
    filesTitle: 'Files',
    removeAll: 'Remove all files',
    remove: 'Remove',
    removeFile: 'Remove {name}',
    reportTitlePlain: 'Your year',
    readingBytes: 'Reading {done} of {total}…',
    parsing: 'Working through {size} of statements…',
    parsingDemo: 'Working through the demo statement…',
    busyFiles: 'Reading {count} files',
    busyOne: 'Reading {name}',
    busyReport: 'Building the report again…',
    cancelled: 'Cancelled. Nothing more was read.',
    workerFailed: 'Something went wrong while reading: {error}',
    pending: 'waiting to be read…',
    warningsSummary: '{count} warnings (rows skipped or read with care): show them',
    warningsSummaryOne: '1 warning (a row skipped or read with care): show it',
    warningsMore: '…and {count} more.',
    passwordPrompt: 'This ZIP is password-protected. Type the password from the app that sent it:',
    passwordWrong: 'That password does not open this ZIP. Check it and try again.',
    passwordHint: 'The password is used on this device to open the file and is never stored or sent.',
    passwordOpen: 'Open',
    datesPrompt: 'The dates in this file can be read two ways (for example "{example}"). How does it write them?',
    dayFirst: 'Day first (31/12/2024)',
    monthFirst: 'Month first (12/31/2024)',
    readAgain: 'Read again',
    mappingPrompt: 'Yearbook could not tell which column is which ({problem}). Pick the columns and it reads the file again.',
    mappingPromptPlain: 'Pick which column is which and Yearbook reads the file again.',
    mappingPreview: 'The first rows of the file',
    mappingHeaderRow: 'Header row',
    mappingNoHeader: 'no header row',
    mappingLine: 'line {line}',
    mappingNone: '(none)',
    mappingDateOrder: 'Dates',
    mappingAuto: 'work it out',
    mappingDecimal: 'Decimal separator',
    mappingDirectionOut: 'value meaning money out',
    mappingDirectionIn: 'value meaning money in',
    mappingSubmit: 'Read with these columns',
    mappingRemembered: 'Read with the columns you chose before.',
    mappingChange: 'Change columns…',
    mappingKeep: 'Keep it as read',
    roleDate: 'Date',
    roleTime: 'Time',
    roleAmount: 'Amount',
    roleDebit: 'Money out',
    roleCredit: 'Money in',
    roleDirection: 'Direction (in/out)',
    roleCurrency: 'Currency',
    roleCounterparty: 'Counterparty',
    roleDescription: 'Description',
    column: 'column {n}',
    showData: 'Show the data',
    showDataFor: 'Show the data: {what}',
    placeAction: 'Not right?',
    placeRemove: 'Remove',
    placeRestore: { one: 'Put back the removed place', other: 'Put back the {count} removed places' },
    yearLabel: 'Year',
    currencyLabel: 'Currency',
    currencyOption: { one: '{code} · {count} payment', other: '{code} · {count} payments' },
    yearOption: { one: '{year} · {count} transaction', other: '{year} · {count} transactions' },
    chartFailed: 'This chart could not be drawn: {error}',
    shareTitle: 'Share card',
    shareHint: 'A picture of your year to keep or share. It is made here, on this device; amounts stay off it unless you choose to show them.',
    shareAmounts: 'Show amounts on the card',
    shareDownload: 'Download PNG',
    shareNative: 'Share…',
    shareFile: 'yearbook-{year}.png',
    shareSave: 'Save the picture',
    shareAlt: 'Your share card: a picture of your year',
    pictureHint: 'To keep the picture, long-press it (phone) or right-click it (computer) and save it.',
    pictureHintInApp: 'Long-press the picture and choose Save (this app does not download files).',
    storyTitle: 'Your year as a story',
    storyPrev: 'Back',
    storyNext: 'Next',
    storyPosition: '{n} of {count}',
    storyAmounts: 'Show amounts',
    storySave: 'Save this card',
    storyShare: 'Share…',
    storyDetails: 'All the details',
    storyOpen: 'See your year as a story',
    storyFile: 'yearbook-{year}-{n}-{id}.png',
    privacyTitle: 'Privacy',
    privacyStorage: 'By default this page stores nothing: close it and everything you added is gone.',
    rememberLabel: 'Remember my column choices for bank CSV files on this device (in this browser\'s local storage, never sent anywhere)',
    forget: 'Forget everything',
    forgotten: 'Done: nothing is stored, and the files are gone from this page.',
    verifyTitle: 'How to verify',
    verifyOffline: 'Disconnect from the network (or save this page, it is a single file, and open it from disk): it still works, because it never needs the network.',
    verifyCsp: 'The page\'s Content-Security-Policy forbids every connection. It is in the page source and reads:',
    verifyNetwork: 'Open your browser\'s developer tools (F12), choose the Network tab, then add your statements: the list stays empty.',
    megabytes: '{n} MB',
    kilobytes: '{n} KB',
  },
  'zh-CN': {
    title: '年度账单',
    promise: '你一年的收支，在这个浏览器里画出来。账单从不离开这台设备：本页面没有服务器、没有账号、没有统计，也不允许连接任何地方。',
    skipToContent: '跳到正文',
    language: '语言',
    dropTitle: '添加账单',
    dropHint: '把文件拖到这里：支付宝或微信支付导出的账单（CSV、XLSX，或应用发到邮箱的加密 ZIP），以及银行文件（CSV、OFX/QFX、QIF、camt.053、MT940）。多个文件合成一份报告。',
    howTitle: '怎样拿到账单？',
    howAlipay: '支付宝',
    howAlipay1: '打开支付宝 App，进入「我的」→「账单」。',
    howAlipay2: '点右上角「···」→「开具交易流水证明」→「用于个人对账」。',
    howAlipay3: '时间选整年，填写你的邮箱：支付宝会把 ZIP 文件发到邮箱。',
    howAlipay4: 'ZIP 的解压密码会发到支付宝的消息里。把 ZIP 原样加到这里，按提示输入密码即可：密码只在这台设备上用一次，不会保存。',
    howWechat: '微信支付',
    howWechat1: '打开微信，进入「我」→「服务」→「钱包」→「账单」。',
    howWechat2: '点右上角「···」→「下载账单」→「用于个人对账」。',
    howWechat3: '选择时间范围，填写邮箱：微信会把 ZIP 发到邮箱，解压密码由「微信支付」消息发给你。',
    howWechat4: '把 ZIP（或其中的 XLSX、CSV）加到这里，按提示输入密码。',
    howBank: '银行',
    howBank1: '登录银行网站（手机银行常常不能导出），打开账户的交易明细或对账单。',
    howBank2: '找到「导出」或「下载」，选 CSV、OFX/QFX、QIF、camt.053（XML）或 MT940；PDF 对账单读不了。',
    howBank3: '时间选整年，保存文件后加到这里；多个账户、多个年份会合成一份报告。',
    howCn: '国内银行卡、京东和美团',
    howCn1: '工商银行：在网上银行的「明细查询」中下载 CSV，原样加到这里。',
    howCn2: '中信银行信用卡：在信用卡官网（用 App 扫码登录）打开「账单查询」，选卡片和账单月份，点「账单下载」；建设银行、浦发银行下载的 .xls 也能直接读。',
    howCn3: '招商银行（App 搜索「流水打印」）、交通银行（App 搜索「交易明细」→「导出交易明细」）、农业银行（App「我的账户」→「明细查询」→ 导出）、中国银行和广发银行会把 PDF 对账单发到邮箱：先用开源的 bill-file-converter 转成 CSV，再把 CSV 加到这里。',
    howCn4: '京东：打开京东 App，进入「我的」→「我的钱包」→「账单」，点右上角「☰」→「账单导出（仅限个人对账）」。美团：在 App 的账单页导出「美团交易账单明细」。',
    howCn5: '把银行卡和支付宝、微信支付、京东、美团的账单一起加进来：同一笔付款出现在两份账单里只算一次，信用卡还款不算消费。',
    dropHintTouch: '从手机文件里选择：支付宝或微信支付导出的账单（CSV、XLSX，或应用发到邮箱的加密 ZIP），以及银行文件（CSV、OFX/QFX、QIF、camt.053、MT940）。多个文件合成一份报告。',
    chooseFiles: '选择文件…',
    demo: '用示例数据试试',
    demoName: 'demo-alipay-2025.csv',
    cancel: '取消',
    loading: '正在加载…',
    ready: '准备好了。你添加的任何内容都不会离开这台设备。',
    cannotStart: '年度账单无法在这个浏览器中启动：{error}',
    noWasm: '年度账单无法启动：这个浏览器不能运行 WebAssembly，或者它被关闭了（一些严格的安全模式会关闭它，例如 iPhone 的锁定模式）。请为本页面打开它，或者换一个浏览器打开本页面。',
    wasmRefused: '年度账单无法启动：这个浏览器拒绝运行它的 WebAssembly（{error}）。可能是安全设置或策略禁止了它；请换一个浏览器打开本页面。',
    startOutOfMemory: '年度账单无法启动：这台设备没有给页面足够的内存。请关闭其他标签页或应用，然后重新加载页面。',
    readOutOfMemory: '浏览器在读取时内存不足。请一次添加更少或更小的文件（手机浏览器能用的内存远少于电脑），或者改用电脑。',
    filesTitle: '文件',
    removeAll: '移除所有文件',
    remove: '移除',
    removeFile: '移除 {name}',
    reportTitlePlain: '你的这一年',
    readingBytes: '已读取 {done}，共 {total}…',
    parsing: '正在处理 {size} 的账单…',
    parsingDemo: '正在处理示例账单…',
    busyFiles: '正在读取 {count} 个文件',
    busyOne: '正在读取 {name}',
    busyReport: '正在重新生成报告…',
    cancelled: '已取消，没有继续读取。',
    workerFailed: '读取时出错：{error}',
    pending: '等待读取…',
    warningsSummary: '{count} 条提示（跳过或需留意的行）：查看',
    warningsSummaryOne: '1 条提示（跳过或需留意的行）：查看',
    warningsMore: '……还有 {count} 行。',
    passwordPrompt: '这个 ZIP 有密码保护。请输入发送它的应用给出的密码：',
    passwordWrong: '这个密码打不开这个 ZIP，请检查后重试。',
    passwordHint: '密码只在这台设备上用来打开文件，不会被保存或发送。',
    passwordOpen: '打开',
    datesPrompt: '这个文件里的日期有两种读法（例如“{example}”）。它是怎么写日期的？',
    dayFirst: '日在前（31/12/2024）',
    monthFirst: '月在前（12/31/2024）',
    readAgain: '重新读取',
    mappingPrompt: '年度账单无法确定各列的含义（{problem}）。请选择各列，然后重新读取。',
    mappingPromptPlain: '请选择各列的含义，然后重新读取。',
    mappingPreview: '文件的前几行',
    mappingHeaderRow: '表头行',
    mappingNoHeader: '没有表头',
    mappingLine: '第 {line} 行',
    mappingNone: '（无）',
    mappingDateOrder: '日期',
    mappingAuto: '自动判断',
    mappingDecimal: '小数点',
    mappingDirectionOut: '表示支出的值',
    mappingDirectionIn: '表示收入的值',
    mappingSubmit: '按这些列读取',
    mappingRemembered: '已按你之前选择的列读取。',
    mappingChange: '更改列…',
    mappingKeep: '保持原样',
    roleDate: '日期',
    roleTime: '时间',
    roleAmount: '金额',
    roleDebit: '支出',
    roleCredit: '收入',
    roleDirection: '收/支方向',
    roleCurrency: '币种',
    roleCounterparty: '交易对方',
    roleDescription: '说明',
    column: '第 {n} 列',
    showData: '查看数据',
    showDataFor: '查看数据：{what}',
    placeAction: '不对？',
    placeRemove: '移除',
    placeRestore: '恢复移除的 {count} 个地点',
    yearLabel: '年份',
    currencyLabel: '币种',
    currencyOption: '{code} · {count} 笔支付',
    yearOption: '{year} 年 · {count} 笔交易',
    chartFailed: '这张图无法绘制：{error}',
    shareTitle: '分享卡片',
    shareHint: '一张记录你这一年的图片，可以保存或分享。它在这台设备上生成；除非你选择显示，卡片上不会出现金额。',
    shareAmounts: '在卡片上显示金额',
    shareDownload: '下载 PNG',
    shareNative: '分享…',
    shareFile: 'yearbook-{year}.png',
    shareSave: '保存图片',
    shareAlt: '你的分享卡片：你这一年的一张图',
    pictureHint: '要保存图片，请长按它（手机）或右键点击它（电脑）并保存。',
    pictureHintInApp: '长按图片，选择“保存图片”（这个应用不能下载文件）。',
    storyTitle: '你这一年的故事',
    storyPrev: '上一张',
    storyNext: '下一张',
    storyPosition: '第 {n} 张，共 {count} 张',
    storyAmounts: '显示金额',
    storySave: '保存这张卡片',
    storyShare: '分享…',
    storyDetails: '查看全部详情',
    storyOpen: '把这一年当作故事看',
    storyFile: 'yearbook-{year}-{n}-{id}.png',
    privacyTitle: '隐私',
    privacyStorage: '默认情况下本页面不保存任何东西：关掉页面，你添加的一切就都没了。',
    rememberLabel: '在这台设备上记住我为银行 CSV 文件选择的列（保存在本浏览器的本地存储中，从不发送）',
    forget: '全部忘掉',
    forgotten: '完成：没有保存任何东西，文件也已从页面移除。',
    verifyTitle: '如何验证',
    verifyOffline: '断开网络（或者把这个页面另存下来——它只是一个文件——再从磁盘打开）：它照样能用，因为它从不需要网络。',
    verifyCsp: '页面的内容安全策略（CSP）禁止任何连接。它写在页面源代码里：',
    verifyNetwork: '打开浏览器的开发者工具（F12），选择“网络”（Network）标签，然后添加账单：列表一直是空的。',
    megabytes: '{n} MB',
    kilobytes: '{n} KB',
  },
};

/** The page language: zh-CN for a Chinese browser, English otherwise; the switch changes it. */
let currentLang = (() => {
  const tags = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
  return String(tags[0]).toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
})();

/**
 * The string `key` in the current language, `{name}` placeholders filled from `values`; for a
 * counted string, the plural form for `values.n`.
 */
function t(key, values) {
  const table = STRINGS[currentLang] || STRINGS.en;
  let text = key in table ? table[key] : STRINGS.en[key];
  if (text && typeof text === 'object' && 'other' in text) {
    const form = values && typeof values.n === 'number' ? new Intl.PluralRules(currentLang).select(values.n) : 'other';
    text = text[form] ?? text.other;
  }
  if (typeof text !== 'string') return text === undefined ? key : text;
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/**
 * Text the core wrote in both languages (`{zh, en}`: reasons, warnings, errors, format names) in
 * the current language; a plain string as it is. The core translates; the page only picks.
 */
function pick(text) {
  if (text && typeof text === 'object') {
    const chosen = currentLang === 'zh-CN' ? text.zh : text.en;
    return String(chosen ?? text.en ?? '');
  }
  return text == null ? '' : String(text);
}

const countFormats = new Map();
/** A whole number with the language's digit grouping (a count, never money). */
function formatCount(n) {
  if (!countFormats.has(currentLang)) countFormats.set(currentLang, new Intl.NumberFormat(currentLang === 'zh-CN' ? 'zh-CN' : 'en-US'));
  return countFormats.get(currentLang).format(Number(n));
}

/** A size in bytes for progress messages. */
function formatSize(bytes) {
  if (bytes >= 1024 * 1024) return t('megabytes', { n: (bytes / 1048576).toFixed(1) });
  return t('kilobytes', { n: Math.max(1, Math.round(bytes / 1024)) });
}

/** Puts the current language on <html lang> and on every element with a data-t key. */
function applyStaticText() {
  document.documentElement.lang = currentLang;
  for (const element of document.querySelectorAll('[data-t]')) {
    element.textContent = t(element.dataset.t);
  }
  document.title = currentLang === 'zh-CN'
    ? '年度账单：你一年的收支，只在你的设备上'
    : 'Yearbook: your year in payments, on your device only';
}
