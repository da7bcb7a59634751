//! Background tasks of a running server: the access-end sweep, the low-disk guard, the systemd
//! watchdog, and waiting for a stop signal or a failed data file.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use crate::error::Error;
use crate::store::{self, Store};

/// Every two seconds, ends the sessions (and live connections) of people whose access end date
/// has passed. Requests are refused from that moment anyway; this closes what is still open.
pub async fn sweep_expired_access(store: Store) {
    loop {
        tokio::time::sleep(Duration::from_secs(2)).await;
        let due = store.read().and_then(|r| {
            let now = store::Reader::now(&r);
            Ok(store::people::all(&r)?.iter().any(|p| crate::people::access_end_due(p, now)))
        });
        match due {
            Ok(true) => {
                if let Err(e) = store.write(crate::people::end_expired_access).await {
                    tracing::warn!(error = %e, "could not end expired access");
                }
            }
            Ok(false) => {}
            Err(_) if store.failed() => return,
            Err(_) => {}
        }
    }
}

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
pub async fn guard_disk(store: Store, dir: PathBuf, disk: std::sync::Arc<Disk>) {
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
                Error::storage_full(format!(
                    "The server's disk is almost full ({} free, below the {} minimum), so changes are paused. \
                     Reading still works; ask the administrator to free space.",
                    crate::config::format_bytes(free / 1024 * 1024),
                    crate::config::format_bytes(threshold)
                ))
            }));
        }
        let _ = tokio::time::timeout(Duration::from_secs(2), disk.changed.notified()).await;
    }
}

/// Pings the systemd watchdog after each successful no-op commit through the writer, so a stuck
/// writer or a failing disk stops the pings.
pub async fn feed_watchdog(store: Store) {
    let Some(every) = crate::systemd::watchdog_interval() else { return };
    loop {
        tokio::time::sleep(every).await;
        if store.write(|_| Ok(())).await.is_ok() {
            crate::systemd::notify("WATCHDOG=1");
        }
    }
}

/// Returns `None` on SIGTERM/SIGINT, or the reason when the data file failed.
pub async fn wait_for_signal_or_failure(store: &Store) -> Option<String> {
    let failure = async {
        loop {
            tokio::time::sleep(Duration::from_millis(250)).await;
            if store.failed() {
                return store.writes_blocked().map(|e| e.message).unwrap_or_else(|| "the data file failed".into());
            }
        }
    };
    tokio::select! {
        () = signal() => None,
        why = failure => {
            tracing::error!("{why}");
            Some(why)
        }
    }
}

async fn signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let (Ok(mut term), Ok(mut int)) = (signal(SignalKind::terminate()), signal(SignalKind::interrupt())) else {
            let _ = tokio::signal::ctrl_c().await;
            return;
        };
        tokio::select! {
            _ = term.recv() => {}
            _ = int.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = tokio::signal::ctrl_c().await;
}
