//! Files and blobs: `FILES` with its indexes `BLOB_REFS`, `CHANNEL_FILES`, `PENDING_FILES` and
//! `REQUEST_FILES` (files given in a bot request's form),
//! the `BLOBS` rows (one per distinct content, while any file has it) and the `BLOB_TRASH` queue.
//!
//! [`add`], [`attach`], [`give_to_request`] and [`remove`] are the only writers of all of them. The bytes themselves
//! live on disk (see `files::Blobs`): a blob is written and fsynced before the row naming it is
//! committed, and unlinked only after the commit that dropped its last row (through the trash).

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Bound;

use super::keys::{k1, k3, part, prefix_range};
use super::tables::{BLOB_REFS, BLOB_TRASH, BLOBS, CHANNEL_FILES, FILES, PENDING_FILES, REQUEST_FILES};
use super::{Allowed, Cursor, Dir, Page, Problem, Reader, WriteTx, collect_keys, decode, page};
use crate::error::{Error, Result};
use crate::ids::{ChannelId, FileId, MessageId, RequestId};
use crate::model::{Blob, FileRecord};

pub type Sha = [u8; 32];

pub fn get(r: &impl Reader, id: FileId) -> Result<Option<FileRecord>> {
    super::get(r, FILES, &k1(id.0))
}

pub fn blob(r: &impl Reader, sha: &Sha) -> Result<Option<Blob>> {
    super::get(r, BLOBS, sha)
}

fn ref_key(sha: &Sha, id: FileId) -> Vec<u8> {
    [&sha[..], &k1(id.0)].concat()
}

/// Records a new upload (pending), and its blob unless it is known already. A blob row that
/// exists keeps its data, except that a thumbnail made now is added.
pub fn add(tx: &mut WriteTx<'_>, _: &Allowed, f: &FileRecord, b: &Blob) -> Result<()> {
    if get(tx, f.id)?.is_some() || f.message.is_some() {
        return Err(Error::internal("a new file must be new and pending"));
    }
    match blob(tx, &f.sha256)? {
        Some(mut old) => {
            if old.thumb.is_none() && b.thumb.is_some() {
                old.thumb = b.thumb.clone();
                super::put(tx, BLOBS, &f.sha256, &old)?;
            }
        }
        None => super::put(tx, BLOBS, &f.sha256, b)?,
    }
    // A blob coming back before its trash was drained stays.
    tx.delete(BLOB_TRASH, &f.sha256)?;
    tx.put(BLOB_REFS, &ref_key(&f.sha256, f.id), &[])?;
    tx.put(PENDING_FILES, &k1(f.id.0), &[])?;
    super::put(tx, FILES, &k1(f.id.0), f)
}

/// Attaches a pending file to a message.
pub fn attach(
    tx: &mut WriteTx<'_>,
    _: &Allowed,
    f: &mut FileRecord,
    channel: ChannelId,
    message: MessageId,
) -> Result<()> {
    if f.message.is_some() {
        return Err(Error::internal("file already attached"));
    }
    f.message = Some((channel, message));
    tx.delete(PENDING_FILES, &k1(f.id.0))?;
    tx.put(CHANNEL_FILES, &k3(channel.0, message.0, f.id.0), &[])?;
    super::put(tx, FILES, &k1(f.id.0), f)
}

/// The bot request a file was given in, if any.
pub fn request_of(r: &impl Reader, id: FileId) -> Result<Option<RequestId>> {
    r.get_with(REQUEST_FILES, &k1(id.0), |v| RequestId(part(v, 0)))
}

/// Gives a pending file to a bot request: it stops being pending (nobody collects it) and is
/// shown to whoever may see the request.
pub fn give_to_request(tx: &mut WriteTx<'_>, _: &Allowed, f: &FileRecord, request: RequestId) -> Result<()> {
    if f.message.is_some() || request_of(tx, f.id)?.is_some() {
        return Err(Error::internal("only a pending file can be given to a request"));
    }
    tx.delete(PENDING_FILES, &k1(f.id.0))?;
    tx.put(REQUEST_FILES, &k1(f.id.0), &k1(request.0))
}

/// Deletes a file record and its index rows; when it was the blob's last file, the blob row goes
/// too and its hash is queued for unlinking. Returns whether the blob went to the trash.
pub fn remove(tx: &mut WriteTx<'_>, _: &Allowed, f: &FileRecord) -> Result<bool> {
    tx.delete(FILES, &k1(f.id.0))?;
    tx.delete(BLOB_REFS, &ref_key(&f.sha256, f.id))?;
    tx.delete(PENDING_FILES, &k1(f.id.0))?;
    tx.delete(REQUEST_FILES, &k1(f.id.0))?;
    if let Some((c, m)) = f.message {
        tx.delete(CHANNEL_FILES, &k3(c.0, m.0, f.id.0))?;
    }
    let lo = ref_key(&f.sha256, FileId(0));
    let hi = ref_key(&f.sha256, FileId(u64::MAX));
    if collect_keys(tx, BLOB_REFS, &lo, &hi, Dir::Forward, 1)?.is_empty() {
        tx.delete(BLOBS, &f.sha256)?;
        tx.put(BLOB_TRASH, &f.sha256, &[])?;
        return Ok(true);
    }
    Ok(false)
}

/// The files of one message, in upload order.
pub fn of_message(r: &impl Reader, channel: ChannelId, message: MessageId) -> Result<Vec<FileRecord>> {
    let lo = k3(channel.0, message.0, 0);
    let hi = k3(channel.0, message.0, u64::MAX);
    let mut out = Vec::new();
    for k in collect_keys(r, CHANNEL_FILES, &lo, &hi, Dir::Forward, usize::MAX)? {
        if let Some(f) = get(r, FileId(part(&k, 2)))? {
            out.push(f);
        }
    }
    Ok(out)
}

