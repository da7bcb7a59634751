//! Notification state: people's status and settings (`PROFILES`), per-chat levels
//! (`CHAT_NOTIFY`), the queue of messages to notify about (`NOTIFY_QUEUE`), and what waits for
//! the "what you missed" mail (`MISSED`, `MISSED_STATE`, `MISSED_DUE`), and reminders
//! (`REMINDERS`, `REMINDERS_DUE`, `REMINDERS_BY_PERSON`).

use std::collections::BTreeSet;
use std::ops::Bound;

use super::keys::{k1, k2, part, prefix_range};
use super::tables::{
    CHAT_LOUD, CHAT_NOTIFY, MISSED, MISSED_DUE, MISSED_STATE, NOTIFY_QUEUE, PROFILES, REMINDERS, REMINDERS_BY_PERSON,
    REMINDERS_DUE,
};
use super::{Allowed, Cursor, Dir, Page, Problem, Reader, WriteTx, decode};
use crate::clock::Timestamp;
use crate::error::Result;
use crate::ids::{ChannelId, MessageId, PersonId, ReminderId};
use crate::model::{Missed, MissedState, NotifyLevel, Profile, Reminder};

pub fn profile(r: &impl Reader, person: PersonId) -> Result<Profile> {
    Ok(super::get(r, PROFILES, &k1(person.0))?.unwrap_or_default())
}

pub fn save_profile(tx: &mut WriteTx<'_>, _: &Allowed, person: PersonId, p: &Profile) -> Result<()> {
    super::put(tx, PROFILES, &k1(person.0), p)
}

/// The level a person chose for a chat, if they chose one.
pub fn chat_level(r: &impl Reader, person: PersonId, chat: ChannelId) -> Result<Option<NotifyLevel>> {
    Ok(r.get_with(CHAT_NOTIFY, &k2(person.0, chat.0), |b| b.first().copied().and_then(NotifyLevel::from_code))?
        .flatten())
}

/// Sets (Some) or clears (None: back to the chat's default) a person's level for a chat.
pub fn set_chat_level(
    tx: &mut WriteTx<'_>,
    _: &Allowed,
    person: PersonId,
    chat: ChannelId,
    level: Option<NotifyLevel>,
) -> Result<()> {
    if level == Some(NotifyLevel::All) {
        tx.put(CHAT_LOUD, &k2(chat.0, person.0), &[])?;
    } else {
        tx.delete(CHAT_LOUD, &k2(chat.0, person.0))?;
    }
    match level {
        Some(l) => tx.put(CHAT_NOTIFY, &k2(person.0, chat.0), &[l.code()]),
        None => tx.delete(CHAT_NOTIFY, &k2(person.0, chat.0)).map(|_| ()),
    }
}

/// The members who set `chat` to "all messages" (one range scan).
pub fn loud_members(r: &impl Reader, chat: ChannelId) -> Result<Vec<PersonId>> {
    let (lo, hi) = prefix_range(chat.0, 1);
    Ok(super::collect_keys(r, CHAT_LOUD, &lo, &hi, Dir::Forward, usize::MAX)?
        .iter()
        .map(|k| PersonId(part(k, 1)))
        .collect())
}

/// Every chat level a person set (a person is in a bounded number of chats they tuned).
pub fn chat_levels(r: &impl Reader, person: PersonId) -> Result<Vec<(ChannelId, NotifyLevel)>> {
    let (lo, hi) = prefix_range(person.0, 1);
    let mut out = Vec::new();
    r.scan(CHAT_NOTIFY, Bound::Included(&lo[..]), Bound::Included(&hi[..]), Dir::Forward, |k, v| {
        if let Some(l) = v.first().copied().and_then(NotifyLevel::from_code) {
            out.push((ChannelId(part(k, 1)), l));
        }
        Ok(true)
    })?;
    Ok(out)
}

/// Queues a new message for the notifier (in the post's own commit).
pub fn enqueue(tx: &mut WriteTx<'_>, _: &Allowed, message: MessageId) -> Result<()> {
    let seq = tx.new_id();
    tx.put(NOTIFY_QUEUE, &k1(seq), &k1(message.0))
}

