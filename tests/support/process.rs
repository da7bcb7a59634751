//! The real `bivouac` binary as a child process: started on a data directory, waited for until it
//! is ready, measured through /proc, signalled, stopped.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

pub const BIN: &str = env!("CARGO_BIN_EXE_bivouac");

/// How long a server may take to answer /readyz before starting it counts as failed.
const READY_WITHIN: Duration = Duration::from_secs(30);

/// A port that was free a moment ago (the OS picked it; its listener is closed again).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Runs `bivouac <args>` to completion; returns (success, stdout + stderr).
pub fn run(args: &[&str]) -> (bool, String) {
    let out = Command::new(BIN).args(args).env_clear().output().expect("bivouac runs");
    (out.status.success(), format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
}

/// User plus system CPU time of process `pid` so far.
pub fn cpu_time(pid: u32) -> Duration {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    let rest = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 =
        f.get(11).and_then(|x| x.parse().ok()).unwrap_or(0) + f.get(12).and_then(|x| x.parse().ok()).unwrap_or(0);
    // SAFETY: sysconf has no preconditions.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as u64;
    Duration::from_micros(ticks * 1_000_000 / hz)
}

/// User plus system CPU time of thread `tid` of process `pid` so far.
pub fn cpu_time_of_task(pid: u32, tid: u32) -> Duration {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/task/{tid}/stat")).unwrap_or_default();
    let rest = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 =
        f.get(11).and_then(|x| x.parse().ok()).unwrap_or(0) + f.get(12).and_then(|x| x.parse().ok()).unwrap_or(0);
    // SAFETY: sysconf has no preconditions.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as u64;
    Duration::from_micros(ticks * 1_000_000 / hz)
}

/// Resident memory of process `pid`, in bytes (0 when it cannot be read).
pub fn rss(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<u64>().ok())
        .map(|kb| kb * 1024)
        .unwrap_or(0)
}

/// Where a server's log goes.
pub enum Log {
    /// Warnings and errors, into this file: `Server::log` reads it back, and a server that does
    /// not become ready shows it.
    File(PathBuf),
    /// Errors only, onto this process's stderr (so a benchmark's report stays readable).
    Stderr,
}

/// A `bivouac` child process on a data directory. Dropping it kills the process.
pub struct Server {
    child: Child,
    pub port: u16,
    pub dir: PathBuf,
    log: Log,
    /// From spawning the process to its first ready answer on /readyz.
    pub ready_after: Duration,
}

impl Server {
    /// Starts `bivouac` on `dir` and `port`, its log in `<dir>.log`; returns once it is ready.
    pub async fn start(dir: &Path, port: u16) -> Server {
        Server::start_with(dir, port, &[], Log::File(dir.with_extension("log"))).await
    }

    /// Starts `bivouac` on `dir` and `port` with `extra` arguments; returns once it is ready.
    pub async fn start_with(dir: &Path, port: u16, extra: &[&str], log: Log) -> Server {
        let (level, stderr) = match &log {
            Log::File(path) => ("warn", Stdio::from(std::fs::File::create(path).expect("the log file"))),
            Log::Stderr => ("error", Stdio::inherit()),
        };
        let started = Instant::now();
        let child = Command::new(BIN)
            .args([
                "--data-dir",
                dir.to_str().unwrap(),
                "--listen",
                &format!("127.0.0.1:{port}"),
                "--log",
                level,
                "--min-free-disk",
                "0",
            ])
            .args(extra)
            .env_clear()
            .stdout(Stdio::null())
            .stderr(stderr)
            .spawn()
            .expect("bivouac starts");
        let mut s = Server { child, port, dir: dir.to_path_buf(), log, ready_after: Duration::ZERO };
        s.ready_after = s.wait_ready(started).await;
        s
    }

    /// Asks /readyz every 2 ms (fine enough to time a start-up) until it answers 200; returns the
    /// time since `started`. Panics, with the log, if the process exits or takes too long.
    async fn wait_ready(&mut self, started: Instant) -> Duration {
        let client = reqwest::Client::new();
        loop {
            if client.get(self.url("/readyz")).send().await.is_ok_and(|r| r.status() == 200) {
                return started.elapsed();
            }
            if let Some(status) = self.child.try_wait().unwrap() {
                panic!("bivouac exited ({status}) before it was ready; log: {}", self.log());
            }
            if started.elapsed() > READY_WITHIN {
                panic!("bivouac did not become ready within {READY_WITHIN:?}; log: {}", self.log());
            }
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://localhost:{}{path}", self.port)
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The server's CPU time so far.
    pub fn cpu(&self) -> Duration {
        cpu_time(self.pid())
    }

    /// The server's resident memory, in bytes.
    pub fn rss(&self) -> u64 {
        rss(self.pid())
    }

    /// What the server logged so far (with `Log::File`).
    pub fn log(&self) -> String {
        match &self.log {
            Log::File(path) => std::fs::read_to_string(path).unwrap_or_default(),
            Log::Stderr => "(on stderr)".into(),
        }
    }

    /// Reads one series from /metrics, by its name with labels; 0 when it is absent (a counter
    /// nothing has touched yet).
    pub async fn metric(&self, name: &str) -> f64 {
        let text = reqwest::get(self.url("/metrics")).await.unwrap().text().await.unwrap();
        text.lines()
            .find(|l| l.starts_with(name) && l[name.len()..].starts_with(' '))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(0.0)
    }

    pub fn signal(&self, sig: i32) {
        // SAFETY: kill(2) on our own child's pid.
        let rc = unsafe { libc::kill(self.child.id() as i32, sig) };
        assert_eq!(rc, 0, "kill failed");
    }

    /// Waits (up to 40 s) for the process to exit.
    pub fn wait(&mut self) -> ExitStatus {
        for _ in 0..800 {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        panic!("bivouac did not exit within 40s");
    }

    /// Graceful stop: SIGTERM, then waits for the exit.
    pub fn stop(mut self) -> ExitStatus {
        self.signal(libc::SIGTERM);
        self.wait()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
