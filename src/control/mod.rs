//! Backup, restore, check and reindex, for a running or a stopped server.
//!
//! redb locks its file, so a running server must make its own backups. It listens on a Unix
//! socket in the data directory (`control.sock`, mode 0600, so only the service's user and root
//! can talk to it). `bivouac backup FILE` sends `backup`; the server copies every table from one
//! read transaction (a consistent snapshot; writes go on meanwhile) into a new redb file next to
//! its data, and streams back a tar ([`tar`]) of that file and of every file blob the snapshot
//! names (blobs never change, and none is unlinked while a backup runs). `bivouac check` sends
//! `check`, `bivouac reindex` sends `reindex`. When no server answers, the commands open the data
//! directory themselves.

pub mod tar;

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};

use crate::files::Blobs;
use crate::files::blobs::{blob_path, parse_sha, thumb_path};
use crate::model::Blob;
use crate::search::Search;
use crate::store::files::{Sha, sha_hex};
use crate::store::{self, Store};

pub const SOCKET: &str = "control.sock";

fn socket_path(data_dir: &Path) -> PathBuf {
    data_dir.join(SOCKET)
}

/// Serves control requests until the task is aborted. Removes a stale socket first.
pub async fn serve(store: Store, data_dir: PathBuf, blobs: Blobs, search: Search) {
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
            let (store, dir, blobs, search) = (store.clone(), data_dir.clone(), blobs.clone(), search.clone());
            tokio::spawn(async move {
                if let Err(e) = answer(conn, store, dir, blobs, search).await {
                    tracing::warn!(error = %e, "control request failed");
                }
            });
        }
    }
    #[cfg(not(unix))]
    let _ = (store, data_dir, blobs, search);
}

#[cfg(unix)]
async fn answer(
    conn: tokio::net::UnixStream,
    store: Store,
    dir: PathBuf,
    blobs: Blobs,
    search: Search,
) -> std::io::Result<()> {
    use tokio::io::AsyncBufReadExt;
    let mut reader = tokio::io::BufReader::new(conn);
    let mut line = String::new();
    reader.read_line(&mut line).await?;
    let conn = reader.into_inner().into_std()?;
    conn.set_nonblocking(false)?;
    let command = line.trim().to_string();
    tokio::task::spawn_blocking(move || answer_blocking(&command, conn, &store, &dir, &blobs, &search))
        .await
        .map_err(std::io::Error::other)?
}

#[cfg(unix)]
fn answer_blocking(
    command: &str,
    mut w: std::os::unix::net::UnixStream,
    store: &Store,
    dir: &Path,
    blobs: &Blobs,
    search: &Search,
) -> std::io::Result<()> {
    match command {
        "backup" => {
            // Nothing is unlinked until the files of the snapshot are streamed.
            let _guard = blobs.begin_backup();
            let tmp = dir.join(format!("backup-{}.redb", crate::crypto::hex(&crate::crypto::random_bytes::<6>())));
            let made = store.backup_with_blobs(&tmp);
            let result = match made {
                Ok((rows, list)) => {
                    let len = std::fs::metadata(&tmp)?.len();
                    let total = archive_len(len, &list);
                    w.write_all(format!("ok {total} {rows}\n").as_bytes())?;
                    let mut out = std::io::BufWriter::with_capacity(256 << 10, &mut w);
                    let written = write_archive(&mut out, &tmp, &list, blobs.dir()).and_then(|()| out.flush());
                    if written.is_ok() {
                        tracing::info!(
                            bytes = total,
                            rows,
                            files = list.len(),
                            "backup streamed to the control client"
                        );
                    }
                    written
                }
                Err(e) => w.write_all(format!("error {}\n", e.message).as_bytes()),
            };
            let _ = std::fs::remove_file(&tmp);
            result?;
        }
        "check" => match store.verify().and_then(|mut p| {
            p.extend(crate::files::blobs::check(blobs.dir(), &store.read()?)?);
            Ok(p)
        }) {
            Ok(problems) => {
                w.write_all(b"ok\n")?;
                for p in problems {
                    w.write_all(format!("{p}\n").as_bytes())?;
                }
            }
            Err(e) => w.write_all(format!("error {}\n", e.message).as_bytes())?,
        },
        "reindex" => {
            search.reindex();
            w.write_all(b"ok\n")?;
        }
        other => w.write_all(format!("error unknown command {other:?}\n").as_bytes())?,
    }
    Ok(())
}

