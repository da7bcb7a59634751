//! Messaging: channels, direct and group chats, messages, threads, read positions.
//!
//! Every use case reads the actor, the chat and the relationships it needs in the transaction
//! that acts, asks `policy::check`, then writes. Events go to the chat's connected members after
//! the commit (see `events`).

pub mod format;
pub mod http;

use serde::Serialize;

use crate::clock::Timestamp;

use crate::error::{Error, Result};
use crate::events::Event;
use crate::ids::{ChannelId, MessageId, PersonId};
use crate::model::{Channel, ChannelKind, Message, Person, ReadPos};
use crate::people::{Name, acting};
use crate::policy::{self, Action, Actor};
use crate::store::{self, Reader, WriteTx};

/// The most people in a group chat, its creator included.
pub const MAX_GROUP: usize = 50;
/// The most messages one history page returns.
pub const MAX_PAGE: usize = 200;

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
        }
    }
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
    /// For direct and group chats, and for channel details: the members.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub members: Option<Vec<PersonId>>,
}

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
    let others = members.iter().filter(|id| **id != viewer).count();
    if others > names.len() {
        names.push(format!("{} more", others - names.len()));
    }
    Ok(if names.is_empty() { "Just you".into() } else { names.join(", ") })
}

/// Unread and mention counts of `person` in a chat or thread (`scope`) with `total` messages.
fn unread(r: &impl Reader, person: PersonId, scope: u64, total: u64) -> Result<(u64, u32)> {
    let pos = store::chat::read_pos(r, person, scope)?.unwrap_or_default();
    Ok((total.saturating_sub(pos.seq), store::chat::mentions_after(r, person, scope, pos.message)?))
}

/// `c` as `viewer` sees it. `with_members` lists the members (always for direct and group chats).
pub fn view(r: &impl Reader, c: &Channel, viewer: PersonId, with_members: bool) -> Result<ChannelView> {
    let joined = store::chat::is_member(r, c.id, viewer)?;
    view_as(r, c, viewer, with_members, joined)
}

/// [`view`] when the caller already knows whether `viewer` is a member.
fn view_as(r: &impl Reader, c: &Channel, viewer: PersonId, with_members: bool, joined: bool) -> Result<ChannelView> {
    let members =
        if with_members || c.kind != ChannelKind::Channel { Some(store::chat::members(r, c.id)?) } else { None };
    let (unread, mentions) = if joined { unread(r, viewer, c.id.0, c.seq)? } else { (0, 0) };
    Ok(ChannelView {
        id: c.id,
        kind: c.kind.as_str(),
        name: chat_name(r, c, viewer, members.as_deref().unwrap_or(&[]))?,
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
    })
}

fn get_channel(r: &impl Reader, id: ChannelId) -> Result<Channel> {
    store::chat::channel(r, id)?.ok_or_else(|| Error::not_found("chat"))
}

fn get_person(r: &impl Reader, id: PersonId) -> Result<Person> {
    store::people::get(r, id)?.ok_or_else(|| Error::not_found("person"))
}

/// The chats `actor` is in, channels first by name, then chats by latest message.
pub fn list(r: &impl Reader, actor: &Actor, archived: bool) -> Result<Vec<ChannelView>> {
    let mut out = Vec::new();
    for id in store::chat::channels_of(r, actor.id)? {
        let c = get_channel(r, id)?;
        if c.archived && !archived {
            continue;
        }
        out.push(view_as(r, &c, actor.id, false, true)?);
    }
    // Channels by name (case-insensitive), then chats newest first; keys computed once each.
    out.sort_by_cached_key(|v| {
        let chat = v.kind != "channel";
        let newest_first = std::cmp::Reverse(if chat { v.last_message_at } else { None });
        (chat, newest_first, if chat { String::new() } else { v.name.to_lowercase() })
    });
    Ok(out)
}

/// Public, unarchived channels, with whether the actor is in each.
pub fn browse(r: &impl Reader, actor: &Actor) -> Result<Vec<ChannelView>> {
    policy::check(r, actor, Action::BrowseChannels)?;
    let mut out = Vec::new();
    for c in store::chat::all_channels(r)? {
        if c.kind == ChannelKind::Channel && !c.private && !c.archived {
            out.push(view(r, &c, actor.id, false)?);
        }
    }
    out.sort_by_cached_key(|v| v.name.to_lowercase());
    Ok(out)
}

