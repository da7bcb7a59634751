//! People: the directory, person cards, role changes, deactivation, deletion and ownership
//! transfer; departments (`departments`) and the audit log (`audit`). Every decision goes through
//! `policy::check`, inside the transaction that reads the target and writes the change.

pub mod audit;
pub mod departments;
pub mod http;
mod input;

use serde::Serialize;

use crate::auth;
use crate::clock::Timestamp;
use crate::error::{Error, Result};
use crate::events::Event;
use crate::ids::{DepartmentId, PersonId};
use crate::model::{Person, PersonState, Role};
use crate::policy::{self, Action, Actor};
use crate::store::{self, Reader, WriteTx};

pub use input::{Email, Name, Password};

/// A person as one viewer may see them (`role` only where the viewer may see roles).
#[derive(Serialize, Clone, Debug)]
pub struct PersonView {
    pub id: PersonId,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub title: String,
    pub phone: String,
    pub departments: Vec<DepartmentId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<&'static str>,
    pub active: bool,
    pub state: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_until: Option<String>,
}

pub fn state_name(s: PersonState) -> &'static str {
    match s {
        PersonState::Invited => "invited",
        PersonState::Active => "active",
        PersonState::Deactivated => "deactivated",
        PersonState::Deleted => "deleted",
    }
}

impl PersonView {
    pub fn new(p: &Person, show_role: bool) -> PersonView {
        PersonView {
            id: p.id,
            first_name: p.first_name.clone(),
            last_name: p.last_name.clone(),
            email: p.email.clone(),
            title: p.title.clone(),
            phone: p.phone.clone(),
            departments: p.departments.clone(),
            role: show_role.then(|| p.role.as_str()),
            active: p.state == PersonState::Active,
            state: state_name(p.state),
            access_until: p.access_until.map(|t| t.to_rfc3339()),
        }
    }

    /// A person looking at themselves sees their own role.
    pub fn of_self(p: &Person) -> PersonView {
        PersonView::new(p, true)
    }

    /// `p` as `viewer` may see them.
    pub fn for_viewer(p: &Person, viewer: &Actor) -> PersonView {
        PersonView::new(p, p.id == viewer.id || policy::sees_roles(viewer))
    }
}

/// Re-reads the acting person inside the transaction, so a demotion or deactivation committed a
/// moment ago is already in force for this action.
pub fn acting(r: &impl Reader, id: PersonId) -> Result<Actor> {
    let p = store::people::get(r, id)?.filter(|p| p.can_sign_in(r.now()));
    p.map(|p| Actor::of(&p)).ok_or_else(|| Error::unauthorized("Your session has ended. Sign in again."))
}

/// A person the actor may see, or 404.
pub fn visible_person(r: &impl Reader, actor: &Actor, id: PersonId) -> Result<Person> {
    let p = store::people::get(r, id)?.ok_or_else(|| Error::not_found("person"))?;
    policy::check(r, actor, Action::ViewPerson(&p))?;
    Ok(p)
}

#[derive(Default)]
pub struct Filter {
    /// Matches name, email and title, case-insensitively.
    pub q: Option<String>,
    pub department: Option<DepartmentId>,
    /// Include invited and deactivated people (those who may see them get them).
    pub all_states: bool,
}

/// The directory as `actor` may see it, sorted by name.
pub fn directory(r: &impl Reader, actor: &Actor, f: &Filter) -> Result<Vec<PersonView>> {
    let q = f.q.as_deref().map(str::trim).filter(|q| !q.is_empty()).map(str::to_lowercase);
    let mut out = Vec::new();
    for p in store::people::all(r)? {
        if !policy::can_see_person(r, actor, &p)? {
            continue;
        }
        if !f.all_states && p.state != PersonState::Active && p.id != actor.id {
            continue;
        }
        if f.department.is_some_and(|d| !p.departments.contains(&d)) {
            continue;
        }
        if let Some(q) = &q {
            let hay =
                format!("{} {} {} {} {}", p.first_name, p.last_name, p.email, p.title, p.first_name).to_lowercase();
            if !q.split_whitespace().all(|w| hay.contains(w)) {
                continue;
            }
        }
        out.push(PersonView::for_viewer(&p, actor));
    }
    out.sort_by(|a, b| {
        (a.last_name.to_lowercase(), a.first_name.to_lowercase(), a.id).cmp(&(
            b.last_name.to_lowercase(),
            b.first_name.to_lowercase(),
            b.id,
        ))
    });
    Ok(out)
}

