//! Every colour, size and font the charts use, in one place. Sizes are in CSS pixels and are
//! multiplied by `scale` (the device pixel ratio) so charts stay sharp on HiDPI screens.
//!
//! Colours come from the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"),
//! distinguishable with every common colour-vision deficiency; the heatmaps use one hue from
//! light to dark, so they read by lightness alone. Text is never told apart by colour only:
//! every series has a label or a legend entry.

use plotters::style::{FontStyle, IntoFont, RGBAColor, RGBColor, TextStyle};

/// The font family list for every text: CJK-capable fonts first (macOS, Windows, Linux),
/// then the generic family. Written unquoted, as CSS allows, because it goes into both an SVG
/// attribute and the canvas `font` shorthand.
pub const FONT_FAMILY: &str = "PingFang SC, Microsoft YaHei, Noto Sans CJK SC, sans-serif";

/// The eight Okabe–Ito colours: orange, sky blue, bluish green, yellow, blue, vermillion,
/// reddish purple, grey (black replaced by grey, which reads on both backgrounds).
pub const OKABE_ITO: [RGBColor; 8] = [
    RGBColor(0xE6, 0x9F, 0x00),
    RGBColor(0x56, 0xB4, 0xE9),
    RGBColor(0x00, 0x9E, 0x73),
    RGBColor(0xF0, 0xE4, 0x42),
    RGBColor(0x00, 0x72, 0xB2),
    RGBColor(0xD5, 0x5E, 0x00),
    RGBColor(0xCC, 0x79, 0xA7),
    RGBColor(0x99, 0x99, 0x99),
];

/// Colours for series that are told apart (Sankey categories), in order: blue, orange, bluish
/// green, reddish purple, sky blue, vermillion, yellow, grey.
const SERIES: [usize; 8] = [4, 0, 2, 6, 1, 5, 3, 7];

/// The light heatmap scale, level 0 (nothing) to 4 (most): one blue hue by lightness.
const HEAT_LIGHT: [RGBColor; 5] = [
    RGBColor(0xEB, 0xED, 0xF0),
    RGBColor(0xC6, 0xDB, 0xEF),
    RGBColor(0x6B, 0xAE, 0xD6),
    RGBColor(0x21, 0x71, 0xB5),
    RGBColor(0x08, 0x30, 0x6B),
];

/// The dark heatmap scale: from the background towards light blue.
const HEAT_DARK: [RGBColor; 5] = [
    RGBColor(0x2D, 0x31, 0x38),
    RGBColor(0x0E, 0x3A, 0x5F),
    RGBColor(0x1D, 0x6F, 0xA8),
    RGBColor(0x4A, 0xA3, 0xDF),
    RGBColor(0xA8, 0xDA, 0xFF),
];

/// Text sizes in CSS pixels.
pub mod size {
    /// Chart titles.
    pub const TITLE: f64 = 17.0;
    /// Axis labels, legends, bar labels.
    pub const LABEL: f64 = 13.0;
    /// Small print: notes, secondary labels.
    pub const SMALL: f64 = 11.5;
    /// The outer margin of every chart.
    pub const MARGIN: f64 = 14.0;
}

/// The look of every chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Theme {
    /// Device pixels per CSS pixel; 1.0 for SVG output.
    pub scale: f64,
    /// Dark background, for `prefers-color-scheme: dark`.
    pub dark: bool,
}

impl Default for Theme {
    fn default() -> Theme {
        Theme { scale: 1.0, dark: false }
    }
}

impl Theme {
    /// A theme for a backing store with `scale` device pixels per CSS pixel.
    pub fn with_scale(scale: f64) -> Theme {
        let scale = if scale.is_finite() && scale > 0.0 { scale.clamp(0.5, 4.0) } else { 1.0 };
        Theme { scale, ..Theme::default() }
    }

    /// Scales a length in CSS pixels to device pixels.
    pub fn px(&self, css: f64) -> u32 {
        (css * self.scale).round().max(1.0) as u32
    }

    /// Scales a length in CSS pixels to device pixels, signed, for margins and offsets.
    pub fn px_i(&self, css: f64) -> i32 {
        (css * self.scale).round() as i32
    }

    /// Scales a length in CSS pixels to device pixels, unrounded, for layout arithmetic.
    pub fn pxf(&self, css: f64) -> f64 {
        css * self.scale
    }

