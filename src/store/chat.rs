//! Channels, memberships, messages, threads, read positions, mentions and follows.
//!
//! Each function that writes a primary row writes its index rows with it:
//! [`save_channel`] keeps `CHANNEL_NAMES` and `PUBLIC_CHANNELS`; [`add_member`]/[`remove_member`]
//! keep `MEMBERS`, `MEMBERSHIPS` and `Channel::member_count`; [`save_message`] keeps
//! `MESSAGE_LOCATOR`, `CLIENT_IDS`, `MENTIONS` (equal to `Message::mentions` of live messages)
//! and, for a thread's root, the `THREAD_ACTIVITY` rows of its followers, and queues the message
//! for search (`SEARCH_QUEUE`) when its text or deletion changed; [`set_follow`] keeps
//! `FOLLOWS`, `THREAD_FOLLOWERS` and `THREAD_ACTIVITY`.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Bound;

use super::keys::{k1, k2, k3, part, prefix_range, with_prefix};
use super::tables::{
    CHANNEL_NAMES, CHANNELS, CLIENT_IDS, FOLLOWS, MEMBERS, MEMBERSHIPS, MENTIONS, MESSAGE_LOCATOR, MESSAGES,
    PUBLIC_CHANNELS, READS, REPLIES, THREAD_ACTIVITY, THREAD_FOLLOWERS,
};
use super::{Allowed, Cursor, Dir, Page, Problem, Raw, Reader, WriteTx, collect_keys, count_keys, decode, page};
use crate::error::{Error, Result};
use crate::ids::{ChannelId, MessageId, PersonId};
use crate::model::{Channel, ChannelKind, Message, ReadPos};

/// Where read positions and mentions count: a chat's top-level messages, or one thread.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Chat(ChannelId),
    Thread(MessageId),
}

impl Scope {
    /// The scope a message counts in.
    pub fn of(m: &Message) -> Scope {
        match m.thread_root {
            Some(root) => Scope::Thread(root),
            None => Scope::Chat(m.channel),
        }
    }

    /// Channel and message ids come from one sequence, so the bare number never collides.
    fn key(self) -> u64 {
        match self {
            Scope::Chat(c) => c.0,
            Scope::Thread(m) => m.0,
        }
    }
}

pub fn channel(r: &impl Reader, id: ChannelId) -> Result<Option<Channel>> {
    super::get(r, CHANNELS, &k1(id.0))
}

/// Every channel and chat. For checks and migrations: requests page through an index.
pub fn all_channels(r: &impl Reader) -> Result<Vec<Channel>> {
    let mut out = Vec::new();
    r.scan(CHANNELS, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |_, v| {
        out.push(decode(CHANNELS, v)?);
        Ok(true)
    })?;
    Ok(out)
}

/// The unique-name row of a public channel. Names are unique among public channels only: a
/// private channel is invisible to outsiders, so a clash with it must not tell them it exists.
fn name_key(c: &Channel) -> Option<Vec<u8>> {
    (c.kind == ChannelKind::Channel && !c.private).then(|| c.name.to_lowercase().into_bytes())
}

fn public_key(c: &Channel) -> Option<Vec<u8>> {
    let listed = c.kind == ChannelKind::Channel && !c.private && !c.archived;
    listed.then(|| [c.name.to_lowercase().as_bytes(), &[0], &k1(c.id.0)].concat())
}

pub fn channel_by_name(r: &impl Reader, name: &str) -> Result<Option<ChannelId>> {
    r.get_with(CHANNEL_NAMES, name.to_lowercase().as_bytes(), |v| ChannelId(part(v, 0)))
}

