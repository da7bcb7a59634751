//! Sessions: `SESSIONS` keyed by the token's hash, and `SESSIONS_BY_PERSON` to end them all;
//! `ENDED_SESSIONS` (with `ENDED_BY_TIME`) remembers for a while why sessions were ended, so a
//! browser that still holds the cookie can say "your role was changed by ...".

use std::collections::BTreeSet;
use std::ops::Bound;

use super::keys::{part, with_prefix};
use super::tables::{ENDED_BY_TIME, ENDED_SESSIONS, META, SESSIONS, SESSIONS_BY_PERSON};
use super::{Allowed, Dir, Problem, Raw, Reader, WriteTx, collect_keys, decode};
use crate::clock::Timestamp;
use crate::error::Result;
use crate::ids::PersonId;
use crate::model::{EndReason, Session, SessionEnd};

/// How long the reason a session ended is kept. A browser that comes back later is told only
/// that its session ended.
pub const ENDED_KEPT: std::time::Duration = std::time::Duration::from_secs(14 * 86_400);
/// At most this many reasons are kept; past it, the oldest go first.
pub const ENDED_MAX: u64 = 10_000;
/// Meta key: u64 BE, the number of `ENDED_SESSIONS` rows.
const ENDED_COUNT: &[u8] = b"ended_sessions";

pub type Key = [u8; 32];

pub fn get(r: &impl Reader, key: &Key) -> Result<Option<Session>> {
    super::get(r, SESSIONS, key)
}

pub fn create(tx: &mut WriteTx<'_>, _: &Allowed, key: &Key, s: &Session) -> Result<()> {
    tx.put(SESSIONS_BY_PERSON, &with_prefix(s.person.0, key), &[])?;
    super::put(tx, SESSIONS, key, s)
}

/// Records use of the session (for the idle timeout).
pub fn touch(tx: &mut WriteTx<'_>, _: &Allowed, key: &Key, at: Timestamp) -> Result<()> {
    if let Some(mut s) = get(tx, key)?
        && s.last_seen < at
    {
        s.last_seen = at;
        super::put(tx, SESSIONS, key, &s)?;
    }
    Ok(())
}

/// Ends a session, and with it (after the commit) every live connection opened with it.
pub fn delete(tx: &mut WriteTx<'_>, _: &Allowed, key: &Key) -> Result<bool> {
    let Some(s) = get(tx, key)? else {
        return Ok(false);
    };
    tx.emit(crate::events::Event::EndSession { session: *key });
    tx.delete(SESSIONS_BY_PERSON, &with_prefix(s.person.0, key))?;
    tx.delete(SESSIONS, key)
}

/// The session keys of one person.
pub fn of_person(r: &impl Reader, person: PersonId) -> Result<Vec<Key>> {
    let lo = with_prefix(person.0, &[0u8; 32]);
    let hi = with_prefix(person.0, &[0xffu8; 32]);
    Ok(collect_keys(r, SESSIONS_BY_PERSON, &lo, &hi, Dir::Forward, usize::MAX)?
        .into_iter()
        .filter_map(|k| k[8..].try_into().ok())
        .collect())
}

/// Ends every session of `person`, except `keep`; returns how many ended. With `why`, each ended
/// session's reason is kept (for [`ENDED_KEPT`]) in the same transaction.
pub fn delete_all_of(
    tx: &mut WriteTx<'_>,
    ok: &Allowed,
    person: PersonId,
    keep: Option<&Key>,
    why: Option<(EndReason, Option<PersonId>)>,
) -> Result<usize> {
    let mut n = 0;
    for key in of_person(tx, person)? {
        if Some(&key) != keep {
            delete(tx, ok, &key)?;
            if let Some((reason, by)) = why {
                record_end(tx, &key, &SessionEnd { reason, by, at: tx.now() })?;
            }
            n += 1;
        }
    }
    Ok(n)
}

