//! Who may see and do what: the one place that allows or denies.
//!
//! Architecture invariant: every allow/deny decision and every "what may this person see" is
//! answered here, from the actor, the target and relationships read in the same transaction as
//! the action (the `r: &impl Reader` argument). Handlers never compare roles themselves.
//!
//! Deny by default: [`check`] matches every [`Action`] exhaustively, and each arm lists who is
//! allowed; anything not listed is refused. A new route adds an action here first.
//!
//! The workspace role (PRODUCT.md table) is one axis. The customer-inbox axis (access level, seat,
//! inbox role, optional permissions) is a second one carried by [`Actor::inbox`]; inbox actions
//! will be answered from it in the same `check`, without reshaping the workspace rules.

use crate::error::{Error, Result};
use crate::ids::PersonId;
use crate::model::{Channel, ChannelKind, InboxAccess, Message, Person, PersonState, Role};
use crate::store::{self, Reader};

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

/// Everything someone may ask to do. Targets are the records as read in the acting transaction.
#[derive(Clone, Copy, Debug)]
pub enum Action<'a> {
    /// See other people's workspace roles.
    SeeRoles,
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
    /// Give an Integrator or Freelancer an access end date.
    SetAccessEnd(&'a Person),
    TransferOwnership(&'a Person),
    ManageDepartments,
    ViewAudit,
    /// Invite someone with this role (also: resend, revoke or correct such an invitation).
    Invite(Role),
    /// See the list of invitations (each is shown only if the actor may invite its role).
    ListInvitations,
    /// Send a test email, see mail settings.
    ManageMail,
    CreateChannel,
    /// List public channels one is not in.
    BrowseChannels,
    JoinChannel(&'a Channel),
    /// Read a chat's messages and details (members only).
    ReadChannel(&'a Channel),
    /// See a public channel's name, description and member count without being in it.
    SeeChannel(&'a Channel),
    Post(&'a Channel),
    /// Rename, describe, archive, add or remove members.
    ManageChannel(&'a Channel),
    /// Start a direct or group chat with, or add to a chat, this person.
    ChatWith(&'a Person),
    /// Mention this person in this chat.
    Mention {
        channel: &'a Channel,
        target: &'a Person,
    },
    EditMessage(&'a Message),
    /// Define folders that every member of a department sees.
    ManageDepartmentFolders,
    DeleteMessage {
        message: &'a Message,
        channel: &'a Channel,
    },
}

/// Owner, Admin and Integrator run the workspace; who they may act on differs.
fn is_staff_admin(role: Role) -> bool {
    matches!(role, Role::Owner | Role::Admin | Role::Integrator)
}

/// May `actor` manage (change role, deactivate, delete, edit card of) someone with `target` role?
fn manages(actor: Role, target: Role) -> bool {
    match actor {
        Role::Owner => true,
        Role::Admin => target != Role::Owner,
        Role::Integrator => matches!(target, Role::Employee | Role::Freelancer),
        Role::Employee | Role::Freelancer => false,
    }
}

/// May `actor` give someone the role `role` (by invitation or role change)?
fn may_grant(actor: Role, role: Role) -> bool {
    match actor {
        Role::Owner => true,
        Role::Admin => role != Role::Owner,
        Role::Integrator => matches!(role, Role::Employee | Role::Freelancer),
        Role::Employee | Role::Freelancer => false,
    }
}

fn deny(what: &str) -> Error {
    Error::forbidden("forbidden", format!("You are not allowed to {what}."))
}

/// Decides. `Err` is the answer to give: 404 where the target must stay invisible, 403 where the
/// actor can see the target but may not act, 409 for the last-Owner rule.
pub fn check(r: &impl Reader, actor: &Actor, action: Action<'_>) -> Result<()> {
    let ok = Ok(());
    match action {
        Action::SeeRoles => {
            if is_staff_admin(actor.role) {
                ok
            } else {
                Err(deny("see roles"))
            }
        }
        Action::ViewPerson(target) => {
            if can_see_person(r, actor, target)? {
                ok
            } else {
                Err(Error::not_found("person"))
            }
        }
        Action::EditCard(target) => {
            visible(r, actor, target)?;
            if target.id == actor.id || manages(actor.role, target.role) && is_staff_admin(actor.role) {
                ok
            } else {
                Err(deny("edit this person's card"))
            }
        }
        Action::SetDepartments(target) => {
            visible(r, actor, target)?;
            if is_staff_admin(actor.role) && (target.id == actor.id || manages(actor.role, target.role)) {
                ok
            } else {
                Err(deny("change this person's departments"))
            }
        }
        Action::ChangeRole { target, to } => {
            visible(r, actor, target)?;
            if !manages(actor.role, target.role) {
                return Err(deny(&format!("change the role of {}", target.full_name())));
            }
            if !may_grant(actor.role, to) {
                return Err(deny(&format!("make anyone {}", to.with_article())));
            }
            if target.role == Role::Owner && to != Role::Owner {
                last_owner_guard(r, target)?;
            }
            ok
        }
        Action::SetActive(target) | Action::DeletePerson(target) => {
            visible(r, actor, target)?;
            if target.id == actor.id {
                return Err(Error::forbidden(
                    "cannot_act_on_self",
                    "You cannot deactivate or delete your own account; ask another administrator.",
                ));
            }
            if !manages(actor.role, target.role) {
                return Err(deny(&format!("deactivate or delete {}", target.full_name())));
            }
            if target.role == Role::Owner {
                last_owner_guard(r, target)?;
            }
            ok
        }
        Action::SetAccessEnd(target) => {
            visible(r, actor, target)?;
            if !manages(actor.role, target.role) || target.id == actor.id {
                return Err(deny(&format!("set an access end date for {}", target.full_name())));
            }
            if !target.role.can_have_access_end() {
                return Err(Error::invalid(
                    "access_end_not_applicable",
                    "Only integrators and freelancers can have an access end date.",
                ));
            }
            ok
        }
        Action::TransferOwnership(target) => {
            visible(r, actor, target)?;
            if actor.role != Role::Owner {
                return Err(deny("transfer ownership"));
            }
            if target.id == actor.id || target.state != PersonState::Active {
                return Err(Error::invalid(
                    "invalid_new_owner",
                    "Ownership can only go to another active member of the workspace.",
                ));
            }
            ok
        }
        Action::ManageDepartments => {
            if is_staff_admin(actor.role) {
                ok
            } else {
                Err(deny("change departments"))
            }
        }
        Action::ViewAudit => {
            if matches!(actor.role, Role::Owner | Role::Admin) {
                ok
            } else {
                Err(deny("read the audit log"))
            }
        }
        Action::Invite(role) => {
            if may_grant(actor.role, role) {
                ok
            } else {
                Err(deny(&format!("invite {}", role.with_article())))
            }
        }
        Action::ListInvitations => {
            if is_staff_admin(actor.role) {
                ok
            } else {
                Err(deny("see invitations"))
            }
        }
        Action::ManageMail => {
            if matches!(actor.role, Role::Owner | Role::Admin) {
                ok
            } else {
                Err(deny("manage mail settings"))
            }
        }
        Action::CreateChannel => {
            if actor.role != Role::Freelancer {
                ok
            } else {
                Err(deny("create channels"))
            }
        }
        Action::BrowseChannels => {
            if actor.role != Role::Freelancer {
                ok
            } else {
                Err(deny("browse channels"))
            }
        }
        Action::JoinChannel(c) => {
            check(r, actor, Action::SeeChannel(c))?;
            if c.archived {
                return Err(Error::conflict(
                    "channel_archived",
                    "This channel is archived; it can no longer be joined.",
                ));
            }
            ok
        }
        Action::ReadChannel(c) => {
            if is_member(r, c, actor)? {
                ok
            } else {
                Err(Error::not_found("chat"))
            }
        }
        Action::SeeChannel(c) => {
            let public = c.kind == ChannelKind::Channel && !c.private;
            if is_member(r, c, actor)? || public && actor.role != Role::Freelancer {
                ok
            } else {
                Err(Error::not_found("chat"))
            }
        }
        Action::Post(c) => {
            check(r, actor, Action::ReadChannel(c))?;
            if c.archived {
                return Err(Error::conflict("channel_archived", "This channel is archived; it is read-only."));
            }
            ok
        }
        Action::ManageChannel(c) => {
            check(r, actor, Action::SeeChannel(c))?;
            let allowed = match c.kind {
                ChannelKind::Channel => c.creator == actor.id || matches!(actor.role, Role::Owner | Role::Admin),
                ChannelKind::Group => is_member(r, c, actor)?,
                ChannelKind::Direct => false,
            };
            if allowed {
                ok
            } else if c.kind == ChannelKind::Direct {
                Err(Error::forbidden("direct_chat", "A direct chat always has exactly its two people."))
            } else {
                Err(deny("manage this channel (its creator and administrators can)"))
            }
        }
        Action::ChatWith(target) => {
            visible(r, actor, target)?;
            if target.state != PersonState::Active {
                return Err(Error::invalid(
                    "person_inactive",
                    format!("{} is not an active member, so you cannot chat with them.", target.full_name()),
                ));
            }
            ok
        }
        Action::Mention { channel, target } => {
            let partner = actor.role != Role::Freelancer || store::relations::have_direct_chat(r, actor.id, target.id)?;
            if !partner || !can_see_person(r, actor, target)? {
                return Err(Error::invalid(
                    "mention_not_allowed",
                    "You can only mention people you have a direct chat with.",
                ));
            }
            if !store::chat::is_member(r, channel.id, target.id)? {
                return Err(Error::invalid(
                    "mention_not_allowed",
                    format!("{} is not in this conversation, so you cannot mention them here.", target.full_name()),
                ));
            }
            ok
        }
        Action::ManageDepartmentFolders => {
            if matches!(actor.role, Role::Owner | Role::Admin) {
                ok
            } else {
                Err(deny("define department folders"))
            }
        }
        Action::EditMessage(m) => {
            if m.author == actor.id {
                ok
            } else {
                Err(deny("edit someone else's message"))
            }
        }
        Action::DeleteMessage { message, channel } => {
            let moderator = channel.kind == ChannelKind::Channel && matches!(actor.role, Role::Owner | Role::Admin);
            if message.author == actor.id || moderator { ok } else { Err(deny("delete someone else's message")) }
        }
    }
}

fn is_member(r: &impl Reader, c: &Channel, actor: &Actor) -> Result<bool> {
    store::chat::is_member(r, c.id, actor.id)
}

/// 404 unless `actor` may see `target`: existence of people one may not see never leaks.
fn visible(r: &impl Reader, actor: &Actor, target: &Person) -> Result<()> {
    if can_see_person(r, actor, target)? { Ok(()) } else { Err(Error::not_found("person")) }
}

fn last_owner_guard(r: &impl Reader, owner: &Person) -> Result<()> {
    let others = store::people::all(r)?
        .iter()
        .filter(|p| p.role == Role::Owner && p.id != owner.id && p.state == PersonState::Active)
        .count();
    if others == 0 {
        return Err(Error::conflict(
            "last_owner",
            "This is the last owner of the workspace. Transfer ownership to someone else first.",
        ));
    }
    Ok(())
}

/// The directory rule: everyone sees every non-deleted person, except Freelancers, who see
/// themselves and the people they have a direct chat with. Invited people are visible only to
/// those who may invite.
pub fn can_see_person(r: &impl Reader, actor: &Actor, target: &Person) -> Result<bool> {
    if target.id == actor.id {
        return Ok(true);
    }
    if target.state == PersonState::Deleted {
        return Ok(false);
    }
    if target.state == PersonState::Invited && !is_staff_admin(actor.role) {
        return Ok(false);
    }
    match actor.role {
        Role::Freelancer => store::relations::have_direct_chat(r, actor.id, target.id),
        _ => Ok(true),
    }
}

/// May the actor see roles of people other than themselves?
pub fn sees_roles(actor: &Actor) -> bool {
    is_staff_admin(actor.role)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grant_and_manage_follow_the_product_table() {
        use Role::*;
        assert!(may_grant(Owner, Owner));
        assert!(!may_grant(Admin, Owner) && may_grant(Admin, Admin));
        assert!(may_grant(Integrator, Employee) && may_grant(Integrator, Freelancer));
        assert!(!may_grant(Integrator, Admin) && !may_grant(Integrator, Integrator));
        assert!(!may_grant(Employee, Employee) && !may_grant(Freelancer, Freelancer));
        assert!(manages(Admin, Admin) && !manages(Admin, Owner));
        assert!(!manages(Integrator, Admin) && manages(Integrator, Freelancer));
        assert!(!manages(Employee, Freelancer));
    }
}
