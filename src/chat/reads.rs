//! Read positions: how far each person has read in each chat and thread, and the unread and
//! mention counts that follow from them.

use serde::Serialize;

use super::{get_channel, threads::readable_message};
use crate::error::{Error, Result};
use crate::events::Event;
use crate::ids::{ChannelId, MessageId, PersonId};
use crate::model::ReadPos;
use crate::msg;
use crate::policy::chats::Action;
use crate::policy::{self};
use crate::store::{self, Reader, WriteTx, chat::Scope};

/// Unread and mention counts of `person` in `scope`, which holds `total` messages.
pub fn unread(r: &impl Reader, person: PersonId, scope: Scope, total: u64) -> Result<(u64, u32)> {
    let pos = store::chat::read_pos(r, person, scope)?.unwrap_or_default();
    Ok((total.saturating_sub(pos.seq), store::chat::mentions_after(r, person, scope, pos.message)?))
}

#[derive(Serialize)]
struct UnreadChanged {
    channel_id: ChannelId,
    #[serde(skip_serializing_if = "Option::is_none")]
    thread_root: Option<MessageId>,
    unread: u64,
    mentions: u32,
}

/// Marks a chat read up to `message` (a top-level message of it). Positions only move forward.
pub fn mark_read(tx: &mut WriteTx<'_>, actor_id: PersonId, id: ChannelId, message: MessageId) -> Result<(u64, u32)> {
    let actor = policy::actor(tx, actor_id)?;
    let c = get_channel(tx, id)?;
    let ok = policy::chats::check(tx, &actor, Action::ReadChannel(&c))?;
    let m = store::chat::top_message(tx, c.id, message)?
        .ok_or_else(|| Error::invalid("invalid_message", msg!("read-message-invalid")))?;
    let scope = Scope::Chat(c.id);
    let pos = store::chat::read_pos(tx, actor.id, scope)?.unwrap_or_default();
    if m.seq > pos.seq {
        store::chat::set_read_pos(tx, &ok, actor.id, scope, ReadPos { seq: m.seq, message: m.id.0 })?;
    }
    let (unread, mentions) = unread(tx, actor.id, scope, c.seq)?;
    tx.emit(Event::send(
        vec![actor.id],
        "unread.updated",
        &UnreadChanged { channel_id: c.id, thread_root: None, unread, mentions },
    ));
    Ok((unread, mentions))
}

/// Marks a chat unread from `message` (a top-level message of it) on: the read position moves
/// back to the message before it ("mark unread from here").
pub fn mark_unread(tx: &mut WriteTx<'_>, actor_id: PersonId, id: ChannelId, message: MessageId) -> Result<(u64, u32)> {
    let actor = policy::actor(tx, actor_id)?;
    let c = get_channel(tx, id)?;
    let ok = policy::chats::check(tx, &actor, Action::ReadChannel(&c))?;
    let m = store::chat::top_message(tx, c.id, message)?
        .ok_or_else(|| Error::invalid("invalid_message", msg!("read-not-in-chat")))?;
    let (before, _) = store::chat::page(tx, c.id, Some(m.id), None, 1)?;
    let pos = ReadPos { seq: m.seq.saturating_sub(1), message: before.first().map(|p| p.id.0).unwrap_or(0) };
    let scope = Scope::Chat(c.id);
    store::chat::set_read_pos(tx, &ok, actor.id, scope, pos)?;
    let (unread, mentions) = unread(tx, actor.id, scope, c.seq)?;
    tx.emit(Event::send(
        vec![actor.id],
        "unread.updated",
        &UnreadChanged { channel_id: c.id, thread_root: None, unread, mentions },
    ));
    Ok((unread, mentions))
}

/// Marks a thread read up to `message` (one of its replies, or the root for "all of it").
pub fn mark_thread_read(
    tx: &mut WriteTx<'_>,
    actor_id: PersonId,
    root: MessageId,
    message: MessageId,
) -> Result<(u64, u32)> {
    let actor = policy::actor(tx, actor_id)?;
    let (root_msg, c, ok) = readable_message(tx, &actor, root)?;
    if root_msg.thread_root.is_some() {
        return Err(Error::invalid("invalid_thread_root", msg!("thread-root-is-reply")));
    }
    let seq = if message == root {
        u64::from(root_msg.reply_count)
    } else {
        let reply = store::chat::message(tx, message)?
            .filter(|m| m.thread_root == Some(root))
            .ok_or_else(|| Error::invalid("invalid_message", msg!("read-reply-invalid")))?;
        reply.seq
    };
    let scope = Scope::Thread(root);
    let pos = store::chat::read_pos(tx, actor.id, scope)?.unwrap_or_default();
    if seq > pos.seq {
        store::chat::set_read_pos(tx, &ok, actor.id, scope, ReadPos { seq, message: message.0.max(pos.message) })?;
    }
    let (unread, mentions) = unread(tx, actor.id, scope, u64::from(root_msg.reply_count))?;
    tx.emit(Event::send(
        vec![actor.id],
        "unread.updated",
        &UnreadChanged { channel_id: c.id, thread_root: Some(root), unread, mentions },
    ));
    Ok((unread, mentions))
}
