//! Invitations (`INVITATIONS`) and the token index (`INVITATION_TOKENS`). [`save`] writes the
//! record and the index row of its current token together.

use std::collections::BTreeSet;
use std::ops::Bound;

use super::keys::{k1, part};
use super::tables::{INVITATION_TOKENS, INVITATIONS};
use super::{Dir, Problem, Reader, WriteTx, decode};
use crate::error::Result;
use crate::ids::InvitationId;
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

pub fn all(r: &impl Reader) -> Result<Vec<Invitation>> {
    let mut out = Vec::new();
    r.scan(INVITATIONS, Bound::Unbounded, Bound::Unbounded, Dir::Backward, |_, v| {
        out.push(decode(INVITATIONS, v)?);
        Ok(true)
    })?;
    Ok(out)
}

pub fn save(tx: &mut WriteTx<'_>, inv: &Invitation) -> Result<()> {
    tx.put(INVITATION_TOKENS, &inv.token_hash, &k1(inv.id.0))?;
    super::put(tx, INVITATIONS, &k1(inv.id.0), inv)
}

pub(super) fn verify(r: &impl Reader, problems: &mut Vec<Problem>) -> Result<()> {
    let invitations = all(r)?;
    let ids: BTreeSet<u64> = invitations.iter().map(|i| i.id.0).collect();
    for inv in &invitations {
        let indexed = r.get_with(INVITATION_TOKENS, &inv.token_hash, |v| part(v, 0))?;
        if indexed != Some(inv.id.0) {
            problems.push(format!("invitation-tokens: the current token of invitation {} is not indexed", inv.id));
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
                .push(format!("invitation-tokens: a token of missing invitation {}", crate::ids::encode(part(v, 0))));
        }
        Ok(true)
    })?;
    Ok(())
}