pub fn detail(r: &impl Reader, actor: &Actor, id: ChannelId) -> Result<ChannelView> {
    let c = get_channel(r, id)?;
    policy::check(r, actor, Action::SeeChannel(&c))?;
    view(r, &c, actor.id, true)
}

#[derive(Serialize)]
pub struct MemberName {
    pub id: PersonId,
    pub first_name: String,
    pub last_name: String,
    pub active: bool,
}

/// The names of a chat's members, for its members: whoever reads a conversation sees who wrote
/// in it (also a Freelancer, whose directory otherwise holds only his direct partners). Only
/// names: cards, emails and roles stay behind the directory's rules.
pub fn member_names(r: &impl Reader, actor: &Actor, id: ChannelId) -> Result<Vec<MemberName>> {
    let c = get_channel(r, id)?;
    policy::check(r, actor, Action::ReadChannel(&c))?;
    let mut out = Vec::new();
    for p in store::chat::members(r, c.id)? {
        if let Some(p) = store::people::get(r, p)? {
            out.push(MemberName {
                id: p.id,
                first_name: p.first_name,
                last_name: p.last_name,
                active: p.state == crate::model::PersonState::Active,
            });
        }
    }
    Ok(out)
}

pub fn clean_channel_name(name: &str) -> Result<String> {
    let n = Name::parse("Channel name", name.trim_start_matches('#'), 80)?;
    Ok(n)
}

pub fn clean_description(d: &str) -> Result<String> {
    let d = d.trim();
    if d.chars().count() > 500 {
        return Err(Error::invalid("invalid_description", "The description must be at most 500 characters."));
    }
    Ok(d.to_string())
}

/// Adds `person` to `c`: membership rows, a read position at the current end (no backlog shows
/// as unread), and the events that start their live updates and tell the others.
fn admit(tx: &mut WriteTx<'_>, c: &mut Channel, person: PersonId) -> Result<bool> {
    if !store::chat::add_member(tx, c, person)? {
        return Ok(false);
    }
    store::chat::set_read_pos(tx, person, c.id.0, ReadPos { seq: c.seq, message: 0 })?;
    tx.emit(Event::Joined { channel: c.id, person });
    #[derive(Serialize)]
    struct Added {
        channel_id: ChannelId,
        person_id: PersonId,
        member_count: u32,
    }
    tx.emit(Event::channel(
        c.id,
        "member.added",
        &Added { channel_id: c.id, person_id: person, member_count: c.member_count },
    ));
    Ok(true)
}

/// Tells the new members of `c` about it, with the chat as each of them sees it.
fn announce(tx: &mut WriteTx<'_>, c: &Channel, to: &[PersonId]) -> Result<()> {
    for p in to {
        let v = view(tx, c, *p, false)?;
        tx.emit(Event::send(vec![*p], "channel.updated", &v));
    }
    Ok(())
}

/// An empty chat of `kind` (private, no name, no members yet), not yet saved.
fn new_chat(tx: &mut WriteTx<'_>, kind: ChannelKind, creator: PersonId) -> Channel {
    Channel {
        id: ChannelId(tx.new_id()),
        kind,
        name: String::new(),
        description: String::new(),
        private: true,
        archived: false,
        creator,
        created_at: tx.now(),
        member_count: 0,
        seq: 0,
        last_message_at: None,
    }
}

pub struct NewChannel {
    pub name: String,
    pub description: String,
    pub private: bool,
    pub members: Vec<PersonId>,
}

pub fn create_channel(tx: &mut WriteTx<'_>, actor_id: PersonId, n: &NewChannel) -> Result<Channel> {
    let actor = acting(tx, actor_id)?;
    policy::check(tx, &actor, Action::CreateChannel)?;
    if store::chat::channel_by_name(tx, &n.name)?.is_some() {
        return Err(Error::conflict(
            "channel_name_taken",
            format!("A channel named {:?} already exists; choose another name.", n.name),
        ));
    }
    let mut others = Vec::new();
    for id in n.members.iter().filter(|id| **id != actor.id) {
        let p = get_person(tx, *id)?;
        policy::check(tx, &actor, Action::ChatWith(&p))?;
        if !others.contains(id) {
            others.push(*id);
        }
    }
    let mut c = new_chat(tx, ChannelKind::Channel, actor.id);
    c.name = n.name.clone();
    c.description = n.description.clone();
    c.private = n.private;
    store::chat::save_channel(tx, &c)?;
    let everyone: Vec<PersonId> = std::iter::once(actor.id).chain(others).collect();
    for p in &everyone {
        admit(tx, &mut c, *p)?;
    }
    announce(tx, &c, &everyone)?;
    Ok(c)
}

