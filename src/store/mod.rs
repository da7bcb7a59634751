//! The store: one redb file in the data directory, and the only module that imports redb.
//!
//! Layer: above `policy` (it implements [`crate::policy::Facts`] for its transactions and its
//! writes take the policy's [`Allowed`] proof), below the domain use cases.
//!
//! Architecture invariants: nothing outside `src/store` imports redb, and no public function
//! here takes or returns a redb type. Domain code reads through [`ReadTx`] (or a [`WriteTx`],
//! both [`Reader`]s) and writes through [`Store::write`], calling the per-entity functions in the
//! submodules (`people`, `sessions`, ...). Each of those writes a primary row together with all of
//! its index rows, and takes the policy's proof that the write was allowed.
//!
//! ## The write path: group commit
//! Every write is a closure `op(&mut WriteTx) -> Result<T>` sent to one writer thread
//! ([`writer`]). The thread takes the first waiting op, then everything else already queued (up to
//! [`writer::MAX_BATCH`]), runs them one after another inside a single redb write transaction, and
//! commits once with `Durability::Immediate`. Only when that commit has returned does any op in the
//! batch get its answer, so nobody is acknowledged before the fsync holding their write. While one
//! commit is syncing, new ops queue up and form the next batch: under load, many writers share one
//! fsync; alone, a writer waits for exactly one.
//!
//! Ops in a batch must not disturb each other, so an op that fails must leave no writes behind.
//! Ops check first and write after (validation, policy and lookups before any `put`). If an op fails
//! after it has written (a bug, or a corrupt record found halfway), the writer aborts the
//! transaction, answers that op with its error, and runs the rest of the batch again in a fresh
//! transaction; this is why ops are `FnMut` and must depend only on their input and the store.
//!
//! Events an op emits ([`WriteTx::emit`]) are handed to the live hub after the commit, in commit
//! order, so every connection sees changes in the order they were stored.
//!
//! ## Reads
//! Reads open a redb read transaction ([`Store::read`]) on the calling thread: they are short,
//! bounded by a page limit, and usually served from redb's page cache, so they run inline on the
//! HTTP worker instead of paying a hop to the blocking pool.

pub mod audit;
pub mod bots;
pub mod chat;
mod check;
mod codec;
pub mod departments;
mod facts;
pub mod faults;
pub mod files;
pub mod invitations;
mod keys;
pub mod languages;
pub mod mail;
pub mod meta;
mod migrations;
pub mod notify;
mod page;
pub mod people;
pub mod push;
pub mod reactions;
pub mod relations;
pub mod resets;
pub mod search;
pub mod sessions;
pub mod sidebar;
mod tables;
mod tx;
mod writer;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};

use redb::{Database, ReadableDatabase};

use crate::clock::{SharedClock, Timestamp};
use crate::error::{Error, Result};
use crate::events::Event;
pub use crate::policy::Allowed;

pub use check::Problem;
pub use page::{Cursor, Page};
use tables::Def;
pub use tx::{Dir, ReadTx, Reader, WriteTx};
use tx::{Raw, collect_keys, count_keys, decode, get, put};

/// Sends the events of each committed batch, in commit order, to the live hub.
pub type EventSink = tokio::sync::mpsc::UnboundedSender<Vec<Event>>;

pub const DATA_FILE: &str = "bivouac.redb";

#[derive(Clone)]
pub struct Store {
    inner: Arc<Inner>,
}

struct Inner {
    db: Arc<Database>,
    jobs: Mutex<Option<std::sync::mpsc::Sender<writer::Msg>>>,
    thread: Mutex<Option<std::thread::JoinHandle<()>>>,
    clock: SharedClock,
    path: PathBuf,
    stats: Arc<WriteStats>,
    /// Set when writes must be refused (low disk, or a failed commit): the error to answer with.
    write_block: RwLock<Option<Error>>,
    /// A commit failed with an I/O error: the process should stop so systemd restarts it.
    fatal: AtomicBool,
}

/// Counters for `/metrics` and the benchmarks.
#[derive(Default)]
pub struct WriteStats {
    pub commits: AtomicU64,
    pub ops: AtomicU64,
    pub commit_micros: AtomicU64,
    pub largest_batch: AtomicU64,
}

/// Why the data file could not be opened. The message is meant for the person starting Bivouac.
#[derive(Debug)]
pub struct OpenError(pub String);

impl std::fmt::Display for OpenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for OpenError {}

impl Store {
    /// Opens (or creates) `<data_dir>/bivouac.redb`, runs migrations in one write transaction, and
    /// starts the writer thread. When this returns the store is ready.
    pub fn open(data_dir: &Path, clock: SharedClock, events: Option<EventSink>) -> Result<Store, OpenError> {
        let path = data_path(data_dir)?;
        init_if_missing(&path, |p| guard_panics(p, || open_database(p)))?;
        let db = guard_panics(&path, || open_database(&path))?;
        Store::start(db, path, clock, events)
    }

