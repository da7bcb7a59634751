//! The records Bivouac stores, as plain data. The store encodes them (see `store::codec`); the
//! domain modules decide what they mean; the HTTP layer turns them into per-viewer JSON.

use bincode::{Decode, Encode};

use crate::clock::Timestamp;
use crate::ids::{AuditId, DepartmentId, InvitationId, MailId, PersonId};

/// Workspace role: one per person (PRODUCT.md, "Workspace roles").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Encode, Decode)]
pub enum Role {
    Owner,
    Admin,
    Integrator,
    Employee,
    Freelancer,
}

impl Role {
    pub const ALL: [Role; 5] = [Role::Owner, Role::Admin, Role::Integrator, Role::Employee, Role::Freelancer];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Owner => "owner",
            Role::Admin => "admin",
            Role::Integrator => "integrator",
            Role::Employee => "employee",
            Role::Freelancer => "freelancer",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// "an employee", "an administrator": for sentences in mails and messages.
    pub fn with_article(self) -> &'static str {
        match self {
            Role::Owner => "an owner",
            Role::Admin => "an administrator",
            Role::Integrator => "an integrator",
            Role::Employee => "an employee",
            Role::Freelancer => "a freelancer",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
pub enum PersonState {
    /// Invited, has not set a password yet.
    Invited,
    Active,
    /// Cannot sign in; can be reactivated.
    Deactivated,
    /// Gone for good; the record stays so their messages keep a name.
    Deleted,
}

/// Customer-inbox access level (PRODUCT.md, "Customer inbox access"): a separate axis from the
/// workspace role, set by Owner/Admin. Agents need a seat.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Encode, Decode)]
pub enum InboxLevel {
    #[default]
    NoAccess,
    Viewer,
    Agent,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
pub enum InboxRole {
    ConversationAgent,
    Supervisor,
    OrderPaymentAdministrator,
    Stakeholder,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
pub enum InboxPermission {
    SelfAssign,
    Transfer,
    IndependentOrders,
    OrderPaymentAdmin,
    PaymentReconciler,
    ConversationReports,
    PaymentReports,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Encode, Decode)]
pub struct InboxAccess {
    pub level: InboxLevel,
    pub role: Option<InboxRole>,
    pub permissions: Vec<InboxPermission>,
}

#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Person {
    pub id: PersonId,
    pub first_name: String,
    pub last_name: String,
    /// Lower-cased; unique among people who are not deleted.
    pub email: String,
    pub title: String,
    pub phone: String,
    pub role: Role,
    pub state: PersonState,
    /// argon2id PHC string; empty until a password is set.
    pub password_hash: String,
    pub departments: Vec<DepartmentId>,
    /// For Integrators and Freelancers: access ends at this moment.
    pub access_until: Option<Timestamp>,
    /// The passing of `access_until` has been carried out (sessions ended, audit written).
    pub access_closed: bool,
    pub inbox: InboxAccess,
    pub created_at: Timestamp,
}

impl Person {
    pub fn full_name(&self) -> String {
        format!("{} {}", self.first_name, self.last_name)
    }

    /// True if access has an end date and it has passed.
    pub fn access_ended(&self, now: Timestamp) -> bool {
        self.access_until.is_some_and(|t| t <= now)
    }

    /// May this person hold a session right now?
    pub fn can_sign_in(&self, now: Timestamp) -> bool {
        self.state == PersonState::Active && !self.access_ended(now)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Session {
    pub person: PersonId,
    /// Sent back in `X-CSRF-Token` on every state-changing request.
    pub csrf: String,
    pub created_at: Timestamp,
    pub last_seen: Timestamp,
}

#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Department {
    pub id: DepartmentId,
    pub name: String,
    pub parent: Option<DepartmentId>,
    pub head: Option<PersonId>,
    pub created_at: Timestamp,
}

/// One administrative action, never changed once written.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct AuditEntry {
    pub id: AuditId,
    pub at: Timestamp,
    /// Who did it (`None` for the system itself, e.g. an access end date passing).
    pub actor: Option<PersonId>,
    /// A stable snake_case action name, e.g. `role_changed`.
    pub action: String,
    /// Whom or what it was done to: a person id, department id, ... as text.
    pub target: String,
    /// A readable summary: "Employee -> Admin".
    pub detail: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
pub enum InvitationStatus {
    /// The mail is in the outbox (maybe retrying).
    Queued,
    /// The SMTP server took the mail.
    Sent,
    /// The SMTP server refused the mail for good; `last_error` says why.
    Failed,
    Accepted,
    Revoked,
}

/// An invitation to join. One per invited person; resending or correcting the email replaces
/// its token (the old link dies) and queues a new mail.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Invitation {
    pub id: InvitationId,
    /// The invited person (state `Invited` until accepted).
    pub person: PersonId,
    pub email: String,
    pub role: Role,
    pub inviter: PersonId,
    /// Hash of the current token; older tokens of this invitation are dead.
    pub token_hash: [u8; 32],
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
    pub status: InvitationStatus,
    /// The queued mail carrying the current token, while it is in the outbox.
    pub mail: Option<MailId>,
    pub last_error: String,
    pub sent_at: Option<Timestamp>,
}

/// What a mail is for, so the sender can record the outcome where the inviter sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
pub enum MailPurpose {
    Invitation(InvitationId),
    PasswordReset,
}

/// A mail in the outbox. Its body may hold a token, so the row is deleted once the SMTP server
/// has taken the mail or refused it for good.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Mail {
    pub id: MailId,
    pub purpose: MailPurpose,
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub created_at: Timestamp,
    /// When the next attempt is due (also the key of the due index).
    pub due: Timestamp,
    pub attempts: u32,
    pub last_error: String,
}

/// A password-reset token (hash is the key), valid for an hour, once.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct PasswordReset {
    pub person: PersonId,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
}
