//! Schema migrations, run in one write transaction before the server reports ready.
//!
//! The schema version lives in the meta table. A file from a newer Bivouac is refused rather than
//! misread; an older file is brought up to date step by step, all or nothing.
//!
//! - Schema 1: the first.
//! - Schema 2: indexes for paging and policy reads (people by role and name, department sizes,
//!   invitations and password resets by person, public channels, thread followers and activity;
//!   channel names unique among public channels only); `follows-1` becomes
//!   `follows-2`, whose value is the thread's activity. The step builds them from the primary rows.

use std::sync::Arc;

use redb::{Database, ReadableTable, TableDefinition, TableHandle};

use super::meta::{LAST_ID, SCHEMA_VERSION};
use super::tables::{ALL, FOLLOWS, META};
use super::{WriteTx, writer};
use crate::clock::{SharedClock, SystemClock};

/// The schema this binary writes.
pub const CURRENT: u32 = 2;

/// The table schema 1 kept follows in (key: PersonId ++ root MessageId, value: empty).
const FOLLOWS_V1: TableDefinition<'static, &'static [u8], &'static [u8]> = TableDefinition::new("follows-1");

/// Migrates `db` to [`CURRENT`] and returns the id high-water mark.
pub fn run(db: &Database) -> Result<u64, String> {
    let txn = db.begin_write().map_err(|e| e.to_string())?;
    let (found, last_id);
    {
        let mut meta = txn.open_table(META).map_err(|e| e.to_string())?;
        found = meta
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
        meta.insert(SCHEMA_VERSION, CURRENT.to_be_bytes().as_slice()).map_err(|e| e.to_string())?;
        last_id = meta
            .get(LAST_ID)
            .map_err(|e| e.to_string())?
            .and_then(|v| <[u8; 8]>::try_from(v.value()).ok())
            .map(u64::from_be_bytes)
            .unwrap_or(0);
    }
    // Every table exists in every file, also one added later.
    for def in ALL {
        txn.open_table(*def).map_err(|e| e.to_string())?;
    }
    if found == 1 {
        to_schema_2(&txn, last_id)?;
    }
    txn.commit().map_err(|e| e.to_string())?;
    Ok(last_id)
}

/// Schema 1 -> 2: move follows to their new table, then build the new indexes.
fn to_schema_2(txn: &redb::WriteTransaction, last_id: u64) -> Result<(), String> {
    let old_follows = txn.list_tables().map_err(|e| e.to_string())?.any(|t| t.name() == FOLLOWS_V1.name());
    if old_follows {
        let rows: Vec<Vec<u8>> = {
            let t = txn.open_table(FOLLOWS_V1).map_err(|e| e.to_string())?;
            let mut keys = Vec::new();
            for item in t.iter().map_err(|e| e.to_string())? {
                keys.push(item.map_err(|e| e.to_string())?.0.value().to_vec());
            }
            keys
        };
        let mut t = txn.open_table(FOLLOWS).map_err(|e| e.to_string())?;
        for k in rows {
            // The activity is filled in by the rebuild below.
            t.insert(k.as_slice(), [0u8; 8].as_slice()).map_err(|e| e.to_string())?;
        }
        drop(t);
        txn.delete_table(FOLLOWS_V1).map_err(|e| e.to_string())?;
    }
    let clock: SharedClock = Arc::new(SystemClock);
    let mut ids = writer::IdGen::starting_at(last_id);
    let mut events = Vec::new();
    let mut tx = WriteTx::new(txn, &mut ids, &mut events, &clock);
    super::people::rebuild(&mut tx).map_err(|e| e.message)?;
    super::invitations::rebuild(&mut tx).map_err(|e| e.message)?;
    super::resets::rebuild(&mut tx).map_err(|e| e.message)?;
    super::chat::rebuild(&mut tx).map_err(|e| e.message)?;
    Ok(())
}

/// The schema version recorded in a file (0 for a new file).
pub fn version(r: &impl super::Raw) -> crate::error::Result<u32> {
    Ok(r.get_with(META, SCHEMA_VERSION, |b| <[u8; 4]>::try_from(b).ok().map(u32::from_be_bytes))?
        .flatten()
        .unwrap_or(0))
}
