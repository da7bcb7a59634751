//! Channels, direct and group chats: creating, listing, browsing, joining, leaving, members.

use serde::Serialize;

use super::views::{ChannelView, view, view_as};
use super::{MAX_GROUP, get_channel, get_person};
use crate::error::{Error, Result};
use crate::events::Event;
use crate::ids::{ChannelId, PersonId};
use crate::input::{Description, Name};
use crate::model::{Channel, ChannelKind, PersonState, ReadPos};
use crate::msg;
use crate::policy::chats::Action;
use crate::policy::{self, Actor, Allowed};
use crate::store::{self, Cursor, Page, Reader, WriteTx, chat::Scope};

/// A page of the chats `actor` is in (archived ones only when asked), in the order they were
/// made; the client sorts what it shows.
pub fn list(
    r: &impl Reader,
    actor: &Actor,
    archived: bool,
    after: Option<&Cursor>,
    limit: usize,
) -> Result<Page<ChannelView>> {
    let page = store::chat::memberships_page(r, actor.id, after, limit, |c| archived || !c.archived)?;
    page.try_map(|c| view_as(r, &c, actor, true))
}

/// A page of public, unarchived channels by name, with whether the actor is in each.
pub fn browse(r: &impl Reader, actor: &Actor, after: Option<&Cursor>, limit: usize) -> Result<Page<ChannelView>> {
    let _ = policy::chats::check(r, actor, Action::BrowseChannels)?;
    store::chat::public_page(r, after, limit)?.try_map(|c| view(r, &c, actor))
}

pub fn detail(r: &impl Reader, actor: &Actor, id: ChannelId) -> Result<ChannelView> {
    let c = get_channel(r, id)?;
    let _ = policy::chats::check(r, actor, Action::SeeChannel(&c))?;
    view(r, &c, actor)
}

#[derive(Serialize)]
pub struct MemberName {
    pub id: PersonId,
    pub first_name: String,
    pub last_name: String,
    pub active: bool,
}

/// A page of the names of a chat's members, for its members: whoever reads a conversation sees
/// who wrote in it (also a Freelancer, whose directory otherwise holds only his direct
/// partners). Only names: cards, emails and roles stay behind the directory's rules.
pub fn member_names(
    r: &impl Reader,
    actor: &Actor,
    id: ChannelId,
    after: Option<&Cursor>,
    limit: usize,
) -> Result<Page<MemberName>> {
    let c = get_channel(r, id)?;
    let _ = policy::chats::check(r, actor, Action::ReadChannel(&c))?;
    let page = store::chat::members_page(r, c.id, after, limit)?;
    let mut out = Vec::with_capacity(page.items.len());
    for id in page.items {
        if let Some(p) = store::people::get(r, id)? {
            out.push(MemberName {
                id: p.id,
                first_name: p.first_name,
                last_name: p.last_name,
                active: p.state == PersonState::Active,
            });
        }
    }
    Ok(Page { items: out, next: page.next })
}

/// Adds `person` to `c`: membership rows, a read position at the current end (no backlog shows
/// as unread), and the events that start their live updates and tell the others.
fn admit(tx: &mut WriteTx<'_>, ok: &Allowed, c: &mut Channel, person: PersonId) -> Result<bool> {
    if !store::chat::add_member(tx, ok, c, person)? {
        return Ok(false);
    }
    store::chat::set_read_pos(tx, ok, person, Scope::Chat(c.id), ReadPos { seq: c.seq, message: 0 })?;
    tx.emit(Event::Joined { channel: c.id, person });
    tx.emit(Event::channel(
        c.id,
        "member.added",
        &Membership { channel_id: c.id, person_id: person, member_count: c.member_count },
    ));
    Ok(true)
}

#[derive(Serialize)]
struct Membership {
    channel_id: ChannelId,
    person_id: PersonId,
    member_count: u32,
}

