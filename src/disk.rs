//! The low-disk guard: below a threshold of free space on the data directory's file system,
//! writes are refused with 507 (reads go on); above it again, they resume.
//!
//! Layer: service (uses `store`; `http` shows its state, `app` runs it).

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use crate::error::Error;
use crate::store::Store;

/// The low-disk guard's threshold (changeable while running) and whether it is tripped.
pub struct Disk {
    threshold: AtomicU64,
    low: AtomicBool,
    changed: tokio::sync::Notify,
}

impl Disk {
    pub fn new(threshold: u64) -> Disk {
        Disk { threshold: AtomicU64::new(threshold), low: AtomicBool::new(false), changed: tokio::sync::Notify::new() }
    }

    /// Sets the minimum free space and re-checks at once.
    pub fn set_threshold(&self, bytes: u64) {
        self.threshold.store(bytes, Ordering::SeqCst);
        self.changed.notify_one();
    }

    pub fn is_low(&self) -> bool {
        self.low.load(Ordering::SeqCst)
    }

    /// Whether `bytes` more can be written into `dir` and still leave the minimum free.
    pub fn has_room_for(&self, dir: &std::path::Path, bytes: u64) -> bool {
        free_space(dir).is_none_or(|free| free >= bytes.saturating_add(self.threshold.load(Ordering::SeqCst)))
    }
}

/// Free bytes for unprivileged writers on the file system holding `dir`.
pub fn free_space(dir: &std::path::Path) -> Option<u64> {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let c = std::ffi::CString::new(dir.as_os_str().as_bytes()).ok()?;
        let mut s = std::mem::MaybeUninit::<libc::statvfs>::uninit();
        // SAFETY: `c` is a valid NUL-terminated path and `s` points to writable memory of the
        // right size; statvfs fills it or fails without touching it.
        let rc = unsafe { libc::statvfs(c.as_ptr(), s.as_mut_ptr()) };
        if rc != 0 {
            return None;
        }
        // SAFETY: statvfs returned 0, so it initialised the struct.
        let s = unsafe { s.assume_init() };
        #[allow(clippy::unnecessary_cast)] // the field types differ between platforms
        Some((s.f_bavail as u64).saturating_mul(s.f_frsize as u64))
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        None
    }
}

/// Below the threshold of free space, writes are refused with 507 (reads go on); above it again,
/// they resume. Checked every two seconds and whenever the threshold changes.
pub async fn guard(store: Store, dir: PathBuf, disk: std::sync::Arc<Disk>) {
    loop {
        let threshold = disk.threshold.load(Ordering::SeqCst);
        if let Some(free) = free_space(&dir) {
            let low = free < threshold;
            if low != disk.low.swap(low, Ordering::SeqCst) {
                if low {
                    tracing::error!(free, threshold, "disk almost full: refusing writes until space is freed");
                } else {
                    tracing::info!(free, "disk space is back: writes resume");
                }
            }
            store.block_writes(low.then(|| {
                Error::storage_full(crate::msg!(
                    "disk-almost-full",
                    free = crate::config::format_bytes(free / 1024 * 1024),
                    minimum = crate::config::format_bytes(threshold)
                ))
            }));
        }
        let _ = tokio::time::timeout(Duration::from_secs(2), disk.changed.notified()).await;
    }
}