/// The length of the archive of a data file of `redb_len` bytes and these blobs.
fn archive_len(redb_len: u64, blobs: &[(Sha, Blob)]) -> u64 {
    let mut n = tar::entry_len(redb_len) + tar::END_LEN;
    for (_, b) in blobs {
        n += tar::entry_len(b.size);
        if let Some(t) = &b.thumb {
            n += tar::entry_len(t.size);
        }
    }
    n
}

fn blob_name(sha: &Sha, thumb: bool) -> String {
    let hex = sha_hex(sha);
    format!("{}/{}/{hex}{}", crate::files::blobs::DIR, &hex[..2], if thumb { ".thumb" } else { "" })
}

/// Writes the archive: the data file, then every blob (and thumbnail) it names.
fn write_archive(out: &mut impl Write, redb: &Path, blobs: &[(Sha, Blob)], files: &Path) -> std::io::Result<()> {
    let mut f = std::fs::File::open(redb)?;
    let len = f.metadata()?.len();
    tar::write_entry(out, store::DATA_FILE, len, &mut f)?;
    for (sha, b) in blobs {
        let path = blob_path(files, sha);
        let mut f = std::fs::File::open(&path)
            .map_err(|e| std::io::Error::other(format!("{} is missing: {e}; run bivouac check", path.display())))?;
        tar::write_entry(out, &blob_name(sha, false), b.size, &mut f)?;
        if let Some(t) = &b.thumb {
            let mut f = std::fs::File::open(thumb_path(files, sha))?;
            tar::write_entry(out, &blob_name(sha, true), t.size, &mut f)?;
        }
    }
    tar::write_end(out)
}

/// What reading a backup archive found.
struct Archive {
    rows_checked: bool,
    files: usize,
}

/// Reads (and checks) a backup archive: the data file must pass `bivouac check`, every blob
/// must match its name's hash, and every blob the data file names must be there. With `into`, the
/// data file is written to `into.0` and the blobs under `into.1`.
fn read_archive(path: &Path, into: Option<(&Path, &Path)>) -> Result<Archive, String> {
    let fail = |e: std::io::Error| format!("{}: {e}", path.display());
    let mut input = BufReader::with_capacity(256 << 10, std::fs::File::open(path).map_err(fail)?);
    let (name, size) = tar::next_entry(&mut input).map_err(fail)?.ok_or("the backup is empty")?;
    if name != store::DATA_FILE {
        return Err(format!("the backup starts with {name:?}, not the data file"));
    }
    let scratch;
    let redb_dest = match into {
        Some((redb, _)) => redb.to_path_buf(),
        None => {
            scratch = path.with_extension("check.redb");
            scratch.clone()
        }
    };
    let mut out = std::fs::File::create(&redb_dest).map_err(fail)?;
    let copied = std::io::copy(&mut (&mut input).take(size), &mut out).map_err(fail)?;
    if copied != size {
        return Err("the backup ends inside the data file".into());
    }
    out.sync_all().map_err(fail)?;
    drop(out);
    tar::skip_pad(&mut input, size).map_err(fail)?;
    let checked = (|| {
        let problems =
            store::check_file(&redb_dest).map_err(|e| format!("the data file in the backup does not open: {e}"))?;
        if !problems.is_empty() {
            return Err(format!("the data file in the backup has problems: {}", problems.join("; ")));
        }
        store::read_file(&redb_dest, store::files::all_blobs).map_err(|e| e.to_string())
    })();
    if into.is_none() {
        let _ = std::fs::remove_file(&redb_dest);
    }
    let wanted: std::collections::BTreeMap<Sha, Blob> = checked?.into_iter().collect();
    let mut seen = std::collections::BTreeSet::new();
    let mut files = 0;
    while let Some((name, size)) = tar::next_entry(&mut input).map_err(fail)? {
        let rest = name.strip_prefix("files/").ok_or_else(|| format!("unexpected entry {name:?} in the backup"))?;
        let (hex, thumb) = match rest.get(3..).unwrap_or("").strip_suffix(".thumb") {
            Some(h) => (h, true),
            None => (rest.get(3..).unwrap_or(""), false),
        };
        let sha = parse_sha(hex).ok_or_else(|| format!("unexpected entry {name:?} in the backup"))?;
        let mut hash = <sha2::Sha256 as sha2::Digest>::new();
        let mut sink: Box<dyn Write> = match into {
            Some((_, dir)) => {
                let dest = if thumb { thumb_path(dir, &sha) } else { blob_path(dir, &sha) };
                if let Some(p) = dest.parent() {
                    std::fs::create_dir_all(p).map_err(fail)?;
                }
                Box::new(std::fs::File::create(dest).map_err(fail)?)
            }
            None => Box::new(std::io::sink()),
        };
        let mut left = size;
        let mut buf = vec![0u8; 256 << 10];
        while left > 0 {
            let want = left.min(buf.len() as u64) as usize;
            let k = input.read(&mut buf[..want]).map_err(fail)?;
            if k == 0 {
                return Err(format!("the backup ends inside {name}"));
            }
            sha2::Digest::update(&mut hash, &buf[..k]);
            sink.write_all(&buf[..k]).map_err(fail)?;
            left -= k as u64;
        }
        sink.flush().map_err(fail)?;
        tar::skip_pad(&mut input, size).map_err(fail)?;
        let got: Sha = sha2::Digest::finalize(hash).into();
        let expected =
            if thumb { wanted.get(&sha).and_then(|b| b.thumb.as_ref()).map(|t| t.sha256) } else { Some(sha) };
        if expected != Some(got) {
            return Err(format!("{name} in the backup is damaged or not named by its data file"));
        }
        seen.insert((sha, thumb));
        files += 1;
    }
    for (sha, b) in &wanted {
        if !seen.contains(&(*sha, false)) || (b.thumb.is_some() && !seen.contains(&(*sha, true))) {
            return Err(format!("the backup lacks the file {} that its data file names", sha_hex(sha)));
        }
    }
    Ok(Archive { rows_checked: true, files })
}

