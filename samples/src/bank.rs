//! A synthetic year of a US checking account, as records: card purchases at realistic merchants,
//! bills paid by direct debit, checks, Zelle payments sent and received, bank fees, salary,
//! transfers to and from savings, the credit card's autopay and refunds of earlier purchases.
//! `chase.rs` writes them as Chase's checking CSV and `ofx.rs` as an OFX 1.x statement, so both
//! files hold the same movements and the tests can total them from these records.

use chrono::{Duration, NaiveDate};
use yearbook::sample::{Rng, SAMPLE_YEAR};

/// What a movement is, as the generator meant it (not as a reader decides).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Movement {
    /// A debit-card purchase at a merchant.
    Purchase,
    /// A bill paid by direct debit (utilities, phone, insurance).
    Bill,
    /// A paper check cashed by its payee.
    Check,
    /// Money sent to a person with Zelle.
    ZelleSent,
    /// Money received from a person with Zelle.
    ZelleReceived,
    /// A bank fee.
    Fee,
    /// Salary paid in by the employer.
    Salary,
    /// Money moved to or from the holder's own savings account.
    Transfer,
    /// The holder's credit card paid off from this account.
    CardPayment,
    /// A merchant returning money for one of the purchases above (same merchant, a few days
    /// later, the whole amount or half of it).
    Refund,
}

/// One movement of the account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BankRecord {
    /// The day it was posted.
    pub date: NaiveDate,
    /// What it is.
    pub movement: Movement,
    /// The merchant, payee or payer as the bank names it (`STARBUCKS STORE 10234 SEATTLE WA`).
    pub name: String,
    /// Signed cents from the holder's view: money out is negative.
    pub amount_minor: i64,
    /// A number unique within the statement (the bank's transaction id).
    pub id: u64,
    /// The check's number, for checks.
    pub check_number: Option<u32>,
}

/// `rows` movements of one year, sorted by date (then id). The mix per 100 rows: about 63
/// purchases (about 3 of them refunded later, each refund one more row), 8 bills, 3 checks, 5
/// Zelle payments sent and 2 received, 2 fees, 7 salaries, 6 transfers and 4 card payments;
/// see [`Movement`].
pub fn bank_records(rows: usize, seed: u64) -> Vec<BankRecord> {
    let mut rng = Rng(seed ^ 0xC4A5_E000_0BA4_0001);
    let start = NaiveDate::from_ymd_opt(SAMPLE_YEAR, 1, 1).unwrap_or_default();
    let last = NaiveDate::from_ymd_opt(SAMPLE_YEAR, 12, 31).unwrap_or_default();
    let mut records: Vec<BankRecord> = Vec::with_capacity(rows);
    let mut next_check = 1001u32;
    while records.len() < rows {
        let id = records.len() as u64 + 1;
        let date = start + Duration::days(rng.below(365) as i64);
        let pick = rng.below(100);
        let record = |movement, name: String, amount_minor| BankRecord {
            date,
            movement,
            name,
            amount_minor,
            id,
            check_number: None,
        };
        let record = if pick < 58 {
            let (name, low, high) = merchant(&mut rng);
            let amount = rng.between(low, high);
            let purchase = record(Movement::Purchase, name, -amount);
            // About one purchase in twenty is returned, wholly or in half, a few days later.
            if rng.below(20) == 0 && records.len() + 2 <= rows {
                let refund_amount = if rng.below(3) == 0 { amount / 2 } else { amount };
                let later = (date + Duration::days(1 + rng.below(6) as i64)).min(last);
                records.push(BankRecord {
                    date: later,
                    movement: Movement::Refund,
                    name: purchase.name.clone(),
                    amount_minor: refund_amount,
                    id: id + 1,
                    check_number: None,
                });
                records.push(purchase);
                continue;
            }
            purchase
        } else if pick < 66 {
            let (name, low, high) = pick_from(&mut rng, BILLS);
            record(Movement::Bill, name.to_string(), -rng.between(low, high))
        } else if pick < 69 {
            next_check += 1;
            let mut check = record(Movement::Check, format!("CHECK {next_check}"), 0);
            check.amount_minor = -rng.between(2_000, 120_000);
            check.check_number = Some(next_check);
            check
        } else if pick < 74 {
            let to = PEOPLE[rng.below(PEOPLE.len() as u64) as usize];
            record(
                Movement::ZelleSent,
                format!("Zelle payment to {to}"),
                -rng.between(1_000, 50_000),
            )
        } else if pick < 76 {
            let from = PEOPLE[rng.below(PEOPLE.len() as u64) as usize];
            record(
                Movement::ZelleReceived,
                format!("Zelle payment from {from}"),
                rng.between(1_000, 40_000),
            )
        } else if pick < 78 {
            let (name, low, high) = pick_from(&mut rng, FEES);
            record(Movement::Fee, name.to_string(), -rng.between(low, high))
        } else if pick < 85 {
            record(Movement::Salary, SALARY.to_string(), rng.between(150_000, 170_000))
        } else if pick < 91 {
            let amount = rng.between(10_000, 200_000);
            if rng.below(3) == 0 {
                record(
                    Movement::Transfer,
                    format!("Online Transfer from SAV ...4821 transaction#: {id}"),
                    amount,
                )
            } else {
                record(
                    Movement::Transfer,
                    format!("Online Transfer to SAV ...4821 transaction#: {id}"),
                    -amount,
                )
            }
        } else if pick < 95 {
            record(Movement::CardPayment, CARD_AUTOPAY.to_string(), -rng.between(20_000, 250_000))
        } else {
            // Spread the remaining rows over purchases, the most common movement.
            let (name, low, high) = merchant(&mut rng);
            record(Movement::Purchase, name, -rng.between(low, high))
        };
        records.push(record);
    }
    records.truncate(rows);
    records.sort_by(|a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id)));
    records
}

