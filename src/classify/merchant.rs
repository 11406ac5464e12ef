//! Merchant names as a person would say them: counterparty text with branch suffixes, store
//! numbers, legal-entity words, payment-processor and platform prefixes removed, and shouting
//! capitals calmed (`瑞幸咖啡(深圳科技园店)` → 瑞幸咖啡, `东莞肯德基有限公司` → 肯德基,
//! `STARBUCKS #1234` → Starbucks). Used to group the report's merchants; the raw counterparty is
//! kept on every transaction.
//!
//! The steps, in order (each one keeps the previous text when it would leave nothing):
//! 1. collapse whitespace; `/` and `-` alone mean "no name";
//! 2. drop a platform prefix that hides the merchant (`淘宝-`, `天猫-`, `支付宝-`) and a card
//!    processor's (`SQ *`, `TST*`, `PAYPAL *`);
//! 3. drop bracketed parts, ASCII or full-width (`(…)`, `（…）`, `【…】`, `[…]`), and an
//!    unclosed one at the end;
//! 4. drop store numbers: `#1234` and words that are mostly digits (`12345`, `F12345`);
//! 5. Chinese company names: drop the legal form (`股份有限公司`, `有限责任公司`, `有限公司`,
//!    `分公司`, `公司`), then the business-scope words before it (`餐饮管理`, `信息科技`, …),
//!    then a leading province or city (`东莞`, `深圳市`);
//! 6. a branch after a separator (`麦当劳-深圳南山店` → 麦当劳);
//! 7. Western legal forms at the end (`LLC`, `Inc.`, `Ltd`, `Limited`, `GmbH & Co. KG`,
//!    `B.V.`, `AG`, `PLC`, …);
//! 8. a name written all in capitals is title-cased (`WALMART HONG KONG` → Walmart Hong Kong),
//!    keeping short words without vowels (`KFC`, `H&M`) and known spellings (`McDonald's`,
//!    `7-Eleven`, `IKEA`).

use super::places::Gazetteer;

const PLATFORM_PREFIXES: &[&str] = &["淘宝-", "天猫-", "支付宝-", "淘宝网-", "天猫超市-"];

/// Card processors that put themselves before the merchant: `SQ *BLUE BOTTLE`.
const PROCESSOR_PREFIXES: &[&str] =
    &["sq", "tst", "sp", "paypal", "pp", "zettle", "izettle", "sumup", "square", "py"];

