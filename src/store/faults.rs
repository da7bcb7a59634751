//! Fault injection, for the reliability tests: a storage backend over the real data file that
//! fails the k-th I/O operation, once or from then on (the way SQLite and redb test themselves).
//! The server never uses it; `Store::open_faulty` is how tests do.

use std::fs::File;
use std::io;
use std::ops::Bound;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use redb::backends::FileBackend;
use redb::{BackendError, StorageBackend};

/// Which I/O operation fails: the `fail_at`-th (from 1), and with `sticky` every one after it.
#[derive(Clone, Copy, Debug)]
pub struct FaultPlan {
    pub fail_at: u64,
    pub sticky: bool,
}

#[derive(Debug)]
pub(super) struct Faulty {
    inner: FileBackend,
    ops: Arc<AtomicU64>,
    plan: Option<FaultPlan>,
}

impl Faulty {
    pub(super) fn new(file: File, plan: Option<FaultPlan>, ops: Arc<AtomicU64>) -> io::Result<Faulty> {
        let inner = FileBackend::new(file).map_err(|e| io::Error::other(e.to_string()))?;
        Ok(Faulty { inner, ops, plan })
    }

    /// Counts one operation and says whether it is the one to fail.
    fn tick(&self) -> io::Result<()> {
        let n = self.ops.fetch_add(1, Ordering::SeqCst) + 1;
        match self.plan {
            Some(p) if n == p.fail_at || (p.sticky && n > p.fail_at) => {
                Err(io::Error::other(format!("injected I/O fault at operation {n}")))
            }
            _ => Ok(()),
        }
    }
}

impl StorageBackend for Faulty {
    fn len(&self) -> io::Result<u64> {
        self.tick()?;
        self.inner.len()
    }

    fn read(&self, offset: u64, out: &mut [u8]) -> io::Result<()> {
        self.tick()?;
        self.inner.read(offset, out)
    }

    fn set_len(&self, len: u64) -> io::Result<()> {
        self.tick()?;
        self.inner.set_len(len)
    }

    fn sync_data(&self) -> io::Result<()> {
        self.tick()?;
        self.inner.sync_data()
    }

    fn write(&self, offset: u64, data: &[u8]) -> io::Result<()> {
        self.tick()?;
        self.inner.write(offset, data)
    }

    fn close(&self) -> io::Result<()> {
        self.inner.close()
    }

    fn try_lock_range(&self, start: Bound<u64>, end: Bound<u64>) -> Result<bool, BackendError> {
        self.inner.try_lock_range(start, end)
    }

    fn try_lock_shared_range(&self, start: Bound<u64>, end: Bound<u64>) -> Result<bool, BackendError> {
        self.inner.try_lock_shared_range(start, end)
    }

    fn lock_range(&self, start: Bound<u64>, end: Bound<u64>) -> Result<(), BackendError> {
        self.inner.lock_range(start, end)
    }

    fn lock_shared_range(&self, start: Bound<u64>, end: Bound<u64>) -> Result<(), BackendError> {
        self.inner.lock_shared_range(start, end)
    }

    fn unlock_range(&self, start: Bound<u64>, end: Bound<u64>) -> Result<(), BackendError> {
        self.inner.unlock_range(start, end)
    }

    fn query_lock_range(&self, start: Bound<u64>, end: Bound<u64>) -> Result<bool, BackendError> {
        self.inner.query_lock_range(start, end)
    }
}