/// Why the session with `key` was ended, if that is known and recent.
pub fn ended(r: &impl Reader, key: &Key) -> Result<Option<SessionEnd>> {
    let end: Option<SessionEnd> = super::get(r, ENDED_SESSIONS, key)?;
    Ok(end.filter(|e| r.now().since(e.at) < ENDED_KEPT))
}

fn ended_count(r: &impl Reader) -> Result<u64> {
    Ok(r.get_with(META, ENDED_COUNT, |b| <[u8; 8]>::try_from(b).ok().map(u64::from_be_bytes))?.flatten().unwrap_or(0))
}

fn time_key(at: Timestamp, key: &Key) -> Vec<u8> {
    with_prefix(u64::try_from(at.millis()).unwrap_or(0), key)
}

/// Keeps `end` for session `key`, and drops reasons that are too old or too many (a few at a
/// time, oldest first, so no write pays for a long backlog).
fn record_end(tx: &mut WriteTx<'_>, key: &Key, end: &SessionEnd) -> Result<()> {
    let mut count = ended_count(tx)?;
    if let Some(old) = super::get::<SessionEnd>(tx, ENDED_SESSIONS, key)? {
        tx.delete(ENDED_BY_TIME, &time_key(old.at, key))?;
        count = count.saturating_sub(1);
    }
    let cutoff = u64::try_from(tx.now().millis()).unwrap_or(0).saturating_sub(ENDED_KEPT.as_millis() as u64);
    let mut oldest = Vec::new();
    tx.scan(ENDED_BY_TIME, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |k, _| {
        let drop = super::keys::part(k, 0) < cutoff || count + 1 > ENDED_MAX + oldest.len() as u64;
        if drop {
            oldest.push(k.to_vec());
        }
        Ok(drop && oldest.len() < 64)
    })?;
    for k in &oldest {
        tx.delete(ENDED_BY_TIME, k)?;
        if tx.delete(ENDED_SESSIONS, &k[8..])? {
            count = count.saturating_sub(1);
        }
    }
    tx.put(ENDED_BY_TIME, &time_key(end.at, key), &[])?;
    super::put(tx, ENDED_SESSIONS, key, end)?;
    tx.put(META, ENDED_COUNT, &(count + 1).to_be_bytes())
}

pub(super) fn verify(r: &impl Reader, problems: &mut Vec<Problem>) -> Result<()> {
    let mut expected = BTreeSet::new();
    r.scan(SESSIONS, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |k, v| {
        let s: Session = decode(SESSIONS, v)?;
        expected.insert(with_prefix(s.person.0, k));
        Ok(true)
    })?;
    let mut found = BTreeSet::new();
    r.scan(SESSIONS_BY_PERSON, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |k, _| {
        found.insert(k.to_vec());
        Ok(true)
    })?;
    for k in expected.symmetric_difference(&found) {
        problems.push(format!(
            "sessions-by-person-1: a row for person {} is {}",
            crate::ids::encode(part(k, 0)),
            if expected.contains(k) { "missing" } else { "not backed by a session" }
        ));
    }
    let mut expected = BTreeSet::new();
    r.scan(ENDED_SESSIONS, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |k, v| {
        let e: SessionEnd = decode(ENDED_SESSIONS, v)?;
        if let Ok(key) = <&Key>::try_from(k) {
            expected.insert(time_key(e.at, key));
        }
        Ok(true)
    })?;
    let mut found = BTreeSet::new();
    r.scan(ENDED_BY_TIME, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |k, _| {
        found.insert(k.to_vec());
        Ok(true)
    })?;
    if expected != found {
        problems.push(format!(
            "ended-by-time-1: {} rows, but {} ended sessions back them",
            found.len(),
            expected.intersection(&found).count()
        ));
    }
    if ended_count(r)? != expected.len() as u64 {
        problems.push(format!(
            "meta-1: ended_sessions says {}, but there are {} ended sessions",
            ended_count(r)?,
            expected.len()
        ));
    }
    Ok(())
}
