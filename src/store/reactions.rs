//! Reactions (`REACTIONS`): one row per (chat, message, person, emoji). Keys start with the chat
//! and the message, so the reactions of a page of history (a contiguous id range of one chat)
//! are one range scan, read with the page at no extra round trip.

use std::collections::BTreeMap;
use std::ops::Bound;

use super::keys::{k3, part};
use super::tables::REACTIONS;
use super::{Allowed, Dir, Raw, Reader, WriteTx};
use crate::error::Result;
use crate::ids::{ChannelId, MessageId, PersonId};

/// One reaction: who reacted with what, and when (ms).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reaction {
    pub person: PersonId,
    pub emoji: String,
    pub at: i64,
}

fn key(channel: ChannelId, message: MessageId, person: PersonId, emoji: &str) -> Vec<u8> {
    let mut k = k3(channel.0, message.0, person.0).to_vec();
    k.extend_from_slice(emoji.as_bytes());
    k
}

/// Adds a reaction; false if this person had already reacted so.
pub fn add(
    tx: &mut WriteTx<'_>,
    _: &Allowed,
    channel: ChannelId,
    message: MessageId,
    person: PersonId,
    emoji: &str,
) -> Result<bool> {
    let k = key(channel, message, person, emoji);
    if tx.get_with(REACTIONS, &k, |_| ())?.is_some() {
        return Ok(false);
    }
    let at = u64::try_from(tx.now().millis()).unwrap_or(0);
    tx.put(REACTIONS, &k, &at.to_be_bytes())?;
    Ok(true)
}

/// Removes a reaction; false if there was none.
pub fn remove(
    tx: &mut WriteTx<'_>,
    _: &Allowed,
    channel: ChannelId,
    message: MessageId,
    person: PersonId,
    emoji: &str,
) -> Result<bool> {
    tx.delete(REACTIONS, &key(channel, message, person, emoji))
}

/// Removes every reaction of a message (it was deleted).
pub fn clear(tx: &mut WriteTx<'_>, ok: &Allowed, channel: ChannelId, message: MessageId) -> Result<()> {
    for r in of_message(tx, channel, message)? {
        remove(tx, ok, channel, message, r.person, &r.emoji)?;
    }
    Ok(())
}

/// The reactions of one message.
pub fn of_message(r: &impl Reader, channel: ChannelId, message: MessageId) -> Result<Vec<Reaction>> {
    Ok(of_messages(r, channel, message, message)?.remove(&message).unwrap_or_default())
}

/// The reactions of the messages of `channel` with ids in `[first, last]`, by message.
pub fn of_messages(
    r: &impl Reader,
    channel: ChannelId,
    first: MessageId,
    last: MessageId,
) -> Result<BTreeMap<MessageId, Vec<Reaction>>> {
    let lo = k3(channel.0, first.0, 0);
    let mut hi = k3(channel.0, last.0, u64::MAX).to_vec();
    hi.push(0xff);
    let mut out: BTreeMap<MessageId, Vec<Reaction>> = BTreeMap::new();
    r.scan(REACTIONS, Bound::Included(&lo[..]), Bound::Included(&hi[..]), Dir::Forward, |k, v| {
        let emoji = String::from_utf8_lossy(k.get(24..).unwrap_or_default()).into_owned();
        let at = v.try_into().map(u64::from_be_bytes).unwrap_or(0);
        out.entry(MessageId(part(k, 1))).or_default().push(Reaction {
            person: PersonId(part(k, 2)),
            emoji,
            at: i64::try_from(at).unwrap_or(i64::MAX),
        });
        Ok(true)
    })?;
    Ok(out)
}
