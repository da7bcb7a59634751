//! The records Bivouac stores, as plain data. The store encodes them (see `store::codec`); the
//! domain modules decide what they mean; the HTTP layer turns them into per-viewer JSON.

use bincode::{Decode, Encode};

use crate::clock::Timestamp;
use crate::ids::{AuditId, DepartmentId, PersonId};

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
    pub const ALL: [Role; 5] = [
        Role::Owner,
        Role::Admin,
        Role::Integrator,
        Role::Employee,
        Role::Freelancer,
    ];

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
