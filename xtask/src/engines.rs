//! The browser engines besides Chromium that the gate runs the page in: Firefox ESR (Gecko) and
//! WebKitGTK (WebKit, the engine of Safari and of every iOS in-app browser), both driven through
//! WebDriver, and what they need, installed on first use like the rest of the toolchain:
//!
//! - Debian's `firefox-esr`, `webkit2gtk-driver` (`WebKitWebDriver`, which starts WebKitGTK's
//!   `MiniBrowser` in automation mode) and `xvfb` (WebKitGTK draws only to a display; a virtual
//!   one is started for the step, so neither browser needs a screen or a window manager), and
//!   `fonts-noto-cjk`, the CJK font the charts' font list names for Linux;
//! - geckodriver from crates.io (`cargo install geckodriver --locked`), pinned, as Debian ships
//!   none;
//! - the WebDriver client, `selenium-webdriver` from npm, pinned in `tests/e2e/package.json`
//!   beside Playwright (installed by `toolchain::ensure_e2e_packages`).
//!
//! geckodriver (and wasm-bindgen's test runner through it) looks for a `firefox` on PATH; Debian
//! names it `firefox-esr`, so [`Engines::path_with_firefox`] puts a `firefox` link to it first on
//! the children's PATH, never the machine's.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{cmd, toolchain, Result};

/// Debian's Firefox ESR.
pub const FIREFOX: &str = "/usr/bin/firefox-esr";
/// WebKitGTK's WebDriver server (Debian's `webkit2gtk-driver`).
pub const WEBKIT_DRIVER: &str = "/usr/bin/WebKitWebDriver";
/// Runs a command with a virtual X display (Debian's `xvfb`).
pub const XVFB_RUN: &str = "/usr/bin/xvfb-run";
/// The geckodriver the gate installs; a minor version works with every Firefox ESR since 115.
const GECKODRIVER_VERSION: &str = "0.37.1";
/// Noto Sans CJK, which the charts' font list names for Linux (theme.rs `FONT_FAMILY`); the
/// engines' CJK check (tests/e2e/fonts.mjs) needs a CJK font as every real user's system has one.
pub const CJK_FONT: &str = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
const APT_PACKAGES: [&str; 4] = ["firefox-esr", "webkit2gtk-driver", "xvfb", "fonts-noto-cjk"];

/// The engines' programs, found or installed.
#[derive(Debug, Clone)]
pub struct Engines {
    /// geckodriver's path (cargo's bin folder).
    pub geckodriver: PathBuf,
    /// WebKitGTK's MiniBrowser, which WebKitWebDriver starts.
    pub minibrowser: PathBuf,
    /// A folder holding `firefox` → Debian's `firefox-esr`, for PATH.
    shim_dir: PathBuf,
}

impl Engines {
    /// Finds Firefox ESR, WebKitGTK's driver and browser, Xvfb and geckodriver, installing
    /// whatever is missing (apt-get as root on Debian, cargo install), once.
    pub fn ensure(root: &Path) -> Result<Engines> {
        if !debian_programs_present() {
            toolchain::apt_install(&APT_PACKAGES, "for the tests in Firefox and WebKit")?;
            if !debian_programs_present() {
                return Err(format!(
                    "apt-get installed {} but {FIREFOX}, {WEBKIT_DRIVER}, {XVFB_RUN} or {CJK_FONT} \
                     is still missing",
                    APT_PACKAGES.join(" ")
                ));
            }
        }
        let minibrowser = minibrowser().ok_or(
            "webkit2gtk-driver is installed but WebKitGTK's MiniBrowser is not in \
             /usr/lib/*/webkit2gtk-4.*/ (is libwebkit2gtk-4.1-0 installed?)",
        )?;
        let geckodriver = ensure_geckodriver()?;
        let shim_dir = root.join("target/engines/bin");
        fs::create_dir_all(&shim_dir)
            .map_err(|e| format!("cannot create {}: {e}", shim_dir.display()))?;
        let link = shim_dir.join("firefox");
        if fs::read_link(&link).ok().as_deref() != Some(Path::new(FIREFOX)) {
            let _ = fs::remove_file(&link);
            std::os::unix::fs::symlink(FIREFOX, &link)
                .map_err(|e| format!("cannot link {} to {FIREFOX}: {e}", link.display()))?;
        }
        Ok(Engines { geckodriver, minibrowser, shim_dir })
    }

    /// PATH with the `firefox` link first, for a child that starts Firefox through geckodriver.
    pub fn path_with_firefox(&self) -> std::ffi::OsString {
        let mut paths = vec![self.shim_dir.clone()];
        if let Some(path) = std::env::var_os("PATH") {
            paths.extend(std::env::split_paths(&path));
        }
        std::env::join_paths(paths).unwrap_or_default()
    }

