//! Backup, restore and check, for a running or a stopped server.
//!
//! redb locks its file, so a running server must make its own backups. It listens on a Unix
//! socket in the data directory (`control.sock`, mode 0600, so only the service's user and root
//! can talk to it). `bivouac backup FILE` sends `backup`; the server copies every table from one
//! read transaction (a consistent snapshot; writes go on meanwhile) into a new redb file next to
//! its data, streams that file back, and deletes it. `bivouac check` sends `check`. When no server
//! answers, the commands open the data file themselves.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};

use crate::store::{self, Store};

pub const SOCKET: &str = "control.sock";

fn socket_path(data_dir: &Path) -> PathBuf {
    data_dir.join(SOCKET)
}

/// Serves control requests until the task is aborted. Removes a stale socket first.
pub async fn serve(store: Store, data_dir: PathBuf) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let path = socket_path(&data_dir);
        let _ = std::fs::remove_file(&path);
        let listener = match tokio::net::UnixListener::bind(&path) {
            Ok(l) => l,
            Err(e) => {
                tracing::warn!(error = %e, "no control socket: `bivouac backup` will not reach this server");
                return;
            }
        };
        let _ = std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600));
        loop {
            let Ok((conn, _)) = listener.accept().await else { continue };
            let (store, dir) = (store.clone(), data_dir.clone());
            tokio::spawn(async move {
                if let Err(e) = answer(conn, store, dir).await {
                    tracing::warn!(error = %e, "control request failed");
                }
            });
        }
    }
    #[cfg(not(unix))]
    let _ = (store, data_dir);
}

#[cfg(unix)]
async fn answer(conn: tokio::net::UnixStream, store: Store, dir: PathBuf) -> std::io::Result<()> {
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt};
    let (r, mut w) = conn.into_split();
    let mut line = String::new();
    tokio::io::BufReader::new(r).read_line(&mut line).await?;
    match line.trim() {
        "backup" => {
            let tmp = dir.join(format!("backup-{}.redb", crate::crypto::hex(&crate::crypto::random_bytes::<6>())));
            let (s, t) = (store.clone(), tmp.clone());
            let made = tokio::task::spawn_blocking(move || s.backup_to(&t)).await.map_err(std::io::Error::other)?;
            match made {
                Ok(rows) => {
                    let len = std::fs::metadata(&tmp)?.len();
                    w.write_all(format!("ok {len} {rows}\n").as_bytes()).await?;
                    let mut f = tokio::fs::File::open(&tmp).await?;
                    tokio::io::copy(&mut f, &mut w).await?;
                    w.flush().await?;
                    tracing::info!(bytes = len, rows, "backup streamed to the control client");
                }
                Err(e) => w.write_all(format!("error {}\n", e.message).as_bytes()).await?,
            }
            let _ = std::fs::remove_file(&tmp);
        }
        "check" => {
            let s = store.clone();
            let found = tokio::task::spawn_blocking(move || s.verify()).await.map_err(std::io::Error::other)?;
            match found {
                Ok(problems) => {
                    w.write_all(b"ok\n").await?;
                    for p in problems {
                        w.write_all(format!("{p}\n").as_bytes()).await?;
                    }
                }
                Err(e) => w.write_all(format!("error {}\n", e.message).as_bytes()).await?,
            }
        }
        other => w.write_all(format!("error unknown command {other:?}\n").as_bytes()).await?,
    }
    Ok(())
}

/// Connects to a running server's control socket, if one answers.
#[cfg(unix)]
fn connect(data_dir: &Path) -> Option<std::os::unix::net::UnixStream> {
    std::os::unix::net::UnixStream::connect(socket_path(data_dir)).ok()
}

#[cfg(not(unix))]
fn connect(_: &Path) -> Option<std::net::TcpStream> {
    None
}

