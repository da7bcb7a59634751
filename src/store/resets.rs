//! Password resets (`PASSWORD_RESETS`), keyed by the hash of the reset token, and the person
//! index (`RESETS_BY_PERSON`) that ends all of a person's reset links at once.

use std::collections::BTreeSet;
use std::ops::Bound;

use super::keys::{part, with_prefix};
use super::tables::{PASSWORD_RESETS, RESETS_BY_PERSON};
use super::{Allowed, Dir, Problem, Raw, Reader, WriteTx, collect_keys, decode};
use crate::error::Result;
use crate::ids::PersonId;
use crate::model::PasswordReset;

pub fn get(r: &impl Reader, hash: &[u8; 32]) -> Result<Option<PasswordReset>> {
    super::get(r, PASSWORD_RESETS, hash)
}

pub fn save(tx: &mut WriteTx<'_>, _: &Allowed, hash: &[u8; 32], reset: &PasswordReset) -> Result<()> {
    tx.put(RESETS_BY_PERSON, &with_prefix(reset.person.0, hash), &[])?;
    super::put(tx, PASSWORD_RESETS, hash, reset)
}

pub fn delete(tx: &mut WriteTx<'_>, _: &Allowed, hash: &[u8; 32]) -> Result<bool> {
    let Some(reset) = get(tx, hash)? else { return Ok(false) };
    tx.delete(RESETS_BY_PERSON, &with_prefix(reset.person.0, hash))?;
    tx.delete(PASSWORD_RESETS, hash)
}

/// Ends every outstanding reset link of `person`; returns how many there were.
pub fn delete_all_of(tx: &mut WriteTx<'_>, ok: &Allowed, person: PersonId) -> Result<usize> {
    let lo = with_prefix(person.0, &[0u8; 32]);
    let hi = with_prefix(person.0, &[0xffu8; 32]);
    let keys = collect_keys(tx, RESETS_BY_PERSON, &lo, &hi, Dir::Forward, usize::MAX)?;
    for k in &keys {
        if let Ok(hash) = <[u8; 32]>::try_from(&k[8..]) {
            delete(tx, ok, &hash)?;
        }
    }
    Ok(keys.len())
}

/// Writes the person index again (a migration step, or a repair).
pub(super) fn rebuild(tx: &mut WriteTx<'_>) -> Result<()> {
    super::tx::clear(tx, RESETS_BY_PERSON)?;
    let mut rows = Vec::new();
    tx.scan(PASSWORD_RESETS, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |k, v| {
        let r: PasswordReset = decode(PASSWORD_RESETS, v)?;
        rows.push(with_prefix(r.person.0, k));
        Ok(true)
    })?;
    for k in rows {
        tx.put(RESETS_BY_PERSON, &k, &[])?;
    }
    Ok(())
}

pub(super) fn verify(r: &impl Reader, problems: &mut Vec<Problem>) -> Result<()> {
    let mut expected = BTreeSet::new();
    r.scan(PASSWORD_RESETS, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |k, v| {
        let reset: PasswordReset = decode(PASSWORD_RESETS, v)?;
        expected.insert(with_prefix(reset.person.0, k));
        Ok(true)
    })?;
    let mut found = BTreeSet::new();
    r.scan(RESETS_BY_PERSON, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |k, _| {
        found.insert(k.to_vec());
        Ok(true)
    })?;
    for k in expected.symmetric_difference(&found) {
        problems.push(format!(
            "resets-by-person-1: a row of person {} is {}",
            crate::ids::encode(part(k, 0)),
            if expected.contains(k) { "missing" } else { "not backed by a reset" }
        ));
    }
    Ok(())
}
