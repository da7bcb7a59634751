//! The bytes of files, on disk: `<data_dir>/files/<first 2 hex>/<sha-256 hex>`, each written once
//! and never changed (content addressed), plus `<...>.thumb` for an image's thumbnail.
//!
//! The order that keeps a crash harmless:
//! - An upload streams into `files/tmp/`, hashing as it goes, is fsynced, and is renamed to its
//!   hash's name (the directory fsynced too) before the row naming it is committed. So no
//!   committed row names a missing file; a crash in between leaves only a file no row names.
//! - A blob whose last file is deleted goes to the `blob-trash-1` queue in the same commit, and is
//!   unlinked after it ([`Blobs::drain_trash`]).
//! - Files no row names (a crash between the rename and the commit, or between a commit and the
//!   unlink) are collected by [`Blobs::collect_orphans`] once they are an hour old.
//!
//! Races with a new upload of the same content: the upload *pins* the hash before it renames its
//! copy into place and unpins it after its row is committed; unlinking takes the pin lock, skips
//! pinned hashes and re-reads the row under it. An upload always renames its own copy into place
//! (never trusts a file that is already there), so a blob unlinked just before the pin comes back.
//! A running backup stops all unlinking (it copies the files its snapshot names).

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use sha2::{Digest, Sha256};

use crate::error::{Error, Result, Status};
use crate::store::files::{Sha, sha_hex};
use crate::store::{self, Problem, Reader, Store};

pub const DIR: &str = "files";
const TMP: &str = "tmp";
/// Files no row names are collected once they are this old (an upload renames its file into place
/// moments before its row is committed).
const ORPHAN_AGE: Duration = Duration::from_secs(3600);

#[derive(Clone)]
pub struct Blobs {
    inner: Arc<Inner>,
}

struct Inner {
    dir: PathBuf,
    pins: Mutex<Pins>,
    /// Thumbnails made at once (each may hold a decoded image).
    thumbs: tokio::sync::Semaphore,
    /// Wakes the trash drainer.
    kick: tokio::sync::Notify,
}

#[derive(Default)]
struct Pins {
    hashes: HashMap<Sha, usize>,
    backups: usize,
}

/// What an upload stream produced: a temporary file, its hash, size and first bytes.
pub struct Received {
    tmp: PathBuf,
    pub sha256: Sha,
    pub size: u64,
    pub head: Vec<u8>,
}

impl Drop for Received {
    fn drop(&mut self) {
        // Renamed away when stored; otherwise (refused, failed) it goes.
        let _ = std::fs::remove_file(&self.tmp);
    }
}

/// A hash pinned against unlinking while its row is being committed.
pub struct Pin {
    blobs: Blobs,
    sha: Sha,
}

impl Drop for Pin {
    fn drop(&mut self) {
        let mut p = self.blobs.inner.pins.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(n) = p.hashes.get_mut(&self.sha) {
            *n -= 1;
            if *n == 0 {
                p.hashes.remove(&self.sha);
            }
        }
    }
}

/// While held, nothing is unlinked (a backup is copying files).
pub struct BackupGuard(Blobs);

impl Drop for BackupGuard {
    fn drop(&mut self) {
        self.0.inner.pins.lock().unwrap_or_else(|e| e.into_inner()).backups -= 1;
    }
}

fn io(what: &str) -> impl Fn(std::io::Error) -> Error + '_ {
    move |e| Error::internal(format!("{what}: {e}"))
}

