//! Running child processes: echoed, with no stdin, plainly, with a time limit, or streamed live while captured.
//!
//! Children never get our stdin: CI runs the gate without one and nothing here may wait for a person.

use std::ffi::OsStr;
use std::io::{self, Read, Write};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use crate::Result;

/// A command line as a person would type it, with the environment overrides in front.
pub fn describe(command: &Command) -> String {
    let mut words = Vec::new();
    for (key, value) in command.get_envs() {
        if let Some(value) = value {
            words.push(format!("{}={}", key.to_string_lossy(), quote(value)));
        }
    }
    words.push(quote(command.get_program()));
    words.extend(command.get_args().map(quote));
    let line = words.join(" ");
    match command.get_current_dir() {
        Some(dir) => format!("(cd {} && {line})", quote(dir.as_os_str())),
        None => line,
    }
}

fn quote(word: &OsStr) -> String {
    let word = word.to_string_lossy();
    let plain = !word.is_empty()
        && word.chars().all(|c| c.is_ascii_alphanumeric() || "-_./=:,@+%".contains(c));
    if plain {
        word.into_owned()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

fn announce(command: &Command) {
    println!("$ {}", describe(command));
    let _ = io::stdout().flush();
}

fn spawn(command: &mut Command) -> Result<Child> {
    command.stdin(Stdio::null());
    command.spawn().map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => {
            format!("`{}` is not installed or not on PATH", command.get_program().to_string_lossy())
        }
        _ => format!("cannot start `{}`: {e}", describe(command)),
    })
}

/// Runs a command with its output going straight to ours; fails unless it exits with 0.
pub fn run(command: &mut Command) -> Result<()> {
    announce(command);
    let status = spawn(command)?.wait().map_err(|e| format!("waiting for a child: {e}"))?;
    check(command, status)
}

fn check(command: &Command, status: ExitStatus) -> Result<()> {
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})", describe(command)))
    }
}

/// Runs a command silently and returns its trimmed stdout, or `None` when it cannot be started
/// or does not exit with 0. For probes such as `tool --version`.
pub fn probe(command: &mut Command) -> Option<String> {
    let output = command.stdin(Stdio::null()).stderr(Stdio::null()).output().ok()?;
    if !output.status.success() {
        return None;
    }
    Some(String::from_utf8_lossy(&output.stdout).trim().to_string())
}

/// Runs a command, killing it (and anything it started) when it has not finished within `limit`.
/// Returns `Ok(None)` on a timeout.
pub fn run_with_timeout(command: &mut Command, limit: Duration) -> Result<Option<ExitStatus>> {
    announce(command);
    // Its own process group, so that a timeout also stops the helpers it spawned.
    std::os::unix::process::CommandExt::process_group(command, 0);
    let mut child = spawn(command)?;
    let started = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Ok(Some(status)),
            Ok(None) if started.elapsed() >= limit => {
                let group = format!("-{}", child.id());
                let _ = probe(Command::new("kill").args(["-KILL", "--", &group]));
                let _ = child.kill();
                let _ = child.wait();
                return Ok(None);
            }
            Ok(None) => thread::sleep(Duration::from_millis(200)),
            Err(e) => return Err(format!("waiting for `{}`: {e}", describe(command))),
        }
    }
}

/// What a streamed child printed, both streams interleaved as they arrived.
pub struct Captured {
    pub status: ExitStatus,
    pub output: String,
}

/// Runs a command, copying its stdout and stderr live to ours while keeping a copy for parsing
/// (test counts). Does not judge the exit status; the caller does, after looking at the output.
pub fn run_streamed(command: &mut Command) -> Result<Captured> {
    announce(command);
    command.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = spawn(command)?;
    let (sender, receiver) = std::sync::mpsc::channel::<Vec<u8>>();
    let mut readers = Vec::new();
    if let Some(stdout) = child.stdout.take() {
        readers.push(tee(stdout, io::stdout, sender.clone()));
    }
    if let Some(stderr) = child.stderr.take() {
        readers.push(tee(stderr, io::stderr, sender.clone()));
    }
    drop(sender);
    let mut captured = Vec::new();
    for chunk in receiver {
        captured.extend_from_slice(&chunk);
    }
    for reader in readers {
        let _ = reader.join();
    }
    let status = child.wait().map_err(|e| format!("waiting for `{}`: {e}", describe(command)))?;
    Ok(Captured { status, output: String::from_utf8_lossy(&captured).into_owned() })
}

fn tee<R, W, O>(
    mut source: R,
    sink: O,
    sender: std::sync::mpsc::Sender<Vec<u8>>,
) -> thread::JoinHandle<()>
where
    R: Read + Send + 'static,
    W: Write,
    O: Fn() -> W + Send + 'static,
{
    thread::spawn(move || {
        let mut buffer = [0u8; 8192];
        loop {
            match source.read(&mut buffer) {
                Ok(0) => break,
                Ok(n) => {
                    let chunk = &buffer[..n];
                    let mut out = sink();
                    let _ = out.write_all(chunk);
                    let _ = out.flush();
                    let _ = sender.send(chunk.to_vec());
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(_) => break,
            }
        }
    })
}

/// Like [`run_streamed`], but fails unless the command exits with 0.
pub fn run_captured(command: &mut Command) -> Result<Captured> {
    let captured = run_streamed(command)?;
    check(command, captured.status)?;
    Ok(captured)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describe_quotes_only_what_needs_it() {
        let mut command = Command::new("cargo");
        command
            .args(["clippy", "--", "-D", "warnings", "it's spaced"])
            .env("RUSTC", "/usr/bin/rustc");
        assert_eq!(
            describe(&command),
            r"RUSTC=/usr/bin/rustc cargo clippy -- -D warnings 'it'\''s spaced'"
        );
    }

    #[test]
    fn streamed_output_is_captured_from_both_streams() {
        let mut command = Command::new("sh");
        command.args(["-c", "echo out; echo err >&2; exit 3"]);
        let captured = run_streamed(&mut command).unwrap();
        assert_eq!(captured.status.code(), Some(3));
        assert!(captured.output.contains("out\n"), "{:?}", captured.output);
        assert!(captured.output.contains("err\n"), "{:?}", captured.output);
    }

    #[test]
    fn timeout_kills_the_child() {
        let started = Instant::now();
        let marker = format!("xtask-timeout-test-{}", std::process::id());
        // A shell whose grandchild would outlive a plain kill of the shell.
        let mut command = Command::new("sh");
        command.args(["-c", &format!("sh -c 'sleep 30; exit 0' {marker}; exit 0")]);
        let status = run_with_timeout(&mut command, Duration::from_millis(300)).unwrap();
        assert!(status.is_none());
        assert!(started.elapsed() < Duration::from_secs(10));
        thread::sleep(Duration::from_millis(200));
        assert_eq!(probe(Command::new("pgrep").args(["-f", &marker])), None, "left running");
    }
}