    /// Puts what the end-to-end tests in Firefox and WebKit read on a child's environment.
    pub fn apply(&self, command: &mut Command) {
        command
            .env("PATH", self.path_with_firefox())
            .env("YEARBOOK_FIREFOX", FIREFOX)
            .env("YEARBOOK_GECKODRIVER", &self.geckodriver)
            .env("YEARBOOK_WEBKIT_DRIVER", WEBKIT_DRIVER)
            .env("YEARBOOK_MINIBROWSER", &self.minibrowser)
            // Selenium must never fetch a driver or a browser of its own.
            .env("SE_OFFLINE", "true")
            .env("SE_AVOID_STATS", "true");
    }

    /// `command` run by xvfb-run with a virtual display of its own (`-a`: a free display number).
    pub fn under_xvfb(command: &Command) -> Command {
        let mut wrapped = Command::new(XVFB_RUN);
        wrapped.args(["-a", "--server-args=-screen 0 1280x1024x24"]);
        wrapped.arg(command.get_program()).args(command.get_args());
        for (key, value) in command.get_envs() {
            match value {
                Some(value) => wrapped.env(key, value),
                None => wrapped.env_remove(key),
            };
        }
        if let Some(dir) = command.get_current_dir() {
            wrapped.current_dir(dir);
        }
        wrapped
    }
}

/// The CJK font alone, for the Chromium end-to-end tests, which check CJK text too.
pub fn ensure_cjk_font() -> Result<()> {
    if Path::new(CJK_FONT).is_file() {
        return Ok(());
    }
    toolchain::apt_install(&["fonts-noto-cjk"], "a CJK font, for the tests of CJK text")?;
    if Path::new(CJK_FONT).is_file() {
        Ok(())
    } else {
        Err(format!("apt-get installed fonts-noto-cjk but {CJK_FONT} is still missing"))
    }
}

fn debian_programs_present() -> bool {
    [FIREFOX, WEBKIT_DRIVER, XVFB_RUN, CJK_FONT].iter().all(|path| Path::new(path).is_file())
}

/// WebKitGTK's MiniBrowser: `/usr/lib/<triplet>/webkit2gtk-4.1/MiniBrowser` (or the 4.0 API's).
fn minibrowser() -> Option<PathBuf> {
    let lib = fs::read_dir("/usr/lib").ok()?;
    let mut found: Vec<PathBuf> = lib
        .flatten()
        .flat_map(|triplet| {
            ["webkit2gtk-4.1", "webkitgtk-6.0", "webkit2gtk-4.0"]
                .map(|api| triplet.path().join(api).join("MiniBrowser"))
        })
        .filter(|path| path.is_file())
        .collect();
    found.sort();
    found.into_iter().next()
}

/// geckodriver at [`GECKODRIVER_VERSION`], installed with cargo when missing or another version.
fn ensure_geckodriver() -> Result<PathBuf> {
    let installed = || {
        cmd::probe(Command::new("geckodriver").arg("--version"))
            .and_then(|text| text.split_whitespace().nth(1).map(str::to_string))
    };
    if installed().as_deref() != Some(GECKODRIVER_VERSION) {
        println!(
            "xtask: geckodriver {GECKODRIVER_VERSION} is missing; installing it from crates.io \
             (a few minutes)"
        );
        cmd::run(Command::new("cargo").args([
            "install",
            "geckodriver",
            "--locked",
            "--version",
            GECKODRIVER_VERSION,
        ]))?;
        if installed().as_deref() != Some(GECKODRIVER_VERSION) {
            return Err(format!(
                "installed geckodriver {GECKODRIVER_VERSION} but `geckodriver --version` does \
                 not say so; is ~/.cargo/bin on PATH?"
            ));
        }
    }
    which("geckodriver").ok_or_else(|| "geckodriver runs but is not on PATH".to_string())
}

/// The first `name` on PATH.
fn which(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|dir| dir.join(name)).find(|candidate| candidate.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xvfb_wraps_the_whole_command_and_keeps_its_environment() {
        let mut command = Command::new("npx");
        command.args(["--no", "playwright", "test"]).env("A", "1").current_dir("/tmp");
        let wrapped = Engines::under_xvfb(&command);
        let line = cmd::describe(&wrapped);
        assert!(
            line.ends_with("/usr/bin/xvfb-run -a '--server-args=-screen 0 1280x1024x24' npx --no playwright test)"),
            "{line}"
        );
        assert!(line.starts_with("(cd /tmp && A=1 "), "{line}");
    }
}
