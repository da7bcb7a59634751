//! People: the directory, person cards, role changes, deactivation, deletion and ownership
//! transfer; departments ([`departments`]). Every decision goes through `policy`, inside the
//! transaction that reads the target and writes the change.
//!
//! Layer: domain (above `auth`, `audit` and `invites`, which it calls).

pub mod departments;

use serde::Serialize;

use crate::audit::{self, Target};
use crate::auth;
use crate::clock::Timestamp;
use crate::error::{Error, Result};
use crate::events::Event;
use crate::i18n::Arg;
use crate::ids::{DepartmentId, PersonId};
use crate::input::{Line, Name};
use crate::model::{AuditAction, EndReason, Person, PersonState, Role};
use crate::msg;
use crate::policy::people::{Action, PersonCan};
use crate::policy::{self, Actor, Allowed};
use crate::store::{self, Cursor, Page, Reader, WriteTx};

/// A person as one viewer may see them (`role` only where the viewer may see roles), with what
/// the viewer may do with them.
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
    pub can: PersonCan,
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
    fn new(p: &Person, show_role: bool, can: PersonCan) -> PersonView {
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
            // An access end date tells the role (only Integrators and Freelancers have one), so it
            // shows where the role does.
            access_until: p.access_until.filter(|_| show_role).map(|t| t.to_rfc3339()),
            can,
        }
    }

    /// A person looking at themselves sees their own role and may edit their own card.
    pub fn of_self(p: &Person) -> PersonView {
        let can = PersonCan { edit: true, ..PersonCan::default() };
        PersonView::new(p, true, can)
    }

    /// `p` as `viewer` may see them, with the viewer's capabilities, read in `r`.
    pub fn for_viewer(r: &impl Reader, p: &Person, viewer: &Actor) -> Result<PersonView> {
        let can = policy::people::can(r, viewer, p)?;
        Ok(PersonView::new(p, p.id == viewer.id || policy::people::sees_roles(viewer), can))
    }
}

/// A person the actor may see, or 404.
pub fn get(r: &impl Reader, actor: &Actor, id: PersonId) -> Result<PersonView> {
    let p = policy::people::visible_person(r, actor, id)?;
    PersonView::for_viewer(r, &p, actor)
}

#[derive(Default)]
pub struct Filter {
    /// Matches name, email and title, case-insensitively.
    pub q: Option<String>,
    pub department: Option<DepartmentId>,
    /// Include invited and deactivated people (those who may see them get them).
    pub all_states: bool,
}

/// A page of the directory as `actor` may see it, in name order (by department: in id order).
/// Each page costs the same however large the workspace: it walks an index from the cursor, and
/// a filter that matches few people gives a short page with a cursor rather than a long scan.
pub fn directory(
    r: &impl Reader,
    actor: &Actor,
    f: &Filter,
    after: Option<&Cursor>,
    limit: usize,
) -> Result<Page<PersonView>> {
    let words: Vec<String> = f.q.as_deref().unwrap_or("").split_whitespace().map(str::to_lowercase).collect();
    let all_states = f.all_states && policy::people::sees_roles(actor);
    let keep = |p: &Person| -> Result<bool> {
        if !all_states && p.state != PersonState::Active && p.id != actor.id {
            return Ok(false);
        }
        if f.department.is_some_and(|d| !p.departments.contains(&d)) {
            return Ok(false);
        }
        // Bot accounts are not people: Bots > Integrations lists them.
        if store::bots::is_account(r, p.id)? {
            return Ok(false);
        }
        if !words.is_empty() {
            let hay = format!("{} {} {} {}", p.first_name, p.last_name, p.email, p.title).to_lowercase();
            if !words.iter().all(|w| hay.contains(w.as_str())) {
                return Ok(false);
            }
        }
        policy::people::can_see(r, actor, p)
    };
    let partners_only = policy::people::directory(actor) == policy::people::Directory::DirectPartners;
    let page = match (f.department, partners_only) {
        (_, true) => partners_directory(r, actor, after, limit, keep)?,
        (Some(d), false) => store::people::page_of_department(r, d, after, limit, keep)?,
        (None, false) => {
            let listing = if all_states { store::people::Listing::All } else { store::people::Listing::Active };
            store::people::page_by_name(r, listing, after, limit, keep)?
        }
    };
    page.try_map(|p| PersonView::for_viewer(r, &p, actor))
}

