//! `report.html`: the whole report as one self-contained page (inline CSS and SVG, no script,
//! no external reference), for `yearbook render` and for anyone who wants a file to keep. It
//! writes the headline (`present::headline`, as the page and `yearbook report` show it), then
//! what `describe_report` says, in order, with each section's chart; every statement text is
//! escaped.

use super::describe::{Section, Table};
use super::Lang;
use crate::phrase::{labels as l, Arg};
use crate::report::Report;
use std::fmt::Write as _;

const STYLE: &str = "
body{margin:0;background:#f6f7f9;color:#222;font:16px/1.55 \"PingFang SC\",\"Microsoft YaHei\",\"Noto Sans CJK SC\",system-ui,sans-serif}
main{max-width:960px;margin:0 auto;padding:24px 16px 64px}
header h1{font-size:2rem;margin:.2em 0}
header .headline{font-size:1.1rem;margin:.3em 0}
header .keyword{font-size:1.25rem}
section{background:#fff;border-radius:12px;padding:16px 20px;margin:20px 0;box-shadow:0 1px 3px rgba(0,0,0,.08)}
h2{margin:.2em 0 .5em;font-size:1.35rem}
.chart svg{display:block;max-width:100%;height:auto;margin:12px auto}
.note{color:#555;font-size:.9rem}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin:8px 0}
caption{text-align:left;font-weight:600;padding:4px 0}
th,td{padding:4px 8px;border-bottom:1px solid #e4e4e4;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
details summary{cursor:pointer;color:#0072b2}
.card svg{display:block;width:360px;max-width:100%;height:auto;margin:12px auto;border-radius:12px}
footer{color:#666;font-size:.85rem;text-align:center}
";

/// Tables longer than this are folded into a `<details>`.
const FOLD_ROWS: usize = 12;

/// The page for `report` in `lang`: `sections` from `describe_report`, `charts` as
/// (chart id, SVG text) pairs, and the share card's SVG when there is one.
pub fn report_page(
    report: &Report,
    lang: Lang,
    sections: &[Section],
    charts: &[(String, String)],
    share_card: Option<&str>,
) -> String {
    let mut out = String::new();
    let title = crate::phrase!(l::REPORT_TITLE, Arg::Year(report.year)).render(lang);
    let headline = super::headline(report);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n<header>\n<h1>{}</h1>\n",
        lang.tag(),
        escape(&title),
        escape(&headline.title.render(lang))
    );
    // The words are rendered, then escaped; the markup is only ever here, never in a template.
    for line in &headline.lines {
        let _ = writeln!(
            out,
            "<p class=\"headline\" data-currency=\"{}\">{}</p>",
            escape(line.currency.code()),
            escape(&line.text.render(lang))
        );
    }
    let _ = writeln!(
        out,
        "<p class=\"keyword\">{} <strong>{}</strong>{}</p>\n</header>",
        escape(l::CHART_KEYWORD.get(lang)),
        escape(&report.keyword.word.render(lang)),
        escape(&crate::phrase!(l::KEYWORD_REASON, report.keyword.reason.clone()).render(lang))
    );
    for s in sections {
        let _ = writeln!(out, "<section id=\"{}\">\n<h2>{}</h2>", escape(&s.id), escape(&s.title));
        for sentence in &s.summary {
            let _ = writeln!(out, "<p>{}</p>", escape(sentence));
        }
        if let Some(svg) =
            s.chart.as_ref().and_then(|id| charts.iter().find(|(c, _)| c == id)).map(|(_, svg)| svg)
        {
            let _ = writeln!(out, "<div class=\"chart\">{}</div>", strip_prolog(svg));
        }
        if let Some(note) = &s.note {
            let _ = writeln!(out, "<p class=\"note\">{}</p>", escape(note));
        }
        for t in s.tables.iter().filter(|t| !t.rows.is_empty()) {
            table(&mut out, t, lang);
        }
        out.push_str("</section>\n");
    }
    if let Some(svg) = share_card {
        let heading = &l::SHARE_CARD;
        let _ = writeln!(
            out,
            "<section id=\"shareCard\">\n<h2>{}</h2>\n<div class=\"card\">{}</div>\n</section>",
            escape(heading.get(lang)),
            strip_prolog(svg)
        );
    }
    let _ = writeln!(
        out,
        "<footer>{}</footer>\n</main>\n</body>\n</html>",
        escape(l::MADE_WITH.get(lang))
    );
    out
}

fn table(out: &mut String, t: &Table, lang: Lang) {
    let fold = t.rows.len() > FOLD_ROWS;
    if fold {
        let summary =
            crate::phrase!(l::FOLDED_TABLE, t.caption.as_str(), Arg::count_of(t.rows.len()));
        let _ = writeln!(out, "<details><summary>{}</summary>", escape(&summary.render(lang)));
    }
    let _ = writeln!(out, "<table>\n<caption>{}</caption>\n<thead><tr>", escape(&t.caption));
    for (i, c) in t.columns.iter().enumerate() {
        let _ = write!(out, "<th{}>{}</th>", class(t, i), escape(c));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &t.rows {
        out.push_str("<tr>");
        for (i, cell) in row.iter().enumerate() {
            let _ = write!(out, "<td{}>{}</td>", class(t, i), escape(cell));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
    if fold {
        out.push_str("</details>\n");
    }
}

fn class(t: &Table, column: usize) -> &'static str {
    if t.numeric.get(column).copied().unwrap_or(false) {
        " class=\"n\""
    } else {
        ""
    }
}

/// Text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

/// An SVG document without its XML prolog, for inlining in HTML.
fn strip_prolog(svg: &str) -> &str {
    match (svg.trim_start().starts_with("<?xml"), svg.find("?>")) {
        (true, Some(end)) => svg.get(end + 2..).unwrap_or(svg).trim_start(),
        _ => svg,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_statement_text() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
        assert_eq!(strip_prolog("<?xml version=\"1.0\"?>\n<svg/>"), "<svg/>");
        assert_eq!(strip_prolog("<svg/>"), "<svg/>");
    }
}
