//! Departments (`DEPARTMENTS`) and their members (`DEPARTMENT_MEMBERS`, written by
//! `people::save`). The tree is small (tens to hundreds of rows), so it is read whole.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Bound;

use super::keys::{k1, part, prefix_range};
use super::tables::{DEPARTMENT_MEMBERS, DEPARTMENTS};
use super::{Allowed, Dir, Problem, Reader, WriteTx, decode};
use crate::error::Result;
use crate::ids::{DepartmentId, PersonId};
use crate::model::Department;

pub fn get(r: &impl Reader, id: DepartmentId) -> Result<Option<Department>> {
    super::get(r, DEPARTMENTS, &k1(id.0))
}

pub fn all(r: &impl Reader) -> Result<Vec<Department>> {
    let mut out = Vec::new();
    r.scan(DEPARTMENTS, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |_, v| {
        out.push(decode(DEPARTMENTS, v)?);
        Ok(true)
    })?;
    Ok(out)
}

/// A page of departments in id order.
pub fn page(r: &impl Reader, after: Option<&super::Cursor>, limit: usize) -> Result<super::Page<Department>> {
    super::page::scan_page(r, DEPARTMENTS, (&[], &[0xff; 8]), Dir::Forward, after, limit, |_, v| {
        Ok(Some(decode(DEPARTMENTS, v)?))
    })
}

pub fn save(tx: &mut WriteTx<'_>, _: &Allowed, d: &Department) -> Result<()> {
    super::put(tx, DEPARTMENTS, &k1(d.id.0), d)
}

/// Deletes the department row. The caller has checked it has no members or sub-departments.
pub fn delete(tx: &mut WriteTx<'_>, _: &Allowed, id: DepartmentId) -> Result<bool> {
    tx.delete(DEPARTMENTS, &k1(id.0))
}

/// Every member of department `id`. For events to a department's members (folders they see);
/// lists a person asks for page through `people::page_of_department`.
pub fn members(r: &impl Reader, id: DepartmentId) -> Result<Vec<PersonId>> {
    let (lo, hi) = prefix_range(id.0, 1);
    Ok(super::collect_keys(r, DEPARTMENT_MEMBERS, &lo, &hi, Dir::Forward, usize::MAX)?
        .iter()
        .map(|k| PersonId(part(k, 1)))
        .collect())
}

pub(super) fn verify(r: &impl Reader, problems: &mut Vec<Problem>) -> Result<()> {
    let all = all(r)?;
    let by_id: BTreeMap<u64, &Department> = all.iter().map(|d| (d.id.0, d)).collect();
    for d in &all {
        let mut seen = BTreeSet::from([d.id.0]);
        let mut at = d.parent;
        while let Some(p) = at {
            match by_id.get(&p.0) {
                None => {
                    problems.push(format!("department {} has a missing ancestor {}", d.id, p));
                    break;
                }
                Some(parent) if !seen.insert(parent.id.0) => {
                    problems.push(format!("department {} is in a cycle", d.id));
                    break;
                }
                Some(parent) => at = parent.parent,
            }
        }
    }
    let mut orphans = Vec::new();
    r.scan(DEPARTMENT_MEMBERS, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |k, _| {
        if !by_id.contains_key(&part(k, 0)) {
            orphans.push(format!(
                "department-members: person {} belongs to missing department {}",
                crate::ids::encode(part(k, 1)),
                crate::ids::encode(part(k, 0))
            ));
        }
        Ok(true)
    })?;
    problems.extend(orphans);
    Ok(())
}