    /// The font family list used for all text.
    pub fn font_family(&self) -> &'static str {
        FONT_FAMILY
    }

    /// A text style of `css` pixels in `color`.
    pub fn text(&self, css: f64, color: RGBColor) -> TextStyle<'static> {
        (FONT_FAMILY, self.pxf(css)).into_font().color(&color)
    }

    /// A bold text style of `css` pixels in `color`.
    pub fn bold(&self, css: f64, color: RGBColor) -> TextStyle<'static> {
        (FONT_FAMILY, self.pxf(css), FontStyle::Bold).into_font().color(&color)
    }

    /// The background.
    pub fn background(&self) -> RGBColor {
        if self.dark {
            RGBColor(0x1B, 0x1D, 0x22)
        } else {
            RGBColor(0xFF, 0xFF, 0xFF)
        }
    }

    /// Text and axes.
    pub fn ink(&self) -> RGBColor {
        if self.dark {
            RGBColor(0xE8, 0xE6, 0xE3)
        } else {
            RGBColor(0x22, 0x22, 0x22)
        }
    }

    /// Secondary text: notes, values beside bars, axis ticks.
    pub fn muted(&self) -> RGBColor {
        if self.dark {
            RGBColor(0xA8, 0xAB, 0xB2)
        } else {
            RGBColor(0x5F, 0x63, 0x68)
        }
    }

    /// Light grid lines.
    pub fn grid(&self) -> RGBColor {
        if self.dark {
            RGBColor(0x3A, 0x3D, 0x44)
        } else {
            RGBColor(0xE4, 0xE4, 0xE4)
        }
    }

    /// Spending bars and lines (Okabe–Ito blue; sky blue on dark).
    pub fn spending(&self) -> RGBColor {
        if self.dark {
            OKABE_ITO[1]
        } else {
            OKABE_ITO[4]
        }
    }

    /// The bar that stands out: the most expensive month, the top category (vermillion).
    pub fn highlight(&self) -> RGBColor {
        OKABE_ITO[5]
    }

    /// Income (bluish green).
    pub fn income(&self) -> RGBColor {
        OKABE_ITO[2]
    }

    /// The previous year, drawn dashed beside this one (grey).
    pub fn previous(&self) -> RGBColor {
        if self.dark {
            RGBColor(0x9A, 0x9D, 0xA5)
        } else {
            RGBColor(0x8A, 0x8D, 0x93)
        }
    }

    /// The `i`-th colour of a series told apart by colour (and always by label too).
    pub fn series(&self, i: usize) -> RGBColor {
        OKABE_ITO[SERIES[i % SERIES.len()]]
    }

    /// A heatmap level, 0 (nothing) to 4 (most); higher levels are clamped.
    pub fn heat(&self, level: u8) -> RGBColor {
        let scale = if self.dark { &HEAT_DARK } else { &HEAT_LIGHT };
        scale[usize::from(level.min(4))]
    }

    /// Heatmap cells on days the statements do not cover.
    pub fn no_data(&self) -> RGBColor {
        self.background()
    }

    /// The land on the places map.
    pub fn land(&self) -> RGBColor {
        if self.dark {
            RGBColor(0x2E, 0x32, 0x3A)
        } else {
            RGBColor(0xEC, 0xEE, 0xF1)
        }
    }

    /// The coastline.
    pub fn coast(&self) -> RGBColor {
        if self.dark {
            RGBColor(0x4A, 0x4F, 0x59)
        } else {
            RGBColor(0xBF, 0xC4, 0xCC)
        }
    }

    /// The sea behind the land.
    pub fn sea(&self) -> RGBColor {
        if self.dark {
            RGBColor(0x16, 0x1C, 0x26)
        } else {
            RGBColor(0xF5, 0xF9, 0xFD)
        }
    }

    /// A place on the map (orange, with a background-coloured rim).
    pub fn place(&self) -> RGBColor {
        OKABE_ITO[0]
    }

    /// A translucent version of `color` for filled areas (radar, Sankey links).
    pub fn translucent(&self, color: RGBColor, alpha: f64) -> RGBAColor {
        RGBAColor(color.0, color.1, color.2, alpha.clamp(0.0, 1.0))
    }

    /// The share card's gradient, top and bottom (deep blue to blue-green), and its text.
    pub fn card_colors(&self) -> (RGBColor, RGBColor, RGBColor) {
        (RGBColor(0x0B, 0x1F, 0x4B), RGBColor(0x0A, 0x5C, 0x6B), RGBColor(0xFF, 0xFF, 0xFF))
    }

    /// The share card's secondary text (pale blue on the gradient).
    pub fn card_soft(&self) -> RGBColor {
        RGBColor(0xC9, 0xD6, 0xEA)
    }

    /// The share card's keyword panel: white at 8%.
    pub fn card_panel(&self) -> RGBAColor {
        RGBAColor(0xFF, 0xFF, 0xFF, 0.08)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Relative luminance (WCAG 2).
    fn luminance(c: RGBColor) -> f64 {
        let lin = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.03928 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(c.0) + 0.7152 * lin(c.1) + 0.0722 * lin(c.2)
    }

    fn contrast(a: RGBColor, b: RGBColor) -> f64 {
        let (x, y) = (luminance(a), luminance(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    #[test]
    fn text_is_readable_on_both_backgrounds() {
        for dark in [false, true] {
            let t = Theme { scale: 1.0, dark };
            assert!(contrast(t.ink(), t.background()) >= 7.0, "ink, dark={dark}");
            assert!(contrast(t.muted(), t.background()) >= 4.5, "muted, dark={dark}");
            assert!(contrast(t.spending(), t.background()) >= 3.0, "bars, dark={dark}");
        }
    }

    #[test]
    fn heat_levels_get_monotonically_more_distinct_from_the_background() {
        for dark in [false, true] {
            let t = Theme { scale: 1.0, dark };
            let steps: Vec<f64> = (0..5).map(|l| contrast(t.heat(l), t.background())).collect();
            assert!(steps.windows(2).all(|w| w[1] > w[0]), "dark={dark}: {steps:?}");
            assert_eq!(t.heat(9), t.heat(4));
        }
    }

    #[test]
    fn sizes_scale_for_hidpi() {
        let t = Theme::with_scale(2.0);
        assert_eq!(t.px(12.0), 24);
        assert_eq!(Theme::with_scale(f64::NAN).scale, 1.0);
        assert_eq!(Theme::with_scale(100.0).scale, 4.0);
        assert!(FONT_FAMILY.contains("PingFang SC") && FONT_FAMILY.ends_with("sans-serif"));
    }
}
