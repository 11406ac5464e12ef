//! Toolchain bootstrap: finds (or installs) a wasm32 compiler, wasm-pack, wasm-bindgen-cli,
//! Debian's Chromium and chromedriver, and the end-to-end tests' npm packages.
//!
//! Every `ensure_*` function first checks and only installs what is missing, so a second run on a
//! set-up machine installs nothing. See /work/shared/docs/toolchain.md for why the Debian fallback
//! exists: where rustup cannot download the wasm32 standard library, Debian's `rustc-web` builds
//! it from source (`-Zbuild-std`). `XTASK_WASM_TOOLCHAIN=rustup|debian` skips the detection.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use crate::{cmd, Result};

pub const WASM_TARGET: &str = "wasm32-unknown-unknown";
const DEBIAN_RUSTC: &str = "/usr/bin/rustc";
const DEBIAN_RUSTDOC: &str = "/usr/bin/rustdoc";
const DEBIAN_CLIPPY: &str = "/usr/bin/cargo-clippy";
const DEBIAN_STD_SOURCE: &str = "/usr/lib/rustlib/src/rust/library";
const DEBIAN_RUST_PACKAGES: [&str; 3] = ["rustc-web", "rust-web-src", "rust-web-clippy"];
const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// How long `rustup target add` may try before we call the download server unreachable.
const RUSTUP_TIME_LIMIT: Duration = Duration::from_secs(60);

/// How this machine compiles for wasm32.
#[derive(Debug, Clone)]
pub enum Wasm {
    /// rustup has the wasm32 target: plain `cargo`, no extra environment.
    Rustup,
    /// Debian's `rustc-web` builds std from source; the environment goes on wasm32 children only.
    ///
    /// In this mode the xtask runs cargo and wasm-bindgen itself instead of wasm-pack: wasm-pack
    /// (0.15) checks for the target with the `rustc` on PATH, which is rustup's, and when that has
    /// no wasm32 target it runs `rustup target add` with no time limit. Where rustup cannot
    /// download, which is why this mode exists, toolchain.md reports that command hanging.
    Debian {
        /// rustup's `rust-lld`, which links wasm32 (Debian's rustc-web does not ship a usable one).
        linker: PathBuf,
        /// A target directory of its own, so the host build (rustup's rustc) stays valid.
        target_dir: PathBuf,
    },
}

impl Wasm {
    /// Finds a usable wasm32 toolchain, installing one when there is none (see the module doc).
    pub fn ensure(root: &Path) -> Result<Wasm> {
        // Lets a developer reproduce the other machine's path: XTASK_WASM_TOOLCHAIN=debian|rustup.
        match std::env::var("XTASK_WASM_TOOLCHAIN").as_deref() {
            Ok("rustup") if rustup_has_wasm_target() => return Ok(Wasm::Rustup),
            Ok("rustup") => {
                return Err(format!(
                    "XTASK_WASM_TOOLCHAIN=rustup but rustup has no {WASM_TARGET} target \
                     (`rustup target add {WASM_TARGET}`)"
                ))
            }
            Ok("debian") => {
                if !debian_rustc_ready() {
                    apt_install(&DEBIAN_RUST_PACKAGES, "XTASK_WASM_TOOLCHAIN=debian")?;
                }
                return Wasm::debian(root);
            }
            Ok(other) => {
                return Err(format!("XTASK_WASM_TOOLCHAIN=`{other}`: expected rustup or debian"))
            }
            Err(_) => {}
        }
        if rustup_has_wasm_target() {
            return Ok(Wasm::Rustup);
        }
        if debian_rustc_ready() {
            return Wasm::debian(root);
        }
        if rustup_available() {
            println!(
                "xtask: no wasm32 target yet; asking rustup for it (at most {RUSTUP_TIME_LIMIT:?})"
            );
            let mut add = Command::new("rustup");
            add.args(["target", "add", WASM_TARGET]);
            match cmd::run_with_timeout(&mut add, RUSTUP_TIME_LIMIT)? {
                Some(status) if status.success() && rustup_has_wasm_target() => {
                    return Ok(Wasm::Rustup)
                }
                Some(status) => println!("xtask: `rustup target add` failed ({status})"),
                None => println!("xtask: `rustup target add` gave no answer in time; stopped it"),
            }
        }
        let why = "rustup could not add the wasm32 target; these build std for it from source";
        apt_install(&DEBIAN_RUST_PACKAGES, why)?;
        if debian_rustc_ready() {
            Wasm::debian(root)
        } else {
            Err(format!(
                "apt-get installed {} but {DEBIAN_RUSTC} or {DEBIAN_STD_SOURCE} is still missing",
                DEBIAN_RUST_PACKAGES.join(" ")
            ))
        }
    }

