//! Invitations (`INVITATIONS`), the token index (`INVITATION_TOKENS`) and the person index
//! (`INVITATIONS_BY_PERSON`). [`save`] writes the record and its index rows together.

use std::collections::BTreeSet;
use std::ops::Bound;

use super::keys::{k1, k2, part, prefix_range};
use super::tables::{INVITATION_TOKENS, INVITATIONS, INVITATIONS_BY_PERSON};
use super::{Allowed, Cursor, Dir, Page, Problem, Reader, WriteTx, collect_keys, decode, page};
use crate::error::Result;
use crate::ids::{InvitationId, PersonId};
use crate::model::Invitation;

pub fn get(r: &impl Reader, id: InvitationId) -> Result<Option<Invitation>> {
    super::get(r, INVITATIONS, &k1(id.0))
}

/// The invitation a token was issued for (the token may since have been replaced).
pub fn by_token(r: &impl Reader, hash: &[u8; 32]) -> Result<Option<Invitation>> {
    let id = r.get_with(INVITATION_TOKENS, hash, |v| InvitationId(part(v, 0)))?;
    match id {
        Some(id) => get(r, id),
        None => Ok(None),
    }
}

/// The latest invitation of `person`, if they were invited.
pub fn of_person(r: &impl Reader, person: PersonId) -> Result<Option<Invitation>> {
    let (lo, hi) = prefix_range(person.0, 1);
    match collect_keys(r, INVITATIONS_BY_PERSON, &lo, &hi, Dir::Backward, 1)?.first() {
        Some(k) => get(r, InvitationId(part(k, 1))),
        None => Ok(None),
    }
}

/// A page of invitations, newest first, before `before`, for which `keep` says yes.
pub fn page(
    r: &impl Reader,
    before: Option<&Cursor>,
    limit: usize,
    mut keep: impl FnMut(&Invitation) -> Result<bool>,
) -> Result<Page<Invitation>> {
    page::scan_page(r, INVITATIONS, (&[], &[0xff; 8]), Dir::Backward, before, limit, |_, v| {
        let inv: Invitation = decode(INVITATIONS, v)?;
        Ok(keep(&inv)?.then_some(inv))
    })
}

/// Every invitation, newest first. For checks and counts over a small set (failed mails).
pub fn all(r: &impl Reader) -> Result<Vec<Invitation>> {
    let mut out = Vec::new();
    r.scan(INVITATIONS, Bound::Unbounded, Bound::Unbounded, Dir::Backward, |_, v| {
        out.push(decode(INVITATIONS, v)?);
        Ok(true)
    })?;
    Ok(out)
}

pub fn save(tx: &mut WriteTx<'_>, _: &Allowed, inv: &Invitation) -> Result<()> {
    tx.put(INVITATION_TOKENS, &inv.token_hash, &k1(inv.id.0))?;
    tx.put(INVITATIONS_BY_PERSON, &k2(inv.person.0, inv.id.0), &[])?;
    super::put(tx, INVITATIONS, &k1(inv.id.0), inv)
}

/// Writes the person index again (a migration step, or a repair).
pub(super) fn rebuild(tx: &mut WriteTx<'_>) -> Result<()> {
    super::tx::clear(tx, INVITATIONS_BY_PERSON)?;
    for inv in all(tx)? {
        tx.put(INVITATIONS_BY_PERSON, &k2(inv.person.0, inv.id.0), &[])?;
    }
    Ok(())
}

pub(super) fn verify(r: &impl Reader, problems: &mut Vec<Problem>) -> Result<()> {
    let invitations = all(r)?;
    let ids: BTreeSet<u64> = invitations.iter().map(|i| i.id.0).collect();
    let mut by_person = BTreeSet::new();
    for inv in &invitations {
        by_person.insert(k2(inv.person.0, inv.id.0).to_vec());
        let indexed = r.get_with(INVITATION_TOKENS, &inv.token_hash, |v| part(v, 0))?;
        if indexed != Some(inv.id.0) {
            problems.push(format!("invitation-tokens-1: the current token of invitation {} is not indexed", inv.id));
        }
        if super::people::get(r, inv.person)?.is_none() {
            problems.push(format!("invitation {} is for a person who does not exist", inv.id));
        }
        if let Some(m) = inv.mail
            && super::mail::get(r, m)?.is_none()
        {
            problems.push(format!("invitation {} points at mail {m} which is not in the outbox", inv.id));
        }
    }
    r.scan(INVITATION_TOKENS, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |_, v| {
        if !ids.contains(&part(v, 0)) {
            problems
                .push(format!("invitation-tokens-1: a token of missing invitation {}", crate::ids::encode(part(v, 0))));
        }
        Ok(true)
    })?;
    let found: BTreeSet<Vec<u8>> =
        collect_keys(r, INVITATIONS_BY_PERSON, &[], &[0xff; 16], Dir::Forward, usize::MAX)?.into_iter().collect();
    for k in by_person.symmetric_difference(&found) {
        problems.push(format!(
            "invitations-by-person-1: the row for invitation {} is {}",
            crate::ids::encode(part(k, 1)),
            if by_person.contains(k) { "missing" } else { "not backed by an invitation" }
        ));
    }
    Ok(())
}
