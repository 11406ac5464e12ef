//! The native command line: `yearbook parse | report | render`. It is native-only (it reads
//! files and writes to a terminal); on wasm32 this binary is an empty shell so that
//! `clippy --target wasm32 --tests` can build every target.

#[cfg(not(target_arch = "wasm32"))]
mod cli;
#[cfg(not(target_arch = "wasm32"))]
mod render;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::run()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