/// The direct chat with one person (found again every time), or a new group chat with several.
/// Returns the chat and whether it was created now.
pub fn open_chat(tx: &mut WriteTx<'_>, actor_id: PersonId, with: &[PersonId]) -> Result<(Channel, bool)> {
    let actor = acting(tx, actor_id)?;
    let mut others: Vec<PersonId> = Vec::new();
    for id in with.iter().filter(|id| **id != actor.id) {
        if !others.contains(id) {
            others.push(*id);
        }
    }
    if others.is_empty() {
        return Err(Error::invalid("no_people", "Choose at least one other person to chat with."));
    }
    if others.len() + 1 > MAX_GROUP {
        return Err(Error::invalid(
            "group_too_large",
            format!("A group chat has at most {MAX_GROUP} people; create a channel instead."),
        ));
    }
    for id in &others {
        let p = get_person(tx, *id)?;
        policy::check(tx, &actor, Action::ChatWith(&p))?;
    }
    if let [other] = others[..]
        && let Some(existing) = store::relations::direct_chat(tx, actor.id, other)?
    {
        return Ok((get_channel(tx, existing)?, false));
    }
    let kind = if others.len() == 1 { ChannelKind::Direct } else { ChannelKind::Group };
    let mut c = new_chat(tx, kind, actor.id);
    store::chat::save_channel(tx, &c)?;
    let everyone: Vec<PersonId> = std::iter::once(actor.id).chain(others.iter().copied()).collect();
    for p in &everyone {
        admit(tx, &mut c, *p)?;
    }
    if kind == ChannelKind::Direct {
        store::relations::link(tx, actor.id, others[0], c.id)?;
    }
    announce(tx, &c, &everyone)?;
    Ok((c, true))
}

pub struct ChannelPatch {
    pub name: Option<String>,
    pub description: Option<String>,
    pub private: Option<bool>,
    pub archived: Option<bool>,
}

pub fn update_channel(tx: &mut WriteTx<'_>, actor_id: PersonId, id: ChannelId, p: &ChannelPatch) -> Result<Channel> {
    let actor = acting(tx, actor_id)?;
    let mut c = get_channel(tx, id)?;
    policy::check(tx, &actor, Action::ManageChannel(&c))?;
    if c.kind != ChannelKind::Channel && (p.name.is_some() || p.private.is_some() || p.archived.is_some()) {
        return Err(Error::invalid(
            "not_a_channel",
            "Only channels have a name, privacy and an archive; this is a chat.",
        ));
    }
    if let Some(n) = &p.name {
        c.name = n.clone();
    }
    if let Some(d) = &p.description {
        c.description = d.clone();
    }
    if let Some(v) = p.private {
        c.private = v;
    }
    if let Some(v) = p.archived {
        c.archived = v;
    }
    store::chat::save_channel(tx, &c)?;
    #[derive(Serialize)]
    struct Changed<'a> {
        id: ChannelId,
        name: &'a str,
        description: &'a str,
        private: bool,
        archived: bool,
    }
    tx.emit(Event::channel(
        c.id,
        "channel.updated",
        &Changed { id: c.id, name: &c.name, description: &c.description, private: c.private, archived: c.archived },
    ));
    Ok(c)
}

pub fn join(tx: &mut WriteTx<'_>, actor_id: PersonId, id: ChannelId) -> Result<Channel> {
    let actor = acting(tx, actor_id)?;
    let mut c = get_channel(tx, id)?;
    policy::check(tx, &actor, Action::JoinChannel(&c))?;
    if c.private || c.kind != ChannelKind::Channel {
        if store::chat::is_member(tx, c.id, actor.id)? {
            return Ok(c);
        }
        return Err(Error::not_found("chat"));
    }
    if admit(tx, &mut c, actor.id)? {
        announce(tx, &c, &[actor.id])?;
    }
    Ok(c)
}

/// Takes `person` out of `c`, with the events that stop their updates, and their sidebar entries.
fn expel(tx: &mut WriteTx<'_>, c: &mut Channel, person: PersonId) -> Result<bool> {
    if !store::chat::remove_member(tx, c, person)? {
        return Ok(false);
    }
    #[derive(Serialize)]
    struct Removed {
        channel_id: ChannelId,
        person_id: PersonId,
        member_count: u32,
    }
    tx.emit(Event::channel(
        c.id,
        "member.removed",
        &Removed { channel_id: c.id, person_id: person, member_count: c.member_count },
    ));
    tx.emit(Event::Left { channel: c.id, person });
    tx.emit(Event::send(
        vec![person],
        "member.removed",
        &Removed { channel_id: c.id, person_id: person, member_count: c.member_count },
    ));
    crate::sidebar::forget_chat(tx, person, c.id)?;
    Ok(true)
}