/// `bivouac backup FILE`: a consistent snapshot of the store, from the running server if there is
/// one, else from the data file. Written to `FILE` through a temporary file and checked.
pub fn backup(data_dir: &Path, dest: &Path) -> Result<String, String> {
    let tmp = dest.with_extension("partial");
    let how = if let Some(mut conn) = connect(data_dir) {
        conn.write_all(b"backup\n").map_err(|e| e.to_string())?;
        let mut r = BufReader::new(conn);
        let mut head = String::new();
        r.read_line(&mut head).map_err(|e| e.to_string())?;
        let mut parts = head.split_whitespace();
        if parts.next() != Some("ok") {
            return Err(format!("the server could not make a backup: {}", head.trim().trim_start_matches("error ")));
        }
        let len: u64 = parts.next().and_then(|n| n.parse().ok()).ok_or("a garbled answer from the server")?;
        let mut out = std::fs::File::create(&tmp).map_err(|e| format!("cannot write {}: {e}", tmp.display()))?;
        let copied = std::io::copy(&mut r.take(len), &mut out).map_err(|e| e.to_string())?;
        if copied != len {
            let _ = std::fs::remove_file(&tmp);
            return Err(format!("the backup stream ended after {copied} of {len} bytes"));
        }
        out.sync_all().map_err(|e| e.to_string())?;
        "from the running server"
    } else {
        let path = data_dir.join(store::DATA_FILE);
        if !path.exists() {
            return Err(format!("there is no data file at {} (and no server answered)", path.display()));
        }
        let clock: crate::clock::SharedClock = std::sync::Arc::new(crate::clock::SystemClock);
        let s = Store::open(data_dir, clock, None).map_err(|e| e.to_string())?;
        let made = s.backup_to(&tmp);
        s.close();
        made.map_err(|e| e.message)?;
        "from the data file (no server was running)"
    };
    let problems = store::check_file(&tmp).map_err(|e| format!("the backup does not open: {e}"))?;
    if !problems.is_empty() {
        return Err(format!("the backup has problems: {}", problems.join("; ")));
    }
    std::fs::rename(&tmp, dest).map_err(|e| format!("cannot move the backup to {}: {e}", dest.display()))?;
    let size = std::fs::metadata(dest).map(|m| m.len()).unwrap_or(0);
    Ok(format!("backup written to {} ({size} bytes, {how}), checked clean", dest.display()))
}

/// `bivouac check`: the running server's verification, or the data file's when it is stopped.
pub fn check(data_dir: &Path) -> Result<Vec<String>, String> {
    if let Some(mut conn) = connect(data_dir) {
        conn.write_all(b"check\n").map_err(|e| e.to_string())?;
        let mut lines = BufReader::new(conn).lines();
        let head = lines.next().transpose().map_err(|e| e.to_string())?.unwrap_or_default();
        if head != "ok" {
            return Err(head.trim_start_matches("error ").to_string());
        }
        return Ok(lines.map_while(Result::ok).collect());
    }
    store::check_file(&data_dir.join(store::DATA_FILE)).map_err(|e| e.to_string())
}

/// `bivouac restore FILE`: puts a checked backup in place of a stopped server's data file. The
/// file it replaces is kept beside it, renamed, so a mistaken restore loses nothing.
pub fn restore(data_dir: &Path, backup: &Path) -> Result<String, String> {
    if connect(data_dir).is_some() {
        return Err("Bivouac is running on this data directory; stop it first (systemctl stop bivouac)".into());
    }
    let problems =
        store::check_file(backup).map_err(|e| format!("{} is not a usable backup: {e}", backup.display()))?;
    if !problems.is_empty() {
        return Err(format!("{} has problems and was not restored: {}", backup.display(), problems.join("; ")));
    }
    std::fs::create_dir_all(data_dir).map_err(|e| e.to_string())?;
    let live = data_dir.join(store::DATA_FILE);
    let mut kept = None;
    if live.exists() {
        if in_use(&live) {
            return Err(format!("{} is in use by a Bivouac process; stop it first", live.display()));
        }
        let stamp = crate::clock::Clock::now(&crate::clock::SystemClock).to_rfc3339().replace([':', '.'], "-");
        let aside = data_dir.join(format!("{}.before-restore-{stamp}", store::DATA_FILE));
        std::fs::rename(&live, &aside).map_err(|e| e.to_string())?;
        kept = Some(aside);
    }
    let tmp = data_dir.join("restore.partial");
    std::fs::copy(backup, &tmp).map_err(|e| format!("cannot copy the backup: {e}"))?;
    std::fs::File::open(&tmp).and_then(|f| f.sync_all()).map_err(|e| e.to_string())?;
    std::fs::rename(&tmp, &live).map_err(|e| e.to_string())?;
    Ok(match kept {
        Some(k) => format!(
            "restored {} into {}; the previous data file is kept as {}",
            backup.display(),
            live.display(),
            k.display()
        ),
        None => format!("restored {} into {}", backup.display(), live.display()),
    })
}

/// True if another process holds the lock redb takes on a data file.
fn in_use(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::fd::AsRawFd;
        let Ok(f) = std::fs::File::open(path) else { return false };
        // SAFETY: flock on a file descriptor we own; the lock is released when `f` is dropped.
        let rc = unsafe { libc::flock(f.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) };
        rc != 0
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        false
    }
}