fn sync_dir(dir: &Path) {
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

impl Blobs {
    /// The blob store of `data_dir` (its directories are made, private, if missing).
    pub fn open(data_dir: &Path) -> std::io::Result<Blobs> {
        let dir = data_dir.join(DIR);
        std::fs::create_dir_all(dir.join(TMP))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700));
        }
        Ok(Blobs {
            inner: Arc::new(Inner {
                dir,
                pins: Mutex::default(),
                thumbs: tokio::sync::Semaphore::new(super::thumbs::AT_ONCE),
                kick: tokio::sync::Notify::new(),
            }),
        })
    }

    pub fn dir(&self) -> &Path {
        &self.inner.dir
    }

    /// Where the blob with this hash lives.
    pub fn path(&self, sha: &Sha) -> PathBuf {
        blob_path(&self.inner.dir, sha)
    }

    pub fn thumb_path(&self, sha: &Sha) -> PathBuf {
        thumb_path(&self.inner.dir, sha)
    }

    /// A writer for one upload, refusing more than `limit` bytes.
    pub fn writer(&self, limit: u64) -> Result<Writer> {
        let name = format!("up-{}", crate::crypto::hex(&crate::crypto::random_bytes::<12>()));
        let tmp = self.inner.dir.join(TMP).join(name);
        let file = std::fs::OpenOptions::new().write(true).create_new(true).open(&tmp).map_err(io("upload"))?;
        let (tx, mut rx) = tokio::sync::mpsc::channel::<bytes::Bytes>(8);
        // Writing and hashing run on the blocking pool, so the request's worker only moves chunks.
        let task = tokio::task::spawn_blocking(move || -> std::io::Result<(Sha, u64, Vec<u8>)> {
            let mut out = std::io::BufWriter::with_capacity(256 << 10, file);
            let mut hash = Sha256::new();
            let (mut size, mut head) = (0u64, Vec::new());
            while let Some(chunk) = rx.blocking_recv() {
                if head.len() < super::sniff::HEAD {
                    let take = (super::sniff::HEAD - head.len()).min(chunk.len());
                    head.extend_from_slice(&chunk[..take]);
                }
                hash.update(&chunk);
                out.write_all(&chunk)?;
                size += chunk.len() as u64;
            }
            let file = out.into_inner().map_err(|e| e.into_error())?;
            file.sync_all()?;
            Ok((hash.finalize().into(), size, head))
        });
        Ok(Writer { tx: Some(tx), task: Some(task), tmp, size: 0, limit })
    }

    /// Puts a received upload in place under its hash, pinned until the returned [`Pin`] drops.
    pub fn store(&self, r: &Received) -> Result<Pin> {
        {
            let mut p = self.inner.pins.lock().unwrap_or_else(|e| e.into_inner());
            *p.hashes.entry(r.sha256).or_default() += 1;
        }
        let pin = Pin { blobs: self.clone(), sha: r.sha256 };
        let dest = self.path(&r.sha256);
        let sub = dest.parent().map(Path::to_path_buf).unwrap_or_default();
        if !sub.exists() {
            std::fs::create_dir_all(&sub).map_err(io("files directory"))?;
            sync_dir(&self.inner.dir);
        }
        std::fs::rename(&r.tmp, &dest).map_err(io("storing an upload"))?;
        sync_dir(&sub);
        Ok(pin)
    }

    /// Makes the thumbnail of an image blob (once: an existing one is kept), writes it, fsynced,
    /// beside the blob, and returns the image's size and the thumbnail's row.
    pub async fn thumbnail(&self, sha: &Sha) -> Option<(u32, u32, Option<crate::model::Thumb>)> {
        let _permit = self.inner.thumbs.acquire().await.ok()?;
        let (src, dest) = (self.path(sha), self.thumb_path(sha));
        tokio::task::spawn_blocking(move || {
            let made = super::thumbs::make(&src)?;
            let thumb = made.thumb.and_then(|(bytes, ct)| {
                let tmp = dest.with_extension("thumb-partial");
                let write = || -> std::io::Result<()> {
                    let mut f = std::fs::File::create(&tmp)?;
                    f.write_all(&bytes)?;
                    f.sync_all()?;
                    std::fs::rename(&tmp, &dest)?;
                    if let Some(d) = dest.parent() {
                        sync_dir(d);
                    }
                    Ok(())
                };
                match write() {
                    Ok(()) => Some(crate::model::Thumb {
                        sha256: Sha256::digest(&bytes).into(),
                        size: bytes.len() as u64,
                        content_type: ct.to_string(),
                    }),
                    Err(e) => {
                        tracing::warn!(error = %e, "cannot write a thumbnail");
                        let _ = std::fs::remove_file(&tmp);
                        None
                    }
                }
            });
            Some((made.width, made.height, thumb))
        })
        .await
        .ok()
        .flatten()
    }

    /// Stops all unlinking until the guard drops.
    pub fn begin_backup(&self) -> BackupGuard {
        self.inner.pins.lock().unwrap_or_else(|e| e.into_inner()).backups += 1;
        BackupGuard(self.clone())
    }

    /// Wakes the trash drainer (after a commit that may have trashed blobs).
    pub fn kick(&self) {
        self.inner.kick.notify_one();
    }

    /// Unlinks the blobs in the trash whose hash no row names (again) and no upload pins; takes
    /// them out of the trash. Returns how many files were unlinked.
    pub async fn drain_trash(&self, store: &Store) -> Result<usize> {
        let mut unlinked = 0;
        loop {
            let batch = store::files::trash(&store.read()?, 200)?;
            if batch.is_empty() {
                return Ok(unlinked);
            }
            let mut done = Vec::new();
            {
                let p = self.inner.pins.lock().unwrap_or_else(|e| e.into_inner());
                if p.backups > 0 {
                    return Ok(unlinked);
                }
                let r = store.read()?;
                for sha in &batch {
                    if p.hashes.contains_key(sha) {
                        continue;
                    }
                    if store::files::blob(&r, sha)?.is_none() {
                        let _ = std::fs::remove_file(self.thumb_path(sha));
                        match std::fs::remove_file(self.path(sha)) {
                            Ok(()) => unlinked += 1,
                            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                            Err(e) => tracing::warn!(error = %e, sha = %sha_hex(sha), "cannot unlink a freed file"),
                        }
                    }
                    done.push(*sha);
                }
            }
            if done.is_empty() {
                return Ok(unlinked);
            }
            let n = done.len();
            store
                .write(move |tx| {
                    let ok = crate::policy::system("freed files leave the trash");
                    for sha in &done {
                        store::files::untrash(tx, &ok, sha)?;
                    }
                    Ok(())
                })
                .await?;
            if n < batch.len() {
                // Some are pinned by uploads in progress: try again later.
                return Ok(unlinked);
            }
        }
    }

    /// Removes files that no row names and that are older than an hour, and stale temporary
    /// uploads. Returns how many were removed.
    pub fn collect_orphans(&self, store: &Store) -> Result<usize> {
        let old = |p: &Path| {
            std::fs::metadata(p)
                .and_then(|m| m.modified())
                .map(|t| SystemTime::now().duration_since(t).unwrap_or_default() > ORPHAN_AGE)
                .unwrap_or(false)
        };
        let mut removed = 0;
        for e in std::fs::read_dir(self.inner.dir.join(TMP)).map_err(io("files directory"))?.flatten() {
            if old(&e.path()) && std::fs::remove_file(e.path()).is_ok() {
                removed += 1;
            }
        }
        for sub in std::fs::read_dir(&self.inner.dir).map_err(io("files directory"))?.flatten() {
            let name = sub.file_name().to_string_lossy().into_owned();
            if name.len() != 2 || !sub.path().is_dir() {
                continue;
            }
            for e in std::fs::read_dir(sub.path()).map_err(io("files directory"))?.flatten() {
                let fname = e.file_name().to_string_lossy().into_owned();
                let (hex, thumb) = match fname.strip_suffix(".thumb") {
                    Some(h) => (h.to_string(), true),
                    None => (fname.clone(), false),
                };
                let Some(sha) = parse_sha(&hex) else {
                    // A partial thumbnail or anything else that is not ours to keep.
                    if old(&e.path()) && std::fs::remove_file(e.path()).is_ok() {
                        removed += 1;
                    }
                    continue;
                };
                if !old(&e.path()) {
                    continue;
                }
                let p = self.inner.pins.lock().unwrap_or_else(|e| e.into_inner());
                if p.backups > 0 || p.hashes.contains_key(&sha) {
                    continue;
                }
                let row = store::files::blob(&store.read()?, &sha)?;
                let wanted = match row {
                    None => false,
                    Some(b) => !thumb || b.thumb.is_some(),
                };
                if !wanted && std::fs::remove_file(e.path()).is_ok() {
                    removed += 1;
                }
            }
        }
        Ok(removed)
    }

    /// Waits until kicked or `period` passed.
    pub async fn wait(&self, period: Duration) {
        let _ = tokio::time::timeout(period, self.inner.kick.notified()).await;
    }
}