    fn debian(root: &Path) -> Result<Wasm> {
        Ok(Wasm::Debian { linker: wasm_linker()?, target_dir: root.join("target/wasm-debian") })
    }

    /// One line for the log.
    pub fn describe(&self) -> String {
        match self {
            Wasm::Rustup => format!("rustup's {WASM_TARGET} target"),
            Wasm::Debian { .. } => {
                let version = cmd::probe(Command::new(DEBIAN_RUSTC).arg("--version"));
                format!(
                    "Debian's {}, building std from source (-Zbuild-std)",
                    version.as_deref().unwrap_or(DEBIAN_RUSTC)
                )
            }
        }
    }

    /// Puts the wasm32 build environment on a child that builds, checks or tests for wasm32.
    /// Never set globally: the native steps must keep using rustup's host toolchain.
    pub fn apply(&self, command: &mut Command) {
        if let Wasm::Debian { linker, target_dir } = self {
            command
                .env("RUSTC", DEBIAN_RUSTC)
                .env("RUSTDOC", DEBIAN_RUSTDOC)
                .env("RUSTC_BOOTSTRAP", "1")
                .env("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort")
                .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER", linker)
                .env("CARGO_TARGET_DIR", target_dir);
        }
    }

    /// `cargo clippy` for wasm32, environment included; the caller adds the rest of the arguments.
    /// rustup's clippy looks for std's source in rustup's sysroot, so Debian mode uses Debian's.
    pub fn clippy(&self) -> Result<Command> {
        let mut command = match self {
            Wasm::Rustup => {
                let mut command = Command::new("cargo");
                command.arg("clippy");
                command
            }
            Wasm::Debian { .. } => {
                if !Path::new(DEBIAN_CLIPPY).is_file() {
                    apt_install(&["rust-web-clippy"], "to run clippy for wasm32")?;
                }
                let mut command = Command::new(DEBIAN_CLIPPY);
                command.arg("clippy");
                command
            }
        };
        command.args(["--target", WASM_TARGET]);
        self.apply(&mut command);
        Ok(command)
    }
}

fn rustup_available() -> bool {
    cmd::probe(Command::new("rustup").arg("--version")).is_some()
}

fn rustup_has_wasm_target() -> bool {
    cmd::probe(Command::new("rustup").args(["target", "list", "--installed"]))
        .is_some_and(|list| list.lines().any(|line| line.trim() == WASM_TARGET))
}

fn debian_rustc_ready() -> bool {
    Path::new(DEBIAN_STD_SOURCE).is_dir()
        && cmd::probe(Command::new(DEBIAN_RUSTC).arg("--version"))
            .is_some_and(|v| v.starts_with("rustc "))
}

