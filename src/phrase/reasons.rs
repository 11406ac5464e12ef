//! Why a row got its kind: every transaction reason, English beside Chinese, grouped by the
//! code that decides it. The Chinese keeps the providers' own terms (余额宝, 零钱, 花呗, 交易关闭)
//! as they appear in the apps.

templates! {
    // Alipay (parse/alipay.rs).
    /// A purchase closed after paying; the refund row nets it.
    ALIPAY_PAID_THEN_CLOSED = "paid, then the order was closed: its refund row nets it",
        "已付款，之后订单关闭：由对应的退款记录抵扣";
    /// `交易关闭` with no money out.
    ALIPAY_CLOSED = "order closed (交易关闭): no money moved", "订单已关闭（交易关闭）：没有资金变动";
    /// Any refund row (Alipay, WeChat Pay, banks).
    REFUND = "refund: it reduces the purchase it belongs to", "退款：抵扣对应的那笔消费";
    /// `余额宝-…转入/转出`.
    ALIPAY_YUE_BAO = "余额宝 transfer: the money stays yours, it only changes pocket",
        "余额宝转入转出：钱还是你的，只是换了个地方";
    /// `投资理财`, fund purchases, sales and yield.
    ALIPAY_INVESTMENT =
        "investment (投资理财): buying, selling or yield of funds; the money stays yours",
        "投资理财：基金的买入、卖出或收益，钱还是你的";
    /// `信用借还`, `还款成功`.
    ALIPAY_REPAYMENT =
        "credit repayment (花呗/credit card): the purchases were counted when they were made",
        "花呗/信用卡还款：消费已在发生时计入";
    /// A `不计收支` move between the user's own Alipay accounts.
    ALIPAY_OWN_ACCOUNTS = "moved between your own accounts (余额宝, balance, top-up or withdrawal)",
        "在你自己的账户之间转移（余额宝、余额、充值或提现）";
    /// `亲友代付`.
    ALIPAY_FAMILY_CARD = "family card (亲友代付): a relative spent and your account paid",
        "亲友代付：亲友消费，由你的账户付款";
    /// `等待确认收货`.
    ALIPAY_ESCROW = "paid into Taobao escrow (等待确认收货): the money has left your account",
        "已付款到淘宝担保交易（等待确认收货）：钱已经从你的账户付出";
    /// `转账红包` sent.
    ALIPAY_GIFT_SENT = "red packet or transfer sent to someone: counted as spending (a gift)",
        "发给别人的红包或转账：计入支出（算作送礼）";
    /// Any other `支出` row (Alipay, WeChat Pay).
    PAYMENT = "payment (支出)", "付款（支出）";
    /// `转账红包` or a red packet received.
    ALIPAY_RECEIVED = "money received (transfer or red packet)", "收到的钱（转账或红包）";
    /// Any other `收入` row (Alipay, WeChat Pay).
    INCOME = "income (收入)", "入账（收入）";
    /// `不计收支` that is nothing else.
    ALIPAY_NEUTRAL = "Alipay counts it as neither income nor spending (不计收支)",
        "支付宝标为“不计收支”：既不算收入也不算支出";
    /// {0}: the amount netted from the legacy `成功退款（元）` column, `¥20.00`.
    ALIPAY_REFUND_COLUMN = "purchase with {0} refunded (成功退款 column): the rest counts",
        "这笔消费已退款 {0}（“成功退款”列）：其余部分计入支出";

    // WeChat Pay (parse/wechat/).
    /// {0}: the status, `支付失败`.
    WECHAT_FAILED = "payment failed ({0}): no money moved", "支付失败（{0}）：没有资金变动";
    /// {0}: the status, `对方已退还`.
    WECHAT_RETURNED = "returned ({0}): the money went back, so it counts as nothing",
        "已退还（{0}）：钱已经退回，不计入任何统计";
    /// `零钱充值`.
    WECHAT_TOP_UP = "top-up of 零钱 from your card: the money stays yours",
        "从银行卡充值到零钱：钱还是你的";
    /// `零钱提现`.
    WECHAT_WITHDRAWAL = "withdrawal from 零钱 to your card: the money stays yours",
        "从零钱提现到银行卡：钱还是你的";
    /// {0}: the type, `转入零钱通-来自零钱`.
    WECHAT_POCKETS = "moved between your own pockets ({0}): the money stays yours",
        "在你自己的零钱和零钱通之间转移（{0}）：钱还是你的";
    /// `购买理财通`.
    WECHAT_INVESTMENT = "investment (理财通): buying or selling funds; the money stays yours",
        "理财通：买入或卖出基金，钱还是你的";
    /// `信用卡还款`.
    WECHAT_REPAYMENT =
        "credit card repayment (信用卡还款): the purchases were counted when they were made",
        "信用卡还款：消费已在发生时计入";
    /// `亲属卡交易`.
    WECHAT_FAMILY_CARD = "family card (亲属卡): a relative spent and your account paid",
        "亲属卡：亲属消费，由你的账户付款";
    /// {0}: the status, `已全额退款`.
    WECHAT_PAID_THEN_REFUNDED = "paid, then refunded ({0}): its refund row nets it",
        "已付款，之后全额退款（{0}）：由对应的退款记录抵扣";
    /// {0}: the status, `已退款(￥30.00)`.
    WECHAT_PAID_THEN_PARTLY_REFUNDED = "paid, then partly refunded ({0}): its refund row nets it",
        "已付款，之后部分退款（{0}）：由对应的退款记录抵扣";
    /// {0}: the gift, one of the `GIFT_` phrases.
    WECHAT_GIFT_SENT = "{0}: counted as spending", "{0}：计入支出";
    /// {0}: the gift, one of the `GIFT_` phrases.
    WECHAT_GIFT_RECEIVED = "{0} received: income", "收到的{0}：计入收入";
    /// The gift types.
    GIFT_TRANSFER = "transfer to or from a person (转账)", "个人转账";
    /// `赞赏码`.
    GIFT_TIP = "tip (赞赏码)", "赞赏（赞赏码）";
    /// `分分捐`.
    GIFT_DONATION = "donation (分分捐)", "捐款（分分捐）";
    /// `微信红包`.
    GIFT_RED_PACKET = "red packet (微信红包)", "微信红包";
    /// {0}: the type, marked `/`.
    WECHAT_NEUTRAL = "WeChat counts {0} as neither income nor spending (中性交易)",
        "微信支付把{0}标为中性交易：既不算收入也不算支出";
    /// {0}: the status.
    WECHAT_REFUNDED_OUTSIDE =
        "refunded ({0}), the refund row is outside this file: counts as zero spending",
        "已退款（{0}），退款记录不在这个文件里：按零支出计算";
    /// {0}: the status; {1}: what still counts, `¥12.00`.
    WECHAT_PARTLY_REFUNDED_OUTSIDE =
        "partly refunded ({0}), the refund row is outside this file: {1} still counts",
        "部分退款（{0}），退款记录不在这个文件里：仍有 {1} 计入支出";
    /// {0}: the row's own reason; {1}: what moved; {2}: the fee.
    WECHAT_WITH_FEE =
        "{0} ({1} moved; the {2} service fee is counted as spending on its own line)",
        "{0}（实际转移 {1}；{2} 服务费单列一行，计入支出）";
    /// {0}: the type, `零钱提现`; {1}: the note, `服务费¥0.10`.
    WECHAT_FEE = "service fee on the {0} ({1}): counted as spending", "{0}的服务费（{1}）：计入支出";

    // Bank rows (classify/bank.rs).
    /// Zero.
    BANK_ZERO = "zero amount: nothing moved", "金额为零：没有资金变动";
    /// {0}: the bank's type code, `XFER`.
    BANK_TRANSFER = "transfer ({0}): money moved between accounts, not spent",
        "转账（{0}）：资金在账户之间转移，不是消费";
    /// {0}: the structured code, `SECU/SETT/TRAD`.
    BANK_SECURITIES = "securities ({0}): buying, selling or their yield; the money stays yours",
        "证券（{0}）：买入、卖出或收益，钱还是你的";
    /// A card's payment, or paying a card from a current account.
    BANK_CARD_REPAYMENT = "credit card repayment: the purchases were counted when they were made",
        "信用卡还款：消费已在发生时计入";
    /// `FEE`, `…/CHRG`.
    BANK_FEE = "bank fee: counted as spending", "银行手续费：计入支出";
    /// `INT`, `DIV`.
    BANK_INTEREST = "interest or dividend", "利息或分红";
    /// Money onto a credit card that is no repayment.
    BANK_CARD_CREDIT =
        "credit onto the card (a return or a merchant credit): it nets a purchase, it is not income",
        "存入信用卡的款项（退货或商户退款）：抵扣消费，不算收入";
    /// Any other money out.
    BANK_PAYMENT = "payment: money out of the account", "付款：钱从账户中付出";
    /// Any other money in.
    BANK_MONEY_IN = "money into the account", "存入账户的钱";

    // Chinese bank and card rows (classify/bank_cn.rs).
    /// `手续费`, `年费`, card interest charged.
    CN_FEE = "bank fee or interest charged (手续费/年费/利息): counted as spending",
        "银行手续费、年费或利息：计入支出";
    /// `回馈金`, `返现`, `现金奖励`.
    CN_REWARD = "cashback or reward (返现/回馈金): income, not a refund",
        "返现或回馈金：算作收入，不是退款";
    /// `分期转出`.
    CN_INSTALMENT_PLAN =
        "purchase moved into an instalment plan (分期): the purchase still counts, once",
        "消费转为分期：这笔消费仍然只计入一次";
    /// `分期` postings.
    CN_INSTALMENT =
        "instalment (分期) of an earlier purchase: the purchase counted once, when it was made",
        "分期还款：对应的消费只在发生时计入一次";
    /// `还款` of every kind.
    CN_REPAYMENT =
        "repayment (还款) of a card or loan: the purchases were counted when they were made",
        "信用卡或贷款还款：消费已在发生时计入";
    /// Money onto a card whose text is only a person's name (BOC credit).
    CN_REPAYMENT_BY_NAME =
        "money paid onto the card by a person: a repayment; the purchases were counted when they were made",
        "由个人存入信用卡的钱：属于还款，消费已在发生时计入";
    /// `工资`, `代发`, `公积金`.
    CN_SALARY = "salary or payroll (工资/代发)", "工资或代发收入";
    /// `利息`, `结息`.
    CN_INTEREST = "interest (利息/结息)", "利息（结息）";
    /// `ATM取款`, `取现`.
    CN_CASH = "cash withdrawal (取款): moved to your wallet as cash, not spent yet",
        "取款（取现）：钱变成了现金，还没有花掉";
    /// `基金`, `理财`, `申购`, `赎回`.
    CN_INVESTMENT = "investment (基金/理财): buying, selling or yield; the money stays yours",
        "投资理财：基金的买入、卖出或收益，钱还是你的";
    /// `提现` into the account.
    CN_WALLET_WITHDRAWAL =
        "withdrawal from your wallet balance (提现): the money stays yours",
        "从钱包余额提现到银行卡：钱还是你的";
    /// `充值` from the account.
    CN_TOP_UP = "top-up of a wallet or card (充值): the money stays yours",
        "给钱包或卡充值：钱还是你的";
    /// `消费`, `支付`.
    CN_PURCHASE = "card or online payment (消费/支付): counted as spending",
        "刷卡或网上支付（消费/支付）：计入支出";
    /// `转账` out.
    CN_TRANSFER_OUT =
        "transfer to someone else (转账/汇款): counted as spending, like a payment",
        "转账给他人（转账/汇款）：和付款一样计入支出";
    /// `转账`, `汇入` in.
    CN_TRANSFER_IN = "transfer received (转账/汇入)", "收到的转账（转账/汇入）";

    // JD and Meituan (parse/jd.rs, parse/meituan.rs).
    /// `(已全额退款)`.
    JD_FULLY_REFUNDED = "fully refunded (已全额退款): counts nothing", "已全额退款：不计入支出";
    /// {0}: the refund, `¥89.84`; {1}: what still counts.
    JD_PARTLY_REFUNDED = "partly refunded ({0}, 已退款): {1} still counts",
        "部分退款（已退款 {0}）：仍有 {1} 计入支出";
    /// A `退款-…` row.
    JD_REFUND = "refund (退款): already netted from its purchase, whose amount says so",
        "退款：已从对应消费的金额中扣除（消费金额中已注明）";
    /// `不计收支` that is no refund (`先享后付`).
    JD_NEUTRAL = "JD counts it as neither income nor spending (不计收支)",
        "京东标为“不计收支”：既不算收入也不算支出";
    /// `还款` `【美团月付】主动还款…`.
    MEITUAN_REPAYMENT =
        "美团月付 repayment (还款): the purchases were counted when they were made",
        "美团月付还款：消费已在发生时计入";
    /// `不计收支`.
    MEITUAN_NEUTRAL = "Meituan counts it as neither income nor spending (不计收支)",
        "美团标为“不计收支”：既不算收入也不算支出";

    // camt.053 and MT940 entries (parse/bank_entry.rs).
    /// `PDNG`.
    ENTRY_PENDING =
        "pending (PDNG): not booked yet, so no money has moved; the statement that books it counts it",
        "待入账（PDNG）：尚未记账，钱还没有动；由记账的那份对账单计入";
    /// `INFO`.
    ENTRY_INFO = "information only (INFO): the bank lists it but has not booked it",
        "仅供参考（INFO）：银行列出了它，但没有记账";
    /// {0}: the status code.
    ENTRY_NOT_BOOKED = "status {0}: not booked; only booked entries (BOOK) count",
        "状态 {0}：未记账；只有已记账（BOOK）的条目才计入";
    /// {0}: the mark, `RD` or `RvslInd`.
    ENTRY_REVERSAL = "reversal ({0}): undoes an earlier entry", "冲正（{0}）：撤销之前的一笔记账";
    /// {0}: the mark, `RC` or `RvslInd`.
    ENTRY_REVERSAL_OF_CREDIT =
        "reversal ({0}) of an earlier credit: the money goes back to the payer; it takes back income, it is not spending",
        "冲正（{0}）之前的一笔入账：钱退回付款人，这是收回收入，不是消费";
    /// {0}: the other account, as written.
    ENTRY_TO_OWN_ACCOUNT =
        "moved to your own account {0} (a statement in this file): the money stays yours",
        "转到你自己的账户 {0}（本文件中的另一份对账单）：钱还是你的";
    /// {0}: the other account, as written.
    ENTRY_FROM_OWN_ACCOUNT =
        "moved from your own account {0} (a statement in this file): the money stays yours",
        "从你自己的账户 {0}（本文件中的另一份对账单）转入：钱还是你的";
    /// {0}: the reversal's row.
    ENTRY_CREDIT_TAKEN_BACK = "credit taken back by the reversal on row {0}: it is not income",
        "这笔入账被第 {0} 行的冲正收回：不算收入";
    /// {0}: the mark; {1}: the credit's row.
    ENTRY_REVERSAL_PAIRED =
        "reversal ({0}) of the credit on row {1}: takes it back, so neither row counts",
        "冲正（{0}）第 {1} 行的入账：将其收回，两行都不计入";

    // Bank CSV exports (parse/bank_csv/rows.rs).
    /// {0}: the bank (`method`) or `THE_BANK`.
    CSV_FEE_NOT_BOOKED = "{0} fee on a row that was not booked: not counted",
        "{0}对一笔未入账记录收取的手续费：不计入";
    /// {0}: the bank (`method`) or `THE_BANK`.
    CSV_FEE = "{0} fee charged with this row: counted as spending", "{0}随这笔交易收取的手续费：计入支出";
    /// When the export names no bank.
    THE_BANK = "the bank", "银行";
    /// {0}: the status column's name or `STATUS`; {1}: its value or `EMPTY`.
    CSV_NOT_BOOKED = "{0} is \"{1}\": not booked, so no money moved; not counted",
        "{0}为“{1}”：未入账，钱没有动；不计入";
    /// A status column with no name.
    STATUS = "status", "状态";
    /// An empty status cell.
    EMPTY = "empty", "空";

    // OFX (parse/ofx.rs).
    /// `INVBANKTRAN` that is no interest, dividend or fee.
    OFX_INVESTMENT_CASH =
        "cash in or out of an investment account (INVBANKTRAN): the money stays yours",
        "投资账户的资金转入或转出（INVBANKTRAN）：钱还是你的";

    // QIF (parse/qif.rs).
    /// {0}: empty, or `, ` and the action (`, Buy`).
    QIF_INVESTMENT =
        "investment account (!Type:Invst{0}): buying, selling or income of securities; the money stays yours",
        "投资账户（!Type:Invst{0}）：证券的买入、卖出或收益，钱还是你的";
    /// `!Type:Oth A`.
    QIF_ASSET = "asset account (!Type:Oth A): a change in what an asset is worth, not a payment",
        "资产账户（!Type:Oth A）：资产价值的变化，不是付款";
    /// Quicken's `Opening Balance` record.
    QIF_OPENING_BALANCE = "the account's opening balance: a balance, not a payment",
        "账户的期初余额：这是余额，不是付款";
    /// {0}: the account in `L[…]`.
    QIF_TRANSFER =
        "transfer to or from your account [{0}] (QIF category L[…]): money moved, not spent",
        "与你的账户 [{0}] 之间的转账（QIF 类别 L[…]）：资金转移，不是消费";

    // Refunds and duplicates across sources (classify/).
    /// A refund row listed twice.
    REFUND_REPEATED = "the same refund is listed again: applied once only",
        "同一笔退款重复出现：只抵扣一次";
    /// A refund with no purchase to net.
    REFUND_WITHOUT_PURCHASE = "refund whose purchase is not in these files: not counted as income",
        "这笔退款对应的消费不在这些文件里：不计为收入";
    /// A purchase its refunds brought to zero.
    PURCHASE_FULLY_REFUNDED = "purchase fully refunded: counts as zero spending",
        "消费已全额退款：按零支出计算";
    /// {0}: what still counts, `¥20.00`.
    PURCHASE_PARTLY_REFUNDED = "purchase partly refunded: {0} still counts",
        "消费已部分退款：仍有 {0} 计入支出";
    /// {0}: the purchase's row; {1}: the amount netted, `¥20.00`.
    REFUND_OF_ROW = "refund of the purchase on row {0}: reduces it by {1}, not income",
        "第 {0} 行那笔消费的退款：抵扣 {1}，不算收入";
    /// {0}: the wallet row; {1}: its format's name.
    DUPLICATE = "same payment as row {0} of the {1}: counted there",
        "与{1}第 {0} 行是同一笔付款：已在那里计入";
    /// {0}: the other account as the statement wrote it (classify/own_accounts.rs).
    OWN_ACCOUNT_TO = "moved to your own account {0}, whose statement is among your files: the money stays yours",
        "转到你自己的账户 {0}（你添加的文件里有它的账单）：钱还是你的";
    /// {0}: the other account as the statement wrote it.
    OWN_ACCOUNT_FROM = "moved from your own account {0}, whose statement is among your files: the money stays yours",
        "从你自己的账户 {0} 转入（你添加的文件里有它的账单）：钱还是你的";
    /// {0}: the account the money arrived in; {1}: the day it arrived.
    PAIR_OUT = "the same amount arrived in your account {0} on {1}: moved between your accounts, not spent",
        "同一笔钱于 {1} 转入你的账户 {0}：在你的账户之间转移，不是消费";
    /// {0}: the account the money left; {1}: the day it left.
    PAIR_IN = "the same amount left your account {0} on {1}: moved between your accounts, not income",
        "同一笔钱于 {1} 从你的账户 {0} 转出：在你的账户之间转移，不是收入";
    /// {0}: the words that say so (`SWEEP`, `Umbuchung`, `eigen rekening`).
    BANK_OWN_TRANSFER_TEXT = "moved between your own accounts (“{0}”): the money stays yours",
        "在你自己的账户之间转移（“{0}”）：钱还是你的";
    /// {0}: the words that say so (`MasterCard afregning`, `AUTOPAY`).
    BANK_CARD_REPAYMENT_TEXT = "credit card repayment (“{0}”): the purchases were counted when they were made",
        "信用卡还款（“{0}”）：消费已在发生时计入";
    /// {0}: the row's line in the file read first; {1}: that file's name.
    REPEATED = "already read as row {0} of {1}: counted once, there",
        "与 {1} 第 {0} 行相同：只计一次";
}