/// Inserts or updates a channel and its name indexes. 409 `channel_name_taken` if a public
/// channel has the name (nothing written then); a channel that is made, renamed or made private
/// or public is checked, so a private channel cannot take a public one's name either.
pub fn save_channel(tx: &mut WriteTx<'_>, _: &Allowed, c: &Channel) -> Result<()> {
    let old = channel(tx, c.id)?;
    let named_anew = c.kind == ChannelKind::Channel
        && old.as_ref().is_none_or(|o| o.name.to_lowercase() != c.name.to_lowercase() || o.private != c.private);
    if named_anew
        && let Some(holder) = tx.get_with(CHANNEL_NAMES, c.name.to_lowercase().as_bytes(), |v| part(v, 0))?
        && holder != c.id.0
    {
        return Err(Error::conflict("channel_name_taken", crate::msg!("channel-name-taken", name = &c.name)));
    }
    let (old_key, new_key) = (old.as_ref().and_then(name_key), name_key(c));
    if old_key != new_key {
        if let Some(k) = old_key {
            tx.delete(CHANNEL_NAMES, &k)?;
        }
        if let Some(k) = new_key {
            tx.put(CHANNEL_NAMES, &k, &k1(c.id.0))?;
        }
    }
    let (old_pub, new_pub) = (old.as_ref().and_then(public_key), public_key(c));
    if old_pub != new_pub {
        if let Some(k) = old_pub {
            tx.delete(PUBLIC_CHANNELS, &k)?;
        }
        if let Some(k) = new_pub {
            tx.put(PUBLIC_CHANNELS, &k, &[])?;
        }
    }
    super::put(tx, CHANNELS, &k1(c.id.0), c)
}

/// A page of public, unarchived channels by name, after `after`.
pub fn public_page(r: &impl Reader, after: Option<&Cursor>, limit: usize) -> Result<Page<Channel>> {
    page::scan_page(r, PUBLIC_CHANNELS, (&[], &[0xff]), Dir::Forward, after, limit, |k, _| {
        let id = k.len().checked_sub(8).map(|i| part(&k[i..], 0)).unwrap_or(0);
        channel(r, ChannelId(id))
    })
}

pub fn is_member(r: &impl Reader, channel: ChannelId, person: PersonId) -> Result<bool> {
    Ok(r.get_with(MEMBERS, &k2(channel.0, person.0), |_| ())?.is_some())
}

/// Every member of a chat: for the direct-chat rules and events. Lists a person asks for page
/// through [`members_page`].
pub fn members(r: &impl Reader, channel: ChannelId) -> Result<Vec<PersonId>> {
    let (lo, hi) = prefix_range(channel.0, 1);
    Ok(collect_keys(r, MEMBERS, &lo, &hi, Dir::Forward, usize::MAX)?.iter().map(|k| PersonId(part(k, 1))).collect())
}

/// Up to `n` members of a chat, in id order (to name a group chat after a few of them).
pub fn first_members(r: &impl Reader, channel: ChannelId, n: usize) -> Result<Vec<PersonId>> {
    let (lo, hi) = prefix_range(channel.0, 1);
    Ok(collect_keys(r, MEMBERS, &lo, &hi, Dir::Forward, n)?.iter().map(|k| PersonId(part(k, 1))).collect())
}

pub fn members_page(
    r: &impl Reader,
    channel: ChannelId,
    after: Option<&Cursor>,
    limit: usize,
) -> Result<Page<PersonId>> {
    let (lo, hi) = prefix_range(channel.0, 1);
    page::scan_page(r, MEMBERS, (&lo, &hi), Dir::Forward, after, limit, |k, _| Ok(Some(PersonId(part(k, 1)))))
}

/// Every chat `person` is in (for the live hub, which must know them all).
pub fn channels_of(r: &impl Reader, person: PersonId) -> Result<Vec<ChannelId>> {
    let (lo, hi) = prefix_range(person.0, 1);
    Ok(collect_keys(r, MEMBERSHIPS, &lo, &hi, Dir::Forward, usize::MAX)?
        .iter()
        .map(|k| ChannelId(part(k, 1)))
        .collect())
}