/// A directory of direct partners (a Freelancer's): themselves and the people they have a direct
/// chat with, a short list read whole.
fn partners_directory(
    r: &impl Reader,
    actor: &Actor,
    after: Option<&Cursor>,
    limit: usize,
    mut keep: impl FnMut(&Person) -> Result<bool>,
) -> Result<Page<Person>> {
    let mut people = Vec::new();
    for id in std::iter::once(actor.id).chain(store::relations::partners(r, actor.id)?) {
        if let Some(p) = store::people::get(r, id)?
            && keep(&p)?
        {
            people.push(p);
        }
    }
    people.sort_by_cached_key(|p| (p.last_name.to_lowercase(), p.first_name.to_lowercase(), p.id));
    let start =
        after.and_then(Cursor::position).map_or(0, |n| usize::try_from(n).unwrap_or(usize::MAX)).min(people.len());
    let end = (start + limit).min(people.len());
    let next = (end < people.len()).then(|| Cursor::at(end as u64));
    Ok(Page { items: people.drain(start..end).collect(), next })
}

/// A change to a person's card, role, access or state, validated. `None` leaves a field alone;
/// for `access_until`, `Some(None)` clears it.
#[derive(Default, Clone)]
pub struct Patch {
    pub first_name: Option<Name>,
    pub last_name: Option<Name>,
    pub title: Option<Line>,
    pub phone: Option<Line>,
    pub departments: Option<Vec<DepartmentId>>,
    pub role: Option<Role>,
    pub access_until: Option<Option<Timestamp>>,
    pub active: Option<bool>,
}

/// What one patch changed: the audit entries to write, and whether sessions must end.
struct Changes {
    proof: Option<Allowed>,
    log: Vec<(AuditAction, String)>,
    /// The person's sessions end, for this reason.
    end_sessions: Option<EndReason>,
}

impl Changes {
    fn allowed(&mut self, ok: Allowed) {
        self.proof.get_or_insert(ok);
    }
}

/// Applies `patch` to person `id` on behalf of `actor_id`, checking each part with the policy.
/// Deactivation and role downgrades end the person's sessions at once.
pub fn update(tx: &mut WriteTx<'_>, actor_id: PersonId, id: PersonId, patch: &Patch) -> Result<Person> {
    let actor = policy::actor(tx, actor_id)?;
    let old = policy::people::visible_person(tx, &actor, id)?;
    if old.state == PersonState::Deleted {
        return Err(Error::not_found("person"));
    }
    let mut p = old.clone();
    let mut c = Changes { proof: None, log: Vec::new(), end_sessions: None };
    patch_card(tx, &actor, &mut p, patch, &mut c)?;
    patch_departments(tx, &actor, &mut p, patch, &mut c)?;
    patch_role_and_access(tx, &actor, &mut p, patch, &mut c)?;
    patch_state(tx, &actor, &mut p, patch, &mut c)?;
    let Some(ok) = c.proof else { return Ok(old) };
    store::people::save(tx, &ok, &p)?;
    for (action, detail) in c.log {
        audit::record(tx, &ok, Some(actor.id), action, Target::person(&p), detail)?;
    }
    if let Some(why) = c.end_sessions {
        auth::end_all_sessions(tx, &ok, p.id, None, why, Some(actor.id))?;
    }
    tx.emit(Event::send(vec![p.id], "person.updated", &PersonView::of_self(&p)));
    Ok(p)
}

/// Sets the language person `id` reads Bivouac in (None: their browser's), and tells their other
/// tabs (`language.changed`), which switch without a reload.
pub fn set_language(tx: &mut WriteTx<'_>, id: PersonId, lang: Option<crate::i18n::Lang>) -> Result<()> {
    let actor = policy::actor(tx, id)?;
    let ok = policy::account::own(&actor, "choose own language");
    store::languages::set(tx, &ok, id, lang)?;
    let language = lang.map(crate::i18n::Lang::code);
    tx.emit(Event::send(vec![id], "language.changed", &serde_json::json!({ "language": language })));
    Ok(())
}