/// A change to a person's card, role, access or state. `None` leaves a field alone; for
/// `access_until`, `Some(None)` clears it.
#[derive(Default, Clone)]
pub struct Patch {
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub title: Option<String>,
    pub phone: Option<String>,
    pub departments: Option<Vec<DepartmentId>>,
    pub role: Option<Role>,
    pub access_until: Option<Option<Timestamp>>,
    pub active: Option<bool>,
}

/// Roles ranked by what they may do; a change to a lower rank is a downgrade.
fn rank(r: Role) -> u8 {
    match r {
        Role::Owner => 4,
        Role::Admin => 3,
        Role::Integrator => 2,
        Role::Employee => 1,
        Role::Freelancer => 0,
    }
}

/// Validates the text fields of a patch before anything is read or written.
pub fn clean_patch(mut p: Patch) -> Result<Patch> {
    if let Some(v) = &p.first_name {
        p.first_name = Some(Name::parse("First name", v, 100)?);
    }
    if let Some(v) = &p.last_name {
        p.last_name = Some(Name::parse("Last name", v, 100)?);
    }
    if let Some(v) = &p.title {
        p.title = Some(Name::optional("Title", v, 100)?);
    }
    if let Some(v) = &p.phone {
        let v = Name::optional("Phone", v, 40)?;
        if !v.chars().all(|c| c.is_ascii_digit() || " +-()./".contains(c)) {
            return Err(Error::invalid("invalid_phone", "A phone number may only have digits, spaces and + - ( ) . /"));
        }
        p.phone = Some(v);
    }
    if let Some(d) = &mut p.departments {
        d.sort();
        d.dedup();
    }
    Ok(p)
}

/// Applies `patch` to person `id` on behalf of `actor_id`, checking each part with the policy.
/// Deactivation and role downgrades end the person's sessions at once.
pub fn update(tx: &mut WriteTx<'_>, actor_id: PersonId, id: PersonId, patch: &Patch) -> Result<Person> {
    let actor = acting(tx, actor_id)?;
    let old = visible_person(tx, &actor, id)?;
    if old.state == PersonState::Deleted {
        return Err(Error::not_found("person"));
    }
    let mut p = old.clone();
    let mut log: Vec<(&str, String)> = Vec::new();
    let now = tx.now();

    let card_changed = [&patch.first_name, &patch.last_name, &patch.title, &patch.phone]
        .iter()
        .zip([&old.first_name, &old.last_name, &old.title, &old.phone])
        .any(|(new, old)| new.as_ref().is_some_and(|n| n != old));
    if card_changed {
        policy::check(tx, &actor, Action::EditCard(&old))?;
        p.first_name = patch.first_name.clone().unwrap_or(p.first_name);
        p.last_name = patch.last_name.clone().unwrap_or(p.last_name);
        p.title = patch.title.clone().unwrap_or(p.title);
        p.phone = patch.phone.clone().unwrap_or(p.phone);
        if actor.id != id {
            log.push(("card_edited", "name, title or phone changed".into()));
        }
    }
    if let Some(deps) = patch.departments.as_ref().filter(|d| **d != old.departments) {
        policy::check(tx, &actor, Action::SetDepartments(&old))?;
        let mut names = Vec::new();
        for d in deps {
            let dep = store::departments::get(tx, *d)?
                .ok_or_else(|| Error::invalid("unknown_department", format!("There is no department {d}.")))?;
            names.push(dep.name);
        }
        p.departments = deps.clone();
        log.push(("departments_changed", if names.is_empty() { "no departments".into() } else { names.join(", ") }));
    }
    let mut end_sessions = false;
    let invited = old.state == PersonState::Invited;
    if invited
        && (patch.role.is_some_and(|r| r != old.role) || patch.access_until.is_some_and(|u| u != old.access_until))
    {
        return Err(Error::conflict(
            "not_yet_joined",
            "This person has not accepted their invitation yet, and the invitation names their role and access. \
             Revoke it and invite them again with the new terms.",
        ));
    }
    if let Some(role) = patch.role.filter(|r| *r != old.role) {
        policy::check(tx, &actor, Action::ChangeRole { target: &old, to: role })?;
        p.role = role;
        if !role.can_have_access_end() && p.access_until.is_some() {
            p.access_until = None;
        }
        end_sessions |= rank(role) < rank(old.role);
        log.push(("role_changed", format!("{} -> {}", old.role.as_str(), role.as_str())));
    }
    if let Some(until) = patch.access_until.filter(|u| *u != old.access_until) {
        policy::check(tx, &actor, Action::SetAccessEnd(&p))?;
        if let Some(t) = until
            && t <= now
        {
            return Err(Error::invalid("access_until_past", "The access end date must be in the future."));
        }
        p.access_until = until;
        p.access_closed = false;
        log.push((
            "access_end_set",
            until.map(|t| format!("access ends {}", t.to_rfc3339())).unwrap_or_else(|| "no end date".into()),
        ));
    }
    if let Some(active) = patch.active {
        let becomes = if active { PersonState::Active } else { PersonState::Deactivated };
        if becomes != old.state {
            policy::check(tx, &actor, Action::SetActive(&old))?;
            if old.state == PersonState::Invited {
                return Err(Error::invalid(
                    "not_yet_joined",
                    "This person has not accepted their invitation yet; revoke the invitation instead.",
                ));
            }
            p.state = becomes;
            end_sessions |= !active;
            log.push((if active { "person_reactivated" } else { "person_deactivated" }, String::new()));
        }
    }
    store::people::save(tx, &p)?;
    for (action, detail) in log {
        audit::record(tx, Some(actor.id), action, audit::person_target(&p), detail)?;
    }
    if end_sessions {
        auth::end_all_sessions(tx, p.id, None)?;
    }
    tx.emit(Event::send(vec![p.id], "person.updated", &PersonView::of_self(&p)));
    Ok(p)
}

