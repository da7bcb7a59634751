//! The records Bivouac stores, as plain data. The store encodes them (see `store::codec`); the
//! domain modules decide what they mean; the HTTP layer turns them into per-viewer JSON.

use bincode::{Decode, Encode};

use crate::clock::Timestamp;
pub mod bots;

use crate::ids::{
    AuditId, ChannelId, DepartmentId, FileId, FolderId, InvitationId, MailId, MessageId, PersonId, PushJobId,
    PushSubId, ReminderId,
};

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

    /// Only external people (Integrators, Freelancers) can have an access end date.
    pub fn can_have_access_end(self) -> bool {
        matches!(self, Role::Integrator | Role::Freelancer)
    }

    /// The catalog key of the role's name ("Employee", "Сотрудник"), for sentences in mails and
    /// messages (`Arg::Key`).
    pub fn name_key(self) -> &'static str {
        match self {
            Role::Owner => "role-owner",
            Role::Admin => "role-admin",
            Role::Integrator => "role-integrator",
            Role::Employee => "role-employee",
            Role::Freelancer => "role-freelancer",
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
    /// A person with a name, email, role and state; no title, phone, departments, password or
    /// access end yet.
    pub fn new(
        id: PersonId,
        first_name: &str,
        last_name: &str,
        email: &str,
        role: Role,
        state: PersonState,
        created_at: Timestamp,
    ) -> Person {
        Person {
            id,
            first_name: first_name.to_string(),
            last_name: last_name.to_string(),
            email: email.to_string(),
            title: String::new(),
            phone: String::new(),
            role,
            state,
            password_hash: String::new(),
            departments: vec![],
            access_until: None,
            access_closed: false,
            inbox: InboxAccess::default(),
            created_at,
        }
    }

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

/// Why a person's sessions were ended by something other than signing out or time passing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
pub enum EndReason {
    RoleChanged,
    Deactivated,
    Deleted,
    AccessEnded,
    /// The person changed their password in another session.
    PasswordChanged,
    /// The password was set anew with an emailed reset link.
    PasswordReset,
}

impl EndReason {
    /// The stable snake_case name (the WebSocket close reason carries it).
    pub fn as_str(self) -> &'static str {
        match self {
            EndReason::RoleChanged => "role_changed",
            EndReason::Deactivated => "deactivated",
            EndReason::Deleted => "deleted",
            EndReason::AccessEnded => "access_ended",
            EndReason::PasswordChanged => "password_changed",
            EndReason::PasswordReset => "password_reset",
        }
    }
}

/// The record of an ended session, kept a while (see `store::sessions::ENDED_KEPT`) so that a
/// browser still holding its cookie can be told why it was signed out.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct SessionEnd {
    pub reason: EndReason,
    /// Who did it (`None`: the system, or the person themselves).
    pub by: Option<PersonId>,
    pub at: Timestamp,
}

#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Department {
    pub id: DepartmentId,
    pub name: String,
    pub parent: Option<DepartmentId>,
    pub head: Option<PersonId>,
    pub created_at: Timestamp,
}

/// Every kind of administrative action the audit log records. Stored by name ([`AuditAction::as_str`])
/// in [`AuditEntry::action`], so adding a kind needs no migration.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AuditAction {
    RoleChanged,
    DepartmentsChanged,
    AccessEndSet,
    AccessEnded,
    PersonDeactivated,
    PersonReactivated,
    PersonDeleted,
    CardEdited,
    OwnershipTransferred,
    DepartmentCreated,
    DepartmentChanged,
    DepartmentDeleted,
    InvitationSent,
    InvitationResent,
    InvitationRevoked,
    InvitationEmailCorrected,
    InvitationAccepted,
    PasswordReset,
    PasswordChanged,
    WorkspaceChanged,
    InvitationLinkCopied,
}