pub fn leave(tx: &mut WriteTx<'_>, actor_id: PersonId, id: ChannelId) -> Result<()> {
    let actor = acting(tx, actor_id)?;
    let mut c = get_channel(tx, id)?;
    policy::check(tx, &actor, Action::ReadChannel(&c))?;
    if c.kind == ChannelKind::Direct {
        return Err(Error::invalid(
            "direct_chat",
            "You cannot leave a direct chat; hide it from your sidebar instead.",
        ));
    }
    expel(tx, &mut c, actor.id)?;
    Ok(())
}

pub fn add_members(tx: &mut WriteTx<'_>, actor_id: PersonId, id: ChannelId, people: &[PersonId]) -> Result<Channel> {
    let actor = acting(tx, actor_id)?;
    let mut c = get_channel(tx, id)?;
    policy::check(tx, &actor, Action::ManageChannel(&c))?;
    if c.archived {
        return Err(Error::conflict("channel_archived", "This channel is archived; unarchive it to add people."));
    }
    for pid in people {
        let p = get_person(tx, *pid)?;
        policy::check(tx, &actor, Action::ChatWith(&p))?;
    }
    if c.kind == ChannelKind::Group && c.member_count as usize + people.len() > MAX_GROUP {
        return Err(Error::invalid(
            "group_too_large",
            format!("A group chat has at most {MAX_GROUP} people; create a channel instead."),
        ));
    }
    let mut added = Vec::new();
    for pid in people {
        if admit(tx, &mut c, *pid)? {
            added.push(*pid);
        }
    }
    announce(tx, &c, &added)?;
    Ok(c)
}

pub fn remove_member(tx: &mut WriteTx<'_>, actor_id: PersonId, id: ChannelId, person: PersonId) -> Result<()> {
    if person == actor_id {
        return leave(tx, actor_id, id);
    }
    let actor = acting(tx, actor_id)?;
    let mut c = get_channel(tx, id)?;
    policy::check(tx, &actor, Action::ManageChannel(&c))?;
    if !expel(tx, &mut c, person)? {
        return Err(Error::not_found("member"));
    }
    Ok(())
}

pub fn history(
    r: &impl Reader,
    actor: &Actor,
    id: ChannelId,
    before: Option<MessageId>,
    after: Option<MessageId>,
    limit: usize,
) -> Result<(Vec<Message>, bool)> {
    let c = get_channel(r, id)?;
    policy::check(r, actor, Action::ReadChannel(&c))?;
    let (mut messages, more) = store::chat::page(r, id, before, after, limit.min(MAX_PAGE))?;
    if messages.first().zip(messages.last()).is_some_and(|(a, b)| a.id > b.id) {
        messages.reverse();
    }
    Ok((messages, more))
}

/// Checks each mention against the policy, in the acting transaction.
fn check_mentions(r: &impl Reader, actor: &Actor, c: &Channel, mentions: &[PersonId]) -> Result<()> {
    for id in mentions {
        let target = store::people::get(r, *id)?.ok_or_else(|| {
            Error::invalid("mention_not_allowed", format!("The message mentions {id}, who does not exist."))
        })?;
        policy::check(r, actor, Action::Mention { channel: c, target: &target })?;
    }
    Ok(())
}

pub struct NewMessage {
    pub client_id: String,
    pub body: String,
    pub thread_root: Option<MessageId>,
}