/// Deletes a member: they can never sign in again, their email is free for someone else, and
/// their messages stay under their name.
pub fn delete(tx: &mut WriteTx<'_>, actor_id: PersonId, id: PersonId) -> Result<()> {
    let actor = acting(tx, actor_id)?;
    let mut p = visible_person(tx, &actor, id)?;
    if p.state == PersonState::Deleted {
        return Err(Error::not_found("person"));
    }
    policy::check(tx, &actor, Action::DeletePerson(&p))?;
    crate::invites::withdraw_for_person(tx, p.id)?;
    p.state = PersonState::Deleted;
    p.password_hash.clear();
    store::people::save(tx, &p)?;
    auth::end_all_sessions(tx, p.id, None)?;
    audit::record(tx, Some(actor.id), "person_deleted", audit::person_target(&p), p.email.clone())
}

/// The Owner hands ownership to another active member and becomes an Admin.
pub fn transfer_ownership(tx: &mut WriteTx<'_>, actor_id: PersonId, to: PersonId) -> Result<Person> {
    let actor = acting(tx, actor_id)?;
    let mut target = visible_person(tx, &actor, to)?;
    policy::check(tx, &actor, Action::TransferOwnership(&target))?;
    let mut me = store::people::get(tx, actor.id)?.ok_or_else(|| Error::not_found("person"))?;
    let was = target.role;
    target.role = Role::Owner;
    target.access_until = None;
    me.role = Role::Admin;
    store::people::save(tx, &target)?;
    store::people::save(tx, &me)?;
    audit::record(
        tx,
        Some(actor.id),
        "ownership_transferred",
        audit::person_target(&target),
        format!("{} -> owner; previous owner is now admin", was.as_str()),
    )?;
    tx.emit(Event::send(vec![me.id], "person.updated", &PersonView::of_self(&me)));
    tx.emit(Event::send(vec![target.id], "person.updated", &PersonView::of_self(&target)));
    Ok(target)
}

/// Has `p`'s access end date passed without being carried out yet?
pub fn access_end_due(p: &Person, now: Timestamp) -> bool {
    p.state == PersonState::Active && p.access_ended(now) && !p.access_closed
}

/// Ends the sessions of everyone whose access end date has passed (run periodically), with an
/// audit entry each. Sign-in and every request refuse them anyway; this closes live connections.
pub fn end_expired_access(tx: &mut WriteTx<'_>) -> Result<usize> {
    let now = tx.now();
    let mut n = 0;
    for mut p in store::people::all(tx)? {
        if access_end_due(&p, now) {
            auth::end_all_sessions(tx, p.id, None)?;
            p.access_closed = true;
            store::people::save(tx, &p)?;
            audit::record(
                tx,
                None,
                "access_ended",
                audit::person_target(&p),
                format!("access end date {} passed", p.access_until.map(|t| t.to_rfc3339()).unwrap_or_default()),
            )?;
            n += 1;
        }
    }
    Ok(n)
}