impl AuditAction {
    pub const ALL: [AuditAction; 21] = [
        AuditAction::RoleChanged,
        AuditAction::DepartmentsChanged,
        AuditAction::AccessEndSet,
        AuditAction::AccessEnded,
        AuditAction::PersonDeactivated,
        AuditAction::PersonReactivated,
        AuditAction::PersonDeleted,
        AuditAction::CardEdited,
        AuditAction::OwnershipTransferred,
        AuditAction::DepartmentCreated,
        AuditAction::DepartmentChanged,
        AuditAction::DepartmentDeleted,
        AuditAction::InvitationSent,
        AuditAction::InvitationResent,
        AuditAction::InvitationRevoked,
        AuditAction::InvitationEmailCorrected,
        AuditAction::InvitationAccepted,
        AuditAction::PasswordReset,
        AuditAction::PasswordChanged,
        AuditAction::WorkspaceChanged,
        AuditAction::InvitationLinkCopied,
    ];

    /// The stable snake_case name stored and shown to API clients.
    pub fn as_str(self) -> &'static str {
        match self {
            AuditAction::RoleChanged => "role_changed",
            AuditAction::DepartmentsChanged => "departments_changed",
            AuditAction::AccessEndSet => "access_end_set",
            AuditAction::AccessEnded => "access_ended",
            AuditAction::PersonDeactivated => "person_deactivated",
            AuditAction::PersonReactivated => "person_reactivated",
            AuditAction::PersonDeleted => "person_deleted",
            AuditAction::CardEdited => "card_edited",
            AuditAction::OwnershipTransferred => "ownership_transferred",
            AuditAction::DepartmentCreated => "department_created",
            AuditAction::DepartmentChanged => "department_changed",
            AuditAction::DepartmentDeleted => "department_deleted",
            AuditAction::InvitationSent => "invitation_sent",
            AuditAction::InvitationResent => "invitation_resent",
            AuditAction::InvitationRevoked => "invitation_revoked",
            AuditAction::InvitationEmailCorrected => "invitation_email_corrected",
            AuditAction::InvitationAccepted => "invitation_accepted",
            AuditAction::PasswordReset => "password_reset",
            AuditAction::PasswordChanged => "password_changed",
            AuditAction::WorkspaceChanged => "workspace_changed",
            AuditAction::InvitationLinkCopied => "invitation_link_copied",
        }
    }

    pub fn parse(s: &str) -> Option<AuditAction> {
        AuditAction::ALL.into_iter().find(|a| a.as_str() == s)
    }
}

/// One administrative action, never changed once written.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct AuditEntry {
    pub id: AuditId,
    pub at: Timestamp,
    /// Who did it (`None` for the system itself, e.g. an access end date passing).
    pub actor: Option<PersonId>,
    /// An [`AuditAction`] by name, e.g. `role_changed`.
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
    /// "What you missed": unread direct messages and mentions, gathered (no link token).
    Missed(PersonId),
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
pub enum ChannelKind {
    /// A named channel, public (listed, joinable) or private (by invitation).
    Channel,
    /// Two people; one per pair.
    Direct,
    /// Several people, no name.
    Group,
}

impl ChannelKind {
    /// The notification level a chat has when its member chose none: direct and group chats
    /// notify of every message, channels of mentions (and replies in followed threads).
    pub fn default_notify(self) -> NotifyLevel {
        match self {
            ChannelKind::Direct | ChannelKind::Group => NotifyLevel::All,
            ChannelKind::Channel => NotifyLevel::Mentions,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ChannelKind::Channel => "channel",
            ChannelKind::Direct => "direct",
            ChannelKind::Group => "group",
        }
    }
}

/// A channel, direct chat or group chat.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Channel {
    pub id: ChannelId,
    pub kind: ChannelKind,
    pub name: String,
    pub description: String,
    pub private: bool,
    pub archived: bool,
    pub creator: PersonId,
    pub created_at: Timestamp,
    pub member_count: u32,
    /// How many top-level messages were ever posted; a reader's unread count is this minus the
    /// `seq` of their read position.
    pub seq: u64,
    pub last_message_at: Option<Timestamp>,
}

