//! Channels, memberships, messages, threads, read positions, mentions and follows.
//!
//! Each function that writes a primary row writes its index rows with it:
//! [`save_channel`] keeps `CHANNEL_NAMES`; [`add_member`]/[`remove_member`] keep `MEMBERS`,
//! `MEMBERSHIPS` and `Channel::member_count`; [`save_message`] keeps `MESSAGE_LOCATOR` and
//! `CLIENT_IDS`; [`set_mentions`] keeps `MENTIONS` equal to `Message::mentions`.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Bound;

use super::keys::{k1, k2, k3, part, prefix_range, with_prefix};
use super::tables::{
    CHANNEL_NAMES, CHANNELS, CLIENT_IDS, FOLLOWS, MEMBERS, MEMBERSHIPS, MENTIONS, MESSAGE_LOCATOR, MESSAGES, READS,
    REPLIES,
};
use super::{Dir, Problem, Reader, WriteTx, collect_keys, decode};
use crate::error::{Error, Result};
use crate::ids::{ChannelId, MessageId, PersonId};
use crate::model::{Channel, ChannelKind, Message, ReadPos};

pub fn channel(r: &impl Reader, id: ChannelId) -> Result<Option<Channel>> {
    super::get(r, CHANNELS, &k1(id.0))
}

pub fn all_channels(r: &impl Reader) -> Result<Vec<Channel>> {
    let mut out = Vec::new();
    r.scan(CHANNELS, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |_, v| {
        out.push(decode(CHANNELS, v)?);
        Ok(true)
    })?;
    Ok(out)
}

fn name_key(c: &Channel) -> Option<Vec<u8>> {
    (c.kind == ChannelKind::Channel).then(|| c.name.to_lowercase().into_bytes())
}

pub fn channel_by_name(r: &impl Reader, name: &str) -> Result<Option<ChannelId>> {
    r.get_with(CHANNEL_NAMES, name.to_lowercase().as_bytes(), |v| ChannelId(part(v, 0)))
}

/// Inserts or updates a channel and its name index. 409 `channel_name_taken` if another
/// channel has the name (nothing written then).
pub fn save_channel(tx: &mut WriteTx<'_>, c: &Channel) -> Result<()> {
    let old = channel(tx, c.id)?;
    let (old_key, new_key) = (old.as_ref().and_then(name_key), name_key(c));
    if old_key != new_key {
        if let Some(k) = &new_key
            && let Some(holder) = tx.get_with(CHANNEL_NAMES, k, |v| part(v, 0))?
            && holder != c.id.0
        {
            return Err(Error::conflict(
                "channel_name_taken",
                format!("A channel named {:?} already exists; choose another name.", c.name),
            ));
        }
        if let Some(k) = old_key {
            tx.delete(CHANNEL_NAMES, &k)?;
        }
        if let Some(k) = new_key {
            tx.put(CHANNEL_NAMES, &k, &k1(c.id.0))?;
        }
    }
    super::put(tx, CHANNELS, &k1(c.id.0), c)
}

pub fn is_member(r: &impl Reader, channel: ChannelId, person: PersonId) -> Result<bool> {
    Ok(r.get_with(MEMBERS, &k2(channel.0, person.0), |_| ())?.is_some())
}

pub fn members(r: &impl Reader, channel: ChannelId) -> Result<Vec<PersonId>> {
    let (lo, hi) = prefix_range(channel.0, 1);
    Ok(collect_keys(r, MEMBERS, &lo, &hi, Dir::Forward, usize::MAX)?.iter().map(|k| PersonId(part(k, 1))).collect())
}

pub fn channels_of(r: &impl Reader, person: PersonId) -> Result<Vec<ChannelId>> {
    let (lo, hi) = prefix_range(person.0, 1);
    Ok(collect_keys(r, MEMBERSHIPS, &lo, &hi, Dir::Forward, usize::MAX)?
        .iter()
        .map(|k| ChannelId(part(k, 1)))
        .collect())
}

/// Adds `person` to `c` (updating `c.member_count` and saving `c`); false if already a member.
pub fn add_member(tx: &mut WriteTx<'_>, c: &mut Channel, person: PersonId) -> Result<bool> {
    if is_member(tx, c.id, person)? {
        return Ok(false);
    }
    tx.put(MEMBERS, &k2(c.id.0, person.0), &[])?;
    tx.put(MEMBERSHIPS, &k2(person.0, c.id.0), &[])?;
    c.member_count += 1;
    save_channel(tx, c)?;
    Ok(true)
}