pub fn blob_path(dir: &Path, sha: &Sha) -> PathBuf {
    let hex = sha_hex(sha);
    dir.join(&hex[..2]).join(hex)
}

pub fn thumb_path(dir: &Path, sha: &Sha) -> PathBuf {
    let hex = sha_hex(sha);
    dir.join(&hex[..2]).join(format!("{hex}.thumb"))
}

pub fn parse_sha(hex: &str) -> Option<Sha> {
    if hex.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, slot) in out.iter_mut().enumerate() {
        *slot = u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(out)
}

/// What the blocking writer ends with: the hash, the size and the first bytes.
type Written = (Sha, u64, Vec<u8>);

/// One upload in progress: chunks go to a blocking writer that hashes and writes them.
pub struct Writer {
    tx: Option<tokio::sync::mpsc::Sender<bytes::Bytes>>,
    task: Option<tokio::task::JoinHandle<std::io::Result<Written>>>,
    tmp: PathBuf,
    size: u64,
    limit: u64,
}

pub fn too_large(limit: u64) -> Error {
    Error::new(
        Status::PayloadTooLarge,
        "file_too_large",
        crate::msg!("file-too-large", limit = crate::config::format_bytes(limit)),
    )
}

impl Writer {
    /// Adds a chunk; 413 `file_too_large` once the file passes the limit.
    pub async fn write(&mut self, chunk: bytes::Bytes) -> Result<()> {
        self.size += chunk.len() as u64;
        if self.size > self.limit {
            return Err(too_large(self.limit));
        }
        let sent = match &self.tx {
            Some(tx) => tx.send(chunk).await.is_ok(),
            None => false,
        };
        if !sent {
            return Err(Error::internal("the upload writer stopped"));
        }
        Ok(())
    }

