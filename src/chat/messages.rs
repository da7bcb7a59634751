//! Messages: history pages, posting (with thread replies and mentions), editing and deleting.

use serde::Serialize;

use super::threads::readable_message;
use super::views::MessageView;
use super::{MAX_PAGE, format, get_channel};
use crate::error::{Error, Result};
use crate::events::Event;
use crate::ids::{ChannelId, FileId, MessageId, PersonId};
use crate::input::{Body, ClientId};
use crate::model::{Channel, Message, ReadPos};
use crate::msg;
use crate::policy::chats::Action;
use crate::policy::{self, Actor};
use crate::store::{self, Reader, WriteTx, chat::Scope};

pub fn history(
    r: &impl Reader,
    actor: &Actor,
    id: ChannelId,
    before: Option<MessageId>,
    after: Option<MessageId>,
    limit: usize,
) -> Result<(Vec<Message>, bool)> {
    let c = get_channel(r, id)?;
    let _ = policy::chats::check(r, actor, Action::ReadChannel(&c))?;
    let (mut messages, more) = store::chat::page(r, id, before, after, limit.min(MAX_PAGE))?;
    if messages.first().zip(messages.last()).is_some_and(|(a, b)| a.id > b.id) {
        messages.reverse();
    }
    Ok((messages, more))
}

/// The page of history around message `around` (a top-level message of the chat): up to half of
/// `limit` before it, it, and the rest after it, oldest first; plus whether older and newer
/// messages lie beyond. For opening a chat at a search result.
pub fn around(
    r: &impl Reader,
    actor: &Actor,
    id: ChannelId,
    around: MessageId,
    limit: usize,
) -> Result<(Vec<Message>, bool, bool)> {
    let c = get_channel(r, id)?;
    let _ = policy::chats::check(r, actor, Action::ReadChannel(&c))?;
    let limit = limit.clamp(2, MAX_PAGE);
    let (mut older, more_before) =
        store::chat::page(r, id, Some(MessageId(around.0.saturating_add(1))), None, limit / 2)?;
    older.reverse();
    let (newer, more_after) = store::chat::page(r, id, None, Some(around), limit - older.len())?;
    older.extend(newer);
    Ok((older, more_before, more_after))
}

/// Checks each mention against the policy, in the acting transaction. An id that does not exist
/// gets the same answer as one the author may not see, so mentions cannot probe for ids.
fn check_mentions(r: &impl Reader, actor: &Actor, c: &Channel, mentions: &[PersonId]) -> Result<()> {
    for id in mentions {
        let target = store::people::get(r, *id)?.ok_or_else(policy::chats::mention_refused)?;
        let _ = policy::chats::check(r, actor, Action::Mention { channel: c, target: &target })?;
    }
    Ok(())
}

pub struct NewMessage {
    pub client_id: ClientId,
    pub body: Body,
    pub thread_root: Option<MessageId>,
    /// Uploads of the author's to post with it (at most [`MAX_FILES`]).
    pub files: Vec<FileId>,
}

/// The most files one message carries.
pub const MAX_FILES: usize = 20;

