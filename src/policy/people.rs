//! The people axis: the directory, person cards, roles, access ends, deactivation, deletion,
//! ownership, departments, invitations and the audit log.

use serde::Serialize;

use super::{Actor, Allowed, Facts, deny, is_admin, is_staff_admin, may_act_on, may_change_workspace};
use crate::clock::Timestamp;
use crate::error::{Error, Result};
use crate::i18n::Arg;
use crate::ids::PersonId;
use crate::model::{Invitation, Person, PersonState, Role};
use crate::msg;

/// Everything someone may ask to do on the people axis. Targets are the records as read in the
/// acting transaction.
#[derive(Clone, Copy, Debug)]
pub enum Action<'a> {
    /// See this person in the directory or on a card.
    ViewPerson(&'a Person),
    /// Change name, title, phone on this person's card.
    EditCard(&'a Person),
    /// Put this person into departments.
    SetDepartments(&'a Person),
    ChangeRole {
        target: &'a Person,
        to: Role,
    },
    /// Deactivate or reactivate.
    SetActive(&'a Person),
    DeletePerson(&'a Person),
    /// Give an Integrator or Freelancer an access end date (or clear it).
    SetAccessEnd {
        target: &'a Person,
        until: Option<Timestamp>,
    },
    TransferOwnership(&'a Person),
    ManageDepartments,
    ViewAudit,
    /// Invite someone with this role and access end.
    Invite {
        role: Role,
        access_until: Option<Timestamp>,
    },
    /// Resend, revoke or correct this invitation (who may invite its role may).
    ManageInvitation(&'a Invitation),
    /// See the list of invitations (each is shown only if the actor may manage it).
    ListInvitations,
    /// Rename the company, set its accent colour and language.
    ChangeWorkspace,
}

/// Decides. `Err` is the answer to give: 404 where the target must stay invisible, 403 where the
/// actor can see the target but may not act, 409 for the last-Owner rule, 422 for a rule about
/// the values asked for.
pub fn check(f: &impl Facts, actor: &Actor, action: Action<'_>) -> Result<Allowed> {
    let ok = |name| Ok(Allowed::by(actor, name));
    match action {
        Action::ViewPerson(target) => {
            visible(f, actor, target)?;
            ok("view person")
        }
        Action::EditCard(target) => {
            visible(f, actor, target)?;
            if target.id == actor.id || is_staff_admin(actor.role) && may_act_on(actor.role, target.role) {
                ok("edit card")
            } else {
                Err(deny(msg!("deny-edit-card")))
            }
        }
        Action::SetDepartments(target) => {
            visible(f, actor, target)?;
            if is_staff_admin(actor.role) && (target.id == actor.id || may_act_on(actor.role, target.role)) {
                ok("set departments")
            } else {
                Err(deny(msg!("deny-person-departments")))
            }
        }
        Action::ChangeRole { target, to } => {
            visible(f, actor, target)?;
            if !may_act_on(actor.role, target.role) {
                return Err(deny(msg!("deny-change-role", name = target.full_name())));
            }
            if !may_act_on(actor.role, to) {
                return Err(deny(msg!("deny-give-role", role = Arg::Key(to.name_key()))));
            }
            if target.role == Role::Owner && to != Role::Owner {
                last_owner_guard(f, target)?;
            }
            ok("change role")
        }
        Action::SetActive(target) | Action::DeletePerson(target) => {
            visible(f, actor, target)?;
            if target.id == actor.id {
                return Err(Error::forbidden("cannot_act_on_self", msg!("cannot-act-on-self")));
            }
            if !may_act_on(actor.role, target.role) {
                return Err(deny(msg!("deny-deactivate", name = target.full_name())));
            }
            if target.role == Role::Owner {
                last_owner_guard(f, target)?;
            }
            ok("deactivate or delete person")
        }
        Action::SetAccessEnd { target, until } => {
            visible(f, actor, target)?;
            if !may_act_on(actor.role, target.role) || target.id == actor.id {
                return Err(deny(msg!("deny-access-end", name = target.full_name())));
            }
            access_end_rule(f, target.role, until)?;
            ok("set access end")
        }
        Action::TransferOwnership(target) => {
            visible(f, actor, target)?;
            if actor.role != Role::Owner {
                return Err(deny(msg!("deny-transfer-ownership")));
            }
            if target.id == actor.id || target.state != PersonState::Active {
                return Err(Error::invalid("invalid_new_owner", msg!("invalid-new-owner")));
            }
            ok("transfer ownership")
        }
        Action::ManageDepartments => {
            if is_staff_admin(actor.role) {
                ok("manage departments")
            } else {
                Err(deny(msg!("deny-departments")))
            }
        }
        Action::ViewAudit => {
            if is_admin(actor.role) {
                ok("view audit log")
            } else {
                Err(deny(msg!("deny-audit")))
            }
        }
        Action::Invite { role, access_until } => {
            if !may_act_on(actor.role, role) {
                return Err(deny(msg!("deny-invite", role = Arg::Key(role.name_key()))));
            }
            if access_until.is_some() {
                access_end_rule(f, role, access_until)?;
            }
            ok("invite")
        }
        Action::ManageInvitation(inv) => {
            // Invitations one may not manage stay invisible.
            if may_act_on(actor.role, inv.role) { ok("manage invitation") } else { Err(Error::not_found("invitation")) }
        }
        Action::ListInvitations => {
            if is_staff_admin(actor.role) {
                ok("list invitations")
            } else {
                Err(deny(msg!("deny-see-invitations")))
            }
        }
        Action::ChangeWorkspace => {
            if may_change_workspace(actor.role) {
                ok("change workspace settings")
            } else {
                Err(deny(msg!("deny-workspace")))
            }
        }
    }
}

/// Only Integrators and Freelancers can have an access end date, and it lies in the future.
fn access_end_rule(f: &impl Facts, role: Role, until: Option<Timestamp>) -> Result<()> {
    let Some(t) = until else { return Ok(()) };
    if !role.can_have_access_end() {
        return Err(Error::invalid("access_end_not_applicable", msg!("access-end-not-applicable")));
    }
    if t <= f.now() {
        return Err(Error::invalid("access_until_past", msg!("access-until-past")));
    }
    Ok(())
}

fn last_owner_guard(f: &impl Facts, owner: &Person) -> Result<()> {
    if !f.another_active_owner(owner.id)? {
        return Err(Error::conflict("last_owner", msg!("last-owner")));
    }
    Ok(())
}

/// 404 unless `actor` may see `target`: existence of people one may not see never leaks.
fn visible(f: &impl Facts, actor: &Actor, target: &Person) -> Result<()> {
    if can_see(f, actor, target)? { Ok(()) } else { Err(Error::not_found("person")) }
}

/// The person with id `id`, if `actor` may see them; 404 otherwise (also for ids that do not
/// exist: the two answers are the same).
pub fn visible_person(f: &impl Facts, actor: &Actor, id: PersonId) -> Result<Person> {
    let p = f.person(id)?.ok_or_else(|| Error::not_found("person"))?;
    visible(f, actor, &p)?;
    Ok(p)
}

/// The directory rule: everyone sees every active person, except Freelancers, who see themselves
/// and the people they have a direct chat with. Invited and deactivated people are visible only
/// to those who may see roles (Owner, Admins, Integrators).
pub fn can_see(f: &impl Facts, actor: &Actor, target: &Person) -> Result<bool> {
    if target.id == actor.id {
        return Ok(true);
    }
    if target.state == PersonState::Deleted {
        return Ok(false);
    }
    // Invited and deactivated people are in the directory only for those who run it.
    if matches!(target.state, PersonState::Invited | PersonState::Deactivated) && !is_staff_admin(actor.role) {
        return Ok(false);
    }
    match actor.role {
        Role::Freelancer => f.have_direct_chat(actor.id, target.id),
        _ => Ok(true),
    }
}

/// May `actor` see whether `target` is online, and their status text? Presence follows the
/// directory: whoever one may see (and is active).
pub fn sees_presence(f: &impl Facts, actor: &Actor, target: &Person) -> Result<bool> {
    Ok(target.state == PersonState::Active && can_see(f, actor, target)?)
}

/// Whose cards a person's directory holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Directory {
    /// Everyone not deleted (invited and deactivated people only for those who see roles).
    Everyone,
    /// Themselves and the people they have a direct chat with (Freelancers).
    DirectPartners,
}

pub fn directory(actor: &Actor) -> Directory {
    if actor.role == Role::Freelancer { Directory::DirectPartners } else { Directory::Everyone }
}

/// May the actor see roles of people other than themselves (and invited or deactivated people
/// in the directory)?
pub fn sees_roles(actor: &Actor) -> bool {
    is_staff_admin(actor.role)
}

/// Does going from role `from` to `to` take rights away, so the person's sessions must end?
pub fn is_demotion(from: Role, to: Role) -> bool {
    fn rank(r: Role) -> u8 {
        match r {
            Role::Owner => 4,
            Role::Admin => 3,
            Role::Integrator => 2,
            Role::Employee => 1,
            Role::Freelancer => 0,
        }
    }
    rank(to) < rank(from)
}

/// What the viewer may do with one person: the buttons the web UI shows on a card or a row.
#[derive(Serialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct PersonCan {
    /// Name, title, phone.
    pub edit: bool,
    pub departments: bool,
    /// The roles this person may be given now by a role change (empty: the role cannot be
    /// changed). Never Owner, unless they are one: that goes through `make_owner` or
    /// `transfer_ownership`, each with its own confirmation.
    pub roles: Vec<&'static str>,
    /// Of `roles`, those that take rights away, so that giving one signs the person out everywhere.
    pub roles_signing_out: Vec<&'static str>,
    /// Make them an Owner beside the current ones ("add another owner").
    pub make_owner: bool,
    pub deactivate: bool,
    pub reactivate: bool,
    pub delete: bool,
    pub access_end: bool,
    pub transfer_ownership: bool,
    /// Open a direct chat with them.
    pub message: bool,
}

/// The viewer's capabilities on `target` (who must be visible to them).
pub fn can(f: &impl Facts, actor: &Actor, target: &Person) -> Result<PersonCan> {
    let allowed = |a: Action<'_>| check(f, actor, a).is_ok();
    let joined = !matches!(target.state, PersonState::Invited | PersonState::Deleted);
    let manage_state = joined && allowed(Action::SetActive(target));
    let changeable = joined && target.id != actor.id && may_act_on(actor.role, target.role);
    let roles: Vec<Role> = if changeable {
        Role::ALL
            .into_iter()
            .filter(|to| *to == target.role || (*to != Role::Owner && allowed(Action::ChangeRole { target, to: *to })))
            .collect()
    } else {
        Vec::new()
    };
    Ok(PersonCan {
        edit: allowed(Action::EditCard(target)),
        departments: allowed(Action::SetDepartments(target)),
        roles_signing_out: roles.iter().filter(|to| is_demotion(target.role, **to)).map(|r| r.as_str()).collect(),
        roles: roles.into_iter().map(Role::as_str).collect(),
        make_owner: changeable
            && target.role != Role::Owner
            && target.state == PersonState::Active
            && allowed(Action::ChangeRole { target, to: Role::Owner }),
        deactivate: manage_state && target.state == PersonState::Active,
        reactivate: manage_state && target.state == PersonState::Deactivated,
        delete: target.state != PersonState::Deleted && allowed(Action::DeletePerson(target)),
        access_end: joined
            && target.role.can_have_access_end()
            && allowed(Action::SetAccessEnd { target, until: None }),
        transfer_ownership: allowed(Action::TransferOwnership(target)),
        message: target.id != actor.id && target.state == PersonState::Active,
    })
}