/// Whether `path` is a tar archive (a backup with files) rather than a bare data file.
fn is_archive(path: &Path) -> bool {
    let mut head = [0u8; 263];
    std::fs::File::open(path).and_then(|mut f| f.read_exact(&mut head)).is_ok() && &head[257..263] == b"ustar\0"
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

/// `bivouac backup FILE`: a consistent snapshot of the store and the files it names, from the
/// running server if there is one, else from the data directory. Written to `FILE` (a tar)
/// through a temporary file and checked whole before it is kept.
pub fn backup(data_dir: &Path, dest: &Path) -> Result<String, String> {
    let tmp = dest.with_extension("partial");
    let how = if let Some(mut conn) = connect(data_dir) {
        conn.write_all(b"backup\n").map_err(|e| e.to_string())?;
        let mut r = BufReader::with_capacity(256 << 10, conn);
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
            return Err(format!("the backup stream ended after {copied} of {len} bytes (see the server's log)"));
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
        let snapshot = tmp.with_extension("redb-partial");
        let made = s.backup_with_blobs(&snapshot);
        s.close();
        let (_, list) = made.map_err(|e| e.message)?;
        let write = || -> std::io::Result<()> {
            let mut out = std::io::BufWriter::new(std::fs::File::create(&tmp)?);
            write_archive(&mut out, &snapshot, &list, &data_dir.join(crate::files::blobs::DIR))?;
            out.into_inner().map_err(|e| e.into_error())?.sync_all()
        };
        let written = write();
        let _ = std::fs::remove_file(&snapshot);
        written.map_err(|e| format!("cannot write the backup: {e}"))?;
        "from the data directory (no server was running)"
    };
    let found = read_archive(&tmp, None);
    let found = match found {
        Ok(a) => a,
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            return Err(format!("the backup did not check clean: {e}"));
        }
    };
    debug_assert!(found.rows_checked);
    std::fs::rename(&tmp, dest).map_err(|e| format!("cannot move the backup to {}: {e}", dest.display()))?;
    let size = std::fs::metadata(dest).map(|m| m.len()).unwrap_or(0);
    Ok(format!(
        "backup written to {} ({size} bytes, the data file and {} files, {how}), checked clean",
        dest.display(),
        found.files
    ))
}

/// `bivouac check`: the running server's verification, or the data directory's when it is
/// stopped: the data file, every index, and every file's size and hash.
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
    let path = data_dir.join(store::DATA_FILE);
    let mut problems = store::check_file(&path).map_err(|e| e.to_string())?;
    let files = data_dir.join(crate::files::blobs::DIR);
    problems.extend(store::read_file(&path, |r| crate::files::blobs::check(&files, r)).map_err(|e| e.to_string())?);
    Ok(problems)
}

