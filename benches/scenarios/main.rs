//! Bivouac's performance scenarios (../shared/BENCHMARKS.md), each printing its figures next to
//! the target. Run them all, or some:
//!
//!   cargo bench --bench scenarios               # B0..B7 and B9, full length (about 15 minutes)
//!   cargo bench --bench scenarios -- b1 b4      # only these
//!   BENCH_QUICK=1 cargo bench --bench scenarios # a short smoke run
//!
//! The server runs as a child process (the release binary), so its CPU time is read apart from
//! the load generators'. Data is seeded through the library before the server starts.
//! Both, the server process and the seeding, are the harness the integration tests use too
//! (`tests/support`, included below as `support`).

mod common;
mod files_search;
mod live;
mod push;
mod scenarios;
#[path = "../../tests/support/mod.rs"]
mod support;

use common::{Row, print};

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    raise_fd_limit();
    // Errors from seeding through the library are logged here.
    let _ = bivouac::telemetry::init("error");
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let want = |id: &str| args.is_empty() || args.iter().any(|a| a.eq_ignore_ascii_case(id));
    // Kept between runs (BENCH_DIR, default target/bench-work): the million-message store of B4
    // is seeded once and reused.
    let work = std::path::PathBuf::from(std::env::var("BENCH_DIR").unwrap_or_else(|_| "target/bench-work".into()));
    std::fs::create_dir_all(&work).unwrap();
    let work = Work(work);
    let (f, r) = common::calibrate(work.path());
    println!(
        "machine: {} cores; F (4 KiB append + fdatasync) = {:.3} ms; R (loopback round trip) = {:.1} µs",
        cores(),
        ms(f),
        r.as_secs_f64() * 1e6
    );
    let mut rows: Vec<Row> = Vec::new();
    if want("b0") {
        rows.extend(scenarios::b0(work.path(), f, r).await);
    }
    if want("b1") {
        rows.extend(scenarios::b1(work.path(), f).await);
    }
    if want("b2") {
        rows.extend(scenarios::b2(work.path()).await);
    }
    if want("b3") {
        rows.extend(scenarios::b3(work.path(), f).await);
    }
    if want("b4") || want("b6") {
        rows.extend(scenarios::b4_b6(work.path(), want("b4"), want("b6")).await);
    }
    if want("b5") {
        rows.extend(scenarios::b5(work.path()).await);
        rows.extend(push::b5_push(work.path()).await);
    }
    if want("b7") {
        rows.extend(scenarios::b7(work.path()).await);
    }
    if want("b9") {
        rows.extend(scenarios::b9(work.path()).await);
        rows.extend(scenarios::b9_floods(work.path()).await);
    }
    if want("b10") {
        rows.extend(files_search::b10(work.path()).await);
    }
    if want("b11") {
        rows.extend(files_search::b11(work.path()).await);
    }
    print(&rows);
}

struct Work(std::path::PathBuf);

impl Work {
    fn path(&self) -> &std::path::Path {
        &self.0
    }
}

pub fn ms(d: std::time::Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn cores() -> usize {
    std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1)
}

/// 10,000 WebSockets need more than the usual 1024 file descriptors (the server inherits this).
fn raise_fd_limit() {
    let mut l = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: getrlimit/setrlimit with a valid struct.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut l) == 0 {
            l.rlim_cur = l.rlim_max.min(200_000);
            libc::setrlimit(libc::RLIMIT_NOFILE, &l);
        }
    }
}
