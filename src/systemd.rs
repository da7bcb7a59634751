//! systemd integration without a library: `sd_notify` is one datagram to `$NOTIFY_SOCKET`.
//!
//! READY=1 goes out once the store is open, migrations ran and the port is bound; STOPPING=1
//! when shutdown starts; WATCHDOG=1 from a task that commits through the store's writer (so a
//! stuck writer or a dead disk stops the pings and systemd restarts the service).

use std::time::Duration;

/// Sends `state` (e.g. "READY=1") to systemd, if we run under it. Errors are ignored: outside
/// systemd there is nobody to tell.
pub fn notify(state: &str) {
    #[cfg(unix)]
    {
        use std::os::unix::net::UnixDatagram;
        let Some(path) = std::env::var_os("NOTIFY_SOCKET") else { return };
        let Ok(sock) = UnixDatagram::unbound() else { return };
        let bytes = path.as_encoded_bytes();
        let sent = if let Some(name) = bytes.strip_prefix(b"@") {
            #[cfg(target_os = "linux")]
            {
                use std::os::linux::net::SocketAddrExt;
                std::os::unix::net::SocketAddr::from_abstract_name(name)
                    .and_then(|a| sock.send_to_addr(state.as_bytes(), &a))
            }
            #[cfg(not(target_os = "linux"))]
            {
                let _ = name;
                Ok(0)
            }
        } else {
            sock.send_to(state.as_bytes(), std::path::Path::new(&path))
        };
        if let Err(e) = sent {
            tracing::debug!(error = %e, "sd_notify failed");
        }
    }
    #[cfg(not(unix))]
    let _ = state;
}

/// How often to ping the watchdog: half of `$WATCHDOG_USEC`, if systemd set one for us.
pub fn watchdog_interval() -> Option<Duration> {
    let usec: u64 = std::env::var("WATCHDOG_USEC").ok()?.parse().ok()?;
    if let Some(pid) = std::env::var("WATCHDOG_PID").ok().and_then(|p| p.parse::<u32>().ok())
        && pid != std::process::id()
    {
        return None;
    }
    Some(Duration::from_micros(usec / 2))
}