/// `bivouac reindex`: the running server rebuilds its search index in the background; a stopped
/// one's is rebuilt now.
pub fn reindex(data_dir: &Path) -> Result<String, String> {
    if let Some(mut conn) = connect(data_dir) {
        conn.write_all(b"reindex\n").map_err(|e| e.to_string())?;
        let mut head = String::new();
        BufReader::new(conn).read_line(&mut head).map_err(|e| e.to_string())?;
        if head.trim() != "ok" {
            return Err(head.trim().trim_start_matches("error ").to_string());
        }
        return Ok("the running server is rebuilding its search index; search answers again when it is done".into());
    }
    let clock: crate::clock::SharedClock = std::sync::Arc::new(crate::clock::SystemClock);
    let s = Store::open(data_dir, clock, None).map_err(|e| e.to_string())?;
    let done = crate::search::index::reindex_offline(data_dir, &s);
    s.close();
    done.map_err(|e| e.message)?;
    Ok(format!("the search index of {} is rebuilt", data_dir.display()))
}

/// `bivouac restore FILE`: puts a checked backup in place of a stopped server's data file and
/// files. What it replaces is kept beside it, renamed, so a mistaken restore loses nothing. The
/// search index is derived data: it is removed and rebuilt at the next start.
pub fn restore(data_dir: &Path, backup: &Path) -> Result<String, String> {
    if connect(data_dir).is_some() {
        return Err("Bivouac is running on this data directory; stop it first (systemctl stop bivouac)".into());
    }
    std::fs::create_dir_all(data_dir).map_err(|e| e.to_string())?;
    let live = data_dir.join(store::DATA_FILE);
    if live.exists() && in_use(&live) {
        return Err(format!("{} is in use by a Bivouac process; stop it first", live.display()));
    }
    let staged = data_dir.join("restore.partial");
    let staged_files = data_dir.join("files.restore");
    let _ = std::fs::remove_dir_all(&staged_files);
    let files = if is_archive(backup) {
        std::fs::create_dir_all(&staged_files).map_err(|e| e.to_string())?;
        match read_archive(backup, Some((&staged, &staged_files))) {
            Ok(a) => a.files,
            Err(e) => {
                let _ = std::fs::remove_file(&staged);
                let _ = std::fs::remove_dir_all(&staged_files);
                return Err(format!("{} is not a usable backup: {e}", backup.display()));
            }
        }
    } else {
        // A backup made before files existed: the bare data file.
        let problems =
            store::check_file(backup).map_err(|e| format!("{} is not a usable backup: {e}", backup.display()))?;
        if !problems.is_empty() {
            return Err(format!("{} has problems and was not restored: {}", backup.display(), problems.join("; ")));
        }
        std::fs::copy(backup, &staged).map_err(|e| format!("cannot copy the backup: {e}"))?;
        std::fs::File::open(&staged).and_then(|f| f.sync_all()).map_err(|e| e.to_string())?;
        0
    };
    let stamp = crate::clock::Clock::now(&crate::clock::SystemClock).to_rfc3339().replace([':', '.'], "-");
    let mut kept = Vec::new();
    if live.exists() {
        let aside = data_dir.join(format!("{}.before-restore-{stamp}", store::DATA_FILE));
        std::fs::rename(&live, &aside).map_err(|e| e.to_string())?;
        kept.push(aside);
    }
    let files_dir = data_dir.join(crate::files::blobs::DIR);
    if files_dir.exists() {
        let aside = data_dir.join(format!("{}.before-restore-{stamp}", crate::files::blobs::DIR));
        std::fs::rename(&files_dir, &aside).map_err(|e| e.to_string())?;
        kept.push(aside);
    }
    if staged_files.exists() {
        std::fs::rename(&staged_files, &files_dir).map_err(|e| e.to_string())?;
    }
    std::fs::rename(&staged, &live).map_err(|e| e.to_string())?;
    if let Ok(d) = std::fs::File::open(data_dir) {
        let _ = d.sync_all();
    }
    crate::search::Index::remove(data_dir);
    let kept: Vec<String> = kept.iter().map(|k| k.display().to_string()).collect();
    Ok(if kept.is_empty() {
        format!("restored {} ({files} files) into {}", backup.display(), data_dir.display())
    } else {
        format!(
            "restored {} ({files} files) into {}; what it replaced is kept as {}",
            backup.display(),
            data_dir.display(),
            kept.join(" and ")
        )
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