    /// For the reliability tests: the data file through a backend that fails the planned I/O
    /// operation. Also returns the number of I/O operations so far.
    pub fn open_faulty(
        data_dir: &Path,
        clock: SharedClock,
        plan: Option<faults::FaultPlan>,
    ) -> Result<(Store, Arc<AtomicU64>), OpenError> {
        let path = data_path(data_dir)?;
        let ops = Arc::new(AtomicU64::new(0));
        let faulty = |p: &Path| {
            let file = std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false)
                .open(p)
                .map_err(|e| OpenError(format!("cannot open {}: {e}", p.display())))?;
            let backend = faults::Faulty::new(file, plan, ops.clone()).map_err(|e| OpenError(e.to_string()))?;
            guard_panics(p, || {
                Database::builder().create_with_backend(backend).map_err(|e| OpenError(format!("{}: {e}", p.display())))
            })
        };
        init_if_missing(&path, faulty)?;
        let db = faulty(&path)?;
        Ok((Store::start(db, path, clock, None)?, ops))
    }

    fn start(db: Database, path: PathBuf, clock: SharedClock, events: Option<EventSink>) -> Result<Store, OpenError> {
        let last_id =
            guard_panics(&path, || migrations::run(&db).map_err(|e| OpenError(format!("{}: {e}", path.display()))))?;
        let db = Arc::new(db);
        let stats = Arc::new(WriteStats::default());
        let (tx, rx) = std::sync::mpsc::channel();
        let inner = Arc::new(Inner {
            db: db.clone(),
            jobs: Mutex::new(Some(tx)),
            thread: Mutex::new(None),
            clock: clock.clone(),
            path,
            stats: stats.clone(),
            write_block: RwLock::new(None),
            fatal: AtomicBool::new(false),
        });
        let weak = Arc::downgrade(&inner);
        let on_fatal = Box::new(move |e: &str| {
            if let Some(inner) = weak.upgrade() {
                inner.fatal.store(true, Ordering::SeqCst);
                let m = crate::msg!("store-failed", detail = e);
                *inner.write_block.write().unwrap_or_else(|p| p.into_inner()) =
                    Some(Error::unavailable("store_failed", m));
            }
        });
        let thread = std::thread::Builder::new()
            .name("bivouac-writer".into())
            .spawn(move || writer::run(db, rx, clock, last_id, events, stats, on_fatal))
            .map_err(|e| OpenError(format!("cannot start the writer thread: {e}")))?;
        *inner.thread.lock().unwrap_or_else(|p| p.into_inner()) = Some(thread);
        Ok(Store { inner })
    }

    /// A consistent read-only view of the store as of now.
    pub fn read(&self) -> Result<ReadTx> {
        let txn = self.inner.db.begin_read().map_err(Error::internal)?;
        Ok(ReadTx::new(txn, self.inner.clock.now()))
    }

    /// Runs `op` in the next group commit and answers once that commit is durable.
    pub async fn write<T, F>(&self, op: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnMut(&mut WriteTx<'_>) -> Result<T> + Send + 'static,
    {
        if let Some(e) = self.inner.write_block.read().unwrap_or_else(|p| p.into_inner()).clone() {
            return Err(e);
        }
        let (reply, answer) = tokio::sync::oneshot::channel();
        let job = writer::job(op, reply);
        {
            let jobs = self.inner.jobs.lock().unwrap_or_else(|p| p.into_inner());
            let sent = jobs.as_ref().map(|s| s.send(writer::Msg::Job(job)).is_ok()).unwrap_or(false);
            if !sent {
                return Err(shutting_down());
            }
        }
        answer.await.unwrap_or_else(|_| Err(shutting_down()))
    }

    /// A handle that tells when every clone of this store is gone and the data file is closed.
    pub fn released(&self) -> Released {
        Released(Arc::downgrade(&self.inner))
    }

    /// Finishes every queued write, then stops the writer thread. Later writes are refused.
    pub fn close(&self) {
        if let Some(jobs) = self.inner.jobs.lock().unwrap_or_else(|p| p.into_inner()).take() {
            let _ = jobs.send(writer::Msg::Stop);
        }
        if let Some(t) = self.inner.thread.lock().unwrap_or_else(|p| p.into_inner()).take() {
            let _ = t.join();
        }
    }

    pub fn clock(&self) -> &SharedClock {
        &self.inner.clock
    }

    pub fn now(&self) -> Timestamp {
        self.inner.clock.now()
    }

    pub fn path(&self) -> &Path {
        &self.inner.path
    }

    pub fn stats(&self) -> &WriteStats {
        &self.inner.stats
    }

    /// Refuse (Some) or allow (None) writes from now on, e.g. while the disk is nearly full.
    pub fn block_writes(&self, why: Option<Error>) {
        let mut w = self.inner.write_block.write().unwrap_or_else(|p| p.into_inner());
        // A failed commit is final for this process; low-disk blocks come and go.
        if !self.inner.fatal.load(Ordering::SeqCst) {
            *w = why;
        }
    }

    pub fn writes_blocked(&self) -> Option<Error> {
        self.inner.write_block.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// True once a commit has failed with an I/O error.
    pub fn failed(&self) -> bool {
        self.inner.fatal.load(Ordering::SeqCst)
    }

    /// Verifies every secondary index against its primary rows, and the product invariants.
    pub fn verify(&self) -> Result<Vec<Problem>> {
        check::verify(&self.read()?)
    }

    /// Writes a consistent copy of the whole store to `dest` (a new redb file) from one read
    /// transaction, while writes go on. The copy is written next to `dest` and renamed into place.
    pub fn backup_to(&self, dest: &Path) -> Result<u64> {
        let r = self.read()?;
        check::copy_all(&r, dest)
    }

    /// [`Store::backup_to`], also returning the blobs that snapshot names (a backup carries
    /// their files too).
    pub fn backup_with_blobs(&self, dest: &Path) -> Result<(u64, Vec<(files::Sha, crate::model::Blob)>)> {
        let r = self.read()?;
        let rows = check::copy_all(&r, dest)?;
        Ok((rows, files::all_blobs(&r)?))
    }
}

/// See [`Store::released`].
pub struct Released(std::sync::Weak<Inner>);

impl Released {
    /// Waits until the store is dropped everywhere, at most `timeout`; true if it was.
    pub async fn wait(self, timeout: std::time::Duration) -> bool {
        let end = std::time::Instant::now() + timeout;
        while self.0.strong_count() > 0 {
            if std::time::Instant::now() >= end {
                return false;
            }
            tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        }
        true
    }
}

impl Drop for Inner {
    fn drop(&mut self) {
        if let Some(jobs) = self.jobs.get_mut().unwrap_or_else(|p| p.into_inner()).take() {
            let _ = jobs.send(writer::Msg::Stop);
        }
    }
}

/// A new data file is created and migrated under a temporary name and renamed into place only
/// when complete, so a crash or I/O error during the very first start never leaves a half-made
/// file that the next start cannot open.
fn init_if_missing(path: &Path, open: impl Fn(&Path) -> Result<Database, OpenError>) -> Result<(), OpenError> {
    if path.exists() {
        return Ok(());
    }
    let tmp = path.with_extension("redb.init");
    let _ = std::fs::remove_file(&tmp);
    let db = open(&tmp)?;
    guard_panics(&tmp, || migrations::run(&db).map_err(|e| OpenError(format!("{}: {e}", tmp.display()))))?;
    drop(db);
    let fail = |e: std::io::Error| OpenError(format!("cannot create the data file {}: {e}", path.display()));
    std::fs::File::open(&tmp).and_then(|f| f.sync_all()).map_err(fail)?;
    std::fs::rename(&tmp, path).map_err(fail)?;
    if let Some(dir) = path.parent() {
        let _ = std::fs::File::open(dir).and_then(|d| d.sync_all());
    }
    Ok(())
}

/// The data file's path; a data directory created here is private (0700): the file holds password
/// and session hashes.
fn data_path(data_dir: &Path) -> Result<PathBuf, OpenError> {
    if !data_dir.exists() {
        std::fs::create_dir_all(data_dir)
            .map_err(|e| OpenError(format!("cannot create the data directory {}: {e}", data_dir.display())))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = std::fs::set_permissions(data_dir, std::fs::Permissions::from_mode(0o700));
        }
    }
    Ok(data_dir.join(DATA_FILE))
}

/// redb may panic on a damaged file when opened without a full integrity check; say so clearly
/// instead of crashing.
fn guard_panics<T>(path: &Path, f: impl FnOnce() -> Result<T, OpenError>) -> Result<T, OpenError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).unwrap_or_else(|_| {
        Err(OpenError(format!(
            "{} is damaged and cannot be opened; run `bivouac check`, or restore a backup with `bivouac restore`",
            path.display()
        )))
    })
}

