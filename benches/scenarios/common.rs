//! What the benchmarks alone need: sample lengths, calibration, percentiles, an HTTP client per
//! caller and the report table. The server as a child process, CPU and memory readings from /proc
//! and seeding through the library are the harness shared with the tests (`crate::support`).

use std::path::Path;
use std::time::{Duration, Instant};

use crate::support::process::{Log, Server, free_port};
use crate::support::seed::Caller;

/// Sample lengths: BENCH_QUICK=1 shortens everything for a smoke run.
pub struct Timing {
    pub runs: usize,
    pub warmup: Duration,
    pub sample: Duration,
}

pub fn timing() -> Timing {
    if std::env::var("BENCH_QUICK").is_ok() {
        Timing { runs: 1, warmup: Duration::from_millis(300), sample: Duration::from_secs(1) }
    } else {
        Timing { runs: 3, warmup: Duration::from_secs(2), sample: Duration::from_secs(8) }
    }
}

pub fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    if v.is_empty() { f64::NAN } else { v[v.len() / 2] }
}

/// The `p`-th percentile (0..=100) of durations, in milliseconds.
pub fn percentile_ms(v: &mut [Duration], p: f64) -> f64 {
    if v.is_empty() {
        return f64::NAN;
    }
    v.sort();
    let i = ((p / 100.0) * (v.len() - 1) as f64).round() as usize;
    v[i].as_secs_f64() * 1000.0
}

/// F: one 4 KiB append plus fdatasync on the data disk; R: one loopback TCP round trip.
pub fn calibrate(dir: &Path) -> (Duration, Duration) {
    use std::io::{Read, Write};
    use std::os::fd::AsRawFd;
    let path = dir.join("calibrate.bin");
    let mut f = std::fs::OpenOptions::new().create(true).append(true).open(&path).unwrap();
    let block = [7u8; 4096];
    let mut times = Vec::new();
    for _ in 0..200 {
        let t = Instant::now();
        f.write_all(&block).unwrap();
        // SAFETY: fdatasync on a file we own.
        unsafe { libc::fdatasync(f.as_raw_fd()) };
        times.push(t.elapsed());
    }
    let _ = std::fs::remove_file(&path);
    let fsync = Duration::from_secs_f64(percentile_ms(&mut times, 50.0) / 1000.0);
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        let (mut s, _) = listener.accept().unwrap();
        let mut b = [0u8; 1];
        while s.read_exact(&mut b).is_ok() {
            if s.write_all(&b).is_err() {
                break;
            }
        }
    });
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    s.set_nodelay(true).unwrap();
    let mut times = Vec::new();
    let mut b = [1u8; 1];
    for _ in 0..2000 {
        let t = Instant::now();
        s.write_all(&b).unwrap();
        s.read_exact(&mut b).unwrap();
        times.push(t.elapsed());
    }
    let rtt = Duration::from_secs_f64(percentile_ms(&mut times, 50.0) / 1000.0);
    (fsync, rtt)
}

/// The server on a prepared data directory and a free port, with `extra` arguments, logging
/// errors to stderr; returns once it is ready.
pub async fn server(dir: &Path, extra: &[&str]) -> Server {
    Server::start_with(dir, free_port(), extra, Log::Stderr).await
}

/// An HTTP client for one caller.
pub fn http(caller: &Caller) -> reqwest::Client {
    let mut h = reqwest::header::HeaderMap::new();
    h.insert("cookie", caller.cookie.parse().unwrap());
    h.insert("x-csrf-token", caller.csrf.parse().unwrap());
    reqwest::Client::builder().default_headers(h).pool_max_idle_per_host(64).build().unwrap()
}

/// One row of the report.
pub struct Row {
    pub id: &'static str,
    pub metric: String,
    pub value: String,
    pub target: String,
    pub ok: Option<bool>,
}

pub fn print(rows: &[Row]) {
    println!("\n| id | metric | measured | target | |");
    println!("|---|---|---|---|---|");
    for r in rows {
        let mark = match r.ok {
            Some(true) => "met",
            Some(false) => "MISSED",
            None => "",
        };
        println!("| {} | {} | {} | {} | {} |", r.id, r.metric, r.value, r.target, mark);
    }
}

pub fn row(
    id: &'static str,
    metric: impl Into<String>,
    value: impl Into<String>,
    target: impl Into<String>,
    ok: Option<bool>,
) -> Row {
    Row { id, metric: metric.into(), value: value.into(), target: target.into(), ok }
}
