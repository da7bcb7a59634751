//! Who may see and do what: the one place that allows or denies.
//!
//! Layer: just above the leaves (`ids`, `clock`, `error`, `model`), below the store. The policy
//! is pure: it reads the few facts it needs (people, memberships, direct chats, owners) through
//! the [`Facts`] trait, which the store implements for its read and write transactions. So every
//! decision is made from data read in the same transaction as the action, and the store can
//! demand the proof of a decision without the policy importing the store.
//!
//! Architecture invariants:
//! - Every allow/deny and every "what may this person see" is answered here. Handlers, use cases
//!   and the web UI never compare roles themselves; views carry `can` ([`people::PersonCan`],
//!   [`chats::ChatCan`], [`WorkspaceCan`]) computed here.
//! - Deny by default: each axis' `check` matches every action exhaustively and each arm lists
//!   who is allowed; anything not listed is refused. A new route adds an action first.
//! - [`Allowed`] can only be made in this module. Every store function that writes takes one, so
//!   a write whose check was forgotten does not compile. Writes nobody asked for (the mail
//!   sender, the access-end sweep, start-up) take [`system`], which names why.
//!
//! The axes: [`people`] (directory, cards, roles, departments, invitations, audit), [`chats`]
//! (channels, chats, messages, sidebar), [`mail`] (mail settings), [`account`] (signing in and
//! the actions of people who are not signed in), [`bots`] (bots for business processes, their
//! requests, bot accounts and webhooks). The customer-inbox axis (access level, inbox
//! role, optional permissions) is carried by [`Actor::inbox`] and gets its own module.

pub mod account;
pub mod bots;
pub mod chats;
pub mod mail;
pub mod people;

use serde::Serialize;

use crate::clock::Timestamp;
use crate::error::{Error, Result};
use crate::ids::{ChannelId, PersonId};
use crate::model::{InboxAccess, Person, Role};

/// What the policy reads. The store implements it for its transactions (`store::Reader`).
pub trait Facts {
    /// The time of the transaction.
    fn now(&self) -> Timestamp;
    fn person(&self, id: PersonId) -> Result<Option<Person>>;
    fn is_member(&self, chat: ChannelId, person: PersonId) -> Result<bool>;
    fn have_direct_chat(&self, a: PersonId, b: PersonId) -> Result<bool>;
    /// Whether an active Owner other than `except` exists.
    fn another_active_owner(&self, except: PersonId) -> Result<bool>;
    /// Whether anyone (not deleted) is an Owner: the workspace is set up.
    fn any_owner(&self) -> Result<bool>;
    /// Whether an upload was given in a bot request's form (and so cannot be sent again).
    fn file_given_to_request(&self, file: crate::ids::FileId) -> Result<bool>;
}

/// The person acting, as the policy needs them.
#[derive(Clone, Debug)]
pub struct Actor {
    pub id: PersonId,
    pub role: Role,
    pub inbox: InboxAccess,
}

impl Actor {
    pub fn of(p: &Person) -> Actor {
        Actor { id: p.id, role: p.role, inbox: p.inbox.clone() }
    }
}

/// Re-reads the acting person inside the transaction, so a demotion or deactivation committed a
/// moment ago is already in force for this action.
pub fn actor(f: &impl Facts, id: PersonId) -> Result<Actor> {
    let p = f.person(id)?.filter(|p| p.can_sign_in(f.now()));
    p.map(|p| Actor::of(&p)).ok_or_else(|| Error::unauthorized(crate::msg!("session-ended")))
}

/// Proof that the policy allowed an action. Only this module makes one; store writes take it.
#[derive(Clone, Copy, Debug)]
#[must_use = "a decision is made to be used by the write it allows"]
pub struct Allowed {
    actor: Option<PersonId>,
    action: &'static str,
}

impl Allowed {
    fn by(actor: &Actor, action: &'static str) -> Allowed {
        Allowed { actor: Some(actor.id), action }
    }

    fn anonymous(action: &'static str) -> Allowed {
        Allowed { actor: None, action }
    }

