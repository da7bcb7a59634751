//! Departments: a tree (name, parent, optional head). People belong to several; membership is
//! set on the person (`Patch::departments`).

use serde::Serialize;

use super::audit;
use super::{Name, acting, visible_person};
use crate::error::{Error, Result};
use crate::ids::{DepartmentId, PersonId};
use crate::model::Department;
use crate::policy::{self, Action, Actor};
use crate::store::{self, Reader, WriteTx};

#[derive(Serialize)]
pub struct DepartmentView {
    pub id: DepartmentId,
    pub name: String,
    pub parent_id: Option<DepartmentId>,
    pub head_id: Option<PersonId>,
    pub member_count: usize,
}

/// Every department (everyone sees departments), parents before children, siblings by name.
pub fn list(r: &impl Reader, actor: &Actor) -> Result<Vec<DepartmentView>> {
    let all = store::departments::all(r)?;
    let mut out = Vec::with_capacity(all.len());
    for d in &all {
        let head = match d.head {
            Some(h) => {
                store::people::get(r, h)?.filter(|p| policy::can_see_person(r, actor, p).unwrap_or(false)).map(|p| p.id)
            }
            None => None,
        };
        out.push(DepartmentView {
            id: d.id,
            name: d.name.clone(),
            parent_id: d.parent,
            head_id: head,
            member_count: store::departments::members(r, d.id, usize::MAX)?.len(),
        });
    }
    out.sort_by_key(|d| d.name.to_lowercase());
    Ok(out)
}

fn sibling_taken(
    r: &impl Reader,
    name: &str,
    parent: Option<DepartmentId>,
    except: Option<DepartmentId>,
) -> Result<bool> {
    Ok(store::departments::all(r)?
        .iter()
        .any(|d| d.parent == parent && Some(d.id) != except && d.name.to_lowercase() == name.to_lowercase()))
}

fn check_head(tx: &WriteTx<'_>, actor: &Actor, head: Option<PersonId>) -> Result<()> {
    if let Some(h) = head {
        visible_person(tx, actor, h)?;
    }
    Ok(())
}

pub struct NewDepartment {
    pub name: String,
    pub parent: Option<DepartmentId>,
    pub head: Option<PersonId>,
}

pub fn create(tx: &mut WriteTx<'_>, actor_id: PersonId, d: &NewDepartment) -> Result<Department> {
    let actor = acting(tx, actor_id)?;
    policy::check(tx, &actor, Action::ManageDepartments)?;
    let name = Name::parse("Department name", &d.name, 100)?;
    if let Some(p) = d.parent
        && store::departments::get(tx, p)?.is_none()
    {
        return Err(Error::invalid("unknown_department", "The parent department does not exist."));
    }
    if sibling_taken(tx, &name, d.parent, None)? {
        return Err(Error::conflict("department_exists", format!("There is already a department named {name} there.")));
    }
    check_head(tx, &actor, d.head)?;
    let dep = Department { id: DepartmentId(tx.new_id()), name, parent: d.parent, head: d.head, created_at: tx.now() };
    store::departments::save(tx, &dep)?;
    audit::record(tx, Some(actor.id), "department_created", format!("department:{}", dep.id), dep.name.clone())?;
    Ok(dep)
}

/// `parent: Some(None)` moves the department to the top; `head: Some(None)` clears the head.
pub struct DepartmentPatch {
    pub name: Option<String>,
    pub parent: Option<Option<DepartmentId>>,
    pub head: Option<Option<PersonId>>,
}

pub fn update(tx: &mut WriteTx<'_>, actor_id: PersonId, id: DepartmentId, p: &DepartmentPatch) -> Result<Department> {
    let actor = acting(tx, actor_id)?;
    policy::check(tx, &actor, Action::ManageDepartments)?;
    let mut dep = store::departments::get(tx, id)?.ok_or_else(|| Error::not_found("department"))?;
    let old = dep.clone();
    if let Some(n) = &p.name {
        dep.name = Name::parse("Department name", n, 100)?;
    }
    if let Some(parent) = p.parent {
        if let Some(pid) = parent {
            // Walk up from the new parent: meeting this department means a cycle.
            let mut at = Some(pid);
            while let Some(a) = at {
                if a == id {
                    return Err(Error::invalid(
                        "department_cycle",
                        "A department cannot be moved under itself or one of its sub-departments.",
                    ));
                }
                at = store::departments::get(tx, a)?
                    .ok_or_else(|| Error::invalid("unknown_department", "The new parent department does not exist."))?
                    .parent;
            }
        }
        dep.parent = parent;
    }
    if let Some(head) = p.head {
        check_head(tx, &actor, head)?;
        dep.head = head;
    }
    if dep == old {
        return Ok(dep);
    }
    if sibling_taken(tx, &dep.name, dep.parent, Some(id))? {
        return Err(Error::conflict(
            "department_exists",
            format!("There is already a department named {} there.", dep.name),
        ));
    }
    store::departments::save(tx, &dep)?;
    let mut what = Vec::new();
    if dep.name != old.name {
        what.push(format!("renamed from {}", old.name));
    }
    if dep.parent != old.parent {
        what.push("moved".to_string());
    }
    if dep.head != old.head {
        what.push("head changed".to_string());
    }
    audit::record(tx, Some(actor.id), "department_changed", format!("department:{id}"), what.join(", "))?;
    Ok(dep)
}

pub fn delete(tx: &mut WriteTx<'_>, actor_id: PersonId, id: DepartmentId) -> Result<()> {
    let actor = acting(tx, actor_id)?;
    policy::check(tx, &actor, Action::ManageDepartments)?;
    let dep = store::departments::get(tx, id)?.ok_or_else(|| Error::not_found("department"))?;
    let children = store::departments::all(tx)?.iter().filter(|d| d.parent == Some(id)).count();
    if children > 0 {
        return Err(Error::conflict(
            "department_has_children",
            format!("{} has {children} sub-department(s); move or delete them first.", dep.name),
        ));
    }
    let members = store::departments::members(tx, id, usize::MAX)?.len();
    if members > 0 {
        return Err(Error::conflict(
            "department_has_members",
            format!("{members} person(s) belong to {}; move them to another department first.", dep.name),
        ));
    }
    store::departments::delete(tx, id)?;
    audit::record(tx, Some(actor.id), "department_deleted", format!("department:{id}"), dep.name)
}