const CHINESE_LEGAL: &[&str] =
    &["股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "分公司", "公司", "集团"];

/// Business-scope words between a Chinese brand and its legal form, longest first.
#[rustfmt::skip]
const CHINESE_SCOPE: &[&str] = &[
    "餐饮管理", "餐饮服务", "餐饮", "信息技术", "信息科技", "网络科技", "网络技术", "计算机系统",
    "科技", "电子商务", "商贸", "贸易", "实业", "文化传媒", "传媒", "管理", "服务", "发展", "控股",
    "连锁", "在线",
];

/// Western legal forms, compared lower case with dots and commas removed.
#[rustfmt::skip]
const WESTERN_LEGAL: &[&str] = &[
    "llc", "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited",
    "coltd", "colimited", "gmbh", "ag", "kg", "bv", "nv", "sa", "sas", "sarl", "srl", "spa",
    "plc", "pty", "oy", "ab", "as", "aps", "lp", "llp",
];

/// Spellings that title case gets wrong.
const KNOWN_SPELLINGS: &[(&str, &str)] = &[
    ("mcdonald's", "McDonald's"),
    ("mcdonalds", "McDonald's"),
    ("7-eleven", "7-Eleven"),
    ("ikea", "IKEA"),
    ("kfc", "KFC"),
    ("h&m", "H&M"),
    ("tk maxx", "TK Maxx"),
    ("dm-drogerie markt", "dm-drogerie markt"),
    ("ebay", "eBay"),
    ("iphone", "iPhone"),
];

/// The merchant's name for grouping and display; empty when the counterparty names nobody.
pub fn clean_merchant(name: &str, places: &Gazetteer) -> String {
    let mut s = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if matches!(s.as_str(), "/" | "-" | "—") {
        return String::new();
    }
    s = keep_if_nonempty(&s, strip_prefixes(&s));
    s = keep_if_nonempty(&s, strip_brackets(&s));
    s = keep_if_nonempty(&s, strip_store_numbers(&s));
    s = keep_if_nonempty(&s, strip_chinese_company(&s, places));
    s = keep_if_nonempty(&s, strip_branch(&s));
    s = keep_if_nonempty(&s, strip_western_legal(&s));
    s = trim_separators(&s).to_string();
    calm_capitals(&s)
}

/// Words of a bank description that say how the money moved, not who was paid (compared lower
/// case): card and terminal words, SEPA and booking words in the languages of the banks read.
#[rustfmt::skip]
const BOOKING_WORDS: &[&str] = &[
    "pos", "purchase", "debit", "credit", "card", "carte", "karte", "kartenzahlung", "kaart",
    "visa", "mastercard", "maestro", "ec", "girocard", "contactless", "nfc", "apple", "pay",
    "google", "sepa", "lastschrift", "basislastschrift", "überweisung", "ueberweisung",
    "gutschrift", "folgelastschrift", "betaalautomaat", "betaling", "bea", "gea", "pas",
    "terminal", "nr", "ref", "reference", "transaction", "trans", "id", "ppd", "ach", "web",
    "online", "recurring", "payment", "paiement", "achat", "cb", "prlv", "vir", "date", "time",
    "auth", "authorization", "svwz", "eref", "mref", "cred", "abwa", "kref", "iban", "bic",
    "notprovided", "nonref", "dankort", "köb", "kob", "kortkøb", "kortkob", "uhr",
];

/// A merchant's name from a bank row's description, for a row with no counterparty: the words
/// left once dates, times, card numbers, references and booking words are dropped (at most the
/// first four), then cleaned as a counterparty is (`VISA 12.03 REWE SAGT DANKE 4711 KARTE 1234`
/// → Rewe Sagt Danke). Empty when nothing names anyone.
pub fn merchant_from_description(description: &str, places: &Gazetteer) -> String {
    let mut words: Vec<&str> = Vec::new();
    for raw in description.split(|c: char| c.is_whitespace() || c == '+' || c == ',') {
        let word = raw.trim_matches(|c: char| "-_·.:;/|*()[]".contains(c));
        if word.is_empty() {
            if !words.is_empty() && raw.contains('/') {
                // A `/` separates the name from what follows (`/NAME/Albert Heijn/REMI/…`).
                continue;
            }
            continue;
        }
        let lower = word.to_lowercase();
        let digits = word.chars().filter(char::is_ascii_digit).count();
        let masked = word.chars().filter(|c| matches!(c, '*' | 'X' | 'x')).count();
        let is_code = digits >= 3
            || (digits > 0 && digits * 2 >= word.chars().count())
            || (masked >= 3 && digits + masked == raw.chars().count())
            || word.contains(':') && digits > 0
            || BOOKING_WORDS.contains(&lower.as_str());
        if is_code {
            if words.len() >= 2 {
                break; // the name is over: what follows is a reference or a place code
            }
            continue;
        }
        words.push(word);
        if words.len() == 4 {
            break;
        }
    }
    clean_merchant(&words.join(" "), places)
}

fn keep_if_nonempty(before: &str, after: String) -> String {
    let trimmed = trim_separators(&after);
    if trimmed.chars().count() == 0 {
        before.to_string()
    } else {
        trimmed.to_string()
    }
}

fn trim_separators(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || "-_·,.:;/—|".contains(c))
}

fn strip_prefixes(s: &str) -> String {
    for prefix in PLATFORM_PREFIXES {
        if let Some(rest) = s.strip_prefix(prefix) {
            return rest.to_string();
        }
    }
    if let Some((head, rest)) = s.split_once('*') {
        let head = head.trim().to_lowercase();
        if PROCESSOR_PREFIXES.contains(&head.as_str()) {
            return rest.to_string();
        }
    }
    s.to_string()
}