fn pick_from<T: Copy>(rng: &mut Rng, list: &[T]) -> T {
    list[rng.below(list.len() as u64) as usize]
}

/// A merchant as printed, with the number of one of the three stores of that chain the holder
/// goes to (people shop at a few stores, not at a new one every time), and its price range.
fn merchant(rng: &mut Rng) -> (String, i64, i64) {
    let at = rng.below(MERCHANTS.len() as u64);
    let (name, low, high) = MERCHANTS[at as usize];
    let store = (at * 7_919 + rng.below(3) * 31_337 + 1_024) % 100_000;
    (name.replace("{store}", &format!("{store:05}")), low, high)
}

/// The employer's payroll deposit.
pub(crate) const SALARY: &str = "ACME CORP PAYROLL PPD ID: 1234567890";
/// The holder's Chase card paid from checking.
pub(crate) const CARD_AUTOPAY: &str = "CHASE CREDIT CRD AUTOPAY PPD ID: 4760039224";

/// (merchant as printed on the statement, low and high cents); `{store}` is a store number.
/// Refunds reuse the purchase's name, store number included.
const MERCHANTS: &[(&str, i64, i64)] = &[
    ("STARBUCKS STORE {store} SEATTLE WA", 350, 1_800),
    ("WHOLEFDS MKT {store} AUSTIN TX", 1_500, 25_000),
    ("TRADER JOE S #{store} PORTLAND OR", 1_200, 18_000),
    ("SAFEWAY #{store} OAKLAND CA", 900, 22_000),
    ("COSTCO WHSE #{store} SAN JOSE CA", 4_000, 45_000),
    ("TARGET T-{store} CHICAGO IL", 1_000, 30_000),
    ("AMAZON MKTPL*{store} AMZN.COM/BILL WA", 800, 25_000),
    ("SHELL OIL {store} HOUSTON TX", 2_500, 9_000),
    ("CHEVRON {store} DENVER CO", 2_500, 9_000),
    ("UBER *TRIP {store} HELP.UBER.COM CA", 700, 6_500),
    ("CHIPOTLE {store} BOSTON MA", 900, 2_800),
    ("MCDONALD'S F{store} ATLANTA GA", 500, 1_900),
    ("CVS/PHARMACY #{store} MIAMI FL", 600, 8_000),
    ("HOME DEPOT #{store} PHOENIX AZ", 1_500, 60_000),
    ("BARNES &amp; NOBLE #{store} NEW YORK NY", 1_200, 6_000),
    ("NETFLIX.COM {store} LOS GATOS CA", 1_549, 2_299),
    ("APPLE.COM/BILL {store} CUPERTINO CA", 99, 2_999),
];

/// (payee, low and high cents).
const BILLS: &[(&str, i64, i64)] = &[
    ("COMCAST CABLE COMM PPD ID: 0000123456", 7_000, 12_000),
    ("PG&amp;E WEB ONLINE PPD ID: 9940211100", 4_000, 25_000),
    ("AT&amp;T MOBILITY PPD ID: 9864031004", 6_000, 14_000),
    ("GEICO AUTO PPD ID: 5530123456", 9_000, 18_000),
    ("CITY OF SEATTLE UTIL PPD ID: 1916001049", 5_000, 15_000),
];

const FEES: &[(&str, i64, i64)] = &[
    ("MONTHLY SERVICE FEE", 1_200, 1_201),
    ("NON-CHASE ATM FEE-WITH", 300, 301),
    ("INSUFFICIENT FUNDS FEE", 3_400, 3_401),
];

const PEOPLE: &[&str] = &["JOHN SMITH", "MARIA GARCIA", "WEI ZHANG", "PRIYA PATEL", "SAM LEE"];
