//! What one viewer sees of a chat or a message.

use serde::Serialize;

use super::reactions::{ReactionView, group};
use super::reads::unread;
use crate::clock::Timestamp;
use crate::error::Result;
use crate::files::FileView;
use crate::ids::{ChannelId, MessageId, PersonId};
use crate::model::{Channel, ChannelKind, FileRecord, Message};
use crate::policy::chats::ChatCan;
use crate::policy::{self, Actor};
use crate::store::{self, Reader, chat::Scope};

/// A message as every member sees it (one frame serves them all; what the viewer may do with it
/// follows from `author_id` and the chat's `can.moderate`).
#[derive(Serialize, Clone, Debug)]
pub struct MessageView {
    pub id: MessageId,
    pub channel_id: ChannelId,
    pub author_id: PersonId,
    pub body: String,
    pub mentions: Vec<PersonId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thread_root: Option<MessageId>,
    pub reply_count: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_reply_at: Option<Timestamp>,
    pub created_at: Timestamp,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub edited_at: Option<Timestamp>,
    pub deleted: bool,
    pub client_id: String,
    /// The files posted with it (`GET /api/files/{id}`).
    pub files: Vec<FileView>,
    /// Emoji reactions, grouped by emoji (`me`: the viewer reacted so; live events carry
    /// `me: false` and clients look for themselves in `people`).
    pub reactions: Vec<ReactionView>,
}

impl MessageView {
    pub fn of(m: &Message) -> MessageView {
        MessageView {
            id: m.id,
            channel_id: m.channel,
            author_id: m.author,
            body: m.body.clone(),
            mentions: m.mentions.clone(),
            thread_root: m.thread_root,
            reply_count: m.reply_count,
            last_reply_at: m.last_reply_at,
            created_at: m.created_at,
            edited_at: m.edited_at,
            deleted: m.deleted,
            client_id: m.client_id.clone(),
            files: Vec::new(),
            reactions: Vec::new(),
        }
    }

    pub fn with_files(mut self, files: &[FileRecord]) -> MessageView {
        self.files = files.iter().map(FileView::of).collect();
        self
    }
}

/// A message with its files and reactions, as `viewer` sees it (None: as every member does).
pub fn message(r: &impl Reader, m: &Message, viewer: Option<PersonId>) -> Result<MessageView> {
    if m.deleted {
        return Ok(MessageView::of(m));
    }
    let files = store::files::of_message(r, m.channel, m.id)?;
    let mut v = MessageView::of(m).with_files(&files);
    v.reactions = group(&store::reactions::of_message(r, m.channel, m.id)?, viewer);
    Ok(v)
}

/// Messages of one chat with their files and reactions, each read in one range scan.
pub fn messages(r: &impl Reader, list: &[Message], viewer: Option<PersonId>) -> Result<Vec<MessageView>> {
    let (Some(first), Some(last)) = (list.iter().map(|m| m.id).min(), list.iter().map(|m| m.id).max()) else {
        return Ok(Vec::new());
    };
    let channel = list[0].channel;
    let mut files = store::files::of_messages(r, channel, first, last)?;
    let mut reactions = store::reactions::of_messages(r, channel, first, last)?;
    Ok(list
        .iter()
        .map(|m| {
            let mut v = MessageView::of(m);
            if m.channel != channel {
                return v;
            }
            if let Some(f) = files.remove(&m.id) {
                v = v.with_files(&f);
            }
            if let Some(rows) = reactions.remove(&m.id) {
                v.reactions = group(&rows, viewer);
            }
            v
        })
        .collect())
}

#[derive(Serialize, Clone, Debug)]
pub struct ChannelView {
    pub id: ChannelId,
    pub kind: &'static str,
    pub name: String,
    pub description: String,
    pub private: bool,
    pub archived: bool,
    pub member_count: u32,
    pub unread: u64,
    pub mentions: u32,
    pub last_message_at: Option<Timestamp>,
    pub creator_id: PersonId,
    /// Whether the viewer is a member.
    pub joined: bool,
    /// For direct and group chats: the members (the other person of a direct chat, the first
    /// few of a group; `GET /api/channels/{id}/members` pages through them all).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub members: Option<Vec<PersonId>>,
    /// What the viewer may do here.
    pub can: ChatCan,
    /// How much of this chat notifies the viewer: `all`, `mentions` or `none` (muted; muted
    /// chats do not count in the tab title).
    pub notify: &'static str,
}

/// How many members a chat view names.
const NAMED_MEMBERS: usize = 5;

/// A direct chat is named after the other person, a group after its other members.
fn chat_name(r: &impl Reader, c: &Channel, viewer: PersonId, members: &[PersonId]) -> Result<String> {
    if c.kind == ChannelKind::Channel {
        return Ok(c.name.clone());
    }
    let mut names = Vec::new();
    for id in members.iter().filter(|id| **id != viewer).take(4) {
        if let Some(p) = store::people::get(r, *id)? {
            names.push(p.full_name());
        }
    }
    let others = (c.member_count as usize).saturating_sub(1);
    let more = others.saturating_sub(names.len());
    if more > 0 || names.is_empty() {
        let lang = store::languages::for_reader(r, viewer)?;
        if names.is_empty() {
            return Ok(crate::msg!("chat-just-you").render(lang));
        }
        names.push(crate::msg!("chat-more", count = more).render(lang));
    }
    Ok(names.join(", "))
}

/// `c` as `viewer` sees it.
pub fn view(r: &impl Reader, c: &Channel, viewer: &Actor) -> Result<ChannelView> {
    let joined = store::chat::is_member(r, c.id, viewer.id)?;
    view_as(r, c, viewer, joined)
}

/// [`view`] when the caller already knows whether `viewer` is a member.
pub(super) fn view_as(r: &impl Reader, c: &Channel, viewer: &Actor, joined: bool) -> Result<ChannelView> {
    let members =
        if c.kind != ChannelKind::Channel { Some(store::chat::first_members(r, c.id, NAMED_MEMBERS)?) } else { None };
    let (unread, mentions) = if joined { unread(r, viewer.id, Scope::Chat(c.id), c.seq)? } else { (0, 0) };
    Ok(ChannelView {
        id: c.id,
        kind: c.kind.as_str(),
        name: chat_name(r, c, viewer.id, members.as_deref().unwrap_or(&[]))?,
        description: c.description.clone(),
        private: c.private,
        archived: c.archived,
        member_count: c.member_count,
        unread,
        mentions,
        last_message_at: c.last_message_at,
        creator_id: c.creator,
        joined,
        members,
        can: policy::chats::can(r, viewer, c)?,
        notify: store::notify::chat_level(r, viewer.id, c.id)?.unwrap_or_else(|| c.kind.default_notify()).as_str(),
    })
}