/// Posts a message (or a thread reply). The same `client_id` from the same person returns the
/// message already stored, with `false`.
pub fn post(tx: &mut WriteTx<'_>, actor_id: PersonId, channel: ChannelId, n: &NewMessage) -> Result<(Message, bool)> {
    let actor = acting(tx, actor_id)?;
    let mut c = get_channel(tx, channel)?;
    policy::check(tx, &actor, Action::Post(&c))?;
    if let Some(existing) = store::chat::by_client_id(tx, actor.id, &n.client_id)? {
        return Ok((
            store::chat::message(tx, existing)?.ok_or_else(|| Error::internal("client id of a missing message"))?,
            false,
        ));
    }
    let root = match n.thread_root {
        None => None,
        Some(root_id) => {
            let root = store::chat::top_message(tx, c.id, root_id)?.ok_or_else(|| {
                Error::invalid(
                    "invalid_thread_root",
                    "thread_root must be a message of this chat that is not itself a reply.",
                )
            })?;
            if root.deleted {
                return Err(Error::invalid("invalid_thread_root", "That message was deleted; its thread is closed."));
            }
            Some(root)
        }
    };
    let mentions = format::mentions(&n.body);
    check_mentions(tx, &actor, &c, &mentions)?;
    let now = tx.now();
    let mut m = Message {
        id: MessageId(tx.new_id()),
        channel: c.id,
        author: actor.id,
        body: n.body.clone(),
        mentions: mentions.clone(),
        thread_root: n.thread_root,
        seq: 0,
        reply_count: 0,
        last_reply_at: None,
        created_at: now,
        edited_at: None,
        deleted: false,
        client_id: n.client_id.clone(),
    };
    match root {
        None => {
            c.seq += 1;
            m.seq = c.seq;
            c.last_message_at = Some(now);
            store::chat::save_channel(tx, &c)?;
            store::chat::save_message(tx, &m)?;
            store::chat::set_read_pos(tx, actor.id, c.id.0, ReadPos { seq: m.seq, message: m.id.0 })?;
        }
        Some(mut root) => {
            root.reply_count += 1;
            root.last_reply_at = Some(now);
            m.seq = u64::from(root.reply_count);
            store::chat::save_message(tx, &root)?;
            store::chat::save_message(tx, &m)?;
            // Whoever replies and whoever is mentioned follows the thread; the root's author
            // starts following with its first reply (and stays unfollowed if they chose so).
            let author = (root.reply_count == 1).then_some(root.author);
            for p in author.iter().chain([actor.id].iter()).chain(&mentions) {
                store::chat::set_follow(tx, *p, root.id, true)?;
            }
            store::chat::set_read_pos(tx, actor.id, root.id.0, ReadPos { seq: m.seq, message: m.id.0 })?;
            tx.emit(Event::channel(c.id, "message.updated", &MessageView::of(&root)));
        }
    }
    store::chat::set_mentions(tx, &m, &[], &mentions)?;
    tx.emit(Event::channel(c.id, "message.created", &MessageView::of(&m)));
    Ok((m, true))
}

/// The message and its chat, if the actor may read that chat (404 otherwise).
fn readable_message(r: &impl Reader, actor: &Actor, id: MessageId) -> Result<(Message, Channel)> {
    let m = store::chat::message(r, id)?.ok_or_else(|| Error::not_found("message"))?;
    let c = get_channel(r, m.channel)?;
    policy::check(r, actor, Action::ReadChannel(&c)).map_err(|_| Error::not_found("message"))?;
    Ok((m, c))
}

pub fn edit(tx: &mut WriteTx<'_>, actor_id: PersonId, id: MessageId, body: &str) -> Result<Message> {
    let actor = acting(tx, actor_id)?;
    let (mut m, c) = readable_message(tx, &actor, id)?;
    policy::check(tx, &actor, Action::EditMessage(&m))?;
    if m.deleted {
        return Err(Error::conflict("message_deleted", "This message was deleted; it cannot be edited."));
    }
    policy::check(tx, &actor, Action::Post(&c))?;
    let mentions = format::mentions(body);
    let added: Vec<PersonId> = mentions.iter().filter(|p| !m.mentions.contains(p)).copied().collect();
    check_mentions(tx, &actor, &c, &added)?;
    let old = std::mem::replace(&mut m.mentions, mentions.clone());
    m.body = body.to_string();
    m.edited_at = Some(tx.now());
    store::chat::save_message(tx, &m)?;
    store::chat::set_mentions(tx, &m, &old, &mentions)?;
    tx.emit(Event::channel(c.id, "message.updated", &MessageView::of(&m)));
    Ok(m)
}

