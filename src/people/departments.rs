//! Departments: a tree (name, parent, optional head). People belong to several; membership is
//! set on the person (`Patch::departments`).

use serde::Serialize;

use crate::audit::{self, Target};
use crate::error::{Error, Result};
use crate::ids::{DepartmentId, PersonId};
use crate::input::Name;
use crate::model::{AuditAction, Department};
use crate::msg;
use crate::policy::people::Action;
use crate::policy::{self, Actor};
use crate::store::{self, Cursor, Page, Reader, WriteTx};

#[derive(Serialize)]
pub struct DepartmentView {
    pub id: DepartmentId,
    pub name: String,
    pub parent_id: Option<DepartmentId>,
    pub head_id: Option<PersonId>,
    /// People in this department itself (its direct members).
    pub member_count: u32,
    /// Members of this department and of all its sub-departments, each membership counted (someone
    /// in two of them counts in both). Departments are few, so this is a sum over the subtree of
    /// the indexed sizes, not a scan of people.
    pub total_member_count: u32,
}

/// Each department's sub-departments, from all departments (there are few).
fn children(r: &impl Reader) -> Result<std::collections::HashMap<DepartmentId, Vec<DepartmentId>>> {
    let mut map: std::collections::HashMap<DepartmentId, Vec<DepartmentId>> = std::collections::HashMap::new();
    for d in store::departments::all(r)? {
        if let Some(p) = d.parent {
            map.entry(p).or_default().push(d.id);
        }
    }
    Ok(map)
}

/// The sum of the sizes of `id` and every department below it.
fn total_size(
    r: &impl Reader,
    id: DepartmentId,
    kids: &std::collections::HashMap<DepartmentId, Vec<DepartmentId>>,
) -> Result<u32> {
    let (mut total, mut todo, mut seen) = (0u32, vec![id], std::collections::HashSet::new());
    while let Some(d) = todo.pop() {
        // The tree has no cycles (a move under one's own child is refused); `seen` is a guard.
        if !seen.insert(d) {
            continue;
        }
        total = total.saturating_add(store::people::department_size_of(r, d)?);
        todo.extend(kids.get(&d).into_iter().flatten().copied());
    }
    Ok(total)
}

fn view_with(
    r: &impl Reader,
    actor: &Actor,
    d: &Department,
    kids: &std::collections::HashMap<DepartmentId, Vec<DepartmentId>>,
) -> Result<DepartmentView> {
    let head = match d.head {
        Some(h) => store::people::get(r, h)?.filter(|p| policy::people::can_see(r, actor, p).unwrap_or(false)),
        None => None,
    };
    Ok(DepartmentView {
        id: d.id,
        name: d.name.clone(),
        parent_id: d.parent,
        head_id: head.map(|p| p.id),
        member_count: store::people::department_size_of(r, d.id)?,
        total_member_count: total_size(r, d.id, kids)?,
    })
}

pub fn view(r: &impl Reader, actor: &Actor, d: &Department) -> Result<DepartmentView> {
    view_with(r, actor, d, &children(r)?)
}