/// The files of the messages of `channel` with ids in `[first, last]`, by message: one range scan
/// for a page of history.
pub fn of_messages(
    r: &impl Reader,
    channel: ChannelId,
    first: MessageId,
    last: MessageId,
) -> Result<BTreeMap<MessageId, Vec<FileRecord>>> {
    let lo = k3(channel.0, first.0, 0);
    let hi = k3(channel.0, last.0, u64::MAX);
    let mut out: BTreeMap<MessageId, Vec<FileRecord>> = BTreeMap::new();
    let mut ids = Vec::new();
    r.scan(CHANNEL_FILES, Bound::Included(&lo[..]), Bound::Included(&hi[..]), Dir::Forward, |k, _| {
        ids.push((MessageId(part(k, 1)), FileId(part(k, 2))));
        Ok(true)
    })?;
    for (m, id) in ids {
        if let Some(f) = get(r, id)? {
            out.entry(m).or_default().push(f);
        }
    }
    Ok(out)
}

/// A page of the files posted in `channel`, newest first, before `before`.
pub fn channel_page(
    r: &impl Reader,
    channel: ChannelId,
    before: Option<&Cursor>,
    limit: usize,
) -> Result<Page<FileRecord>> {
    let (lo, hi) = prefix_range(channel.0, 2);
    page::scan_page(r, CHANNEL_FILES, (&lo, &hi), Dir::Backward, before, limit, |k, _| get(r, FileId(part(k, 2))))
}

/// Up to `limit` pending files with ids below `before` (uploaded before that moment).
pub fn pending_before(r: &impl Reader, before: u64, limit: usize) -> Result<Vec<FileId>> {
    let keys = collect_keys(r, PENDING_FILES, &k1(0), &k1(before.saturating_sub(1)), Dir::Forward, limit)?;
    Ok(keys.iter().map(|k| FileId(part(k, 0))).collect())
}

/// Up to `limit` hashes waiting in the trash.
pub fn trash(r: &impl Reader, limit: usize) -> Result<Vec<Sha>> {
    let keys = collect_keys(r, BLOB_TRASH, &[0u8; 32], &[0xffu8; 32], Dir::Forward, limit)?;
    Ok(keys.iter().filter_map(|k| Sha::try_from(k.as_slice()).ok()).collect())
}

/// Takes a hash out of the trash (its file was unlinked, or the blob came back).
pub fn untrash(tx: &mut WriteTx<'_>, _: &Allowed, sha: &Sha) -> Result<()> {
    tx.delete(BLOB_TRASH, sha).map(|_| ())
}

/// Every blob row: for `bivouac check` and backups (which read them all anyway).
pub fn all_blobs(r: &impl Reader) -> Result<Vec<(Sha, Blob)>> {
    let mut out = Vec::new();
    r.scan(BLOBS, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |k, v| {
        if let Ok(sha) = Sha::try_from(k) {
            out.push((sha, decode(BLOBS, v)?));
        }
        Ok(true)
    })?;
    Ok(out)
}

fn all_keys(r: &impl Reader, t: super::Def) -> Result<BTreeSet<Vec<u8>>> {
    let mut out = BTreeSet::new();
    r.scan(t, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |k, _| {
        out.insert(k.to_vec());
        Ok(true)
    })?;
    Ok(out)
}

fn diff(problems: &mut Vec<Problem>, table: super::Def, expected: &BTreeSet<Vec<u8>>, found: &BTreeSet<Vec<u8>>) {
    let name = super::tables::name(table);
    for k in expected.difference(found) {
        problems.push(format!("{name}: the row {} is missing", super::check::show_key(k)));
    }
    for k in found.difference(expected) {
        problems.push(format!("{name}: the row {} is not backed by its primary", super::check::show_key(k)));
    }
}

pub(super) fn verify(r: &impl Reader, problems: &mut Vec<Problem>) -> Result<()> {
    let (mut refs, mut chats, mut pending, mut shas, mut given) =
        (BTreeSet::new(), BTreeSet::new(), BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
    let mut wrong = Vec::new();
    r.scan(FILES, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |_, v| {
        let f: FileRecord = decode(FILES, v)?;
        refs.insert(ref_key(&f.sha256, f.id));
        shas.insert(f.sha256.to_vec());
        match f.message {
            Some((c, m)) => {
                chats.insert(k3(c.0, m.0, f.id.0).to_vec());
                if super::chat::message(r, m)?.is_none_or(|msg| msg.deleted || msg.channel != c) {
                    wrong.push(format!("files-1: file {} belongs to a missing or deleted message {m}", f.id));
                }
            }
            None if request_of(r, f.id)?.is_some() => {
                given.insert(k1(f.id.0).to_vec());
            }
            None => {
                pending.insert(k1(f.id.0).to_vec());
            }
        }
        Ok(true)
    })?;
    problems.extend(wrong);
    diff(problems, BLOB_REFS, &refs, &all_keys(r, BLOB_REFS)?);
    diff(problems, CHANNEL_FILES, &chats, &all_keys(r, CHANNEL_FILES)?);
    diff(problems, PENDING_FILES, &pending, &all_keys(r, PENDING_FILES)?);
    diff(problems, REQUEST_FILES, &given, &all_keys(r, REQUEST_FILES)?);
    diff(problems, BLOBS, &shas, &all_keys(r, BLOBS)?);
    Ok(())
}

/// A hash as 64 hex digits (file names on disk, problem reports).
pub fn sha_hex(sha: &Sha) -> String {
    crate::crypto::hex(sha)
}