/// The oldest `limit` queued messages: (position, message).
pub fn queued(r: &impl Reader, limit: usize) -> Result<Vec<(u64, MessageId)>> {
    let mut out = Vec::new();
    r.scan(NOTIFY_QUEUE, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |k, v| {
        out.push((part(k, 0), MessageId(part(v, 0))));
        Ok(out.len() < limit)
    })?;
    Ok(out)
}

pub fn dequeue(tx: &mut WriteTx<'_>, _: &Allowed, position: u64) -> Result<()> {
    tx.delete(NOTIFY_QUEUE, &k1(position)).map(|_| ())
}

/// How many messages wait for the notifier.
pub fn queue_len(r: &impl Reader) -> Result<usize> {
    super::count_keys(r, NOTIFY_QUEUE, &[0u8; 8], &[0xffu8; 8])
}

pub fn add_missed(tx: &mut WriteTx<'_>, _: &Allowed, person: PersonId, m: &Missed) -> Result<()> {
    super::put(tx, MISSED, &k2(person.0, m.message.0), m)
}

/// What waits for a person's mail, oldest first (at most `limit`).
pub fn missed_of(r: &impl Reader, person: PersonId, limit: usize) -> Result<Vec<Missed>> {
    let (lo, hi) = prefix_range(person.0, 1);
    let mut out = Vec::new();
    r.scan(MISSED, Bound::Included(&lo[..]), Bound::Included(&hi[..]), Dir::Forward, |_, v| {
        out.push(decode(MISSED, v)?);
        Ok(out.len() < limit)
    })?;
    Ok(out)
}

pub fn remove_missed(tx: &mut WriteTx<'_>, _: &Allowed, person: PersonId, message: MessageId) -> Result<()> {
    tx.delete(MISSED, &k2(person.0, message.0)).map(|_| ())
}

pub fn missed_state(r: &impl Reader, person: PersonId) -> Result<MissedState> {
    Ok(super::get(r, MISSED_STATE, &k1(person.0))?.unwrap_or_default())
}

fn due_key(due: Timestamp, person: PersonId) -> [u8; 16] {
    k2(u64::try_from(due.millis()).unwrap_or(0), person.0)
}

/// Saves a person's mail state and its due-index row.
pub fn save_missed_state(tx: &mut WriteTx<'_>, _: &Allowed, person: PersonId, s: &MissedState) -> Result<()> {
    let old = missed_state(tx, person)?;
    if let Some(d) = old.due {
        tx.delete(MISSED_DUE, &due_key(d, person))?;
    }
    if let Some(d) = s.due {
        tx.put(MISSED_DUE, &due_key(d, person), &[])?;
    }
    super::put(tx, MISSED_STATE, &k1(person.0), s)
}

/// People whose "what you missed" mail is due at `now`, earliest first.
pub fn missed_due(r: &impl Reader, now: Timestamp, limit: usize) -> Result<Vec<PersonId>> {
    let hi = k2(u64::try_from(now.millis()).unwrap_or(0), u64::MAX);
    let mut out = Vec::new();
    r.scan(MISSED_DUE, Bound::Unbounded, Bound::Included(&hi[..]), Dir::Forward, |k, _| {
        out.push(PersonId(part(k, 1)));
        Ok(out.len() < limit)
    })?;
    Ok(out)
}

pub(super) fn verify(r: &impl Reader, problems: &mut Vec<Problem>) -> Result<()> {
    let mut loud = BTreeSet::new();
    r.scan(CHAT_NOTIFY, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |k, v| {
        if v.first().copied().and_then(NotifyLevel::from_code) == Some(NotifyLevel::All) {
            loud.insert(k2(part(k, 1), part(k, 0)).to_vec());
        }
        Ok(true)
    })?;
    let mut got = BTreeSet::new();
    r.scan(CHAT_LOUD, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |k, _| {
        got.insert(k.to_vec());
        Ok(true)
    })?;
    for k in loud.symmetric_difference(&got) {
        problems.push(format!(
            "chat-loud-1: the row {} is {}",
            super::check::show_key(k),
            if loud.contains(k) { "missing" } else { "not backed by a level" }
        ));
    }
    let mut expected = BTreeSet::new();
    r.scan(MISSED_STATE, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |k, v| {
        let s: MissedState = decode(MISSED_STATE, v)?;
        if let Some(d) = s.due {
            expected.insert(due_key(d, PersonId(part(k, 0))).to_vec());
        }
        Ok(true)
    })?;
    let mut found = BTreeSet::new();
    r.scan(MISSED_DUE, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |k, _| {
        found.insert(k.to_vec());
        Ok(true)
    })?;
    for k in expected.symmetric_difference(&found) {
        problems.push(format!(
            "missed-due-1: the row for person {} is {}",
            crate::ids::encode(part(k, 1)),
            if expected.contains(k) { "missing" } else { "not backed by a mail state" }
        ));
    }
    Ok(())
}