/// A page of the chats `person` is in, in id order.
pub fn memberships_page(
    r: &impl Reader,
    person: PersonId,
    after: Option<&Cursor>,
    limit: usize,
    mut keep: impl FnMut(&Channel) -> bool,
) -> Result<Page<Channel>> {
    let (lo, hi) = prefix_range(person.0, 1);
    page::scan_page(r, MEMBERSHIPS, (&lo, &hi), Dir::Forward, after, limit, |k, _| {
        Ok(channel(r, ChannelId(part(k, 1)))?.filter(|c| keep(c)))
    })
}

/// Adds `person` to `c` (updating `c.member_count` and saving `c`); false if already a member.
pub fn add_member(tx: &mut WriteTx<'_>, ok: &Allowed, c: &mut Channel, person: PersonId) -> Result<bool> {
    if is_member(tx, c.id, person)? {
        return Ok(false);
    }
    tx.put(MEMBERS, &k2(c.id.0, person.0), &[])?;
    tx.put(MEMBERSHIPS, &k2(person.0, c.id.0), &[])?;
    c.member_count += 1;
    save_channel(tx, ok, c)?;
    Ok(true)
}

/// Removes `person` from `c` (updating and saving `c`), with their read position there; false if
/// not a member.
pub fn remove_member(tx: &mut WriteTx<'_>, ok: &Allowed, c: &mut Channel, person: PersonId) -> Result<bool> {
    if !is_member(tx, c.id, person)? {
        return Ok(false);
    }
    tx.delete(MEMBERS, &k2(c.id.0, person.0))?;
    tx.delete(MEMBERSHIPS, &k2(person.0, c.id.0))?;
    tx.delete(READS, &k2(person.0, c.id.0))?;
    c.member_count = c.member_count.saturating_sub(1);
    save_channel(tx, ok, c)?;
    Ok(true)
}

/// Where message `id` lives: its channel and, for a reply, its thread root.
pub fn locate(r: &impl Reader, id: MessageId) -> Result<Option<(ChannelId, Option<MessageId>)>> {
    r.get_with(MESSAGE_LOCATOR, &k1(id.0), |v| {
        let root = part(v, 1);
        (ChannelId(part(v, 0)), (root != 0).then_some(MessageId(root)))
    })
}

fn message_key(m: &Message) -> (super::Def, [u8; 16]) {
    match m.thread_root {
        None => (MESSAGES, k2(m.channel.0, m.id.0)),
        Some(root) => (REPLIES, k2(root.0, m.id.0)),
    }
}

pub fn message(r: &impl Reader, id: MessageId) -> Result<Option<Message>> {
    let Some((channel, root)) = locate(r, id)? else { return Ok(None) };
    match root {
        None => super::get(r, MESSAGES, &k2(channel.0, id.0)),
        Some(root) => super::get(r, REPLIES, &k2(root.0, id.0)),
    }
}

/// A top-level message of `channel`, if `id` is one.
pub fn top_message(r: &impl Reader, channel: ChannelId, id: MessageId) -> Result<Option<Message>> {
    super::get(r, MESSAGES, &k2(channel.0, id.0))
}

fn client_key(person: PersonId, client_id: &str) -> Vec<u8> {
    with_prefix(person.0, client_id.as_bytes())
}

/// The message `person` posted with `client_id`, if any.
pub fn by_client_id(r: &impl Reader, person: PersonId, client_id: &str) -> Result<Option<MessageId>> {
    r.get_with(CLIENT_IDS, &client_key(person, client_id), |v| MessageId(part(v, 0)))
}

fn mention_key(p: PersonId, m: &Message) -> [u8; 24] {
    k3(p.0, Scope::of(m).key(), m.id.0)
}

/// A thread's activity: its last reply, else its start (ms).
fn activity(root: &Message) -> u64 {
    u64::try_from(root.last_reply_at.unwrap_or(root.created_at).millis()).unwrap_or(0)
}

