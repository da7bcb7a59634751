//! The audit log (`AUDIT`): append only. There is no function here that changes or removes an
//! entry, and none is to be added.

use super::keys::k1;
use super::tables::AUDIT;
use super::{Allowed, Cursor, Dir, Page, Reader, WriteTx, decode, page};
use crate::error::Result;
use crate::model::AuditEntry;

pub fn append(tx: &mut WriteTx<'_>, _: &Allowed, e: &AuditEntry) -> Result<()> {
    super::put(tx, AUDIT, &k1(e.id.0), e)
}

/// A page of entries before `before` (newest first) for which `keep` is true.
pub fn page(
    r: &impl Reader,
    before: Option<&Cursor>,
    limit: usize,
    mut keep: impl FnMut(&AuditEntry) -> bool,
) -> Result<Page<AuditEntry>> {
    page::scan_page(r, AUDIT, (&[], &[0xff; 8]), Dir::Backward, before, limit, |_, v| {
        let e: AuditEntry = decode(AUDIT, v)?;
        Ok(keep(&e).then_some(e))
    })
}
