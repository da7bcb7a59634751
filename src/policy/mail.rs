//! The mail axis: who sees whether mail goes out, and who may send a test email.

use super::{Actor, Allowed, deny, is_admin, is_staff_admin};
use crate::error::Result;
use crate::msg;

#[derive(Clone, Copy, Debug)]
pub enum Action {
    /// See the mail settings and whether the outbox is stuck (whoever handles invitations).
    SeeStatus,
    /// Send a test email now.
    SendTest,
}

pub fn check(actor: &Actor, action: Action) -> Result<Allowed> {
    match action {
        Action::SeeStatus if is_staff_admin(actor.role) => Ok(Allowed::by(actor, "see mail status")),
        Action::SeeStatus => Err(deny(msg!("deny-see-mail"))),
        Action::SendTest if is_admin(actor.role) => Ok(Allowed::by(actor, "send a test email")),
        Action::SendTest => Err(deny(msg!("deny-manage-mail"))),
    }
}
