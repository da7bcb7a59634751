//! Verification: every secondary index against its primary rows, and the product invariants.
//! Used by the tests after every scenario, by `bivouac check`, and after a restore.

use std::ops::Bound;
use std::path::Path;

use redb::{Database, ReadableDatabase};

use super::tables::ALL;
use super::{Dir, OpenError, Raw, ReadTx, migrations};
use crate::error::{Error, Result};

/// One thing found wrong, in words; a problem with an index starts with the table's name.
pub type Problem = String;

/// A key for a problem report, readable: text as text (separators as `/`), 8-byte parts as ids.
pub(super) fn show_key(k: &[u8]) -> String {
    let text = |b: &[u8]| -> Option<String> {
        let t = std::str::from_utf8(b).ok()?;
        t.chars().all(|c| !c.is_control() || c == '\0').then(|| t.replace('\0', "/"))
    };
    let ids = |b: &[u8]| b.chunks(8).map(|c| crate::ids::encode(super::keys::part(c, 0))).collect::<Vec<_>>().join("/");
    if let Some(t) = text(k) {
        return t;
    }
    if k.len().is_multiple_of(8) {
        return ids(k);
    }
    if k.len() > 8 {
        let (head, tail) = k.split_at(k.len() - 8);
        if let Some(t) = text(head) {
            return format!("{t}{}", ids(tail));
        }
        let (head, tail) = k.split_at(8);
        if let Some(t) = text(tail) {
            return format!("{}/{t}", ids(head));
        }
    }
    crate::crypto::hex(k)
}

pub fn verify(r: &ReadTx) -> Result<Vec<Problem>> {
    let mut problems = Vec::new();
    super::people::verify(r, &mut problems)?;
    super::sessions::verify(r, &mut problems)?;
    super::departments::verify(r, &mut problems)?;
    super::invitations::verify(r, &mut problems)?;
    super::mail::verify(r, &mut problems)?;
    super::resets::verify(r, &mut problems)?;
    super::chat::verify(r, &mut problems)?;
    super::bots::verify(r, &mut problems)?;
    super::files::verify(r, &mut problems)?;
    super::notify::verify(r, &mut problems)?;
    super::notify::verify_reminders(r, &mut problems)?;
    super::push::verify(r, &mut problems)?;
    Ok(problems)
}

/// Opens a stopped server's data file with redb's full integrity check, then verifies indexes.
pub fn check_file(path: &Path) -> Result<Vec<Problem>, OpenError> {
    if !path.exists() {
        return Err(OpenError(format!("{} does not exist", path.display())));
    }
    super::guard_panics(path, || {
        let mut builder = Database::builder();
        builder.set_check_integrity_on_open(true);
        let db = builder.open(path).map_err(|e| OpenError(format!("{}: {e}", path.display())))?;
        let txn = db.begin_read().map_err(|e| OpenError(e.to_string()))?;
        let r = ReadTx::new(txn, crate::clock::Clock::now(&crate::clock::SystemClock));
        let v = migrations::version(&r).map_err(|e| OpenError(e.message))?;
        if v != migrations::CURRENT {
            return Err(OpenError(format!(
                "{} has schema {v}; this binary checks schema {}",
                path.display(),
                migrations::CURRENT
            )));
        }
        verify(&r).map_err(|e| OpenError(e.message))
    })
}

/// Copies every row visible to `r` into a new redb file at `dest`, returning the number of rows.
pub fn copy_all(r: &ReadTx, dest: &Path) -> Result<u64> {
    let tmp = dest.with_extension("partial");
    let _ = std::fs::remove_file(&tmp);
    let out = Database::create(&tmp).map_err(|e| Error::internal(format!("backup: {e}")))?;
    let txn = out.begin_write().map_err(|e| Error::internal(format!("backup: {e}")))?;
    let mut rows = 0u64;
    for def in ALL {
        let mut t = txn.open_table(*def).map_err(|e| Error::internal(format!("backup: {e}")))?;
        r.scan(*def, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |k, v| {
            t.insert(k, v).map_err(|e| Error::internal(format!("backup: {e}")))?;
            rows += 1;
            Ok(true)
        })?;
    }
    txn.commit().map_err(|e| Error::internal(format!("backup: {e}")))?;
    drop(out);
    std::fs::rename(&tmp, dest).map_err(|e| Error::internal(format!("backup: {e}")))?;
    Ok(rows)
}