/// A page of departments (everyone sees departments), in the order they were made.
pub fn list(r: &impl Reader, actor: &Actor, after: Option<&Cursor>, limit: usize) -> Result<Page<DepartmentView>> {
    let kids = children(r)?;
    store::departments::page(r, after, limit)?.try_map(|d| view_with(r, actor, &d, &kids))
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

pub struct NewDepartment {
    pub name: Name,
    pub parent: Option<DepartmentId>,
    pub head: Option<PersonId>,
}

pub fn create(tx: &mut WriteTx<'_>, actor_id: PersonId, d: &NewDepartment) -> Result<Department> {
    let actor = policy::actor(tx, actor_id)?;
    let ok = policy::people::check(tx, &actor, Action::ManageDepartments)?;
    if let Some(p) = d.parent
        && store::departments::get(tx, p)?.is_none()
    {
        return Err(Error::invalid("unknown_department", msg!("parent-department-missing")));
    }
    let name = d.name.as_str();
    if sibling_taken(tx, name, d.parent, None)? {
        return Err(Error::conflict("department_exists", msg!("department-exists", name = name)));
    }
    if let Some(h) = d.head {
        policy::people::visible_person(tx, &actor, h)?;
    }
    let dep = Department {
        id: DepartmentId(tx.new_id()),
        name: name.to_string(),
        parent: d.parent,
        head: d.head,
        created_at: tx.now(),
    };
    store::departments::save(tx, &ok, &dep)?;
    audit::record(
        tx,
        &ok,
        Some(actor.id),
        AuditAction::DepartmentCreated,
        Target::Department(dep.id),
        dep.name.clone(),
    )?;
    Ok(dep)
}

/// `parent: Some(None)` moves the department to the top; `head: Some(None)` clears the head.
pub struct DepartmentPatch {
    pub name: Option<Name>,
    pub parent: Option<Option<DepartmentId>>,
    pub head: Option<Option<PersonId>>,
}

/// Refuses a new parent that lies under `id` (or is `id`): the tree would have a cycle.
fn check_no_cycle(r: &impl Reader, id: DepartmentId, parent: DepartmentId) -> Result<()> {
    let mut at = Some(parent);
    while let Some(a) = at {
        if a == id {
            return Err(Error::invalid("department_cycle", msg!("department-cycle")));
        }
        at = store::departments::get(r, a)?
            .ok_or_else(|| Error::invalid("unknown_department", msg!("new-parent-department-missing")))?
            .parent;
    }
    Ok(())
}

pub fn update(tx: &mut WriteTx<'_>, actor_id: PersonId, id: DepartmentId, p: &DepartmentPatch) -> Result<Department> {
    let actor = policy::actor(tx, actor_id)?;
    let ok = policy::people::check(tx, &actor, Action::ManageDepartments)?;
    let mut dep = store::departments::get(tx, id)?.ok_or_else(|| Error::not_found("department"))?;
    let old = dep.clone();
    if let Some(n) = &p.name {
        dep.name = n.as_str().to_string();
    }
    if let Some(parent) = p.parent {
        if let Some(pid) = parent {
            check_no_cycle(tx, id, pid)?;
        }
        dep.parent = parent;
    }
    if let Some(head) = p.head {
        if let Some(h) = head {
            policy::people::visible_person(tx, &actor, h)?;
        }
        dep.head = head;
    }
    if dep == old {
        return Ok(dep);
    }
    if sibling_taken(tx, &dep.name, dep.parent, Some(id))? {
        return Err(Error::conflict("department_exists", msg!("department-exists", name = &dep.name)));
    }
    store::departments::save(tx, &ok, &dep)?;
    let mut what = Vec::new();
    if dep.name != old.name {
        what.push(msg!("audit-detail-renamed", old = &old.name));
    }
    if dep.parent != old.parent {
        what.push(msg!("audit-detail-moved"));
    }
    if dep.head != old.head {
        what.push(msg!("audit-detail-head-changed"));
    }
    let detail = crate::i18n::Msg::store_all(&what);
    audit::record(tx, &ok, Some(actor.id), AuditAction::DepartmentChanged, Target::Department(id), detail)?;
    Ok(dep)
}

pub fn delete(tx: &mut WriteTx<'_>, actor_id: PersonId, id: DepartmentId) -> Result<()> {
    let actor = policy::actor(tx, actor_id)?;
    let ok = policy::people::check(tx, &actor, Action::ManageDepartments)?;
    let dep = store::departments::get(tx, id)?.ok_or_else(|| Error::not_found("department"))?;
    let children = store::departments::all(tx)?.iter().filter(|d| d.parent == Some(id)).count();
    if children > 0 {
        return Err(Error::conflict(
            "department_has_children",
            msg!("department-has-children", name = &dep.name, count = children),
        ));
    }
    let members = store::people::department_size_of(tx, id)?;
    if members > 0 {
        return Err(Error::conflict(
            "department_has_members",
            msg!("department-has-members", name = &dep.name, count = members),
        ));
    }
    store::departments::delete(tx, &ok, id)?;
    audit::record(tx, &ok, Some(actor.id), AuditAction::DepartmentDeleted, Target::Department(id), dep.name)
}
