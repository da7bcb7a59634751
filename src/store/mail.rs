//! The mail outbox (`MAIL`) and its due index (`MAIL_DUE`). A mail is written in the same
//! transaction as whatever it announces, so neither exists without the other.

use std::collections::BTreeSet;
use std::ops::Bound;

use super::keys::{k1, k2, part};
use super::tables::{MAIL, MAIL_DUE};
use super::{Allowed, Dir, Problem, Reader, WriteTx, decode};
use crate::clock::Timestamp;
use crate::error::Result;
use crate::ids::MailId;
use crate::model::Mail;

pub fn get(r: &impl Reader, id: MailId) -> Result<Option<Mail>> {
    super::get(r, MAIL, &k1(id.0))
}

fn due_key(m: &Mail) -> [u8; 16] {
    k2(u64::try_from(m.due.millis()).unwrap_or(0), m.id.0)
}

/// Inserts or updates a mail and its due-index row.
pub fn save(tx: &mut WriteTx<'_>, _: &Allowed, m: &Mail) -> Result<()> {
    if let Some(old) = get(tx, m.id)? {
        tx.delete(MAIL_DUE, &due_key(&old))?;
    }
    tx.put(MAIL_DUE, &due_key(m), &[])?;
    super::put(tx, MAIL, &k1(m.id.0), m)
}

/// Removes a mail and its due-index row; true if it was there.
pub fn delete(tx: &mut WriteTx<'_>, _: &Allowed, id: MailId) -> Result<bool> {
    let Some(old) = get(tx, id)? else { return Ok(false) };
    tx.delete(MAIL_DUE, &due_key(&old))?;
    tx.delete(MAIL, &k1(id.0))
}

/// Up to `limit` mails due at or before `now`, earliest first.
pub fn due(r: &impl Reader, now: Timestamp, limit: usize) -> Result<Vec<MailId>> {
    let hi = k2(u64::try_from(now.millis()).unwrap_or(0), u64::MAX);
    let mut out = Vec::new();
    r.scan(MAIL_DUE, Bound::Unbounded, Bound::Included(&hi), Dir::Forward, |k, _| {
        out.push(MailId(part(k, 1)));
        Ok(out.len() < limit)
    })?;
    Ok(out)
}

/// When the earliest queued mail is due, if any mail is queued.
pub fn next_due(r: &impl Reader) -> Result<Option<Timestamp>> {
    let mut next = None;
    r.scan(MAIL_DUE, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |k, _| {
        next = Some(Timestamp(i64::try_from(part(k, 0)).unwrap_or(i64::MAX)));
        Ok(false)
    })?;
    Ok(next)
}

/// How many mails wait in the outbox.
pub fn queued(r: &impl Reader) -> Result<usize> {
    let mut n = 0;
    r.scan(MAIL_DUE, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |_, _| {
        n += 1;
        Ok(true)
    })?;
    Ok(n)
}

pub(super) fn verify(r: &impl Reader, problems: &mut Vec<Problem>) -> Result<()> {
    let mut expected = BTreeSet::new();
    r.scan(MAIL, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |_, v| {
        let m: Mail = decode(MAIL, v)?;
        expected.insert(due_key(&m).to_vec());
        Ok(true)
    })?;
    let mut found = BTreeSet::new();
    r.scan(MAIL_DUE, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |k, _| {
        found.insert(k.to_vec());
        Ok(true)
    })?;
    for k in expected.symmetric_difference(&found) {
        problems.push(format!(
            "mail-due-1: the row for mail {} is {}",
            crate::ids::encode(part(k, 1)),
            if expected.contains(k) { "missing" } else { "not backed by a mail" }
        ));
    }
    Ok(())
}