/// Inserts or updates a message with its locator, client-id and mention rows, and (for a
/// thread's root whose last reply moved) its followers' activity rows.
pub fn save_message(tx: &mut WriteTx<'_>, _: &Allowed, m: &Message) -> Result<()> {
    let (table, key) = message_key(m);
    let old: Option<Message> = super::get(tx, table, &key)?;
    if old.is_none() {
        let root = m.thread_root.map(|r| r.0).unwrap_or(0);
        tx.put(MESSAGE_LOCATOR, &k1(m.id.0), &k2(m.channel.0, root))?;
        if !m.client_id.is_empty() {
            tx.put(CLIENT_IDS, &client_key(m.author, &m.client_id), &k1(m.id.0))?;
        }
    }
    let before: &[PersonId] = old.as_ref().map(|o| o.mentions.as_slice()).unwrap_or(&[]);
    for p in before.iter().filter(|p| !m.mentions.contains(p)) {
        tx.delete(MENTIONS, &mention_key(*p, m))?;
    }
    for p in m.mentions.iter().filter(|p| !before.contains(p)) {
        tx.put(MENTIONS, &mention_key(*p, m), &[])?;
    }
    if let Some(old) = &old
        && m.thread_root.is_none()
        && activity(old) != activity(m)
    {
        let (lo, hi) = prefix_range(m.id.0, 1);
        for k in collect_keys(tx, THREAD_FOLLOWERS, &lo, &hi, Dir::Forward, usize::MAX)? {
            let person = part(&k, 1);
            tx.delete(THREAD_ACTIVITY, &k3(person, activity(old), m.id.0))?;
            tx.put(THREAD_ACTIVITY, &k3(person, activity(m), m.id.0), &[])?;
            tx.put(FOLLOWS, &k2(person, m.id.0), &activity(m).to_be_bytes())?;
        }
    }
    // Search learns of a new message, an edit and a deletion; not of a reply count moving.
    if old.as_ref().is_none_or(|o| o.body != m.body || o.deleted != m.deleted) {
        super::search::enqueue(tx, m.id)?;
    }
    super::put(tx, table, &key, m)
}

/// Up to `limit` top-level messages of `channel` strictly before `before` (newest first), or
/// strictly after `after` (oldest first); plus whether more lie beyond.
pub fn page(
    r: &impl Reader,
    channel: ChannelId,
    before: Option<MessageId>,
    after: Option<MessageId>,
    limit: usize,
) -> Result<(Vec<Message>, bool)> {
    let lo = k2(channel.0, after.map(|a| a.0.saturating_add(1)).unwrap_or(0));
    let hi = k2(channel.0, before.map(|b| b.0.saturating_sub(1)).unwrap_or(u64::MAX));
    let dir = if after.is_some() && before.is_none() { Dir::Forward } else { Dir::Backward };
    scan_messages(r, MESSAGES, &lo, &hi, dir, limit)
}

/// Replies of thread `root` after `after`, oldest first.
pub fn replies(
    r: &impl Reader,
    root: MessageId,
    after: Option<MessageId>,
    limit: usize,
) -> Result<(Vec<Message>, bool)> {
    let lo = k2(root.0, after.map(|a| a.0.saturating_add(1)).unwrap_or(0));
    let hi = k2(root.0, u64::MAX);
    scan_messages(r, REPLIES, &lo, &hi, Dir::Forward, limit)
}

fn scan_messages(
    r: &impl Reader,
    t: super::Def,
    lo: &[u8],
    hi: &[u8],
    dir: Dir,
    limit: usize,
) -> Result<(Vec<Message>, bool)> {
    let mut out = Vec::with_capacity(limit.min(256));
    let mut more = false;
    r.scan(t, Bound::Included(lo), Bound::Included(hi), dir, |_, v| {
        if out.len() == limit {
            more = true;
            return Ok(false);
        }
        out.push(decode(t, v)?);
        Ok(true)
    })?;
    Ok((out, more))
}