/// Deletes a message, leaving a visible "deleted" marker in its place (and its thread).
pub fn delete(tx: &mut WriteTx<'_>, actor_id: PersonId, id: MessageId) -> Result<Message> {
    let actor = acting(tx, actor_id)?;
    let (mut m, c) = readable_message(tx, &actor, id)?;
    policy::check(tx, &actor, Action::DeleteMessage { message: &m, channel: &c })?;
    if m.deleted {
        return Ok(m);
    }
    let old = std::mem::take(&mut m.mentions);
    m.deleted = true;
    m.body.clear();
    store::chat::save_message(tx, &m)?;
    store::chat::set_mentions(tx, &m, &old, &[])?;
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
    let (m, c) = readable_message(r, actor, id)?;
    let root = match m.thread_root {
        Some(root) => store::chat::top_message(r, c.id, root)?.ok_or_else(|| Error::not_found("message"))?,
        None => m,
    };
    let (replies, has_more) = store::chat::replies(r, root.id, after, limit.min(MAX_PAGE))?;
    let following = store::chat::follows(r, actor.id, root.id)?;
    let (unread, _) = unread(r, actor.id, root.id.0, u64::from(root.reply_count))?;
    Ok(ThreadView {
        root: MessageView::of(&root),
        replies: replies.iter().map(MessageView::of).collect(),
        has_more,
        following,
        unread: if following { unread } else { 0 },
    })
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
    let actor = acting(tx, actor_id)?;
    let c = get_channel(tx, id)?;
    policy::check(tx, &actor, Action::ReadChannel(&c))?;
    let m = store::chat::top_message(tx, c.id, message)?.ok_or_else(|| {
        Error::invalid("invalid_message", "message_id must be a message of this chat (not a thread reply).")
    })?;
    let pos = store::chat::read_pos(tx, actor.id, c.id.0)?.unwrap_or_default();
    if m.seq > pos.seq {
        store::chat::set_read_pos(tx, actor.id, c.id.0, ReadPos { seq: m.seq, message: m.id.0 })?;
    }
    let (unread, mentions) = unread(tx, actor.id, c.id.0, c.seq)?;
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
    let actor = acting(tx, actor_id)?;
    let (root_msg, c) = readable_message(tx, &actor, root)?;
    if root_msg.thread_root.is_some() {
        return Err(Error::invalid("invalid_thread_root", "That message is a reply, not the start of a thread."));
    }
    let seq = if message == root {
        u64::from(root_msg.reply_count)
    } else {
        let reply = store::chat::message(tx, message)?
            .filter(|m| m.thread_root == Some(root))
            .ok_or_else(|| Error::invalid("invalid_message", "message_id must be a reply in this thread."))?;
        reply.seq
    };
    let pos = store::chat::read_pos(tx, actor.id, root.0)?.unwrap_or_default();
    if seq > pos.seq {
        store::chat::set_read_pos(tx, actor.id, root.0, ReadPos { seq, message: message.0.max(pos.message) })?;
    }
    let (unread, mentions) = unread(tx, actor.id, root.0, u64::from(root_msg.reply_count))?;
    tx.emit(Event::send(
        vec![actor.id],
        "unread.updated",
        &UnreadChanged { channel_id: c.id, thread_root: Some(root), unread, mentions },
    ));
    Ok((unread, mentions))
}

pub fn follow(tx: &mut WriteTx<'_>, actor_id: PersonId, root: MessageId, on: bool) -> Result<()> {
    let actor = acting(tx, actor_id)?;
    let (m, _) = readable_message(tx, &actor, root)?;
    if m.thread_root.is_some() {
        return Err(Error::invalid("invalid_thread_root", "That message is a reply; follow the thread it belongs to."));
    }
    if on && store::chat::read_pos(tx, actor.id, root.0)?.is_none() {
        // Following starts from now: earlier replies do not count as unread.
        store::chat::set_read_pos(tx, actor.id, root.0, ReadPos { seq: u64::from(m.reply_count), message: 0 })?;
    }
    store::chat::set_follow(tx, actor.id, root, on)
}

#[derive(Serialize)]
pub struct FollowedThread {
    pub root: MessageView,
    pub channel_id: ChannelId,
    pub unread: u64,
    pub mentions: u32,
    pub last_reply_at: Option<Timestamp>,
}

/// The threads `actor` follows in chats they are still in, latest reply first.
pub fn threads(r: &impl Reader, actor: &Actor) -> Result<Vec<FollowedThread>> {
    let mut out = Vec::new();
    for root_id in store::chat::followed(r, actor.id)? {
        let Some(root) = store::chat::message(r, root_id)? else { continue };
        if !store::chat::is_member(r, root.channel, actor.id)? {
            continue;
        }
        let (unread, mentions) = unread(r, actor.id, root.id.0, u64::from(root.reply_count))?;
        out.push(FollowedThread {
            channel_id: root.channel,
            unread,
            mentions,
            last_reply_at: root.last_reply_at,
            root: MessageView::of(&root),
        });
    }
    out.sort_by_key(|t| std::cmp::Reverse(t.last_reply_at));
    Ok(out)
}