/// Posts a message (or a thread reply). The same `client_id` from the same person returns the
/// message already stored, with `false`.
pub fn post(tx: &mut WriteTx<'_>, actor_id: PersonId, channel: ChannelId, n: &NewMessage) -> Result<(Message, bool)> {
    let actor = policy::actor(tx, actor_id)?;
    let mut c = get_channel(tx, channel)?;
    let ok = policy::chats::check(tx, &actor, Action::Post(&c))?;
    if let Some(existing) = store::chat::by_client_id(tx, actor.id, n.client_id.as_str())? {
        return Ok((
            store::chat::message(tx, existing)?.ok_or_else(|| Error::internal("client id of a missing message"))?,
            false,
        ));
    }
    let root = match n.thread_root {
        None => None,
        Some(root_id) => {
            let root = store::chat::top_message(tx, c.id, root_id)?
                .ok_or_else(|| Error::invalid("invalid_thread_root", msg!("thread-root-invalid")))?;
            if root.deleted {
                return Err(Error::invalid("invalid_thread_root", msg!("thread-root-deleted")));
            }
            Some(root)
        }
    };
    let mentions = format::mentions(n.body.as_str());
    check_mentions(tx, &actor, &c, &mentions)?;
    let mut files = Vec::with_capacity(n.files.len());
    if n.files.len() > MAX_FILES {
        return Err(Error::invalid("too_many_files", msg!("too-many-files", max = MAX_FILES)));
    }
    if n.body.as_str().is_empty() && n.files.is_empty() {
        return Err(Error::invalid("empty_body", msg!("body-empty")));
    }
    for id in &n.files {
        let f = store::files::get(tx, *id)?.ok_or_else(|| Error::invalid("invalid_file", msg!("file-missing")))?;
        if files.iter().any(|g: &crate::model::FileRecord| g.id == f.id) {
            continue;
        }
        let _ = policy::chats::check(tx, &actor, Action::AttachFile(&f))?;
        files.push(f);
    }
    let now = tx.now();
    let mut m = Message {
        id: MessageId(tx.new_id()),
        channel: c.id,
        author: actor.id,
        body: n.body.as_str().to_string(),
        mentions: mentions.clone(),
        thread_root: n.thread_root,
        seq: 0,
        reply_count: 0,
        last_reply_at: None,
        created_at: now,
        edited_at: None,
        deleted: false,
        client_id: n.client_id.as_str().to_string(),
    };
    match root {
        None => {
            c.seq += 1;
            m.seq = c.seq;
            c.last_message_at = Some(now);
            store::chat::save_channel(tx, &ok, &c)?;
            store::chat::save_message(tx, &ok, &m)?;
            store::chat::set_read_pos(tx, &ok, actor.id, Scope::Chat(c.id), ReadPos { seq: m.seq, message: m.id.0 })?;
        }
        Some(mut root) => {
            root.reply_count += 1;
            root.last_reply_at = Some(now);
            m.seq = u64::from(root.reply_count);
            store::chat::save_message(tx, &ok, &root)?;
            store::chat::save_message(tx, &ok, &m)?;
            // Whoever replies and whoever is mentioned follows the thread; the root's author
            // starts following with its first reply (and stays unfollowed if they chose so).
            let author = (root.reply_count == 1).then_some(root.author);
            for p in author.iter().chain([actor.id].iter()).chain(&mentions) {
                store::chat::set_follow(tx, &ok, *p, &root, true)?;
            }
            let pos = ReadPos { seq: m.seq, message: m.id.0 };
            store::chat::set_read_pos(tx, &ok, actor.id, Scope::Thread(root.id), pos)?;
            tx.emit(Event::channel(c.id, "message.updated", &super::views::message(tx, &root, None)?));
        }
    }
    // A trigger word for an outgoing webhook queues its delivery (sent after the commit).
    store::bots::queue_outgoing(tx, &ok, &m)?;
    for f in &mut files {
        store::files::attach(tx, &ok, f, c.id, m.id)?;
    }
    // Who hears of it (pushes, mail) is decided by the notifier after this commit, so posting
    // never waits on it, however many members the chat has.
    store::notify::enqueue(tx, &ok, m.id)?;
    tx.emit(Event::channel(c.id, "message.created", &MessageView::of(&m).with_files(&files)));
    Ok((m, true))
}

pub fn edit(tx: &mut WriteTx<'_>, actor_id: PersonId, id: MessageId, body: &Body) -> Result<Message> {
    let actor = policy::actor(tx, actor_id)?;
    let (mut m, c, _) = readable_message(tx, &actor, id)?;
    let _ = policy::chats::check(tx, &actor, Action::EditMessage(&m))?;
    if m.deleted {
        return Err(Error::conflict("message_deleted", msg!("message-deleted")));
    }
    let ok = policy::chats::check(tx, &actor, Action::Post(&c))?;
    let mentions = format::mentions(body.as_str());
    let added: Vec<PersonId> = mentions.iter().filter(|p| !m.mentions.contains(p)).copied().collect();
    check_mentions(tx, &actor, &c, &added)?;
    m.mentions = mentions;
    m.body = body.as_str().to_string();
    m.edited_at = Some(tx.now());
    store::chat::save_message(tx, &ok, &m)?;
    tx.emit(Event::channel(c.id, "message.updated", &super::views::message(tx, &m, None)?));
    Ok(m)
}

/// Deletes a message, leaving a visible "deleted" marker in its place (and its thread).
pub fn delete(tx: &mut WriteTx<'_>, actor_id: PersonId, id: MessageId) -> Result<Message> {
    let actor = policy::actor(tx, actor_id)?;
    let (mut m, c, _) = readable_message(tx, &actor, id)?;
    let ok = policy::chats::check(tx, &actor, Action::DeleteMessage { message: &m, channel: &c })?;
    if m.deleted {
        return Ok(m);
    }
    // Its files go with it; a blob nobody else has is freed (see `files::blobs`).
    for f in store::files::of_message(tx, m.channel, m.id)? {
        store::files::remove(tx, &ok, &f)?;
    }
    store::reactions::clear(tx, &ok, m.channel, m.id)?;
    m.mentions.clear();
    m.deleted = true;
    m.body.clear();
    store::chat::save_message(tx, &ok, &m)?;
    #[derive(Serialize)]
    struct Deleted {
        id: MessageId,
        channel_id: ChannelId,
        #[serde(skip_serializing_if = "Option::is_none")]
        thread_root: Option<MessageId>,
    }
    tx.emit(Event::channel(
        c.id,
        "message.deleted",
        &Deleted { id: m.id, channel_id: c.id, thread_root: m.thread_root },
    ));
    Ok(m)
}