/// A message. Top-level messages are stored by (channel, id), thread replies by (root, id).
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Message {
    pub id: MessageId,
    pub channel: ChannelId,
    pub author: PersonId,
    pub body: String,
    pub mentions: Vec<PersonId>,
    pub thread_root: Option<MessageId>,
    /// Position in its channel (top-level) or thread (replies), from 1.
    pub seq: u64,
    pub reply_count: u32,
    pub last_reply_at: Option<Timestamp>,
    pub created_at: Timestamp,
    pub edited_at: Option<Timestamp>,
    pub deleted: bool,
    pub client_id: String,
}

/// An uploaded file: a name and an uploader for a blob (the bytes, stored under their SHA-256 in
/// the data directory). A file belongs to the one message it was posted with; until then it is
/// pending, and a pending file nobody posts is collected after a day.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct FileRecord {
    pub id: FileId,
    pub sha256: [u8; 32],
    /// The name the uploader gave, cleaned (no path, no control characters).
    pub name: String,
    pub size: u64,
    /// Sniffed from the content, never taken from the client.
    pub content_type: String,
    pub uploader: PersonId,
    pub created_at: Timestamp,
    /// The chat and message carrying it, once posted.
    pub message: Option<(ChannelId, MessageId)>,
    /// For images: their size in pixels, and whether a thumbnail exists.
    pub image: Option<ImageMeta>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
pub struct ImageMeta {
    pub width: u32,
    pub height: u32,
    pub thumbnail: bool,
}

/// A blob on disk (`files/<2 hex>/<64 hex>`), shared by every file with the same content. Its
/// thumbnail, if any, is `files/<2 hex>/<64 hex>.thumb`.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Blob {
    pub size: u64,
    pub content_type: String,
    pub created_at: Timestamp,
    pub thumb: Option<Thumb>,
}

#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Thumb {
    pub sha256: [u8; 32],
    pub size: u64,
    pub content_type: String,
}

/// How far a person has read in a channel or thread.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Encode, Decode)]
pub struct ReadPos {
    /// The `seq` of the last message read.
    pub seq: u64,
    /// The id of the last message read (0 for none).
    pub message: u64,
}

/// One person's sidebar: pins and folders, kept on the server so they follow the person.
#[derive(Clone, Debug, Default, PartialEq, Eq, Encode, Decode)]
pub struct Sidebar {
    pub pinned_chats: Vec<ChannelId>,
    pub pinned_people: Vec<PersonId>,
    /// The person's own folders, in their order.
    pub folders: Vec<Folder>,
    /// Department folders this person chose to hide.
    pub hidden: Vec<FolderId>,
    /// Department folders this person collapsed.
    pub collapsed: Vec<FolderId>,
}

#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Folder {
    pub id: FolderId,
    pub name: String,
    pub items: Vec<ChannelId>,
    pub collapsed: bool,
}

/// A folder an admin defines for a department; every member sees it, with the chats they are in.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct DepartmentFolder {
    pub id: FolderId,
    pub department: DepartmentId,
    pub name: String,
    pub items: Vec<ChannelId>,
    pub created_by: PersonId,
}

/// One person's status and notification settings, kept beside `Person` (which they do not
/// change): a status text with an emoji and an expiry, do-not-disturb, and how to be reached.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Profile {
    pub status_text: String,
    pub status_emoji: String,
    /// The status clears itself at this moment.
    pub status_until: Option<Timestamp>,
    /// Do not disturb: pushes are held (not sent); mail for what was missed still comes.
    pub dnd: bool,
    /// Do not disturb ends at this moment (None: until turned off).
    pub dnd_until: Option<Timestamp>,
    /// Web Push (and in-browser notifications) on or off.
    pub push: bool,
    /// Pushes say "New message" instead of a preview of the text.
    pub hide_text: bool,
    /// Minutes an unread direct message or mention waits before a mail about it; 0: no mail.
    pub email_delay_min: u32,
    pub quiet: Option<QuietHours>,
}

impl Default for Profile {
    fn default() -> Profile {
        Profile {
            status_text: String::new(),
            status_emoji: String::new(),
            status_until: None,
            dnd: false,
            dnd_until: None,
            push: true,
            hide_text: false,
            email_delay_min: 15,
            quiet: None,
        }
    }
}

