//! Every colour, size and font the charts use, in one place. Sizes are in CSS pixels and are
//! multiplied by `scale` (the device pixel ratio) so charts stay sharp on HiDPI screens.

use plotters::style::RGBColor;

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

    /// The font family used for all text.
    pub fn font_family(&self) -> &'static str {
        "sans-serif"
    }

    /// The background.
    pub fn background(&self) -> RGBColor {
        if self.dark {
            RGBColor(0x1b, 0x1d, 0x22)
        } else {
            RGBColor(0xff, 0xff, 0xff)
        }
    }

    /// Text and axes.
    pub fn ink(&self) -> RGBColor {
        if self.dark {
            RGBColor(0xe8, 0xe6, 0xe3)
        } else {
            RGBColor(0x22, 0x22, 0x22)
        }
    }

    /// Light grid lines.
    pub fn grid(&self) -> RGBColor {
        if self.dark {
            RGBColor(0x3a, 0x3d, 0x44)
        } else {
            RGBColor(0xe4, 0xe4, 0xe4)
        }
    }

    /// Spending bars.
    pub fn spending(&self) -> RGBColor {
        RGBColor(0x16, 0x77, 0xff)
    }

    /// The most expensive month's bar.
    pub fn highlight(&self) -> RGBColor {
        RGBColor(0xff, 0x6a, 0x00)
    }
}