/// rustup's stable `rust-lld` (it links wasm32 for any rustc); without rustup, the host rustc's.
fn wasm_linker() -> Result<PathBuf> {
    let sysroot =
        cmd::probe(Command::new("rustup").args(["run", "stable", "rustc", "--print", "sysroot"]))
            .or_else(|| cmd::probe(Command::new("rustc").args(["--print", "sysroot"])))
            .ok_or("cannot ask rustc for its sysroot (is rustup or rustc on PATH?)")?;
    let host = cmd::probe(Command::new("rustc").arg("-vV"))
        .and_then(|info| {
            info.lines().find_map(|line| line.strip_prefix("host: ").map(str::to_string))
        })
        .unwrap_or_else(|| "x86_64-unknown-linux-gnu".to_string());
    let linker = Path::new(&sysroot).join("lib/rustlib").join(host).join("bin/rust-lld");
    if linker.is_file() {
        Ok(linker)
    } else {
        Err(format!(
            "no rust-lld at {}: it links wasm32 for Debian's rustc-web; \
             install a rustup toolchain (`rustup toolchain install stable`)",
            linker.display()
        ))
    }
}

/// `cargo install wasm-pack` unless a `wasm-pack` already runs.
pub fn ensure_wasm_pack() -> Result<()> {
    if cmd::probe(Command::new("wasm-pack").arg("--version")).is_some() {
        return Ok(());
    }
    println!("xtask: wasm-pack is missing; installing it from crates.io (a few minutes)");
    cmd::run(Command::new("cargo").args(["install", "wasm-pack"]))?;
    match cmd::probe(Command::new("wasm-pack").arg("--version")) {
        Some(_) => Ok(()),
        None => Err("installed wasm-pack but it does not run; is ~/.cargo/bin on PATH?".into()),
    }
}

/// `cargo install wasm-bindgen-cli` at exactly the `wasm-bindgen` version in Cargo.lock: the CLI
/// refuses to process a module built by any other version.
pub fn ensure_wasm_bindgen_cli(root: &Path) -> Result<()> {
    let lock_path = root.join("Cargo.lock");
    let lock = fs::read_to_string(&lock_path)
        .map_err(|e| format!("cannot read {}: {e}", lock_path.display()))?;
    let wanted = locked_version(&lock, "wasm-bindgen")
        .ok_or_else(|| format!("{} has no wasm-bindgen package", lock_path.display()))?;
    let installed = installed_wasm_bindgen();
    if installed.as_deref() == Some(wanted.as_str()) {
        return Ok(());
    }
    println!(
        "xtask: wasm-bindgen-cli {} but Cargo.lock has wasm-bindgen {wanted}; installing it (a few minutes)",
        installed.map_or("is missing".to_string(), |v| format!("is {v}"))
    );
    // Without --locked: a transitive version pinned in its lock file is missing from the registry.
    cmd::run(Command::new("cargo").args(["install", "wasm-bindgen-cli", "--version", &wanted]))?;
    match installed_wasm_bindgen() {
        Some(version) if version == wanted => Ok(()),
        other => Err(format!(
            "installed wasm-bindgen-cli {wanted} but `wasm-bindgen --version` says {other:?}; \
             is another wasm-bindgen earlier on PATH?"
        )),
    }
}

fn installed_wasm_bindgen() -> Option<String> {
    let output = cmd::probe(Command::new("wasm-bindgen").arg("--version"))?;
    output.split_whitespace().nth(1).map(str::to_string)
}

/// The version of `name` in a Cargo.lock (the first one, should there be several).
fn locked_version(lock: &str, name: &str) -> Option<String> {
    let wanted_name = format!("name = \"{name}\"");
    let mut lines = lock.lines().map(str::trim);
    while let Some(line) = lines.next() {
        if line == wanted_name {
            let version = lines.next()?.strip_prefix("version = \"")?.strip_suffix('"')?;
            return Some(version.to_string());
        }
    }
    None
}

/// Debian's Chromium and the chromedriver built with it; never a browser downloaded by a test tool.
pub fn ensure_chromium() -> Result<()> {
    if Path::new(CHROMIUM).is_file() && Path::new(CHROMEDRIVER).is_file() {
        return Ok(());
    }
    apt_install(&["chromium", "chromium-driver"], "for the browser tests")?;
    if Path::new(CHROMIUM).is_file() && Path::new(CHROMEDRIVER).is_file() {
        Ok(())
    } else {
        Err(format!("apt-get ran but {CHROMIUM} or {CHROMEDRIVER} is still missing"))
    }
}

