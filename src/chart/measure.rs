//! The one place text is measured: every chart lays its words out by these widths, natively
//! (SVG) and in the page (canvas) alike, and `tests/chart_layout.rs` checks every box with them.
//! The widths are the page's fonts' own (`metrics.rs`, generated from Noto Sans CJK SC and
//! DejaVu Sans, the wider of the two per character), so a label that fits here fits on screen;
//! text is an em tall, as the canvas's `top`, `middle` and `bottom` baselines place it.
//! Fitting (cut with an ellipsis) and wrapping build on the width.

use super::metrics::ADVANCES;

/// The advance of `c` in thousandths of an em.
fn advance(c: char, bold: bool) -> u32 {
    let code = u32::from(c);
    let listed = u16::try_from(code)
        .ok()
        .and_then(|code| ADVANCES.binary_search_by_key(&code, |a| a.0).ok())
        .and_then(|i| ADVANCES.get(i));
    match listed {
        Some((_, regular, bold_width)) => u32::from(if bold { *bold_width } else { *regular }),
        // Zero-width and combining marks add nothing; the rest (CJK, kana, Hangul, full-width
        // forms, symbols) are an em, emoji a little more.
        None if matches!(code, 0x300..=0x36F | 0x200B..=0x200F | 0xFE00..=0xFE0F) => 0,
        None if code >= 0x1F000 => 1200,
        None => 1000,
    }
}

/// The width of `s` in pixels at `size` pixels, bold or not.
pub fn text_width(s: &str, size: f64, bold: bool) -> f64 {
    let thousandths: u32 = s.chars().map(|c| advance(c, bold)).sum();
    f64::from(thousandths) / 1000.0 * size
}

/// `s` cut to fit `max` pixels at `size`, with an ellipsis when cut (an ellipsis alone when not
/// even one character fits).
pub fn fit(s: &str, max: f64, size: f64, bold: bool) -> String {
    if text_width(s, size, bold) <= max {
        return s.to_string();
    }
    let chars: Vec<char> = s.chars().collect();
    // The longest prefix that fits with its ellipsis: widths grow with the prefix.
    let fits = |n: usize| {
        let prefix: String = chars.iter().take(n).collect();
        text_width(&format!("{}…", prefix.trim_end()), size, bold) <= max
    };
    let (mut lo, mut hi) = (0usize, chars.len());
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if fits(mid) {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    let prefix: String = chars.iter().take(lo).collect();
    format!("{}…", prefix.trim_end())
}

/// `s` broken into lines of at most `max` pixels at `size`: between words for Latin text, between
/// any two characters for Chinese (never before closing punctuation); a word wider than a line
/// is cut to fit.
pub fn wrap(s: &str, max: f64, size: f64, bold: bool) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    // Tokens: a run of non-space ASCII is one word; any other character is a token of its own.
    // Spaces and closing punctuation stick to the token before them.
    let mut tokens: Vec<String> = Vec::new();
    for c in s.chars() {
        let word = c.is_ascii() && !c.is_ascii_whitespace();
        let closing = matches!(c, '，' | '。' | '、' | '：' | '；' | '）' | '！' | '？' | '”');
        let after_word =
            |t: &String| t.chars().last().is_some_and(|l| l.is_ascii() && !l.is_ascii_whitespace());
        match tokens.last_mut() {
            Some(last) if c.is_whitespace() || closing || (word && after_word(last)) => {
                last.push(c)
            }
            _ => tokens.push(c.to_string()),
        }
    }
    for token in tokens {
        let candidate = format!("{line}{token}");
        if !line.is_empty() && text_width(candidate.trim_end(), size, bold) > max {
            lines.push(line.trim_end().to_string());
            line = token.trim_start().to_string();
        } else {
            line = candidate;
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines.into_iter().map(|l| fit(&l, max, size, bold)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_come_from_the_fonts() {
        assert_eq!(text_width("餐饮", 10.0, false), 20.0, "CJK is an em");
        assert!(text_width("Dining", 10.0, false) < text_width("餐饮餐饮", 10.0, false));
        assert!(text_width("W", 10.0, false) > text_width("i", 10.0, false) * 2.0);
        assert!(text_width("Spending", 17.0, true) > text_width("Spending", 17.0, false));
        // DejaVu Sans' "M" is 0.863 em; Noto Sans CJK's narrower.
        assert!(
            (text_width("M", 100.0, false) - 86.3).abs() < 1.0,
            "{}",
            text_width("M", 100.0, false)
        );
        assert_eq!(text_width("e\u{301}", 10.0, false), text_width("e", 10.0, false));
        assert_eq!(text_width("", 10.0, false), 0.0);
    }

    #[test]
    fn fitting_and_wrapping() {
        assert_eq!(fit("Short", 500.0, 12.0, false), "Short");
        let cut = fit("瑞幸咖啡（深圳科技园店）", 60.0, 12.0, false);
        assert!(cut.ends_with('…') && text_width(&cut, 12.0, false) <= 60.0, "{cut}");
        assert_eq!(cut, "瑞幸咖啡…");
        assert_eq!(fit("Anything", 1.0, 12.0, false), "…");
        let lines = wrap("18% of your spending went to books and culture", 120.0, 10.0, false);
        assert!(
            lines.len() > 1 && lines.iter().all(|l| text_width(l, 10.0, false) <= 120.0),
            "{lines:?}"
        );
        assert_eq!(lines.join(" "), "18% of your spending went to books and culture");
        let zh = wrap("你 18% 的支出花在了书籍与文化上。", 80.0, 10.0, false);
        assert!(zh.len() > 1 && !zh.iter().any(|l| l.starts_with('。')), "{zh:?}");
        assert_eq!(zh.concat().replace(' ', ""), "你18%的支出花在了书籍与文化上。");
        let long = wrap("Supercalifragilisticexpialidocious", 60.0, 10.0, false);
        assert!(long.iter().all(|l| text_width(l, 10.0, false) <= 60.0), "{long:?}");
    }
}
