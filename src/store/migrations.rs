//! Schema migrations, run in one write transaction before the server reports ready.
//!
//! The schema version lives in the meta table. A file from a newer Bivouac is refused rather than
//! misread; an older file is brought up to date step by step, all or nothing.

use redb::{Database, ReadableTable};

use super::meta::{LAST_ID, SCHEMA_VERSION};
use super::tables::{ALL, META};

/// The schema this binary writes.
pub const CURRENT: u32 = 1;

/// Migrates `db` to [`CURRENT`] and returns the id high-water mark.
pub fn run(db: &Database) -> Result<u64, String> {
    let txn = db.begin_write().map_err(|e| e.to_string())?;
    let last_id;
    {
        let mut meta = txn.open_table(META).map_err(|e| e.to_string())?;
        let found = meta
            .get(SCHEMA_VERSION)
            .map_err(|e| e.to_string())?
            .and_then(|v| <[u8; 4]>::try_from(v.value()).ok())
            .map(u32::from_be_bytes)
            .unwrap_or(0);
        if found > CURRENT {
            return Err(format!(
                "this data file was written by a newer version of Bivouac (schema {found}); this \
                 binary understands schema {CURRENT} and older. Install the newer Bivouac again, or \
                 restore a backup made by this version."
            ));
        }
        // Steps from `found` to CURRENT go here as the schema evolves: `if found < 2 { ... }`.
        // Schema 1 is the first: its step is creating the tables, done below for every version so
        // a table added later exists in every file.
        meta.insert(SCHEMA_VERSION, CURRENT.to_be_bytes().as_slice()).map_err(|e| e.to_string())?;
        last_id = meta
            .get(LAST_ID)
            .map_err(|e| e.to_string())?
            .and_then(|v| <[u8; 8]>::try_from(v.value()).ok())
            .map(u64::from_be_bytes)
            .unwrap_or(0);
    }
    for def in ALL {
        txn.open_table(*def).map_err(|e| e.to_string())?;
    }
    txn.commit().map_err(|e| e.to_string())?;
    Ok(last_id)
}

/// The schema version recorded in a file (0 for a new file).
pub fn version(r: &impl super::Reader) -> crate::error::Result<u32> {
    Ok(r.get_with(META, SCHEMA_VERSION, |b| <[u8; 4]>::try_from(b).ok().map(u32::from_be_bytes))?
        .flatten()
        .unwrap_or(0))
}
