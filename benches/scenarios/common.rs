//! Shared parts of the benchmarks: the server as a child process, seeding through the library,
//! CPU and memory readings from /proc, calibration, percentiles and the report table.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use bivouac::chat::{NewChannel, NewMessage, channels, messages};
use bivouac::clock::{SharedClock, SystemClock};
use bivouac::ids::{ChannelId, MessageId, PersonId};
use bivouac::input::{Body, ClientId, Description, Name};
use bivouac::model::{Person, PersonState, Role};
use bivouac::store::Store;

pub const BIN: &str = env!("CARGO_BIN_EXE_bivouac");

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

/// Resident memory of process `pid`, in bytes.
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

/// A server child process on a prepared data directory.
pub struct Server {
    pub child: Child,
    pub port: u16,
    pub started: Instant,
}

impl Server {
    pub async fn start(dir: &Path) -> Server {
        Server::start_with(dir, &[]).await
    }

    pub async fn start_with(dir: &Path, extra: &[&str]) -> Server {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let started = Instant::now();
        let child = Command::new(BIN)
            .args([
                "--data-dir",
                dir.to_str().unwrap(),
                "--listen",
                &format!("127.0.0.1:{port}"),
                "--log",
                "error",
                "--min-free-disk",
                "0",
            ])
            .args(extra)
            .env_clear()
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("bivouac starts");
        let s = Server { child, port, started };
        s.wait_ready().await;
        s
    }

    /// Waits until /readyz answers; returns the time since the process was started.
    pub async fn wait_ready(&self) -> Duration {
        let client = reqwest::Client::new();
        loop {
            if client.get(self.url("/readyz")).send().await.is_ok_and(|r| r.status() == 200) {
                return self.started.elapsed();
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

    pub fn cpu(&self) -> Duration {
        cpu_time(self.pid())
    }

    /// Reads one counter from /metrics.
    pub async fn metric(&self, name: &str) -> f64 {
        let text = reqwest::get(self.url("/metrics")).await.unwrap().text().await.unwrap();
        text.lines()
            .find(|l| l.starts_with(name) && l[name.len()..].starts_with(' '))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(0.0)
    }

    pub fn stop(mut self) {
        // SAFETY: kill(2) on our own child's pid.
        unsafe { libc::kill(self.child.id() as i32, libc::SIGTERM) };
        let _ = self.child.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Someone who can call the API: cookie and CSRF token.
#[derive(Clone)]
pub struct Caller {
    pub id: PersonId,
    pub cookie: String,
    pub csrf: String,
}

/// Seeds a data directory through the library (the server is not running yet).
pub struct Seeder {
    pub store: Store,
}

impl Seeder {
    pub fn open(dir: &Path) -> Seeder {
        let clock: SharedClock = Arc::new(SystemClock);
        Seeder { store: Store::open(dir, clock, None).expect("store opens") }
    }

    /// `n` active people with `role` and a session each, created in batches.
    pub async fn people(&self, n: usize, role: Role) -> Vec<Caller> {
        let mut out = Vec::with_capacity(n);
        let mut made = 0;
        while made < n {
            let batch = (n - made).min(2000);
            let first = made;
            let callers = self
                .store
                .write(move |tx| {
                    let mut v = Vec::with_capacity(batch);
                    for i in first..first + batch {
                        let now = bivouac::store::Reader::now(tx);
                        let email = format!("p{i}-{}@bench.example", role.as_str());
                        let p = Person::new(
                            PersonId(tx.new_id()),
                            &format!("Person{i}"),
                            "Bench",
                            &email,
                            role,
                            PersonState::Active,
                            now,
                        );
                        let ok = bivouac::policy::system("benchmark seeding");
                        bivouac::store::people::save(tx, &ok, &p)?;
                        let s = bivouac::auth::start_session(tx, &ok, &p, None)?;
                        v.push(Caller { id: p.id, cookie: format!("bivouac_session={}", s.token), csrf: s.csrf });
                    }
                    Ok(v)
                })
                .await
                .expect("seeding people");
            made += batch;
            out.extend(callers);
        }
        out
    }

    /// A channel created by `owner` with `members`.
    pub async fn channel(&self, owner: PersonId, name: &str, members: Vec<PersonId>) -> ChannelId {
        let name = name.to_string();
        self.store
            .write(move |tx| {
                let n = NewChannel {
                    name: Name::channel(&name)?,
                    description: Description::default(),
                    private: false,
                    members: vec![],
                };
                let mut c = channels::create_channel(tx, owner, &n)?;
                for chunk in members.chunks(5000) {
                    c = channels::add_members(tx, owner, c.id, chunk)?;
                }
                Ok(c.id)
            })
            .await
            .expect("seeding a channel")
    }

    /// `n` messages by `author` in `channel` (replies to `root` if given), committed in batches;
    /// returns their ids in order.
    pub async fn messages(
        &self,
        author: PersonId,
        channel: ChannelId,
        n: usize,
        root: Option<MessageId>,
    ) -> Vec<MessageId> {
        let mut ids = Vec::with_capacity(n);
        while ids.len() < n {
            let batch = (n - ids.len()).min(20_000);
            let first = ids.len();
            let made = self
                .store
                .write(move |tx| {
                    let mut v = Vec::with_capacity(batch);
                    for i in first..first + batch {
                        let m = NewMessage {
                            client_id: ClientId::parse(&format!(
                                "seed-{channel}-{}-{i}",
                                root.map(|r| r.to_string()).unwrap_or_default()
                            ))?,
                            body: Body::parse(&format!(
                                "Seeded message number {i}, with a few words so it is about the size of a real one."
                            ))?,
                            thread_root: root,
                        };
                        v.push(messages::post(tx, author, channel, &m)?.0.id);
                    }
                    Ok(v)
                })
                .await
                .expect("seeding messages");
            ids.extend(made);
        }
        ids
    }

    /// Gives `who` a password, so they can sign in over HTTP.
    pub async fn set_password(&self, who: PersonId, password: &str) {
        let hash = bivouac::crypto::Passwords::new(1).hash(password.to_string()).await.unwrap();
        self.store
            .write(move |tx| {
                let mut p = bivouac::store::people::get(tx, who)?.unwrap();
                p.password_hash = hash.clone();
                bivouac::store::people::save(tx, &bivouac::policy::system("benchmark seeding"), &p)
            })
            .await
            .unwrap();
    }

    pub fn close(self) {
        self.store.close();
    }
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