fn shutting_down() -> Error {
    Error::unavailable("shutting_down", crate::msg!("shutting-down"))
}

fn open_database(path: &Path) -> Result<Database, OpenError> {
    let mut builder = Database::builder();
    // The page cache; redb's default of 1 GiB is more than a small VPS has.
    builder.set_cache_size(64 << 20);
    builder.create(path).map_err(|e| {
        OpenError(match e {
            redb::DatabaseError::DatabaseAlreadyOpen => format!(
                "{} is in use by another Bivouac process; stop it first (or choose another --data-dir)",
                path.display()
            ),
            other => format!("cannot open the data file {}: {other}", path.display()),
        })
    })
}

/// Opens a data file for `bivouac check` / restore, with redb's full integrity check.
pub fn check_file(path: &Path) -> Result<Vec<Problem>, OpenError> {
    check::check_file(path)
}

/// Reads a stopped server's data file (or a backup's): `f` gets a read transaction of it.
pub fn read_file<T>(path: &Path, f: impl FnOnce(&ReadTx) -> Result<T>) -> Result<T, OpenError> {
    guard_panics(path, || {
        let db = redb::Database::open(path).map_err(|e| OpenError(format!("{}: {e}", path.display())))?;
        let txn = db.begin_read().map_err(|e| OpenError(e.to_string()))?;
        let r = ReadTx::new(txn, crate::clock::Clock::now(&crate::clock::SystemClock));
        f(&r).map_err(|e| OpenError(e.message))
    })
}
