//! The banks' own category columns (Chase credit card `Category`, Monzo `category`, N26
//! `Kategorie` in German, English and French) mapped onto Yearbook's report categories. A
//! category not in the table is [`Category::Other`], and the row's text decides instead
//! (`classify::from_text`).

use crate::model::Category;

/// Bank category names, compared without regard to case, spaces or `_` (Monzo writes
/// `eating_out` in 2018 and `Eating out` now).
const TABLE: &[(&str, Category)] = &[
    // Chase credit card.
    ("food & drink", Category::Dining),
    ("groceries", Category::Groceries),
    ("shopping", Category::Shopping),
    ("home", Category::Shopping),
    ("travel", Category::Travel),
    ("gas", Category::Transport),
    ("automotive", Category::Transport),
    ("bills & utilities", Category::HousingUtilities),
    ("health & wellness", Category::Health),
    ("entertainment", Category::Entertainment),
    ("education", Category::EducationCulture),
    ("gifts & donations", Category::GiftsRedPackets),
    ("fees & adjustments", Category::Fees),
    // Monzo.
    ("eating out", Category::Dining),
    ("transport", Category::Transport),
    ("bills", Category::HousingUtilities),
    ("holidays", Category::Travel),
    ("personal care", Category::Health),
    ("charity", Category::GiftsRedPackets),
    ("gifts", Category::GiftsRedPackets),
    // N26, German.
    ("lebensmittel & supermärkte", Category::Groceries),
    ("bars & restaurants", Category::Dining),
    ("restaurants & bars", Category::Dining),
    ("medien & elektronik", Category::Digital),
    ("transport & auto", Category::Transport),
    ("reisen & urlaub", Category::Travel),
    ("gesundheit & drogerien", Category::Health),
    ("freizeit & unterhaltung", Category::Entertainment),
    ("haushalt & nebenkosten", Category::HousingUtilities),
    ("bildung", Category::EducationCulture),
    ("spenden & wohltätigkeit", Category::GiftsRedPackets),
    // N26, English.
    ("food & groceries", Category::Groceries),
    ("media & electronics", Category::Digital),
    ("transport & car", Category::Transport),
    ("travel & holidays", Category::Travel),
    ("healthcare & drug stores", Category::Health),
    ("leisure & entertainment", Category::Entertainment),
    ("household & utilities", Category::HousingUtilities),
    // N26, French.
    ("alimentation & supermarchés", Category::Groceries),
    ("médias & électronique", Category::Digital),
    ("voyages & vacances", Category::Travel),
    ("santé & pharmacie", Category::Health),
    ("loisirs & divertissements", Category::Entertainment),
];

/// The report category for a bank's own category name; `Other` when the table has none.
pub(super) fn from_bank(name: &str) -> Category {
    let key = normalise(name);
    if key.is_empty() {
        return Category::Other;
    }
    TABLE.iter().find(|(n, _)| normalise(n) == key).map_or(Category::Other, |&(_, c)| c)
}

fn normalise(name: &str) -> String {
    name.to_lowercase().split([' ', '_']).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bank_categories_map_onto_report_categories() {
        for (bank, expected) in [
            ("Food & Drink", Category::Dining),
            ("Groceries", Category::Groceries),
            ("eating_out", Category::Dining),
            ("Eating out", Category::Dining),
            ("Medien & Elektronik", Category::Digital),
            ("Bills & Utilities", Category::HousingUtilities),
            ("general", Category::Other),
            ("Personal", Category::Other),
            ("", Category::Other),
        ] {
            assert_eq!(from_bank(bank), expected, "{bank:?}");
        }
    }
}
