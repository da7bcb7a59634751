//! Background tasks of a running server: the access-end sweep, the systemd watchdog, and waiting
//! for a stop signal or a failed data file. (The low-disk guard is in `disk`.)

use std::time::Duration;

use crate::store::Store;

/// Every two seconds, ends the sessions (and live connections) of people whose access end date
/// has passed. Requests are refused from that moment anyway; this closes what is still open.
pub async fn sweep_expired_access(store: Store) {
    loop {
        tokio::time::sleep(Duration::from_secs(2)).await;
        let due = store.read().and_then(|r| Ok(!crate::people::due_access_ends(&r)?.is_empty()));
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