pub fn read_pos(r: &impl Reader, person: PersonId, scope: Scope) -> Result<Option<ReadPos>> {
    super::get(r, READS, &k2(person.0, scope.key()))
}

pub fn set_read_pos(tx: &mut WriteTx<'_>, _: &Allowed, person: PersonId, scope: Scope, pos: ReadPos) -> Result<()> {
    super::put(tx, READS, &k2(person.0, scope.key()), &pos)
}

/// How many times `person` was mentioned in `scope` after message `after`.
pub fn mentions_after(r: &impl Reader, person: PersonId, scope: Scope, after: u64) -> Result<u32> {
    let lo = k3(person.0, scope.key(), after.saturating_add(1));
    let hi = k3(person.0, scope.key(), u64::MAX);
    Ok(u32::try_from(count_keys(r, MENTIONS, &lo, &hi)?).unwrap_or(u32::MAX))
}

pub fn follows(r: &impl Reader, person: PersonId, root: MessageId) -> Result<bool> {
    Ok(r.get_with(FOLLOWS, &k2(person.0, root.0), |_| ())?.is_some())
}

/// Starts or stops `person` following the thread of `root` (a top-level message).
pub fn set_follow(tx: &mut WriteTx<'_>, _: &Allowed, person: PersonId, root: &Message, on: bool) -> Result<()> {
    let was: Option<u64> = tx.get_with(FOLLOWS, &k2(person.0, root.id.0), |v| part(v, 0))?;
    if let Some(at) = was {
        tx.delete(THREAD_ACTIVITY, &k3(person.0, at, root.id.0))?;
    }
    if on {
        tx.put(FOLLOWS, &k2(person.0, root.id.0), &activity(root).to_be_bytes())?;
        tx.put(THREAD_FOLLOWERS, &k2(root.id.0, person.0), &[])?;
        tx.put(THREAD_ACTIVITY, &k3(person.0, activity(root), root.id.0), &[])?;
    } else if was.is_some() {
        tx.delete(FOLLOWS, &k2(person.0, root.id.0))?;
        tx.delete(THREAD_FOLLOWERS, &k2(root.id.0, person.0))?;
    }
    Ok(())
}

/// A page of the thread roots `person` follows, latest activity first, before `before`.
pub fn followed_page(
    r: &impl Reader,
    person: PersonId,
    before: Option<&Cursor>,
    limit: usize,
    mut keep: impl FnMut(&Message) -> Result<bool>,
) -> Result<Page<Message>> {
    let (lo, hi) = prefix_range(person.0, 2);
    page::scan_page(r, THREAD_ACTIVITY, (&lo, &hi), Dir::Backward, before, limit, |k, _| {
        let Some(root) = message(r, MessageId(part(k, 2)))? else { return Ok(None) };
        Ok(keep(&root)?.then_some(root))
    })
}

/// Writes the channel and thread indexes added in schema 2 again (a migration step, or a
/// repair): public channels, thread followers and activity.
pub(super) fn rebuild(tx: &mut WriteTx<'_>) -> Result<()> {
    for def in [CHANNEL_NAMES, PUBLIC_CHANNELS, THREAD_FOLLOWERS, THREAD_ACTIVITY] {
        super::tx::clear(tx, def)?;
    }
    for c in all_channels(tx)? {
        if let Some(k) = name_key(&c) {
            // Two public channels of one name cannot have been made; if a file has them, the
            // first keeps the name.
            if tx.get_with(CHANNEL_NAMES, &k, |_| ())?.is_none() {
                tx.put(CHANNEL_NAMES, &k, &k1(c.id.0))?;
            }
        }
        if let Some(k) = public_key(&c) {
            tx.put(PUBLIC_CHANNELS, &k, &[])?;
        }
    }
    let follows = collect_keys(tx, FOLLOWS, &[], &[0xff; 16], Dir::Forward, usize::MAX)?;
    for k in follows {
        let (person, root) = (part(&k, 0), MessageId(part(&k, 1)));
        match message(tx, root)? {
            Some(m) => {
                tx.put(FOLLOWS, &k, &activity(&m).to_be_bytes())?;
                tx.put(THREAD_FOLLOWERS, &k2(root.0, person), &[])?;
                tx.put(THREAD_ACTIVITY, &k3(person, activity(&m), root.0), &[])?;
            }
            None => {
                tx.delete(FOLLOWS, &k)?;
            }
        }
    }
    Ok(())
}