fn strip_brackets(s: &str) -> String {
    let mut out = String::new();
    let mut closing: Vec<char> = Vec::new();
    for c in s.chars() {
        let close = match c {
            '(' => Some(')'),
            '（' => Some('）'),
            '[' => Some(']'),
            '【' => Some('】'),
            '「' => Some('」'),
            _ => None,
        };
        if let Some(close) = close {
            closing.push(close);
        } else if closing.last() == Some(&c) {
            closing.pop();
        } else if closing.is_empty() {
            out.push(c);
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn strip_store_numbers(s: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    for word in s.split(' ') {
        // "#1234" alone or glued on ("STARBUCKS#1234").
        let word = match word.find('#') {
            Some(at) => word.get(..at).unwrap_or(""),
            None => word,
        };
        let n_chars = word.chars().count();
        let n_digits = word.chars().filter(char::is_ascii_digit).count();
        let is_number = n_digits >= 3 && n_digits * 2 >= n_chars && word.is_ascii();
        if word.is_empty() || is_number {
            while words.last().is_some_and(|w| is_number_label(w)) {
                words.pop();
            }
            continue;
        }
        words.push(word.to_string());
    }
    words.join(" ")
}

/// Words that announce a store number: `No. 5521`, `Store 12`.
fn is_number_label(word: &str) -> bool {
    matches!(word.to_lowercase().as_str(), "no" | "no." | "store" | "nr" | "nr." | "filiale")
}

fn strip_chinese_company(s: &str, places: &Gazetteer) -> String {
    let mut rest = s;
    let mut company = false;
    while let Some(suffix) = CHINESE_LEGAL.iter().find(|suffix| rest.ends_with(*suffix)) {
        rest = rest.get(..rest.len() - suffix.len()).unwrap_or(rest);
        company = true;
    }
    if !company {
        return s.to_string();
    }
    while let Some(scope) = CHINESE_SCOPE
        .iter()
        .find(|w| rest.ends_with(*w) && rest.chars().count() > w.chars().count() + 1)
    {
        rest = rest.get(..rest.len() - scope.len()).unwrap_or(rest);
    }
    places.strip_place_prefix(rest).to_string()
}

fn strip_branch(s: &str) -> String {
    for separator in ['-', '·', '—', ' '] {
        if let Some((head, tail)) = s.rsplit_once(separator) {
            let head = head.trim();
            if tail.ends_with('店')
                && head.chars().count() >= 2
                && !head.is_ascii()
                && !PLATFORM_PREFIXES.iter().any(|p| p.starts_with(head))
            {
                return head.to_string();
            }
        }
    }
    s.to_string()
}

fn strip_western_legal(s: &str) -> String {
    let mut words: Vec<&str> = s.split(' ').collect();
    let mut stripped = false;
    while words.len() > 1 {
        let Some(last) = words.last() else { break };
        let key: String =
            last.chars().filter(|c| !matches!(c, '.' | ',')).collect::<String>().to_lowercase();
        let legal = WESTERN_LEGAL.contains(&key.as_str());
        let joiner = stripped && (key == "&" || key == "and" || key.is_empty());
        if legal || joiner {
            words.pop();
            stripped |= legal;
        } else {
            break;
        }
    }
    words.join(" ")
}

fn calm_capitals(s: &str) -> String {
    let has_upper = s.chars().any(|c| c.is_ascii_uppercase());
    let has_lower = s.chars().any(|c| c.is_ascii_lowercase());
    let lower = s.to_lowercase();
    if let Some((_, spelling)) = KNOWN_SPELLINGS.iter().find(|(k, _)| *k == lower) {
        return spelling.to_string();
    }
    if !has_upper || has_lower || s.chars().filter(char::is_ascii_alphabetic).count() < 2 {
        return s.to_string();
    }
    s.split(' ')
        .map(|word| {
            let w = word.to_lowercase();
            if let Some((_, spelling)) = KNOWN_SPELLINGS.iter().find(|(k, _)| *k == w) {
                return spelling.to_string();
            }
            let letters = word.chars().filter(char::is_ascii_alphabetic).count();
            let vowels = w.chars().filter(|c| "aeiouy".contains(*c)).count();
            if letters <= 4 && vowels == 0 {
                return word.to_string();
            }
            title_case(&w)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn title_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut start = true;
    for c in word.chars() {
        if start && c.is_alphabetic() {
            out.extend(c.to_uppercase());
            start = false;
        } else {
            out.push(c);
            if matches!(c, '-' | '/' | '.' | '&') {
                start = true;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_bank_description_names_the_merchant_without_dates_cards_or_references() {
        let places = super::Gazetteer::new();
        let cases = [
            ("VISA 12.03 REWE SAGT DANKE 4711 KARTE 1234", "Rewe Sagt Danke"),
            ("BEA NR:ABC123 28.02.18/12.34 Albert Heijn 1234 AMSTERDAM", "Albert Heijn"),
            ("Kartenzahlung girocard REWE Markt GmbH", "REWE Markt"),
            ("POS PURCHASE STARBUCKS STORE 12345 SEATTLE WA", "Starbucks Store"),
            ("CARD ****1234 AMAZON MKTPLACE PMTS", "Amazon Mktplace PMTS"),
            ("EREF+RE-2024-0402-1 SVWZ+Mobilfunk April", "Mobilfunk April"),
            ("12.03.2024 4711", ""),
            ("", ""),
        ];
        for (description, name) in cases {
            assert_eq!(
                super::merchant_from_description(description, &places),
                name,
                "{description}"
            );
        }
    }

    use super::*;

    #[test]
    fn merchant_names_are_cleaned() {
        let places = Gazetteer::new();
        for (raw, expected) in [
            // Chinese: branches, legal forms, cities, platforms
            ("瑞幸咖啡(深圳科技园店)", "瑞幸咖啡"),
            ("东莞肯德基有限公司", "肯德基"),
            ("星巴克（中国）有限公司", "星巴克"),
            ("云膳过桥米线(传奇广场店)", "云膳过桥米线"),
            ("海底捞火锅【万象城店】", "海底捞火锅"),
            ("瑞幸咖啡(深圳", "瑞幸咖啡"),
            ("淘宝-优衣库官方旗舰店", "优衣库官方旗舰店"),
            ("支付宝-蚂蚁森林", "蚂蚁森林"),
            ("深圳市腾讯计算机系统有限公司", "腾讯"),
            ("上海拉扎斯信息科技有限公司", "拉扎斯"),
            ("北京三快在线科技有限公司", "三快"),
            ("广州肯德基有限公司", "肯德基"),
            ("蚂蚁（杭州）基金销售有限公司", "蚂蚁基金销售"),
            ("麦当劳-深圳南山店", "麦当劳"),
            ("美团平台商户", "美团平台商户"),
            ("  某某   小吃  ", "某某 小吃"),
            ("海底捞 万象城店", "海底捞"),
            ("上海", "上海"),
            ("/", ""),
            ("", ""),
            // English: store numbers, legal forms, processors, capitals
            ("STARBUCKS #1234", "Starbucks"),
            ("STARBUCKS#1234", "Starbucks"),
            ("KFC #334", "KFC"),
            ("STARBUCKS COFFEE 12345 LONDON", "Starbucks Coffee London"),
            ("MCDONALD'S F12345", "McDonald's"),
            ("7-ELEVEN", "7-Eleven"),
            ("Apple Inc.", "Apple"),
            ("Amazon.com Services LLC", "Amazon.com Services"),
            ("Uber Technologies Inc", "Uber Technologies"),
            ("REWE Markt GmbH", "REWE Markt"),
            ("ALDI SUED GMBH & CO. KG", "Aldi Sued"),
            ("Albert Heijn B.V.", "Albert Heijn"),
            ("Tesco Stores Ltd", "Tesco Stores"),
            ("WALMART HONG KONG CO.,LIMITED", "Walmart Hong Kong"),
            ("H&M HENNES & MAURITZ AB", "H&M Hennes & Mauritz"),
            ("SQ *BLUE BOTTLE COFFEE", "Blue Bottle Coffee"),
            ("PAYPAL *SPOTIFY", "Spotify"),
            ("Store No. 5521 Lidl", "Lidl"),
            ("McDonald's", "McDonald's"),
            ("Inc", "Inc"),
        ] {
            assert_eq!(clean_merchant(raw, &places), expected, "{raw:?}");
        }
    }
}
