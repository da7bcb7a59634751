//! The account axis: what someone may do about their own account, including those who are not
//! signed in yet (setting up the workspace, signing in, accepting an invitation, resetting a
//! password). The tokens these carry are checked by the use case; the policy decides whether the
//! person may have a session at all.

use super::{Actor, Allowed, Facts};
use crate::clock::Timestamp;
use crate::error::{Error, Result};
use crate::i18n::Arg;
use crate::model::{Invitation, Person, PersonState};
use crate::msg;

#[derive(Clone, Copy, Debug)]
pub enum Action<'a> {
    /// Create the first Owner (only while nobody owns the workspace).
    Setup,
    /// Start a session for this person (password, invitation or reset already proven).
    SignIn(&'a Person),
    /// Set the password of this invited person through this invitation (its token is proven).
    AcceptInvitation { person: &'a Person, invitation: &'a Invitation },
    /// Mail a reset link to this person.
    RequestReset(&'a Person),
}

pub fn check(f: &impl Facts, action: Action<'_>) -> Result<Allowed> {
    match action {
        Action::Setup => {
            if f.any_owner()? {
                Err(setup_done())
            } else {
                Ok(Allowed::anonymous("set up the workspace"))
            }
        }
        Action::SignIn(p) => {
            refuse_if_cannot_sign_in(p, f.now())?;
            Ok(Allowed::anonymous("sign in"))
        }
        Action::AcceptInvitation { person: p, invitation } => {
            let still_theirs = p.role == invitation.role && p.email == invitation.email;
            if p.state != PersonState::Invited || !still_theirs {
                return Err(Error::gone("invitation_invalid", msg!("invitation-mismatch")));
            }
            if p.access_ended(f.now()) {
                return Err(Error::gone("invitation_invalid", msg!("invitation-access-ended")));
            }
            Ok(Allowed::anonymous("accept invitation"))
        }
        Action::RequestReset(p) => {
            refuse_if_cannot_sign_in(p, f.now())?;
            Ok(Allowed::anonymous("request password reset"))
        }
    }
}

/// Things one always may do to one's own account and data: sign out, end one's sessions.
pub fn own(actor: &Actor, what: &'static str) -> Allowed {
    Allowed::by(actor, what)
}

pub fn setup_done() -> Error {
    Error::gone("setup_done", msg!("setup-done"))
}

pub fn invalid_credentials() -> Error {
    Error::new(crate::error::Status::Unauthorized, "invalid_credentials", msg!("invalid-credentials"))
}

/// Why a person who proved who they are still cannot have a session.
pub fn refuse_if_cannot_sign_in(p: &Person, now: Timestamp) -> Result<()> {
    if let Some(until) = p.access_until.filter(|u| *u <= now) {
        return Err(Error::forbidden("access_ended", msg!("access-ended", date = Arg::Date(until.millis()))));
    }
    match p.state {
        PersonState::Active => Ok(()),
        PersonState::Deactivated => Err(Error::forbidden("account_deactivated", msg!("account-deactivated"))),
        PersonState::Invited | PersonState::Deleted => Err(invalid_credentials()),
    }
}
