//! The records of bots for business processes (PRODUCT.md, "Bots for business processes"): a
//! bot's versioned definition (form and approval route), requests with their route and history,
//! comments, absences (approved vacations), bot accounts and webhooks.
//!
//! Money is always `amount_minor` (integer minor units) and an ISO 4217 currency, never a float.

use bincode::{Decode, Encode};

use super::Role;
use crate::clock::Timestamp;
use crate::ids::{BotId, ChannelId, CommentId, DepartmentId, HookId, MessageId, PersonId, RequestId};

/// The twelve form field types of API.md.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
pub enum FieldKind {
    Text,
    LongText,
    Number,
    Money,
    Date,
    DateRange,
    Person,
    Department,
    Choice,
    MultiChoice,
    Checkbox,
    File,
}

impl FieldKind {
    pub const ALL: [FieldKind; 12] = [
        FieldKind::Text,
        FieldKind::LongText,
        FieldKind::Number,
        FieldKind::Money,
        FieldKind::Date,
        FieldKind::DateRange,
        FieldKind::Person,
        FieldKind::Department,
        FieldKind::Choice,
        FieldKind::MultiChoice,
        FieldKind::Checkbox,
        FieldKind::File,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            FieldKind::Text => "text",
            FieldKind::LongText => "long_text",
            FieldKind::Number => "number",
            FieldKind::Money => "money",
            FieldKind::Date => "date",
            FieldKind::DateRange => "date_range",
            FieldKind::Person => "person",
            FieldKind::Department => "department",
            FieldKind::Choice => "choice",
            FieldKind::MultiChoice => "multi_choice",
            FieldKind::Checkbox => "checkbox",
            FieldKind::File => "file",
        }
    }

    pub fn parse(s: &str) -> Option<FieldKind> {
        FieldKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// One field of a bot's form. `min`/`max` limit a text's length, a number's value, a money
/// amount (minor units) or how many choices are picked.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct FieldDef {
    pub key: String,
    pub label: String,
    pub kind: FieldKind,
    pub required: bool,
    pub options: Vec<String>,
    pub min: Option<i64>,
    pub max: Option<i64>,
    /// A money field's fixed currency (empty: the requester picks one).
    pub currency: String,
    pub help: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
pub enum StepKind {
    /// Named people decide (any one of them, or all of them).
    People,
    /// The head of the requester's department, walking up the tree when a department has none.
    DepartmentHead,
    /// The head of a named department (walking up likewise).
    HeadOf,
    /// Everyone with a role (any one of them, or all).
    Role,
}

impl StepKind {
    pub fn as_str(self) -> &'static str {
        match self {
            StepKind::People => "people",
            StepKind::DepartmentHead => "department_head",
            StepKind::HeadOf => "head_of",
            StepKind::Role => "role",
        }
    }

    pub fn parse(s: &str) -> Option<StepKind> {
        [StepKind::People, StepKind::DepartmentHead, StepKind::HeadOf, StepKind::Role]
            .into_iter()
            .find(|k| k.as_str() == s)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
pub enum CondOp {
    Gt,
    Ge,
    Lt,
    Le,
    Eq,
}

impl CondOp {
    pub fn as_str(self) -> &'static str {
        match self {
            CondOp::Gt => ">",
            CondOp::Ge => ">=",
            CondOp::Lt => "<",
            CondOp::Le => "<=",
            CondOp::Eq => "=",
        }
    }

    pub fn parse(s: &str) -> Option<CondOp> {
        [CondOp::Gt, CondOp::Ge, CondOp::Lt, CondOp::Le, CondOp::Eq].into_iter().find(|o| o.as_str() == s)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub enum CondValue {
    Number(i64),
    Money { amount_minor: i64, currency: String },
}

/// "amount > 1,000 EUR": the step applies only when this holds.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Condition {
    pub field: String,
    pub op: CondOp,
    pub value: CondValue,
}

#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct StepDef {
    pub kind: StepKind,
    /// A name shown in the route ("Finance"); empty: derived from the kind.
    pub name: String,
    pub people: Vec<PersonId>,
    pub department: Option<DepartmentId>,
    pub role: Option<Role>,
    /// Everyone must decide (true), or any one of them (false).
    pub all: bool,
    pub condition: Option<Condition>,
    /// Deciding this step is signing the request's document: each approver confirms with their
    /// password, and the signature records the document's content hash.
    pub sign: bool,
}

/// The optional execution step after the approvals: who carries it out, and what they record.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct ExecutorDef {
    pub people: Vec<PersonId>,
    /// The button's words ("Mark paid"); empty: "Mark done".
    pub action: String,
    /// What the executor fills in (a payment reference and date).
    pub fields: Vec<FieldDef>,
}

