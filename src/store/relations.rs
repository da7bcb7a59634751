//! Direct-chat partners: the relationship the policy reads for Freelancers ("sees and mentions
//! only people he has a direct chat with"). Messaging writes it in the transaction that creates
//! a direct chat; the policy reads it in the transaction of the action it decides.

use super::keys::{k1, k2, part, prefix_range};
use super::tables::DIRECT_PARTNERS;
use super::{Allowed, Dir, Reader, WriteTx, collect_keys};
use crate::error::Result;
use crate::ids::{ChannelId, PersonId};

pub fn have_direct_chat(r: &impl Reader, a: PersonId, b: PersonId) -> Result<bool> {
    Ok(direct_chat(r, a, b)?.is_some())
}

/// The direct chat between `a` and `b`, if there is one.
pub fn direct_chat(r: &impl Reader, a: PersonId, b: PersonId) -> Result<Option<ChannelId>> {
    r.get_with(DIRECT_PARTNERS, &k2(a.0, b.0), |v| ChannelId(part(v, 0)))
}

/// Everyone `a` has a direct chat with.
pub fn partners(r: &impl Reader, a: PersonId) -> Result<Vec<PersonId>> {
    let (lo, hi) = prefix_range(a.0, 1);
    Ok(collect_keys(r, DIRECT_PARTNERS, &lo, &hi, Dir::Forward, usize::MAX)?
        .iter()
        .map(|k| PersonId(part(k, 1)))
        .collect())
}

/// Records the direct chat between `a` and `b` in both directions.
pub fn link(tx: &mut WriteTx<'_>, _: &Allowed, a: PersonId, b: PersonId, chat: ChannelId) -> Result<()> {
    tx.put(DIRECT_PARTNERS, &k2(a.0, b.0), &k1(chat.0))?;
    tx.put(DIRECT_PARTNERS, &k2(b.0, a.0), &k1(chat.0))
}
