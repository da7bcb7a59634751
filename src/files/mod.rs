//! Files: uploads, what a viewer may download, a chat's Files list, and the housekeeping that
//! frees space. The bytes are blobs on disk ([`blobs`]); their names, uploaders and the message
//! carrying each are rows in the store (`store::files`).
//!
//! A file is uploaded first (`POST /api/files`, pending), then posted: `chat::messages::post`
//! attaches it to the message in the message's own transaction. Anyone who may read that message
//! may download it; nobody else learns it exists (404). Deleting the message deletes its files,
//! and the last file of a blob frees the blob. Pending files nobody posted go after a day.
//!
//! Layer: domain, below `chat` (which attaches and shows files).

pub mod blobs;
pub mod sniff;
pub mod thumbs;

use std::time::Duration;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::ids::{ChannelId, FileId, PersonId};
use crate::model::{Blob, FileRecord, ImageMeta};
use crate::policy::chats::Action;
use crate::policy::{self, Actor};
use crate::store::{self, Cursor, Page, Reader, Store, WriteTx};

pub use blobs::Blobs;

/// An upload nobody posted is collected this long after it was made.
pub const PENDING_FOR: Duration = Duration::from_secs(24 * 3600);

/// A file as a message shows it.
#[derive(Serialize, Clone, Debug, PartialEq, Eq)]
pub struct FileView {
    pub id: FileId,
    pub name: String,
    pub size: u64,
    pub content_type: String,
    /// Images: their size in pixels and whether `GET /api/files/{id}/thumbnail` has a preview.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image: Option<ImageView>,
}

#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
pub struct ImageView {
    pub width: u32,
    pub height: u32,
    pub thumbnail: bool,
}

impl FileView {
    pub fn of(f: &FileRecord) -> FileView {
        FileView {
            id: f.id,
            name: f.name.clone(),
            size: f.size,
            content_type: f.content_type.clone(),
            image: f.image.map(|i| ImageView { width: i.width, height: i.height, thumbnail: i.thumbnail }),
        }
    }
}

/// The answer to an upload: `{id, name, size, content_type, sha256}` and the image facts.
#[derive(Serialize)]
pub struct Uploaded {
    #[serde(flatten)]
    pub file: FileView,
    pub sha256: String,
}

/// A file name as given, made safe to show and to put in a header: the last path component, no
/// control or direction-override characters, at most 255 characters, in NFC; never empty.
pub fn clean_name(raw: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let last = raw.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String = last
        .nfc()
        .filter(|c| {
            !c.is_control()
                && !matches!(*c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}')
        })
        .take(255)
        .collect();
    let cleaned = cleaned.trim().trim_matches('.').trim().to_string();
    if cleaned.is_empty() { "file".into() } else { cleaned }
}

/// What an upload stored on disk, to be recorded.
pub struct Stored {
    pub name: String,
    pub sha256: [u8; 32],
    pub size: u64,
    pub content_type: String,
    pub image: Option<(u32, u32)>,
    pub thumb: Option<crate::model::Thumb>,
}

/// Records an upload as a pending file of `actor_id`.
pub fn register(tx: &mut WriteTx<'_>, actor_id: PersonId, s: &Stored) -> Result<FileRecord> {
    let actor = policy::actor(tx, actor_id)?;
    let ok = policy::chats::check(tx, &actor, Action::UploadFile)?;
    let now = tx.now();
    // A blob already known keeps its thumbnail (made when it first came).
    let known = store::files::blob(tx, &s.sha256)?;
    let thumb = known.as_ref().and_then(|b| b.thumb.clone()).or_else(|| s.thumb.clone());
    let f = FileRecord {
        id: FileId(tx.new_id()),
        sha256: s.sha256,
        name: s.name.clone(),
        size: s.size,
        content_type: s.content_type.clone(),
        uploader: actor.id,
        created_at: now,
        message: None,
        image: s.image.map(|(width, height)| ImageMeta { width, height, thumbnail: thumb.is_some() }),
    };
    let b = Blob { size: s.size, content_type: s.content_type.clone(), created_at: now, thumb };
    store::files::add(tx, &ok, &f, &b)?;
    Ok(f)
}