/// Which built-in behaviour a bot has beyond its form and route.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
pub enum BotKind {
    Custom,
    /// Pay an invoice.
    Invoice,
    /// An approved vacation makes its requester absent, with a substitute.
    Vacation,
    /// Document signing.
    Signing,
    /// An approved pass gets a code and a QR code.
    EntryPass,
}

impl BotKind {
    pub fn as_str(self) -> &'static str {
        match self {
            BotKind::Custom => "custom",
            BotKind::Invoice => "invoice",
            BotKind::Vacation => "vacation",
            BotKind::Signing => "signing",
            BotKind::EntryPass => "entry_pass",
        }
    }
}

/// One version of a bot's definition. Requests keep the version they were made with.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct BotDef {
    pub name: String,
    /// An emoji or a short word shown as the bot's face.
    pub icon: String,
    pub description: String,
    pub fields: Vec<FieldDef>,
    pub route: Vec<StepDef>,
    pub executor: Option<ExecutorDef>,
    pub watchers: Vec<PersonId>,
    /// A step waiting this long reminds its approvers, then once a day.
    pub remind_after_secs: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Bot {
    pub id: BotId,
    pub kind: BotKind,
    /// The bot's own account: the author of its messages in its chats.
    pub account: PersonId,
    /// The current version (from 1); every saved change adds one.
    pub version: u32,
    pub def: BotDef,
    pub created_by: Option<PersonId>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// Deleted bots take no new requests; requests under way go on.
    pub deleted: bool,
    /// The number the next request gets ("Invoice 12").
    pub next_number: u64,
}

