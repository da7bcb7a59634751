//! The meta table: schema version, id high-water mark, the setup token and workspace settings.
//!
//! | key              | value                                   |
//! |------------------|-----------------------------------------|
//! | `schema_version` | u32 BE                                  |
//! | `last_id`        | u64 BE: the highest id handed out       |
//! | `setup_token`    | 32-byte hash of the one-time setup token |
//! | `company_name`   | UTF-8                                   |
//! | `secret_fingerprint` | 8 bytes: which `secret.key` mail tokens were derived from |

use super::tables::META;
use super::{Allowed, Reader, WriteTx};
use crate::error::Result;

pub const SCHEMA_VERSION: &[u8] = b"schema_version";
pub const LAST_ID: &[u8] = b"last_id";
const SETUP_TOKEN: &[u8] = b"setup_token";
const COMPANY_NAME: &[u8] = b"company_name";
const SECRET_FINGERPRINT: &[u8] = b"secret_fingerprint";

pub(super) fn set_last_id(tx: &mut WriteTx<'_>, id: u64) -> Result<()> {
    tx.put(META, LAST_ID, &id.to_be_bytes())
}

pub fn setup_token_hash(r: &impl Reader) -> Result<Option<[u8; 32]>> {
    Ok(r.get_with(META, SETUP_TOKEN, |b| b.try_into().ok())?.flatten())
}

pub fn set_setup_token_hash(tx: &mut WriteTx<'_>, _: &Allowed, hash: Option<[u8; 32]>) -> Result<()> {
    match hash {
        Some(h) => tx.put(META, SETUP_TOKEN, &h),
        None => tx.delete(META, SETUP_TOKEN).map(|_| ()),
    }
}

pub fn secret_fingerprint(r: &impl Reader) -> Result<Option<[u8; 8]>> {
    Ok(r.get_with(META, SECRET_FINGERPRINT, |b| b.try_into().ok())?.flatten())
}

pub fn set_secret_fingerprint(tx: &mut WriteTx<'_>, _: &Allowed, f: [u8; 8]) -> Result<()> {
    tx.put(META, SECRET_FINGERPRINT, &f)
}

pub fn company_name(r: &impl Reader) -> Result<Option<String>> {
    r.get_with(META, COMPANY_NAME, |b| String::from_utf8_lossy(b).into_owned())
}

pub fn set_company_name(tx: &mut WriteTx<'_>, _: &Allowed, name: &str) -> Result<()> {
    tx.put(META, COMPANY_NAME, name.as_bytes())
}
