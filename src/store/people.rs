//! People and their indexes: `PEOPLE`, `PEOPLE_BY_EMAIL` (unique, not for deleted people) and
//! `DEPARTMENT_MEMBERS` (from `Person::departments`). [`save`] is the only writer of all three.

use std::collections::BTreeSet;
use std::ops::Bound;

use super::keys::{k1, k2, part};
use super::tables::{DEPARTMENT_MEMBERS, PEOPLE, PEOPLE_BY_EMAIL};
use super::{Dir, Problem, Reader, WriteTx, decode};
use crate::error::{Error, Result};
use crate::ids::PersonId;
use crate::model::{Person, PersonState};

pub fn get(r: &impl Reader, id: PersonId) -> Result<Option<Person>> {
    super::get(r, PEOPLE, &k1(id.0))
}

/// The person holding `email` (lower-cased), unless deleted.
pub fn by_email(r: &impl Reader, email: &str) -> Result<Option<Person>> {
    let id = r.get_with(PEOPLE_BY_EMAIL, email.as_bytes(), |b| <[u8; 8]>::try_from(b).ok().map(u64::from_be_bytes))?;
    match id.flatten() {
        Some(id) => get(r, PersonId(id)),
        None => Ok(None),
    }
}

/// Everyone ever recorded, deleted people included, in id order.
pub fn all(r: &impl Reader) -> Result<Vec<Person>> {
    let mut out = Vec::new();
    r.scan(PEOPLE, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |_, v| {
        out.push(decode(PEOPLE, v)?);
        Ok(true)
    })?;
    Ok(out)
}

fn email_key(p: &Person) -> Option<&[u8]> {
    (p.state != PersonState::Deleted).then_some(p.email.as_bytes())
}

/// Inserts or updates `p` with all its index rows. Fails with 409 `email_taken` if another person
/// holds the email; in that case nothing is written.
pub fn save(tx: &mut WriteTx<'_>, p: &Person) -> Result<()> {
    let old = get(tx, p.id)?;
    if let Some(email) = email_key(p)
        && let Some(holder) = by_email(tx, &p.email)?
        && holder.id != p.id
    {
        let _ = email;
        return Err(Error::conflict("email_taken", format!("{} already belongs to {}.", p.email, holder.full_name())));
    }
    let old_email = old.as_ref().and_then(email_key).map(<[u8]>::to_vec);
    if old_email.as_deref() != email_key(p) {
        if let Some(e) = old_email {
            tx.delete(PEOPLE_BY_EMAIL, &e)?;
        }
        if let Some(e) = email_key(p) {
            tx.put(PEOPLE_BY_EMAIL, e, &k1(p.id.0))?;
        }
    }
    let before: BTreeSet<u64> = old.iter().flat_map(|o| o.departments.iter().map(|d| d.0)).collect();
    let after: BTreeSet<u64> = p.departments.iter().map(|d| d.0).collect();
    for d in before.difference(&after) {
        tx.delete(DEPARTMENT_MEMBERS, &k2(*d, p.id.0))?;
    }
    for d in after.difference(&before) {
        tx.put(DEPARTMENT_MEMBERS, &k2(*d, p.id.0), &[])?;
    }
    super::put(tx, PEOPLE, &k1(p.id.0), p)
}

pub(super) fn verify(r: &impl Reader, problems: &mut Vec<Problem>) -> Result<()> {
    let people = all(r)?;
    let mut emails = BTreeSet::new();
    let mut memberships = BTreeSet::new();
    for p in &people {
        if let Some(e) = email_key(p) {
            emails.insert((e.to_vec(), p.id.0));
        }
        for d in &p.departments {
            memberships.insert((d.0, p.id.0));
        }
    }
    let mut indexed = BTreeSet::new();
    r.scan(PEOPLE_BY_EMAIL, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |k, v| {
        indexed.insert((k.to_vec(), part(v, 0)));
        Ok(true)
    })?;
    for (e, id) in emails.symmetric_difference(&indexed) {
        problems.push(format!(
            "people-by-email: {} -> {} is {}",
            String::from_utf8_lossy(e),
            crate::ids::encode(*id),
            if emails.contains(&(e.clone(), *id)) { "missing" } else { "not backed by a person" }
        ));
    }
    let mut members = BTreeSet::new();
    r.scan(DEPARTMENT_MEMBERS, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |k, _| {
        members.insert((part(k, 0), part(k, 1)));
        Ok(true)
    })?;
    for (d, p) in memberships.symmetric_difference(&members) {
        problems.push(format!(
            "department-members: ({}, {}) is {}",
            crate::ids::encode(*d),
            crate::ids::encode(*p),
            if memberships.contains(&(*d, *p)) { "missing" } else { "not backed by a person" }
        ));
    }
    Ok(())
}