/// A value filled into a form field.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub enum Value {
    Text(String),
    Number(i64),
    Money {
        amount_minor: i64,
        currency: String,
    },
    /// `YYYY-MM-DD`.
    Date(String),
    DateRange {
        from: String,
        to: String,
    },
    Person(PersonId),
    Department(DepartmentId),
    Choice(String),
    MultiChoice(Vec<String>),
    Checkbox(bool),
    /// A document: its name, size and SHA-256 (hex) of its content, and the uploaded file's id
    /// where the server holds the bytes.
    File {
        name: String,
        size: u64,
        sha256: String,
        file_id: String,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
pub enum RequestState {
    Waiting,
    Approved,
    Done,
    Rejected,
    Returned,
    Withdrawn,
}

impl RequestState {
    pub const ALL: [RequestState; 6] = [
        RequestState::Waiting,
        RequestState::Approved,
        RequestState::Done,
        RequestState::Rejected,
        RequestState::Returned,
        RequestState::Withdrawn,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RequestState::Waiting => "waiting",
            RequestState::Approved => "approved",
            RequestState::Done => "done",
            RequestState::Rejected => "rejected",
            RequestState::Returned => "returned",
            RequestState::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(s: &str) -> Option<RequestState> {
        RequestState::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

/// One step of one request: who decides it (resolved when the request was submitted), whether
/// it applies (its condition held), and who has approved it in the current pass.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct StepState {
    pub approvers: Vec<PersonId>,
    pub all: bool,
    pub applies: bool,
    pub sign: bool,
    /// People who approved in the current pass (a return starts the pass again).
    pub approved_by: Vec<PersonId>,
}

/// One transition or event of a request: who, when, what, and the comment.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct HistoryEntry {
    pub at: Timestamp,
    /// None: the system (a reminder, a skipped step).
    pub by: Option<PersonId>,
    /// `submitted`, `approved`, `rejected`, `returned`, `resubmitted`, `withdrawn`, `executed`,
    /// `step_skipped`, `signed`, `edited`, `reminded`.
    pub action: String,
    /// The step (from 1) it concerned.
    pub step: Option<u32>,
    pub comment: String,
    /// A substitute acting for this approver.
    pub on_behalf_of: Option<PersonId>,
}

/// Who signed which exact document, and when.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Signature {
    pub by: PersonId,
    pub at: Timestamp,
    pub step: u32,
    pub field: String,
    pub file_name: String,
    pub sha256: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Request {
    pub id: RequestId,
    pub bot: BotId,
    /// The definition version it was made with (editing the bot never changes it).
    pub version: u32,
    pub number: u64,
    pub requester: PersonId,
    pub values: Vec<(String, Value)>,
    pub state: RequestState,
    /// The step (0-based) it waits at, while waiting; the step that returned it, while returned.
    pub step: Option<u32>,
    pub steps: Vec<StepState>,
    pub executors: Vec<PersonId>,
    pub watchers: Vec<PersonId>,
    /// Everyone who takes part: requester, approvers, substitutes who got a step, executors,
    /// watchers. Kept equal to the participant index.
    pub participants: Vec<PersonId>,
    pub history: Vec<HistoryEntry>,
    pub signatures: Vec<Signature>,
    /// What the executor recorded (payment reference and date).
    pub execution: Vec<(String, Value)>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// When the current step started waiting.
    pub waiting_since: Option<Timestamp>,
    /// When the next reminder is due (also the key of the reminder index).
    pub remind_at: Option<Timestamp>,
    /// An approved entry pass's code (shown to participants; the front desk checks it).
    pub pass_code: String,
    pub comment_count: u32,
}

impl Request {
    /// The current step's approvers who have not approved yet (empty unless waiting).
    pub fn pending(&self) -> Vec<PersonId> {
        match (self.state, self.step.and_then(|i| self.steps.get(i as usize))) {
            (RequestState::Waiting, Some(s)) => {
                s.approvers.iter().filter(|p| !s.approved_by.contains(p)).copied().collect()
            }
            _ => Vec::new(),
        }
    }

    /// Whom the request waits for: the current step's pending approvers, or the executors of an
    /// approved request that has an execution step.
    pub fn waiting_for(&self) -> Vec<PersonId> {
        if self.state == RequestState::Approved { self.executors.clone() } else { self.pending() }
    }

    pub fn value(&self, key: &str) -> Option<&Value> {
        self.values.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }
}

/// A comment in a request's discussion.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Comment {
    pub id: CommentId,
    pub request: RequestId,
    pub author: PersonId,
    pub body: String,
    pub mentions: Vec<PersonId>,
    pub created_at: Timestamp,
}

/// An approved vacation: from..to (inclusive, `YYYY-MM-DD`), who stands in.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Absence {
    pub person: PersonId,
    pub from: String,
    pub to: String,
    pub substitute: Option<PersonId>,
    pub request: RequestId,
    pub kind: String,
}

/// A bot's message about a request in one person's chat with the bot ("card").
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Card {
    pub request: RequestId,
    pub person: PersonId,
    pub channel: ChannelId,
    pub message: MessageId,
}

/// A bot account that posts through the API with a token, or on behalf of a webhook.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct BotAccount {
    /// The account's person record (no password; shown as a bot).
    pub person: PersonId,
    pub name: String,
    /// The bot for business processes this account speaks for, if any.
    pub bot: Option<BotId>,
    pub created_by: Option<PersonId>,
    pub created_at: Timestamp,
    /// Hash of the current API token (None: no token, or revoked).
    pub token_hash: Option<[u8; 32]>,
    pub token_created_at: Option<Timestamp>,
    pub last_used: Option<Timestamp>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
pub enum HookKind {
    Incoming,
    Outgoing,
}

/// An incoming webhook (Slack-compatible URL that posts into one channel) or an outgoing one (a
/// trigger word in a channel POSTs to a URL).
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Hook {
    pub id: HookId,
    pub kind: HookKind,
    pub channel: ChannelId,
    pub name: String,
    /// The account that posts what the hook brings.
    pub account: PersonId,
    pub created_by: PersonId,
    pub created_at: Timestamp,
    /// Incoming: hash of the URL's token.
    pub token_hash: [u8; 32],
    /// Outgoing: the trigger word and the target URL.
    pub trigger: String,
    pub url: String,
    pub last_used: Option<Timestamp>,
    pub last_error: String,
}

/// A message waiting to be POSTed to an outgoing webhook's URL.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Delivery {
    pub id: u64,
    pub hook: HookId,
    pub message: MessageId,
    pub due: Timestamp,
    pub attempts: u32,
    pub last_error: String,
}
