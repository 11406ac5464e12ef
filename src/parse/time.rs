//! Statement times as written → wall-clock [`NaiveDateTime`], never through a time zone
//! (statement-formats.md §0.5): the text forms the Chinese exports and Excel re-saves use, and
//! the serial numbers spreadsheet cells hold.

use chrono::{NaiveDate, NaiveDateTime};

/// Reads `2023-02-12 21:32:14`, the forms Excel leaves after a re-save (`2023/2/12 21:32`, or a
/// bare date) and ISO 8601 with a `T`. The flag is false when only a date was written.
pub(crate) fn parse_time(text: &str) -> Option<(NaiveDateTime, bool)> {
    const FORMATS: &[&str] = &[
        "%Y-%m-%d %H:%M:%S",
        "%Y/%m/%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y/%m/%d %H:%M",
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
    ];
    let with_time = FORMATS.iter().find_map(|f| NaiveDateTime::parse_from_str(text, f).ok());
    with_time.map(|t| (t, true)).or_else(|| {
        ["%Y-%m-%d", "%Y/%m/%d"]
            .iter()
            .find_map(|f| NaiveDate::parse_from_str(text, f).ok())
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .map(|t| (t, false))
    })
}

/// The wall-clock time an Excel serial date stands for: days since 1899-12-30 (or since
/// 1904-01-01 in a workbook using the 1904 date system) plus the fraction of a day, rounded to
/// the second. `None` outside Excel's range (years 1900–9999) or for NaN.
pub(crate) fn from_excel_serial(serial: f64, is_1904: bool) -> Option<NaiveDateTime> {
    // 2_958_466 is 10000-01-01 in the 1900 system; Excel stops before it.
    if !serial.is_finite() || !(0.0..2_958_466.0).contains(&serial) {
        return None;
    }
    let epoch = if is_1904 {
        NaiveDate::from_ymd_opt(1904, 1, 1)?
    } else if serial < 61.0 {
        // Excel counts a 29 February 1900 that never was: serials before it start a day later.
        NaiveDate::from_ymd_opt(1899, 12, 31)?
    } else {
        NaiveDate::from_ymd_opt(1899, 12, 30)?
    };
    // In range, serial × 86400 < 2.6e11: far inside f64's exact integers, and the cast is exact.
    let seconds = (serial * 86_400.0).round() as i64;
    let midnight = epoch.and_hms_opt(0, 0, 0)?;
    midnight.checked_add_signed(chrono::TimeDelta::try_seconds(seconds)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S").expect("test time")
    }

    #[test]
    fn text_forms() {
        for (text, expected, has_time) in [
            ("2019-09-26 12:45:27", Some("2019-09-26 12:45:27"), true),
            ("2019/9/26 12:45", Some("2019-09-26 12:45:00"), true),
            ("2019/09/26 12:45:27", Some("2019-09-26 12:45:27"), true),
            ("2025-07-01T08:05:00", Some("2025-07-01 08:05:00"), true),
            ("2025-07-01T08:05:00.000", Some("2025-07-01 08:05:00"), true),
            ("2019-09-26", Some("2019-09-26 00:00:00"), false),
            ("2019-02-30 10:00:00", None, false),
            ("26.09.2019", None, false),
            ("", None, false),
        ] {
            let read = parse_time(text);
            assert_eq!(read.map(|(t, _)| t), expected.map(at), "{text:?}");
            if let Some((_, flag)) = read {
                assert_eq!(flag, has_time, "{text:?}");
            }
        }
    }

    #[test]
    fn excel_serials() {
        for (serial, is_1904, expected) in [
            (45_839.5, false, Some("2025-07-01 12:00:00")),
            // 2026-04-02 09:30:15, with the float noise a spreadsheet stores.
            (46_114.396_006_944_44, false, Some("2026-04-02 09:30:15")),
            (46_114.396_006_944_4, false, Some("2026-04-02 09:30:15")),
            (1.0, false, Some("1900-01-01 00:00:00")),
            // Excel's 29 February 1900 never was: it reads as the next day.
            (60.0, false, Some("1900-03-01 00:00:00")),
            (59.0, false, Some("1900-02-28 00:00:00")),
            (61.0, false, Some("1900-03-01 00:00:00")),
            (0.0, true, Some("1904-01-01 00:00:00")),
            (44_377.0, true, Some("2025-07-01 00:00:00")),
            (0.999_999_999, false, Some("1900-01-01 00:00:00")),
            (-1.0, false, None),
            (3e6, false, None),
            (f64::NAN, false, None),
            (f64::INFINITY, false, None),
        ] {
            assert_eq!(from_excel_serial(serial, is_1904), expected.map(at), "{serial}");
        }
    }
}
