//! The bots axis: bots for business processes and their requests, bot accounts and webhooks.
//!
//! PRODUCT.md's table: Owner and Admins see every request; everyone else sees the requests they
//! take part in (requester, an approver of any step, a substitute standing in for one, executor,
//! watcher). Freelancers cannot create requests. Owner, Admins and Integrators configure bots and
//! integrations. A request one may not see answers 404, like everything else one may not see.

use serde::Serialize;

use super::{Actor, Allowed, Facts, is_admin, is_staff_admin};
use crate::error::{Error, Result, Status};
use crate::ids::PersonId;
use crate::model::bots::{Bot, Request, RequestState};
use crate::model::{Channel, Person, Role};
use crate::msg;

/// What this axis reads beyond [`Facts`] (the store implements it for its transactions).
pub trait BotFacts: Facts {
    /// The people `person` stands in for today: approved vacations that cover today and name
    /// `person` as the substitute.
    fn stands_in_for(&self, person: PersonId) -> Result<Vec<PersonId>>;
    /// Whether `person` is a bot account (a bot's face, an API bot or a webhook's poster).
    fn is_bot_account(&self, person: PersonId) -> Result<bool>;
}

#[derive(Clone, Copy, Debug)]
pub enum Action<'a> {
    /// See the bots one may start (everyone; Freelancers get an empty list).
    ListBots,
    /// Create, edit and delete bots; see every bot with its route.
    ConfigureBots,
    /// Start a request with this bot.
    StartRequest(&'a Bot),
    ViewRequest(&'a Request),
    /// "All requests", its filters and the CSV export.
    ViewAllRequests,
    /// Withdraw one's own request while it waits or is returned.
    Withdraw(&'a Request),
    /// Change the values of one's own returned request, and resubmit it.
    EditRequest(&'a Request),
    /// Carry out the execution step (mark paid) of an approved request.
    Execute(&'a Request),
    /// Write in the request's discussion.
    Comment(&'a Request),
    /// Mention this person in the request's discussion.
    Mention {
        request: &'a Request,
        target: &'a Person,
    },
    /// Create, rotate and revoke bot accounts and their API tokens.
    ManageBotAccounts,
    /// Add, list and remove this channel's incoming and outgoing webhooks.
    ManageHooks {
        channel: &'a Channel,
        member: bool,
    },
}

pub fn check(f: &impl BotFacts, actor: &Actor, action: Action<'_>) -> Result<Allowed> {
    let ok = |name| Ok(Allowed::by(actor, name));
    match action {
        Action::ListBots => ok("list bots"),
        Action::ConfigureBots => {
            if is_staff_admin(actor.role) {
                ok("configure bots")
            } else {
                Err(refuse(msg!("bots-denied-configure")))
            }
        }
        Action::StartRequest(bot) => {
            if bot.deleted {
                return Err(Error::not_found("item"));
            }
            if actor.role == Role::Freelancer || f.is_bot_account(actor.id)? {
                return Err(refuse(msg!("bots-denied-create")));
            }
            ok("start a request")
        }
        Action::ViewRequest(q) => {
            if sees(f, actor, q)? {
                ok("view a request")
            } else {
                Err(Error::not_found("item"))
            }
        }
        Action::ViewAllRequests => {
            if is_admin(actor.role) {
                ok("view all requests")
            } else {
                Err(refuse(msg!("bots-denied-all")))
            }
        }
        Action::Withdraw(q) => {
            let _ = check(f, actor, Action::ViewRequest(q))?;
            if q.requester != actor.id {
                return Err(refuse(msg!("request-not-yours")));
            }
            if !matches!(q.state, RequestState::Waiting | RequestState::Returned) {
                return Err(not_now(q));
            }
            ok("withdraw a request")
        }
        Action::EditRequest(q) => {
            let _ = check(f, actor, Action::ViewRequest(q))?;
            if q.requester != actor.id {
                return Err(refuse(msg!("request-not-yours")));
            }
            if q.state != RequestState::Returned {
                return Err(Error::t(Status::Conflict, "request_not_returned", msg!("request-not-returned")));
            }
            ok("edit a returned request")
        }
        Action::Execute(q) => {
            let _ = check(f, actor, Action::ViewRequest(q))?;
            if !q.executors.contains(&actor.id) {
                return Err(refuse(msg!("request-not-executor")));
            }
            if q.state != RequestState::Approved {
                return Err(not_now(q));
            }
            ok("execute a request")
        }
        Action::Comment(q) => {
            let _ = check(f, actor, Action::ViewRequest(q))?;
            ok("comment on a request")
        }
        Action::Mention { request, target } => {
            // The chat rules: only people in the conversation; a Freelancer only people he has a
            // direct chat with.
            let partner = actor.role != Role::Freelancer || f.have_direct_chat(actor.id, target.id)?;
            if !partner || !super::people::can_see(f, actor, target)? || !request.participants.contains(&target.id) {
                return Err(Error::t(Status::Unprocessable, "mention_not_allowed", msg!("request-mention")));
            }
            ok("mention")
        }
        Action::ManageBotAccounts => {
            if is_staff_admin(actor.role) {
                ok("manage bot accounts")
            } else {
                Err(refuse(msg!("bots-denied-accounts")))
            }
        }
        Action::ManageHooks { channel, member } => {
            if !member {
                return Err(Error::not_found("chat"));
            }
            if !is_staff_admin(actor.role) {
                return Err(refuse(msg!("bots-denied-integrations")));
            }
            if channel.archived {
                return Err(Error::t(Status::Conflict, "channel_archived", msg!("hooks-channel-archived")));
            }
            ok("manage webhooks")
        }
    }
}

fn not_now(q: &Request) -> Error {
    Error::t(
        Status::Conflict,
        "request_state",
        msg!("request-state", state = crate::i18n::Arg::Key(state_key(q.state))),
    )
}

/// A request state's name in the catalogs ("approved").
pub fn state_key(s: RequestState) -> &'static str {
    match s {
        RequestState::Waiting => "request-state-waiting",
        RequestState::Approved => "request-state-approved",
        RequestState::Done => "request-state-done",
        RequestState::Rejected => "request-state-rejected",
        RequestState::Returned => "request-state-returned",
        RequestState::Withdrawn => "request-state-withdrawn",
    }
}

fn refuse(m: crate::i18n::Msg) -> Error {
    Error::t(Status::Forbidden, "forbidden", m)
}

/// Who decides the current step: `Some(None)` a named approver, `Some(Some(p))` a substitute
/// standing in for approver `p`, `None` nobody of the two.
pub fn decider_role(f: &impl BotFacts, actor: &Actor, q: &Request) -> Result<Option<Option<PersonId>>> {
    if q.state != RequestState::Waiting {
        return Ok(None);
    }
    let pending = q.pending();
    if pending.contains(&actor.id) {
        return Ok(Some(None));
    }
    for p in f.stands_in_for(actor.id)? {
        if pending.contains(&p) {
            return Ok(Some(Some(p)));
        }
    }
    Ok(None)
}

/// Approve, reject or return the current step: its approvers who have not decided yet, and
/// substitutes standing in for them today. Answers the proof and, for a substitute, whom they
/// act for.
pub fn check_decide(f: &impl BotFacts, actor: &Actor, q: &Request) -> Result<(Allowed, Option<PersonId>)> {
    let _ = check(f, actor, Action::ViewRequest(q))?;
    if q.state != RequestState::Waiting {
        return Err(not_now(q));
    }
    match decider_role(f, actor, q)? {
        Some(on_behalf) => Ok((Allowed::by(actor, "decide a request's step"), on_behalf)),
        None => Err(refuse(msg!("request-not-your-step"))),
    }
}

/// Owner and Admins see every request; others the ones they take part in, or whose current
/// step they stand in for.
fn sees(f: &impl BotFacts, actor: &Actor, q: &Request) -> Result<bool> {
    if is_admin(actor.role) || q.participants.contains(&actor.id) {
        return Ok(true);
    }
    Ok(decider_role(f, actor, q)?.is_some())
}

/// Writes nobody asked for on this axis: each names its duty.
#[derive(Clone, Copy, Debug)]
pub enum Duty {
    /// Create the built-in bots at start.
    InstallBuiltins,
    /// Remind the approvers of a step that waits too long.
    Remind,
    /// Post what an incoming webhook brought, as its account (the URL's token is proven).
    IncomingWebhook,
    /// Post as a bot account whose API token is proven.
    BotToken,
    /// Deliver a message to an outgoing webhook and post its answer.
    OutgoingWebhook,
    /// The bot's own messages and chats that follow a permitted action.
    Notify,
}

pub fn duty(d: Duty) -> Allowed {
    Allowed::anonymous(match d {
        Duty::InstallBuiltins => "install the built-in bots",
        Duty::Remind => "remind approvers",
        Duty::IncomingWebhook => "post from an incoming webhook",
        Duty::BotToken => "post as a bot account",
        Duty::OutgoingWebhook => "deliver an outgoing webhook",
        Duty::Notify => "notify about a request",
    })
}

/// What the viewer may do with one request: the buttons of its card and page.
#[derive(Serialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct RequestCan {
    pub approve: bool,
    pub reject: bool,
    #[serde(rename = "return")]
    pub return_: bool,
    /// Approving needs the viewer's password (a signing step).
    pub sign: bool,
    pub withdraw: bool,
    pub edit: bool,
    pub resubmit: bool,
    pub execute: bool,
    pub comment: bool,
}

pub fn can(f: &impl BotFacts, actor: &Actor, q: &Request) -> Result<RequestCan> {
    let allowed = |a: Action<'_>| check(f, actor, a).is_ok();
    let decide = check_decide(f, actor, q).is_ok();
    let edit = allowed(Action::EditRequest(q));
    Ok(RequestCan {
        approve: decide,
        reject: decide,
        return_: decide,
        sign: decide && q.step.and_then(|s| q.steps.get(s as usize)).is_some_and(|s| s.sign),
        withdraw: allowed(Action::Withdraw(q)),
        edit,
        resubmit: edit,
        execute: allowed(Action::Execute(q)),
        comment: allowed(Action::Comment(q)),
    })
}

/// The Bots area in the workspace: what the rail and its screens show.
#[derive(Serialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct BotsCan {
    /// The Bots area: "Waiting for me" and "My requests".
    pub bots: bool,
    pub start_requests: bool,
    pub configure_bots: bool,
    pub all_requests: bool,
    pub manage_integrations: bool,
}

pub fn workspace(actor: &Actor) -> BotsCan {
    BotsCan {
        bots: true,
        start_requests: actor.role != Role::Freelancer,
        configure_bots: is_staff_admin(actor.role),
        all_requests: is_admin(actor.role),
        manage_integrations: is_staff_admin(actor.role),
    }
}
