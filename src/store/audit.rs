//! The audit log (`AUDIT`): append only. There is no function here that changes or removes an
//! entry, and none is to be added.

use super::keys::k1;
use super::tables::AUDIT;
use super::{Dir, Reader, WriteTx, decode};
use crate::error::Result;
use crate::ids::AuditId;
use crate::model::AuditEntry;
use std::ops::Bound;

pub fn append(tx: &mut WriteTx<'_>, e: &AuditEntry) -> Result<()> {
    super::put(tx, AUDIT, &k1(e.id.0), e)
}

/// Entries older than `before` (newest first) for which `keep` is true, up to `limit`.
pub fn list(
    r: &impl Reader,
    before: Option<AuditId>,
    limit: usize,
    mut keep: impl FnMut(&AuditEntry) -> bool,
) -> Result<Vec<AuditEntry>> {
    let mut out = Vec::new();
    let hi = before.map(|b| k1(b.0));
    let upper = match &hi {
        Some(h) => Bound::Excluded(h.as_slice()),
        None => Bound::Unbounded,
    };
    r.scan(AUDIT, Bound::Unbounded, upper, Dir::Backward, |_, v| {
        let e: AuditEntry = decode(AUDIT, v)?;
        if keep(&e) {
            out.push(e);
        }
        Ok(out.len() < limit)
    })?;
    Ok(out)
}