    /// Who asked (None for the system or someone not signed in).
    pub fn actor(&self) -> Option<PersonId> {
        self.actor
    }

    /// What was allowed, for logs.
    pub fn action(&self) -> &'static str {
        self.action
    }
}

/// A write nobody asked for: the mail sender recording an attempt, the access-end sweep,
/// start-up bookkeeping, dropping an expired session. `why` says which.
pub fn system(why: &'static str) -> Allowed {
    Allowed { actor: None, action: why }
}

/// The one role order: may someone with role `actor` act on (change, deactivate, delete, invite
/// or make) someone with role `role`? Owner: anyone; Admin: anyone but an Owner; Integrator:
/// Employees and Freelancers.
fn may_act_on(actor: Role, role: Role) -> bool {
    match actor {
        Role::Owner => true,
        Role::Admin => role != Role::Owner,
        Role::Integrator => matches!(role, Role::Employee | Role::Freelancer),
        Role::Employee | Role::Freelancer => false,
    }
}

/// Owner, Admin and Integrator run the workspace; who they may act on differs.
fn is_staff_admin(role: Role) -> bool {
    matches!(role, Role::Owner | Role::Admin | Role::Integrator)
}

/// Only Owners rename the company and set its colour and language.
fn may_change_workspace(role: Role) -> bool {
    role == Role::Owner
}

fn is_admin(role: Role) -> bool {
    matches!(role, Role::Owner | Role::Admin)
}

/// 403 `forbidden`, with what the person may not do (a `deny-*` message).
fn deny(m: crate::i18n::Msg) -> Error {
    Error::forbidden("forbidden", m)
}

/// What the signed-in person may do in the workspace as a whole: the web UI shows its rail,
/// screens and buttons from this, and never decides from the role itself.
#[derive(Serialize, Clone, Debug, PartialEq, Eq)]
pub struct WorkspaceCan {
    /// See other people's roles (and invited or deactivated people in the directory).
    pub see_roles: bool,
    /// The roles this person may invite (and give by a role change).
    pub invite: Vec<&'static str>,
    /// Of those, the roles that can have an access end date.
    pub access_end_roles: Vec<&'static str>,
    /// The Administration area: people, invitations, structure.
    pub administer: bool,
    pub manage_departments: bool,
    pub view_audit: bool,
    /// See invitations and whether mail goes out.
    pub list_invitations: bool,
    /// Send a test email.
    pub manage_mail: bool,
    pub create_channels: bool,
    pub browse_channels: bool,
    pub manage_department_folders: bool,
    /// The Bots area (requests, bot editor, integrations).
    pub bots: bots::BotsCan,
    /// Rename the company, set its accent colour and language (`PATCH /api/workspace`).
    pub change_workspace: bool,
}

pub fn workspace(actor: &Actor) -> WorkspaceCan {
    let r = actor.role;
    WorkspaceCan {
        see_roles: people::sees_roles(actor),
        invite: Role::ALL.into_iter().filter(|to| may_act_on(r, *to)).map(Role::as_str).collect(),
        access_end_roles: Role::ALL
            .into_iter()
            .filter(|to| may_act_on(r, *to) && to.can_have_access_end())
            .map(Role::as_str)
            .collect(),
        administer: is_staff_admin(r),
        manage_departments: is_staff_admin(r),
        view_audit: is_admin(r),
        list_invitations: is_staff_admin(r),
        manage_mail: is_admin(r),
        create_channels: r != Role::Freelancer,
        browse_channels: r != Role::Freelancer,
        manage_department_folders: is_admin(r),
        bots: bots::workspace(actor),
        change_workspace: may_change_workspace(r),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_role_order_follows_the_product_table() {
        use Role::*;
        assert!(may_act_on(Owner, Owner));
        assert!(!may_act_on(Admin, Owner) && may_act_on(Admin, Admin));
        assert!(may_act_on(Integrator, Employee) && may_act_on(Integrator, Freelancer));
        assert!(!may_act_on(Integrator, Admin) && !may_act_on(Integrator, Integrator));
        assert!(!may_act_on(Employee, Employee) && !may_act_on(Freelancer, Freelancer));
    }
}