fn all_rows(r: &impl Reader, t: super::Def) -> Result<BTreeSet<Vec<u8>>> {
    let mut out = BTreeSet::new();
    r.scan(t, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |k, v| {
        out.insert([k, v].concat());
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

/// Compares an index with what its primary rows say it must hold; each difference names the table.
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
    let channels: BTreeMap<u64, Channel> = all_channels(r)?.into_iter().map(|c| (c.id.0, c)).collect();
    let names: BTreeSet<Vec<u8>> =
        channels.values().filter_map(|c| name_key(c).map(|k| [k, k1(c.id.0).to_vec()].concat())).collect();
    diff(problems, CHANNEL_NAMES, &names, &all_rows(r, CHANNEL_NAMES)?);
    let public: BTreeSet<Vec<u8>> = channels.values().filter_map(public_key).collect();
    diff(problems, PUBLIC_CHANNELS, &public, &all_keys(r, PUBLIC_CHANNELS)?);
    // Members mirror memberships; counts match; no member of a missing channel.
    let members = all_keys(r, MEMBERS)?;
    let mirrored: BTreeSet<Vec<u8>> = members.iter().map(|k| k2(part(k, 1), part(k, 0)).to_vec()).collect();
    diff(problems, MEMBERSHIPS, &mirrored, &all_keys(r, MEMBERSHIPS)?);
    let mut counts: BTreeMap<u64, u32> = BTreeMap::new();
    for k in &members {
        *counts.entry(part(k, 0)).or_default() += 1;
        if !channels.contains_key(&part(k, 0)) {
            problems.push(format!(
                "members-1: person {} is a member of missing channel {}",
                crate::ids::encode(part(k, 1)),
                crate::ids::encode(part(k, 0))
            ));
        }
    }
    for c in channels.values() {
        let n = counts.get(&c.id.0).copied().unwrap_or(0);
        if n != c.member_count {
            problems.push(format!("channels-1: channel {} says {} members, has {n}", c.id, c.member_count));
        }
    }
    // Messages: locator, client ids, seq counters, reply counts, mentions.
    let mut locators = BTreeSet::new();
    let mut client_ids = BTreeSet::new();
    let mut mentions = BTreeSet::new();
    let mut top_count: BTreeMap<u64, u64> = BTreeMap::new();
    let mut reply_counts: BTreeMap<u64, u32> = BTreeMap::new();
    let mut roots: BTreeMap<u64, (u32, u64)> = BTreeMap::new();
    let mut orphans = Vec::new();
    for t in [MESSAGES, REPLIES] {
        r.scan(t, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |_, v| {
            let m: Message = decode(t, v)?;
            if !channels.contains_key(&m.channel.0) {
                orphans.push(format!("message {} belongs to missing channel {}", m.id, m.channel));
            }
            let root = m.thread_root.map(|r| r.0).unwrap_or(0);
            locators.insert([k1(m.id.0).to_vec(), k2(m.channel.0, root).to_vec()].concat());
            if !m.client_id.is_empty() {
                client_ids.insert([client_key(m.author, &m.client_id), k1(m.id.0).to_vec()].concat());
            }
            for p in &m.mentions {
                mentions.insert(mention_key(*p, &m).to_vec());
            }
            match m.thread_root {
                None => {
                    *top_count.entry(m.channel.0).or_default() += 1;
                    roots.insert(m.id.0, (m.reply_count, activity(&m)));
                }
                Some(r) => *reply_counts.entry(r.0).or_default() += 1,
            }
            Ok(true)
        })?;
    }
    problems.extend(orphans);
    diff(problems, MESSAGE_LOCATOR, &locators, &all_rows(r, MESSAGE_LOCATOR)?);
    diff(problems, CLIENT_IDS, &client_ids, &all_rows(r, CLIENT_IDS)?);
    diff(problems, MENTIONS, &mentions, &all_keys(r, MENTIONS)?);
    for c in channels.values() {
        let n = top_count.get(&c.id.0).copied().unwrap_or(0);
        if n != c.seq {
            problems.push(format!("channels-1: channel {} says {} messages, has {n}", c.id, c.seq));
        }
    }
    for (root, (count, _)) in &roots {
        let n = reply_counts.get(root).copied().unwrap_or(0);
        if n != *count {
            problems.push(format!("messages-1: message {} says {count} replies, has {n}", crate::ids::encode(*root)));
        }
    }
    for root in reply_counts.keys() {
        if !roots.contains_key(root) {
            problems.push(format!("replies-1: replies to missing root message {}", crate::ids::encode(*root)));
        }
    }
    // Follows: the followers mirror and the activity index follow from FOLLOWS and the roots.
    let mut followers = BTreeSet::new();
    let mut activity_rows = BTreeSet::new();
    let mut follow_rows = BTreeSet::new();
    for k in all_keys(r, FOLLOWS)? {
        let (person, root) = (part(&k, 0), part(&k, 1));
        followers.insert(k2(root, person).to_vec());
        match roots.get(&root) {
            Some((_, at)) => {
                activity_rows.insert(k3(person, *at, root).to_vec());
                follow_rows.insert([k.clone(), at.to_be_bytes().to_vec()].concat());
            }
            None => problems.push(format!(
                "follows-2: person {} follows missing thread {}",
                crate::ids::encode(person),
                crate::ids::encode(root)
            )),
        }
    }
    let found_follows: BTreeSet<Vec<u8>> =
        all_rows(r, FOLLOWS)?.into_iter().filter(|row| roots.contains_key(&part(row, 1))).collect();
    diff(problems, FOLLOWS, &follow_rows, &found_follows);
    diff(problems, THREAD_FOLLOWERS, &followers, &all_keys(r, THREAD_FOLLOWERS)?);
    diff(problems, THREAD_ACTIVITY, &activity_rows, &all_keys(r, THREAD_ACTIVITY)?);
    // Direct chats: the pair index matches the chat's two members.
    let mut pairs = BTreeSet::new();
    for c in channels.values().filter(|c| c.kind == ChannelKind::Direct) {
        let m: Vec<u64> = members.iter().filter(|k| part(k, 0) == c.id.0).map(|k| part(k, 1)).collect();
        if m.len() == 2 {
            pairs.insert([k2(m[0], m[1]).to_vec(), k1(c.id.0).to_vec()].concat());
            pairs.insert([k2(m[1], m[0]).to_vec(), k1(c.id.0).to_vec()].concat());
        } else {
            problems.push(format!("channels-1: direct chat {} has {} members", c.id, m.len()));
        }
    }
    diff(problems, super::tables::DIRECT_PARTNERS, &pairs, &all_rows(r, super::tables::DIRECT_PARTNERS)?);
    Ok(())
}

/// Everyone following the thread of `root` (for notifications; a thread's followers are its
/// participants and those mentioned, a bounded crowd).
pub fn thread_followers(r: &impl Reader, root: MessageId) -> Result<Vec<PersonId>> {
    let (lo, hi) = prefix_range(root.0, 1);
    Ok(collect_keys(r, THREAD_FOLLOWERS, &lo, &hi, Dir::Forward, usize::MAX)?
        .iter()
        .map(|k| PersonId(part(k, 1)))
        .collect())
}