fn reminder_due_key(r: &Reminder) -> [u8; 16] {
    k2(u64::try_from(r.at.millis()).unwrap_or(0), r.id.0)
}

pub fn reminder(r: &impl Reader, id: ReminderId) -> Result<Option<Reminder>> {
    super::get(r, REMINDERS, &k1(id.0))
}

/// Saves a reminder with its due and per-person index rows.
pub fn save_reminder(tx: &mut WriteTx<'_>, _: &Allowed, r: &Reminder) -> Result<()> {
    if let Some(old) = reminder(tx, r.id)? {
        tx.delete(REMINDERS_DUE, &reminder_due_key(&old))?;
    }
    tx.put(REMINDERS_DUE, &reminder_due_key(r), &[])?;
    tx.put(REMINDERS_BY_PERSON, &k2(r.person.0, r.id.0), &[])?;
    super::put(tx, REMINDERS, &k1(r.id.0), r)
}

pub fn remove_reminder(tx: &mut WriteTx<'_>, _: &Allowed, id: ReminderId) -> Result<Option<Reminder>> {
    let Some(old) = reminder(tx, id)? else { return Ok(None) };
    tx.delete(REMINDERS_DUE, &reminder_due_key(&old))?;
    tx.delete(REMINDERS_BY_PERSON, &k2(old.person.0, old.id.0))?;
    tx.delete(REMINDERS, &k1(id.0))?;
    Ok(Some(old))
}

/// Reminders due at `now`, earliest first.
pub fn reminders_due(r: &impl Reader, now: Timestamp, limit: usize) -> Result<Vec<Reminder>> {
    let hi = k2(u64::try_from(now.millis()).unwrap_or(0), u64::MAX);
    let mut ids = Vec::new();
    r.scan(REMINDERS_DUE, Bound::Unbounded, Bound::Included(&hi[..]), Dir::Forward, |k, _| {
        ids.push(ReminderId(part(k, 1)));
        Ok(ids.len() < limit)
    })?;
    let mut out = Vec::new();
    for id in ids {
        if let Some(x) = reminder(r, id)? {
            out.push(x);
        }
    }
    Ok(out)
}

/// A page of a person's reminders, in the order they were made.
pub fn reminders_page(
    r: &impl Reader,
    person: PersonId,
    after: Option<&Cursor>,
    limit: usize,
) -> Result<Page<Reminder>> {
    let (lo, hi) = prefix_range(person.0, 1);
    super::page::scan_page(r, REMINDERS_BY_PERSON, (&lo, &hi), Dir::Forward, after, limit, |k, _| {
        reminder(r, ReminderId(part(k, 1)))
    })
}

pub(super) fn verify_reminders(r: &impl Reader, problems: &mut Vec<Problem>) -> Result<()> {
    let (mut due, mut by) = (BTreeSet::new(), BTreeSet::new());
    r.scan(REMINDERS, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |_, v| {
        let x: Reminder = decode(REMINDERS, v)?;
        due.insert(reminder_due_key(&x).to_vec());
        by.insert(k2(x.person.0, x.id.0).to_vec());
        Ok(true)
    })?;
    for (def, want) in [(REMINDERS_DUE, due), (REMINDERS_BY_PERSON, by)] {
        let mut got = BTreeSet::new();
        r.scan(def, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |k, _| {
            got.insert(k.to_vec());
            Ok(true)
        })?;
        if got != want {
            problems.push(format!("{}: does not match the reminders", super::tables::name(def)));
        }
    }
    Ok(())
}