    /// Ends the upload: the file is complete and fsynced.
    pub async fn finish(mut self) -> Result<Received> {
        self.tx.take();
        let task = self.task.take().ok_or_else(|| Error::internal("upload finished twice"))?;
        let tmp = std::mem::take(&mut self.tmp);
        let done = task.await.map_err(|e| Error::internal(format!("upload: {e}")))?;
        // From here the temporary file belongs to `Received` (which removes it unless stored).
        let received = |(sha256, size, head)| Received { tmp: tmp.clone(), sha256, size, head };
        match done {
            Ok(v) => Ok(received(v)),
            Err(e) => {
                let _ = std::fs::remove_file(&tmp);
                Err(io("upload")(e))
            }
        }
    }
}

impl Drop for Writer {
    fn drop(&mut self) {
        // Dropped before `finish` (refused, cancelled, the client went away): the partial file
        // goes once the writer has stopped.
        self.tx.take();
        if let Some(task) = self.task.take() {
            let tmp = std::mem::take(&mut self.tmp);
            tokio::spawn(async move {
                let _ = task.await;
                let _ = std::fs::remove_file(tmp);
            });
        }
    }
}

/// `bivouac check` for files: every blob a row names exists with its size and hash, and so does
/// its thumbnail.
pub fn check(dir: &Path, r: &impl Reader) -> Result<Vec<Problem>> {
    let mut problems = Vec::new();
    for (sha, blob) in store::files::all_blobs(r)? {
        let hex = sha_hex(&sha);
        match hash_file(&blob_path(dir, &sha)) {
            Ok((h, n)) if h == sha && n == blob.size => {}
            Ok((_, n)) if n != blob.size => {
                problems.push(format!("files: {hex} has {n} bytes, its row says {}", blob.size))
            }
            Ok(_) => problems.push(format!("files: {hex} does not match its hash (damaged)")),
            Err(e) => problems.push(format!("files: {hex} cannot be read: {e}")),
        }
        if let Some(t) = &blob.thumb {
            match hash_file(&thumb_path(dir, &sha)) {
                Ok((h, _)) if h == t.sha256 => {}
                Ok(_) => problems.push(format!("files: the thumbnail of {hex} is damaged")),
                Err(e) => problems.push(format!("files: the thumbnail of {hex} cannot be read: {e}")),
            }
        }
    }
    Ok(problems)
}

/// SHA-256 and length of a file.
pub fn hash_file(path: &Path) -> std::io::Result<(Sha, u64)> {
    let mut f = std::fs::File::open(path)?;
    let mut hash = Sha256::new();
    let mut buf = vec![0u8; 256 << 10];
    let mut n = 0u64;
    loop {
        let k = std::io::Read::read(&mut f, &mut buf)?;
        if k == 0 {
            break;
        }
        hash.update(&buf[..k]);
        n += k as u64;
    }
    Ok((hash.finalize().into(), n))
}
