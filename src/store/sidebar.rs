//! Sidebars (`SIDEBARS`, one record per person) and department folders (`DEPARTMENT_FOLDERS`).
//! Neither has secondary indexes: a sidebar is always read whole, and department folders are few.

use std::ops::Bound;

use super::keys::k1;
use super::tables::{DEPARTMENT_FOLDERS, SIDEBARS};
use super::{Allowed, Dir, Reader, WriteTx, decode};
use crate::error::Result;
use crate::ids::{FolderId, PersonId};
use crate::model::{DepartmentFolder, Sidebar};

pub fn get(r: &impl Reader, person: PersonId) -> Result<Sidebar> {
    Ok(super::get(r, SIDEBARS, &k1(person.0))?.unwrap_or_default())
}

pub fn save(tx: &mut WriteTx<'_>, _: &Allowed, person: PersonId, s: &Sidebar) -> Result<()> {
    super::put(tx, SIDEBARS, &k1(person.0), s)
}

pub fn department_folders(r: &impl Reader) -> Result<Vec<DepartmentFolder>> {
    let mut out = Vec::new();
    r.scan(DEPARTMENT_FOLDERS, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |_, v| {
        out.push(decode(DEPARTMENT_FOLDERS, v)?);
        Ok(true)
    })?;
    Ok(out)
}

pub fn department_folder(r: &impl Reader, id: FolderId) -> Result<Option<DepartmentFolder>> {
    super::get(r, DEPARTMENT_FOLDERS, &k1(id.0))
}

pub fn save_department_folder(tx: &mut WriteTx<'_>, _: &Allowed, f: &DepartmentFolder) -> Result<()> {
    super::put(tx, DEPARTMENT_FOLDERS, &k1(f.id.0), f)
}

pub fn delete_department_folder(tx: &mut WriteTx<'_>, _: &Allowed, id: FolderId) -> Result<bool> {
    tx.delete(DEPARTMENT_FOLDERS, &k1(id.0))
}

/// When `person` leaves `chat`, it leaves their pins and folders too. True if anything changed.
pub fn forget_chat(tx: &mut WriteTx<'_>, ok: &Allowed, person: PersonId, chat: crate::ids::ChannelId) -> Result<bool> {
    let mut s = get(tx, person)?;
    let before = s.clone();
    s.pinned_chats.retain(|c| *c != chat);
    for f in &mut s.folders {
        f.items.retain(|c| *c != chat);
    }
    if s == before {
        return Ok(false);
    }
    save(tx, ok, person, &s)?;
    Ok(true)
}