/// `npm ci` in tests/e2e when node_modules is missing or was installed from another lock file.
/// Playwright must not download a browser: the tests use Debian's Chromium.
pub fn ensure_e2e_packages(e2e_dir: &Path) -> Result<()> {
    let lock = fs::read(e2e_dir.join("package-lock.json"))
        .map_err(|e| format!("cannot read {}/package-lock.json: {e}", e2e_dir.display()))?;
    // A copy of the lock file npm ci installed from; equal bytes mean node_modules is current.
    let stamp = e2e_dir.join("node_modules/.xtask-installed-from-package-lock.json");
    if fs::read(&stamp).is_ok_and(|installed| installed == lock) {
        return Ok(());
    }
    if cmd::probe(Command::new("npm").arg("--version")).is_none() {
        return Err("npm is missing: install Node.js 20 or newer with npm, which Playwright \
                    needs (Debian 12's own nodejs is 18, too old)"
            .into());
    }
    cmd::run(
        Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(e2e_dir)
            .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"),
    )?;
    fs::write(&stamp, &lock).map_err(|e| format!("cannot write {}: {e}", stamp.display()))
}

/// `apt-get install` as root on Debian; anywhere else, an error saying exactly what to install.
pub fn apt_install(packages: &[&str], why: &str) -> Result<()> {
    let list = packages.join(" ");
    let is_debian = Path::new("/etc/debian_version").is_file()
        && cmd::probe(Command::new("apt-get").arg("--version")).is_some();
    let is_root = cmd::probe(Command::new("id").arg("-u")).as_deref() == Some("0");
    if !is_debian || !is_root {
        let wasm_hint = if packages.contains(&"rustc-web") {
            format!("\n(or, where rustup can download: `rustup target add {WASM_TARGET}`)")
        } else {
            String::new()
        };
        return Err(format!(
            "missing Debian packages {list} ({why}); install them with \
             `sudo apt-get install -y {list}`{wasm_hint}"
        ));
    }
    println!("xtask: installing {list} with apt-get ({why})");
    // Another apt may be running (unattended upgrades, a parallel setup): wait for its lock.
    let lock_wait = ["-o", "DPkg::Lock::Timeout=600"];
    cmd::run(
        Command::new("apt-get")
            .args(lock_wait)
            .args(["update", "-q"])
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )?;
    cmd::run(
        Command::new("apt-get")
            .args(lock_wait)
            .args(["install", "-y", "-q"])
            .args(packages)
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locked_version_reads_the_named_package_only() {
        let lock = r#"
[[package]]
name = "wasm-bindgen-backend"
version = "0.2.99"

[[package]]
name = "wasm-bindgen"
version = "0.2.130"
source = "registry+https://github.com/rust-lang/crates.io-index"
"#;
        assert_eq!(locked_version(lock, "wasm-bindgen").as_deref(), Some("0.2.130"));
        assert_eq!(locked_version(lock, "serde"), None);
    }

    #[test]
    fn debian_environment_goes_on_the_child_only() {
        let wasm = Wasm::Debian {
            linker: PathBuf::from("/sysroot/rust-lld"),
            target_dir: PathBuf::from("/repo/target/wasm-debian"),
        };
        let mut command = Command::new("wasm-pack");
        wasm.apply(&mut command);
        let line = cmd::describe(&command);
        for expected in [
            "RUSTC=/usr/bin/rustc",
            "RUSTDOC=/usr/bin/rustdoc",
            "RUSTC_BOOTSTRAP=1",
            "CARGO_UNSTABLE_BUILD_STD=std,panic_abort",
            "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=/sysroot/rust-lld",
            "CARGO_TARGET_DIR=/repo/target/wasm-debian",
        ] {
            assert!(line.contains(expected), "{expected} missing from {line}");
        }

        let mut plain = Command::new("wasm-pack");
        Wasm::Rustup.apply(&mut plain);
        assert_eq!(plain.get_envs().count(), 0);
    }
}
