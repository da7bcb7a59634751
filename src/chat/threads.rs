//! Threads: a message's replies, following a thread, and the Threads view.

use serde::Serialize;

use super::reads::unread;
use super::views::MessageView;
use super::{MAX_PAGE, get_channel};
use crate::clock::Timestamp;
use crate::error::{Error, Result};
use crate::ids::{ChannelId, MessageId, PersonId};
use crate::model::{Channel, Message, ReadPos};
use crate::msg;
use crate::policy::chats::Action;
use crate::policy::{self, Actor, Allowed};
use crate::store::{self, Cursor, Page, Reader, WriteTx, chat::Scope};

/// The message and its chat, if the actor may read that chat (404 otherwise), with the proof.
pub(super) fn readable_message(r: &impl Reader, actor: &Actor, id: MessageId) -> Result<(Message, Channel, Allowed)> {
    let m = store::chat::message(r, id)?.ok_or_else(|| Error::not_found("message"))?;
    let c = get_channel(r, m.channel)?;
    let ok = policy::chats::check(r, actor, Action::ReadChannel(&c)).map_err(|_| Error::not_found("message"))?;
    Ok((m, c, ok))
}

#[derive(Serialize)]
pub struct ThreadView {
    pub root: MessageView,
    pub replies: Vec<MessageView>,
    pub has_more: bool,
    pub following: bool,
    pub unread: u64,
}

/// A thread: its root and replies (after `after`, oldest first). Asking with a reply's id gives
/// its thread.
pub fn thread(
    r: &impl Reader,
    actor: &Actor,
    id: MessageId,
    after: Option<MessageId>,
    limit: usize,
) -> Result<ThreadView> {
    let (m, c, _) = readable_message(r, actor, id)?;
    let root = match m.thread_root {
        Some(root) => store::chat::top_message(r, c.id, root)?.ok_or_else(|| Error::not_found("message"))?,
        None => m,
    };
    let (replies, has_more) = store::chat::replies(r, root.id, after, limit.min(MAX_PAGE))?;
    let following = store::chat::follows(r, actor.id, root.id)?;
    let (unread, _) = unread(r, actor.id, Scope::Thread(root.id), u64::from(root.reply_count))?;
    Ok(ThreadView {
        root: super::views::message(r, &root, Some(actor.id))?,
        replies: super::views::messages(r, &replies, Some(actor.id))?,
        has_more,
        following,
        unread: if following { unread } else { 0 },
    })
}

pub fn follow(tx: &mut WriteTx<'_>, actor_id: PersonId, root: MessageId, on: bool) -> Result<()> {
    let actor = policy::actor(tx, actor_id)?;
    let (m, _, ok) = readable_message(tx, &actor, root)?;
    if m.thread_root.is_some() {
        return Err(Error::invalid("invalid_thread_root", msg!("thread-follow-reply")));
    }
    let scope = Scope::Thread(root);
    if on && store::chat::read_pos(tx, actor.id, scope)?.is_none() {
        // Following starts from now: earlier replies do not count as unread.
        store::chat::set_read_pos(tx, &ok, actor.id, scope, ReadPos { seq: u64::from(m.reply_count), message: 0 })?;
    }
    store::chat::set_follow(tx, &ok, actor.id, &m, on)
}

#[derive(Serialize)]
pub struct FollowedThread {
    pub root: MessageView,
    pub channel_id: ChannelId,
    pub unread: u64,
    pub mentions: u32,
    pub last_reply_at: Option<Timestamp>,
}

/// A page of the threads `actor` follows in chats they are still in, latest activity first.
pub fn followed(r: &impl Reader, actor: &Actor, before: Option<&Cursor>, limit: usize) -> Result<Page<FollowedThread>> {
    let page = store::chat::followed_page(r, actor.id, before, limit, |root| {
        store::chat::is_member(r, root.channel, actor.id)
    })?;
    page.try_map(|root| {
        let (unread, mentions) = unread(r, actor.id, Scope::Thread(root.id), u64::from(root.reply_count))?;
        Ok(FollowedThread {
            channel_id: root.channel,
            unread,
            mentions,
            last_reply_at: root.last_reply_at,
            root: super::views::message(r, &root, Some(actor.id))?,
        })
    })
}
