//! Sessions: `SESSIONS` keyed by the token's hash, and `SESSIONS_BY_PERSON` to end them all.

use std::collections::BTreeSet;
use std::ops::Bound;

use super::keys::{part, with_prefix};
use super::tables::{SESSIONS, SESSIONS_BY_PERSON};
use super::{Allowed, Dir, Problem, Reader, WriteTx, collect_keys, decode};
use crate::clock::Timestamp;
use crate::error::Result;
use crate::ids::PersonId;
use crate::model::Session;

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

/// Ends every session of `person`, except `keep`; returns how many ended.
pub fn delete_all_of(tx: &mut WriteTx<'_>, ok: &Allowed, person: PersonId, keep: Option<&Key>) -> Result<usize> {
    let mut n = 0;
    for key in of_person(tx, person)? {
        if Some(&key) != keep {
            delete(tx, ok, &key)?;
            n += 1;
        }
    }
    Ok(n)
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
    Ok(())
}