/// Tells the new members of `c` about it, with the chat as each of them sees it.
fn announce(tx: &mut WriteTx<'_>, c: &Channel, to: &[PersonId]) -> Result<()> {
    for p in to {
        let Ok(a) = policy::actor(tx, *p) else { continue };
        let v = view_as(tx, c, &a, true)?;
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
    pub name: Name,
    pub description: Description,
    pub private: bool,
    pub members: Vec<PersonId>,
}

/// The other people of a chat, each once, each someone `actor` may chat with; with the proof of
/// the last check (None when there is nobody else).
fn chat_partners(tx: &WriteTx<'_>, actor: &Actor, with: &[PersonId]) -> Result<(Vec<PersonId>, Option<Allowed>)> {
    let (mut others, mut proof) = (Vec::new(), None);
    for id in with.iter().filter(|id| **id != actor.id) {
        if !others.contains(id) {
            let p = get_person(tx, *id)?;
            proof = Some(policy::chats::check(tx, actor, Action::ChatWith(&p))?);
            others.push(*id);
        }
    }
    Ok((others, proof))
}

pub fn create_channel(tx: &mut WriteTx<'_>, actor_id: PersonId, n: &NewChannel) -> Result<Channel> {
    let actor = policy::actor(tx, actor_id)?;
    let ok = policy::chats::check(tx, &actor, Action::CreateChannel)?;
    let (others, _) = chat_partners(tx, &actor, &n.members)?;
    let mut c = new_chat(tx, ChannelKind::Channel, actor.id);
    c.name = n.name.as_str().to_string();
    c.description = n.description.as_str().to_string();
    c.private = n.private;
    store::chat::save_channel(tx, &ok, &c)?;
    let everyone: Vec<PersonId> = std::iter::once(actor.id).chain(others).collect();
    for p in &everyone {
        admit(tx, &ok, &mut c, *p)?;
    }
    announce(tx, &c, &everyone)?;
    Ok(c)
}

/// The name of the channel made at setup, which everyone who joins the workspace joins.
pub const GENERAL: &str = "general";

/// At setup, in the transaction that creates the Owner: `#general`, with the Owner in it.
pub fn create_general(tx: &mut WriteTx<'_>, owner: PersonId) -> Result<()> {
    let actor = policy::actor(tx, owner)?;
    let ok = policy::chats::check(tx, &actor, Action::CreateChannel)?;
    if store::chat::channel_by_name(tx, GENERAL)?.is_some() {
        return Ok(());
    }
    let mut c = new_chat(tx, ChannelKind::Channel, owner);
    c.name = GENERAL.to_string();
    c.description = msg!("general-description").render(store::languages::workspace(tx)?);
    c.private = false;
    store::chat::save_channel(tx, &ok, &c)?;
    admit(tx, &ok, &mut c, owner)?;
    store::meta::set_general_channel(tx, &ok, c.id)?;
    announce(tx, &c, &[owner])
}

/// Someone who just joined the workspace joins `#general`, if it is still there (public, not
/// archived) and the policy lets them join it (Freelancers only see the chats they are added to).
pub fn join_general(tx: &mut WriteTx<'_>, person: PersonId) -> Result<()> {
    let Some(id) = store::meta::general_channel(tx)? else { return Ok(()) };
    let Some(mut c) = store::chat::channel(tx, id)? else { return Ok(()) };
    if c.archived || c.private || c.kind != ChannelKind::Channel {
        return Ok(());
    }
    let actor = policy::actor(tx, person)?;
    let Ok(ok) = policy::chats::check(tx, &actor, Action::JoinChannel(&c)) else { return Ok(()) };
    if admit(tx, &ok, &mut c, person)? {
        announce(tx, &c, &[person])?;
    }
    Ok(())
}

/// The direct chat with one person (found again every time), or a new group chat with several.
/// Returns the chat and whether it was created now.
pub fn open_chat(tx: &mut WriteTx<'_>, actor_id: PersonId, with: &[PersonId]) -> Result<(Channel, bool)> {
    let actor = policy::actor(tx, actor_id)?;
    let distinct = with.iter().filter(|id| **id != actor.id).collect::<std::collections::BTreeSet<_>>().len();
    if distinct + 1 > MAX_GROUP {
        return Err(Error::invalid("group_too_large", msg!("group-too-large", max = MAX_GROUP)));
    }
    let (others, ok) = chat_partners(tx, &actor, with)?;
    let Some(ok) = ok else {
        return Err(Error::invalid("no_people", msg!("no-people")));
    };
    if let [other] = others[..]
        && let Some(existing) = store::relations::direct_chat(tx, actor.id, other)?
    {
        return Ok((get_channel(tx, existing)?, false));
    }
    let kind = if others.len() == 1 { ChannelKind::Direct } else { ChannelKind::Group };
    let mut c = new_chat(tx, kind, actor.id);
    store::chat::save_channel(tx, &ok, &c)?;
    let everyone: Vec<PersonId> = std::iter::once(actor.id).chain(others.iter().copied()).collect();
    for p in &everyone {
        admit(tx, &ok, &mut c, *p)?;
    }
    if kind == ChannelKind::Direct {
        store::relations::link(tx, &ok, actor.id, others[0], c.id)?;
    }
    announce(tx, &c, &everyone)?;
    Ok((c, true))
}

pub struct ChannelPatch {
    pub name: Option<Name>,
    pub description: Option<Description>,
    pub private: Option<bool>,
    pub archived: Option<bool>,
}

pub fn update_channel(tx: &mut WriteTx<'_>, actor_id: PersonId, id: ChannelId, p: &ChannelPatch) -> Result<Channel> {
    let actor = policy::actor(tx, actor_id)?;
    let mut c = get_channel(tx, id)?;
    let ok = policy::chats::check(tx, &actor, Action::ManageChannel(&c))?;
    if c.kind != ChannelKind::Channel && (p.name.is_some() || p.private.is_some() || p.archived.is_some()) {
        return Err(Error::invalid("not_a_channel", msg!("not-a-channel")));
    }
    if let Some(n) = &p.name {
        c.name = n.as_str().to_string();
    }
    if let Some(d) = &p.description {
        c.description = d.as_str().to_string();
    }
    if let Some(v) = p.private {
        c.private = v;
    }
    if let Some(v) = p.archived {
        c.archived = v;
    }
    store::chat::save_channel(tx, &ok, &c)?;
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
    let actor = policy::actor(tx, actor_id)?;
    let mut c = get_channel(tx, id)?;
    let ok = policy::chats::check(tx, &actor, Action::JoinChannel(&c))?;
    if c.private || c.kind != ChannelKind::Channel {
        if store::chat::is_member(tx, c.id, actor.id)? {
            return Ok(c);
        }
        return Err(Error::not_found("chat"));
    }
    if admit(tx, &ok, &mut c, actor.id)? {
        announce(tx, &c, &[actor.id])?;
    }
    Ok(c)
}

/// Takes `person` out of `c`, with the events that stop their updates, and their sidebar entries.
fn expel(tx: &mut WriteTx<'_>, ok: &Allowed, c: &mut Channel, person: PersonId) -> Result<bool> {
    if !store::chat::remove_member(tx, ok, c, person)? {
        return Ok(false);
    }
    let removed = Membership { channel_id: c.id, person_id: person, member_count: c.member_count };
    tx.emit(Event::channel(c.id, "member.removed", &removed));
    tx.emit(Event::Left { channel: c.id, person });
    tx.emit(Event::send(vec![person], "member.removed", &removed));
    store::sidebar::forget_chat(tx, ok, person, c.id)?;
    Ok(true)
}

pub fn leave(tx: &mut WriteTx<'_>, actor_id: PersonId, id: ChannelId) -> Result<()> {
    let actor = policy::actor(tx, actor_id)?;
    let mut c = get_channel(tx, id)?;
    let ok = policy::chats::check(tx, &actor, Action::Leave(&c))?;
    expel(tx, &ok, &mut c, actor.id)?;
    Ok(())
}

pub fn add_members(tx: &mut WriteTx<'_>, actor_id: PersonId, id: ChannelId, people: &[PersonId]) -> Result<Channel> {
    let actor = policy::actor(tx, actor_id)?;
    let mut c = get_channel(tx, id)?;
    let ok = policy::chats::check(tx, &actor, Action::AddMembers(&c))?;
    if c.archived {
        return Err(Error::conflict("channel_archived", msg!("channel-archived-add")));
    }
    let (people, _) = chat_partners(tx, &actor, people)?;
    if c.kind == ChannelKind::Group && c.member_count as usize + people.len() > MAX_GROUP {
        return Err(Error::invalid("group_too_large", msg!("group-too-large", max = MAX_GROUP)));
    }
    let mut added = Vec::new();
    for pid in people {
        if admit(tx, &ok, &mut c, pid)? {
            added.push(pid);
        }
    }
    announce(tx, &c, &added)?;
    Ok(c)
}

pub fn remove_member(tx: &mut WriteTx<'_>, actor_id: PersonId, id: ChannelId, person: PersonId) -> Result<()> {
    let actor = policy::actor(tx, actor_id)?;
    let mut c = get_channel(tx, id)?;
    let ok = policy::chats::check(tx, &actor, Action::RemoveMember { channel: &c, target: person })?;
    if !expel(tx, &ok, &mut c, person)? {
        return Err(Error::not_found("member"));
    }
    Ok(())
}