/// Removes `person` from `c` (updating and saving `c`), with their read position and mentions
/// there; false if not a member.
pub fn remove_member(tx: &mut WriteTx<'_>, c: &mut Channel, person: PersonId) -> Result<bool> {
    if !is_member(tx, c.id, person)? {
        return Ok(false);
    }
    tx.delete(MEMBERS, &k2(c.id.0, person.0))?;
    tx.delete(MEMBERSHIPS, &k2(person.0, c.id.0))?;
    tx.delete(READS, &k2(person.0, c.id.0))?;
    c.member_count = c.member_count.saturating_sub(1);
    save_channel(tx, c)?;
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

/// Inserts or updates a message with its locator and client-id rows.
pub fn save_message(tx: &mut WriteTx<'_>, m: &Message) -> Result<()> {
    let (table, key) = message_key(m);
    if locate(tx, m.id)?.is_none() {
        let root = m.thread_root.map(|r| r.0).unwrap_or(0);
        tx.put(MESSAGE_LOCATOR, &k1(m.id.0), &k2(m.channel.0, root))?;
        if !m.client_id.is_empty() {
            tx.put(CLIENT_IDS, &client_key(m.author, &m.client_id), &k1(m.id.0))?;
        }
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

pub fn read_pos(r: &impl Reader, person: PersonId, scope: u64) -> Result<Option<ReadPos>> {
    super::get(r, READS, &k2(person.0, scope))
}

pub fn set_read_pos(tx: &mut WriteTx<'_>, person: PersonId, scope: u64, pos: ReadPos) -> Result<()> {
    super::put(tx, READS, &k2(person.0, scope), &pos)
}

/// Makes the `MENTIONS` rows of `m` match `new` (scope: channel, or the thread root).
pub fn set_mentions(tx: &mut WriteTx<'_>, m: &Message, old: &[PersonId], new: &[PersonId]) -> Result<()> {
    let scope = m.thread_root.map(|r| r.0).unwrap_or(m.channel.0);
    for p in old.iter().filter(|p| !new.contains(p)) {
        tx.delete(MENTIONS, &k3(p.0, scope, m.id.0))?;
    }
    for p in new.iter().filter(|p| !old.contains(p)) {
        tx.put(MENTIONS, &k3(p.0, scope, m.id.0), &[])?;
    }
    Ok(())
}

/// How many times `person` was mentioned in `scope` after message `after`.
pub fn mentions_after(r: &impl Reader, person: PersonId, scope: u64, after: u64) -> Result<u32> {
    let lo = k3(person.0, scope, after.saturating_add(1));
    let hi = k3(person.0, scope, u64::MAX);
    let mut n = 0;
    r.scan(MENTIONS, Bound::Included(&lo), Bound::Included(&hi), Dir::Forward, |_, _| {
        n += 1;
        Ok(true)
    })?;
    Ok(n)
}

pub fn follows(r: &impl Reader, person: PersonId, root: MessageId) -> Result<bool> {
    Ok(r.get_with(FOLLOWS, &k2(person.0, root.0), |_| ())?.is_some())
}

pub fn set_follow(tx: &mut WriteTx<'_>, person: PersonId, root: MessageId, on: bool) -> Result<()> {
    if on { tx.put(FOLLOWS, &k2(person.0, root.0), &[]) } else { tx.delete(FOLLOWS, &k2(person.0, root.0)).map(|_| ()) }
}

/// The thread roots `person` follows.
pub fn followed(r: &impl Reader, person: PersonId) -> Result<Vec<MessageId>> {
    let (lo, hi) = prefix_range(person.0, 1);
    Ok(collect_keys(r, FOLLOWS, &lo, &hi, Dir::Forward, usize::MAX)?.iter().map(|k| MessageId(part(k, 1))).collect())
}

fn all_keys(r: &impl Reader, t: super::Def) -> Result<BTreeSet<Vec<u8>>> {
    let mut out = BTreeSet::new();
    r.scan(t, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |k, _| {
        out.insert(k.to_vec());
        Ok(true)
    })?;
    Ok(out)
}

fn diff(problems: &mut Vec<Problem>, table: &str, expected: &BTreeSet<Vec<u8>>, found: &BTreeSet<Vec<u8>>) {
    for k in expected.difference(found) {
        problems.push(format!("{table}: missing row {}", hexish(k)));
    }
    for k in found.difference(expected) {
        problems.push(format!("{table}: row {} is not backed by its primary", hexish(k)));
    }
}

fn hexish(k: &[u8]) -> String {
    k.chunks(8)
        .map(|c| if c.len() == 8 { crate::ids::encode(part(c, 0)) } else { String::from_utf8_lossy(c).into_owned() })
        .collect::<Vec<_>>()
        .join("/")
}

pub(super) fn verify(r: &impl Reader, problems: &mut Vec<Problem>) -> Result<()> {
    let channels: BTreeMap<u64, Channel> = all_channels(r)?.into_iter().map(|c| (c.id.0, c)).collect();
    // Names
    let names: BTreeSet<Vec<u8>> =
        channels.values().filter_map(|c| name_key(c).map(|k| [k, k1(c.id.0).to_vec()].concat())).collect();
    let mut found_names = BTreeSet::new();
    r.scan(CHANNEL_NAMES, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |k, v| {
        found_names.insert([k, v].concat());
        Ok(true)
    })?;
    diff(problems, "channel-names", &names, &found_names);
    // Members mirror memberships; counts match; no member of a missing channel.
    let members = all_keys(r, MEMBERS)?;
    let mirrored: BTreeSet<Vec<u8>> = members.iter().map(|k| k2(part(k, 1), part(k, 0)).to_vec()).collect();
    diff(problems, "memberships", &mirrored, &all_keys(r, MEMBERSHIPS)?);
    let mut counts: BTreeMap<u64, u32> = BTreeMap::new();
    for k in &members {
        *counts.entry(part(k, 0)).or_default() += 1;
        if !channels.contains_key(&part(k, 0)) {
            problems.push(format!(
                "members: person {} is a member of missing channel {}",
                crate::ids::encode(part(k, 1)),
                crate::ids::encode(part(k, 0))
            ));
        }
    }
    for c in channels.values() {
        let n = counts.get(&c.id.0).copied().unwrap_or(0);
        if n != c.member_count {
            problems.push(format!("channel {} says {} members, has {n}", c.id, c.member_count));
        }
    }
    // Messages: locator, client ids, seq counters, reply counts, mentions.
    let mut locators = BTreeSet::new();
    let mut client_ids = BTreeSet::new();
    let mut mentions = BTreeSet::new();
    let mut top_count: BTreeMap<u64, u64> = BTreeMap::new();
    let mut reply_counts: BTreeMap<u64, u32> = BTreeMap::new();
    let mut roots: BTreeMap<u64, u32> = BTreeMap::new();
    let mut visit = |m: &Message| {
        let root = m.thread_root.map(|r| r.0).unwrap_or(0);
        locators.insert([k1(m.id.0).to_vec(), k2(m.channel.0, root).to_vec()].concat());
        if !m.client_id.is_empty() {
            client_ids.insert([client_key(m.author, &m.client_id), k1(m.id.0).to_vec()].concat());
        }
        let scope = m.thread_root.map(|r| r.0).unwrap_or(m.channel.0);
        for p in &m.mentions {
            mentions.insert(k3(p.0, scope, m.id.0).to_vec());
        }
        match m.thread_root {
            None => {
                *top_count.entry(m.channel.0).or_default() += 1;
                roots.insert(m.id.0, m.reply_count);
            }
            Some(r) => *reply_counts.entry(r.0).or_default() += 1,
        }
    };
    let mut orphans = Vec::new();
    for t in [MESSAGES, REPLIES] {
        r.scan(t, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |_, v| {
            let m: Message = decode(t, v)?;
            if !channels.contains_key(&m.channel.0) {
                orphans.push(format!("message {} belongs to missing channel {}", m.id, m.channel));
            }
            visit(&m);
            Ok(true)
        })?;
    }
    problems.extend(orphans);
    let mut found = BTreeSet::new();
    r.scan(MESSAGE_LOCATOR, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |k, v| {
        found.insert([k, v].concat());
        Ok(true)
    })?;
    diff(problems, "message-locator", &locators, &found);
    let mut found = BTreeSet::new();
    r.scan(CLIENT_IDS, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |k, v| {
        found.insert([k, v].concat());
        Ok(true)
    })?;
    diff(problems, "client-ids", &client_ids, &found);
    diff(problems, "mentions", &mentions, &all_keys(r, MENTIONS)?);
    for c in channels.values() {
        let n = top_count.get(&c.id.0).copied().unwrap_or(0);
        if n != c.seq {
            problems.push(format!("channel {} says {} messages, has {n}", c.id, c.seq));
        }
    }
    for (root, count) in &roots {
        let n = reply_counts.get(root).copied().unwrap_or(0);
        if n != *count {
            problems.push(format!("message {} says {count} replies, has {n}", crate::ids::encode(*root)));
        }
    }
    for root in reply_counts.keys() {
        if !roots.contains_key(root) {
            problems.push(format!("replies to missing root message {}", crate::ids::encode(*root)));
        }
    }
    // Direct chats: the pair index matches the chat's two members.
    let mut pairs = BTreeSet::new();
    for c in channels.values().filter(|c| c.kind == ChannelKind::Direct) {
        let m: Vec<u64> = members.iter().filter(|k| part(k, 0) == c.id.0).map(|k| part(k, 1)).collect();
        if m.len() == 2 {
            pairs.insert([k2(m[0], m[1]).to_vec(), k1(c.id.0).to_vec()].concat());
            pairs.insert([k2(m[1], m[0]).to_vec(), k1(c.id.0).to_vec()].concat());
        } else {
            problems.push(format!("direct chat {} has {} members", c.id, m.len()));
        }
    }
    let mut found = BTreeSet::new();
    r.scan(super::tables::DIRECT_PARTNERS, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |k, v| {
        found.insert([k, v].concat());
        Ok(true)
    })?;
    diff(problems, "direct-partners", &pairs, &found);
    Ok(())
}