/// A file `actor` may download: one carried by a message of a chat they may read, one given in
/// the form of a bot request they may see, or their own upload not sent yet (404 otherwise,
/// whether it exists or not).
pub fn readable(r: &impl Reader, actor: &Actor, id: FileId) -> Result<(FileRecord, Blob)> {
    let nf = || Error::not_found("file");
    let f = store::files::get(r, id)?.ok_or_else(nf)?;
    match f.message {
        Some((channel, _)) => {
            let c = store::chat::channel(r, channel)?.ok_or_else(nf)?;
            let _ = policy::chats::check(r, actor, Action::ReadChannel(&c)).map_err(|_| nf())?;
        }
        None => match store::files::request_of(r, id)? {
            Some(request) => {
                let q = store::bots::request(r, request)?.ok_or_else(nf)?;
                let _ = policy::bots::check(r, actor, policy::bots::Action::ViewRequest(&q)).map_err(|_| nf())?;
            }
            // Not sent yet: only its uploader sees it (the preview while the message is sent).
            None => {
                let _ = policy::chats::check(r, actor, Action::ReadUpload(&f)).map_err(|_| nf())?;
            }
        },
    }
    let b = store::files::blob(r, &f.sha256)?.ok_or_else(nf)?;
    Ok((f, b))
}

/// A chat's entry in its Files list: the file, who posted it, when, and the message.
#[derive(Serialize)]
pub struct ChatFile {
    #[serde(flatten)]
    pub file: FileView,
    pub message_id: crate::ids::MessageId,
    pub author_id: PersonId,
    pub created_at: crate::clock::Timestamp,
}

/// A page of the files posted in a chat, newest first.
pub fn chat_files(
    r: &impl Reader,
    actor: &Actor,
    channel: ChannelId,
    before: Option<&Cursor>,
    limit: usize,
) -> Result<Page<ChatFile>> {
    let c = store::chat::channel(r, channel)?.ok_or_else(|| Error::not_found("chat"))?;
    let _ = policy::chats::check(r, actor, Action::ReadChannel(&c))?;
    let page = store::files::channel_page(r, channel, before, limit)?;
    page.try_map(|f| {
        let message_id = f.message.map(|(_, m)| m).unwrap_or(crate::ids::MessageId(0));
        Ok(ChatFile { file: FileView::of(&f), message_id, author_id: f.uploader, created_at: f.created_at })
    })
}

/// Deletes uploads nobody posted within [`PENDING_FOR`]; returns how many went.
pub async fn collect_pending(store: &Store) -> Result<usize> {
    let mut total = 0;
    loop {
        let cutoff_ms = store.now().0.saturating_sub(PENDING_FOR.as_millis() as i64).max(0) as u64;
        let ids = store::files::pending_before(&store.read()?, cutoff_ms << 16, 500)?;
        if ids.is_empty() {
            return Ok(total);
        }
        let n = ids.len();
        store
            .write(move |tx| {
                let ok = policy::system("collect uploads nobody posted");
                for id in &ids {
                    if let Some(f) = store::files::get(tx, *id)?
                        && f.message.is_none()
                    {
                        store::files::remove(tx, &ok, &f)?;
                    }
                }
                Ok(())
            })
            .await?;
        total += n;
    }
}

/// The housekeeping task: at start and then hourly, collect unposted uploads and orphaned files;
/// whenever kicked (a message with files was deleted) or every minute, unlink freed blobs.
pub async fn housekeeping(store: Store, blobs: Blobs) {
    let mut last_sweep: Option<std::time::Instant> = None;
    loop {
        if last_sweep.is_none_or(|t| t.elapsed() > Duration::from_secs(3600)) {
            last_sweep = Some(std::time::Instant::now());
            match collect_pending(&store).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(files = n, "collected uploads nobody posted within a day"),
                Err(e) => tracing::warn!(error = %e.message, "cannot collect unposted uploads"),
            }
            let (s, b) = (store.clone(), blobs.clone());
            match tokio::task::spawn_blocking(move || b.collect_orphans(&s)).await {
                Ok(Ok(0)) => {}
                Ok(Ok(n)) => tracing::info!(files = n, "removed files that no record names"),
                Ok(Err(e)) => tracing::warn!(error = %e.message, "cannot collect orphaned files"),
                Err(_) => {}
            }
        }
        match blobs.drain_trash(&store).await {
            Ok(0) => {}
            Ok(n) => tracing::debug!(files = n, "freed the space of deleted files"),
            Err(e) => tracing::warn!(error = %e.message, "cannot free deleted files"),
        }
        blobs.wait(Duration::from_secs(60)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_cleaned() {
        assert_eq!(clean_name("../../etc/passwd"), "passwd");
        assert_eq!(clean_name("C:\\Users\\a\\report.pdf"), "report.pdf");
        assert_eq!(clean_name("evil\u{202e}fdp.exe"), "evilfdp.exe");
        assert_eq!(clean_name("  "), "file");
        assert_eq!(clean_name(".."), "file");
        assert_eq!(clean_name(&"a".repeat(400)).chars().count(), 255);
    }
}