fn patch_card(tx: &WriteTx<'_>, actor: &Actor, p: &mut Person, patch: &Patch, c: &mut Changes) -> Result<()> {
    let first = patch.first_name.as_ref().map(Name::as_str);
    let last = patch.last_name.as_ref().map(Name::as_str);
    let title = patch.title.as_ref().map(Line::as_str);
    let phone = patch.phone.as_ref().map(Line::as_str);
    let differs = |new: Option<&str>, old: &str| new.is_some_and(|n| n != old);
    let changed = differs(first, &p.first_name)
        || differs(last, &p.last_name)
        || differs(title, &p.title)
        || differs(phone, &p.phone);
    if !changed {
        return Ok(());
    }
    c.allowed(policy::people::check(tx, actor, Action::EditCard(p))?);
    for (new, old) in
        [(first, &mut p.first_name), (last, &mut p.last_name), (title, &mut p.title), (phone, &mut p.phone)]
    {
        if let Some(n) = new {
            *old = n.to_string();
        }
    }
    if actor.id != p.id {
        c.log.push((AuditAction::CardEdited, msg!("audit-detail-card").store()));
    }
    Ok(())
}

fn patch_departments(tx: &WriteTx<'_>, actor: &Actor, p: &mut Person, patch: &Patch, c: &mut Changes) -> Result<()> {
    let Some(deps) = patch.departments.as_ref().filter(|d| **d != p.departments) else { return Ok(()) };
    c.allowed(policy::people::check(tx, actor, Action::SetDepartments(p))?);
    let mut names = Vec::new();
    for d in deps {
        let dep = store::departments::get(tx, *d)?
            .ok_or_else(|| Error::invalid("unknown_department", msg!("unknown-department")))?;
        names.push(dep.name);
    }
    p.departments = deps.clone();
    c.log.push((
        AuditAction::DepartmentsChanged,
        if names.is_empty() { msg!("audit-detail-no-departments").store() } else { names.join(", ") },
    ));
    Ok(())
}

fn patch_role_and_access(
    tx: &WriteTx<'_>,
    actor: &Actor,
    p: &mut Person,
    patch: &Patch,
    c: &mut Changes,
) -> Result<()> {
    let new_role = patch.role.filter(|r| *r != p.role);
    let new_end = patch.access_until.filter(|u| *u != p.access_until);
    if p.state == PersonState::Invited && (new_role.is_some() || new_end.is_some()) {
        return Err(Error::conflict("not_yet_joined", msg!("not-yet-joined-terms")));
    }
    if let Some(role) = new_role {
        c.allowed(policy::people::check(tx, actor, Action::ChangeRole { target: p, to: role })?);
        if policy::people::is_demotion(p.role, role) {
            c.end_sessions.get_or_insert(EndReason::RoleChanged);
        }
        let detail = msg!("audit-detail-role", from = Arg::Key(p.role.name_key()), to = Arg::Key(role.name_key()));
        c.log.push((AuditAction::RoleChanged, detail.store()));
        p.role = role;
        if !role.can_have_access_end() {
            p.access_until = None;
        }
    }
    if let Some(until) = new_end.filter(|u| *u != p.access_until) {
        c.allowed(policy::people::check(tx, actor, Action::SetAccessEnd { target: p, until })?);
        p.access_until = until;
        p.access_closed = false;
        c.log.push((
            AuditAction::AccessEndSet,
            match until {
                Some(t) => msg!("audit-detail-access-ends", date = Arg::Date(t.millis())).store(),
                None => msg!("audit-detail-no-end").store(),
            },
        ));
    }
    Ok(())
}

fn patch_state(tx: &WriteTx<'_>, actor: &Actor, p: &mut Person, patch: &Patch, c: &mut Changes) -> Result<()> {
    let Some(active) = patch.active else { return Ok(()) };
    let becomes = if active { PersonState::Active } else { PersonState::Deactivated };
    if becomes == p.state {
        return Ok(());
    }
    c.allowed(policy::people::check(tx, actor, Action::SetActive(p))?);
    if p.state == PersonState::Invited {
        return Err(Error::invalid("not_yet_joined", msg!("not-yet-joined-revoke")));
    }
    p.state = becomes;
    if !active {
        c.end_sessions = Some(EndReason::Deactivated);
    }
    c.log.push((if active { AuditAction::PersonReactivated } else { AuditAction::PersonDeactivated }, String::new()));
    Ok(())
}

