//! The meta table: schema version, id high-water mark, the setup token and workspace settings.
//!
//! | key              | value                                   |
//! |------------------|-----------------------------------------|
//! | `schema_version` | u32 BE                                  |
//! | `last_id`        | u64 BE: the highest id handed out       |
//! | `setup_token`    | 32-byte hash of the one-time setup token |
//! | `company_name`   | UTF-8                                   |
//! | `secret_fingerprint` | 8 bytes: which `secret.key` mail tokens were derived from |
//! | `ended_sessions` | u64 BE: rows in `ended-sessions-1` (kept by `sessions.rs`) |
//! | `accent_color`   | `#rrggbb`: the workspace's accent colour  |
//! | `language`       | ASCII: the workspace's language (`en`, `ru`, `de`, `es`) |
//! | `general_channel`| u64 BE: the `#general` channel made at setup |

use super::tables::META;
use super::{Allowed, Reader, WriteTx};
use crate::error::Result;

pub const SCHEMA_VERSION: &[u8] = b"schema_version";
pub const LAST_ID: &[u8] = b"last_id";
const SETUP_TOKEN: &[u8] = b"setup_token";
const COMPANY_NAME: &[u8] = b"company_name";
const SECRET_FINGERPRINT: &[u8] = b"secret_fingerprint";
const ACCENT_COLOR: &[u8] = b"accent_color";
const LANGUAGE: &[u8] = b"language";
const GENERAL_CHANNEL: &[u8] = b"general_channel";

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

/// The Owner's accent colour, `#rrggbb` (None: Bivouac's own).
pub fn accent_color(r: &impl Reader) -> Result<Option<String>> {
    r.get_with(META, ACCENT_COLOR, |b| String::from_utf8_lossy(b).into_owned())
}

pub fn set_accent_color(tx: &mut WriteTx<'_>, _: &Allowed, hex: Option<&str>) -> Result<()> {
    match hex {
        Some(h) => tx.put(META, ACCENT_COLOR, h.as_bytes()),
        None => tx.delete(META, ACCENT_COLOR).map(|_| ()),
    }
}

/// The workspace's language (None: English).
pub fn language(r: &impl Reader) -> Result<Option<String>> {
    r.get_with(META, LANGUAGE, |b| String::from_utf8_lossy(b).into_owned())
}

pub fn set_language(tx: &mut WriteTx<'_>, _: &Allowed, lang: &str) -> Result<()> {
    tx.put(META, LANGUAGE, lang.as_bytes())
}

/// The `#general` channel made at setup, which new people join.
pub fn general_channel(r: &impl Reader) -> Result<Option<crate::ids::ChannelId>> {
    Ok(r.get_with(META, GENERAL_CHANNEL, |b| <[u8; 8]>::try_from(b).ok().map(u64::from_be_bytes))?
        .flatten()
        .map(crate::ids::ChannelId))
}

pub fn set_general_channel(tx: &mut WriteTx<'_>, _: &Allowed, id: crate::ids::ChannelId) -> Result<()> {
    tx.put(META, GENERAL_CHANNEL, &id.0.to_be_bytes())
}
