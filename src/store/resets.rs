//! Password resets (`PASSWORD_RESETS`), keyed by the hash of the reset token.

use super::tables::PASSWORD_RESETS;
use super::{Allowed, Reader, WriteTx};
use crate::error::Result;
use crate::model::PasswordReset;

pub fn get(r: &impl Reader, hash: &[u8; 32]) -> Result<Option<PasswordReset>> {
    super::get(r, PASSWORD_RESETS, hash)
}

pub fn save(tx: &mut WriteTx<'_>, _: &Allowed, hash: &[u8; 32], reset: &PasswordReset) -> Result<()> {
    super::put(tx, PASSWORD_RESETS, hash, reset)
}

pub fn delete(tx: &mut WriteTx<'_>, _: &Allowed, hash: &[u8; 32]) -> Result<bool> {
    tx.delete(PASSWORD_RESETS, hash)
}