/// Deletes a member: they can never sign in again, their email is free for someone else, and
/// their messages stay under their name.
pub fn delete(tx: &mut WriteTx<'_>, actor_id: PersonId, id: PersonId) -> Result<()> {
    let actor = policy::actor(tx, actor_id)?;
    let mut p = policy::people::visible_person(tx, &actor, id)?;
    if p.state == PersonState::Deleted {
        return Err(Error::not_found("person"));
    }
    let ok = policy::people::check(tx, &actor, Action::DeletePerson(&p))?;
    crate::invites::withdraw_for_person(tx, &ok, p.id)?;
    p.state = PersonState::Deleted;
    p.password_hash.clear();
    store::people::save(tx, &ok, &p)?;
    auth::end_all_sessions(tx, &ok, p.id, None, EndReason::Deleted, Some(actor.id))?;
    audit::record(tx, &ok, Some(actor.id), AuditAction::PersonDeleted, Target::person(&p), p.email.clone())
}

/// The Owner hands ownership to another active member and becomes an Admin.
pub fn transfer_ownership(tx: &mut WriteTx<'_>, actor_id: PersonId, to: PersonId) -> Result<Person> {
    let actor = policy::actor(tx, actor_id)?;
    let mut target = policy::people::visible_person(tx, &actor, to)?;
    let ok = policy::people::check(tx, &actor, Action::TransferOwnership(&target))?;
    let mut me = store::people::get(tx, actor.id)?.ok_or_else(|| Error::not_found("person"))?;
    let was = target.role;
    target.role = Role::Owner;
    target.access_until = None;
    me.role = Role::Admin;
    store::people::save(tx, &ok, &target)?;
    store::people::save(tx, &ok, &me)?;
    audit::record(
        tx,
        &ok,
        Some(actor.id),
        AuditAction::OwnershipTransferred,
        Target::person(&target),
        msg!("audit-detail-ownership", from = Arg::Key(was.name_key())).store(),
    )?;
    tx.emit(Event::send(vec![me.id], "person.updated", &PersonView::of_self(&me)));
    tx.emit(Event::send(vec![target.id], "person.updated", &PersonView::of_self(&target)));
    Ok(target)
}

/// Has `p`'s access end date passed without being carried out yet?
pub fn access_end_due(p: &Person, now: Timestamp) -> bool {
    p.state == PersonState::Active && p.access_ended(now) && !p.access_closed
}

/// The people (Integrators and Freelancers with an end date) whose access end is due now.
pub fn due_access_ends(r: &impl Reader) -> Result<Vec<PersonId>> {
    let now = r.now();
    let mut due = Vec::new();
    for role in Role::ALL.into_iter().filter(|r| r.can_have_access_end()) {
        for id in store::people::with_role(r, role)? {
            if store::people::get(r, id)?.is_some_and(|p| access_end_due(&p, now)) {
                due.push(id);
            }
        }
    }
    Ok(due)
}

/// Ends the sessions of everyone whose access end date has passed (run periodically), with an
/// audit entry each. Sign-in and every request refuse them anyway; this closes live connections.
pub fn end_expired_access(tx: &mut WriteTx<'_>) -> Result<usize> {
    let ok = policy::system("end access whose end date passed");
    let mut n = 0;
    for id in due_access_ends(tx)? {
        let Some(mut p) = store::people::get(tx, id)? else { continue };
        auth::end_all_sessions(tx, &ok, p.id, None, EndReason::AccessEnded, None)?;
        p.access_closed = true;
        store::people::save(tx, &ok, &p)?;
        audit::record(
            tx,
            &ok,
            None,
            AuditAction::AccessEnded,
            Target::person(&p),
            msg!("audit-detail-access-passed", date = Arg::Date(p.access_until.map(|t| t.millis()).unwrap_or(0)))
                .store(),
        )?;
        n += 1;
    }
    Ok(n)
}