impl Profile {
    /// Do-not-disturb in force at `now`.
    pub fn dnd_at(&self, now: Timestamp) -> bool {
        self.dnd && self.dnd_until.is_none_or(|t| t > now)
    }

    /// The status text still in force at `now` (empty once expired).
    pub fn status_at(&self, now: Timestamp) -> (&str, &str) {
        if self.status_until.is_some_and(|t| t <= now) { ("", "") } else { (&self.status_text, &self.status_emoji) }
    }

    /// Within quiet hours at `now`?
    pub fn quiet_at(&self, now: Timestamp) -> bool {
        let Some(q) = self.quiet else { return false };
        let day = 24 * 60;
        let local = (now.millis() / 60_000 + i64::from(q.utc_offset_min)).rem_euclid(day);
        let (from, to) = (i64::from(q.from_min), i64::from(q.to_min));
        if from <= to { local >= from && local < to } else { local >= from || local < to }
    }
}

/// Quiet hours: from `from_min` to `to_min` (minutes after midnight, may wrap past midnight),
/// in the person's local time, which is UTC plus `utc_offset_min` (as their browser last said).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
pub struct QuietHours {
    pub from_min: u16,
    pub to_min: u16,
    pub utc_offset_min: i16,
}

/// How much of one chat reaches a person as a notification.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotifyLevel {
    All,
    Mentions,
    /// Muted: no notifications, and it does not count in the tab title.
    Nothing,
}

impl NotifyLevel {
    pub fn as_str(self) -> &'static str {
        match self {
            NotifyLevel::All => "all",
            NotifyLevel::Mentions => "mentions",
            NotifyLevel::Nothing => "none",
        }
    }

    pub fn parse(s: &str) -> Option<NotifyLevel> {
        [NotifyLevel::All, NotifyLevel::Mentions, NotifyLevel::Nothing].into_iter().find(|l| l.as_str() == s)
    }

    pub fn code(self) -> u8 {
        match self {
            NotifyLevel::All => 0,
            NotifyLevel::Mentions => 1,
            NotifyLevel::Nothing => 2,
        }
    }

    pub fn from_code(c: u8) -> Option<NotifyLevel> {
        [NotifyLevel::All, NotifyLevel::Mentions, NotifyLevel::Nothing].into_iter().find(|l| l.code() == c)
    }
}

/// A browser's push subscription (RFC 8030): where to POST, and the keys to encrypt for (RFC 8291).
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct PushSubscription {
    pub id: PushSubId,
    pub person: PersonId,
    pub endpoint: String,
    /// The browser's P-256 public key, uncompressed (65 bytes).
    pub p256dh: Vec<u8>,
    /// The shared authentication secret (16 bytes).
    pub auth: Vec<u8>,
    pub created_at: Timestamp,
}

/// One push to deliver: the subscription and the plaintext payload (JSON), encrypted only when
/// sent (a fresh key per message).
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct PushJob {
    pub id: PushJobId,
    pub sub: PushSubId,
    pub payload: String,
    /// Seconds the push service may keep it while the browser is offline.
    pub ttl: u32,
    pub due: Timestamp,
    pub attempts: u32,
    /// Pushes of the same `topic` replace each other at the push service (RFC 8030 Topic).
    pub topic: String,
}

/// Why a message reaches someone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
pub enum Reach {
    Direct,
    Mention,
    Thread,
    Chat,
}

/// A direct message or mention not read yet, waiting for the "what you missed" mail.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Missed {
    pub channel: ChannelId,
    pub message: MessageId,
    /// The thread it is in (its root), for replies.
    pub thread_root: Option<MessageId>,
    pub reach: Reach,
    pub at: Timestamp,
}

/// When a person's next "what you missed" mail is due, and when the last one went.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Encode, Decode)]
pub struct MissedState {
    pub due: Option<Timestamp>,
    pub last_sent: Option<Timestamp>,
}

/// "Remind me about this message" at a time.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Reminder {
    pub id: ReminderId,
    pub person: PersonId,
    pub channel: ChannelId,
    pub message: MessageId,
    pub at: Timestamp,
}
