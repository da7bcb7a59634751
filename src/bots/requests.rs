//! Requests: submitting, deciding a step (approve, reject, return), withdrawing, editing and
//! resubmitting a returned request, executing an approved one, the discussion, and the lists.
//!
//! A request moves: submitted -> waiting at step N -> ... -> approved -> done (when the bot has
//! an execution step), or rejected (a reason is required), returned for changes (the requester
//! edits and resubmits; the route restarts at the step that returned it), or withdrawn. Every
//! transition is written into its history with who, when and the comment.

use serde_json::{Map, Value as Json, json};

use super::{about, for_person, notify, route, title, values};
use crate::clock::Timestamp;
use crate::error::{Error, Result, Status};
use crate::events::Event;
use crate::ids::{BotId, CommentId, PersonId, RequestId};
use crate::input::Body;
use crate::model::bots::{Absence, Bot, BotDef, BotKind, Comment, FieldKind, Request, RequestState, Signature, Value};
use crate::model::{Person, PersonState};
use crate::msg;
use crate::policy::bots::{Action, BotFacts};
use crate::policy::{self, Actor, Allowed};
use crate::store::{self, Cursor, Page, Reader, WriteTx};

fn get_request(r: &impl Reader, id: RequestId) -> Result<Request> {
    store::bots::request(r, id)?.ok_or_else(|| Error::not_found("item"))
}

fn get_bot(r: &impl Reader, id: BotId) -> Result<Bot> {
    store::bots::bot(r, id)?.ok_or_else(|| Error::not_found("item"))
}

/// The definition `q` was made with.
pub fn def_of(r: &impl Reader, q: &Request) -> Result<BotDef> {
    store::bots::bot_version(r, q.bot, q.version)?.ok_or_else(|| Error::internal("a request's bot version is missing"))
}

/// Files given in the form by their upload (`file_id`): each must be the requester's own upload,
/// not yet posted or given elsewhere (or already given to this very request). It is given to the
/// request, and its name, size and SHA-256 are taken from what was stored, not from the form.
fn give_files(
    tx: &mut WriteTx<'_>,
    ok: &Allowed,
    requester: PersonId,
    request: RequestId,
    values: &mut [(String, Value)],
) -> Result<()> {
    for (key, v) in values.iter_mut() {
        let Value::File { name, size, sha256, file_id } = v else { continue };
        if file_id.is_empty() {
            continue;
        }
        let refused =
            || Error::t(Status::Unprocessable, "invalid_value", msg!("field-file-upload", field = key.as_str()));
        let id: crate::ids::FileId = file_id.parse().map_err(|_| refused())?;
        let f = store::files::get(tx, id)?.ok_or_else(refused)?;
        match store::files::request_of(tx, id)? {
            Some(given) if given == request => {}
            Some(_) => return Err(refused()),
            None if f.message.is_none() && f.uploader == requester => {
                store::files::give_to_request(tx, ok, &f, request)?;
            }
            None => return Err(refused()),
        }
        *name = f.name.clone();
        *size = f.size;
        *sha256 = store::files::sha_hex(&f.sha256);
    }
    Ok(())
}

fn comment_required() -> Error {
    Error::t(Status::Unprocessable, "comment_required", msg!("request-reason-required"))
}

/// People and departments named in the values must exist (and people be active members).
fn check_references(r: &impl Reader, requester: PersonId, kind: BotKind, values: &[(String, Value)]) -> Result<()> {
    for (key, v) in values {
        match v {
            Value::Person(p) => {
                let ok = store::people::get(r, *p)?.is_some_and(|x| x.state == PersonState::Active)
                    && !store::bots::is_account(r, *p)?;
                if !ok {
                    return Err(Error::t(
                        Status::Unprocessable,
                        "invalid_value",
                        msg!("field-person", field = key.as_str()),
                    ));
                }
                if kind == BotKind::Vacation && key == "substitute" && *p == requester {
                    return Err(Error::t(Status::Unprocessable, "invalid_value", msg!("vacation-self-substitute")));
                }
            }
            Value::Department(d) if store::departments::get(r, *d)?.is_none() => {
                return Err(Error::t(
                    Status::Unprocessable,
                    "invalid_value",
                    msg!("field-department", field = key.as_str()),
                ));
            }
            _ => {}
        }
    }
    Ok(())
}

fn parse_form(
    r: &impl Reader,
    requester: PersonId,
    kind: BotKind,
    def: &BotDef,
    values: &Map<String, Json>,
) -> Result<Vec<(String, Value)>> {
    let parsed = values::parse_values(&def.fields, values)?;
    check_references(r, requester, kind, &parsed)?;
    Ok(parsed)
}

/// Who a step's card goes to: its pending approvers, and the substitutes of those who are away
/// today (who join the request's participants).
fn deciders_now(tx: &WriteTx<'_>, q: &mut Request) -> Result<Vec<PersonId>> {
    let today = Reader::now(tx).date();
    let mut out = Vec::new();
    for p in q.pending() {
        out.push(p);
        if let Some(a) = store::bots::absent_on(tx, p, &today)?
            && let Some(s) = a.substitute
            && !out.contains(&s)
        {
            out.push(s);
            route::take_part(q, s);
        }
    }
    Ok(out)
}

/// After the route moved: cards for whoever must act now, and the outcome to the requester and
/// watchers. `by` did it.
fn announce(
    tx: &mut WriteTx<'_>,
    bot: &Bot,
    def: &BotDef,
    q: &mut Request,
    by: PersonId,
    what: &str,
    comment: &str,
) -> Result<()> {
    let ok = &policy::bots::duty(policy::bots::Duty::Notify);
    let acct = bot.account;
    let kind = bot.kind;
    let by_name = notify::name_of(tx, by);
    match q.state {
        RequestState::Waiting => {
            let requester = notify::name_of(tx, q.requester);
            for p in deciders_now(tx, q)? {
                let on_behalf = !q.pending().contains(&p);
                let m = for_person(tx, kind, def, q, p, |a| {
                    if on_behalf {
                        msg!("bot-asks-substitute", requester = requester.as_str(), about = a)
                    } else {
                        msg!("bot-asks", requester = requester.as_str(), about = a)
                    }
                });
                notify::card(tx, ok, acct, q, p, &m)?;
            }
            if what == "approved" {
                let m = for_person(tx, kind, def, q, q.requester, |a| {
                    msg!("bot-step-approved", by = by_name.as_str(), about = a)
                });
                notify::tell(tx, ok, acct, q.requester, &m)?;
            }
        }
        RequestState::Approved => {
            let m = for_person(tx, kind, def, q, q.requester, |a| msg!("bot-approved", about = a));
            notify::tell(tx, ok, acct, q.requester, &m)?;
            let requester = notify::name_of(tx, q.requester);
            for p in q.executors.clone() {
                let m =
                    for_person(tx, kind, def, q, p, |a| msg!("bot-execute", requester = requester.as_str(), about = a));
                notify::card(tx, ok, acct, q, p, &m)?;
            }
            if q.executors.is_empty() {
                tell_watchers(tx, ok, bot, def, q)?;
            }
        }
        RequestState::Done => {
            let m = for_person(tx, kind, def, q, q.requester, |a| msg!("bot-done", by = by_name.as_str(), about = a));
            notify::tell(tx, ok, acct, q.requester, &m)?;
            tell_watchers(tx, ok, bot, def, q)?;
        }
        RequestState::Rejected => {
            let m = for_person(tx, kind, def, q, q.requester, |a| {
                msg!("bot-rejected", by = by_name.as_str(), about = a, reason = comment)
            });
            notify::tell(tx, ok, acct, q.requester, &m)?;
            tell_watchers(tx, ok, bot, def, q)?;
        }
        RequestState::Returned => {
            let m = for_person(tx, kind, def, q, q.requester, |a| {
                msg!("bot-returned", by = by_name.as_str(), about = a, reason = comment)
            });
            notify::card(tx, ok, acct, q, q.requester, &m)?;
        }
        RequestState::Withdrawn => {}
    }
    notify::updated(tx, q, &[])
}

fn tell_watchers(tx: &mut WriteTx<'_>, ok: &Allowed, bot: &Bot, def: &BotDef, q: &Request) -> Result<()> {
    for w in q.watchers.clone() {
        let state = crate::policy::bots::state_key(q.state);
        let m = for_person(tx, bot.kind, def, q, w, |a| {
            msg!("bot-outcome", about = a, state = crate::i18n::Arg::Key(state))
        });
        notify::tell(tx, ok, bot.account, w, &m)?;
    }
    Ok(())
}

/// What happens when the route is through: the vacation becomes an absence, the pass gets its
/// code; requests without an execution step are then final.
fn on_approved(tx: &mut WriteTx<'_>, ok: &Allowed, bot: &Bot, q: &mut Request) -> Result<()> {
    match bot.kind {
        BotKind::Vacation => {
            if let Some(Value::DateRange { from, to }) = q.value("period").cloned() {
                let substitute = match q.value("substitute") {
                    Some(Value::Person(p)) => Some(*p),
                    _ => None,
                };
                let kind = match q.value("kind") {
                    Some(Value::Choice(k)) => k.clone(),
                    _ => String::new(),
                };
                let a = Absence { person: q.requester, from, to, substitute, request: q.id, kind };
                store::bots::save_absence(tx, ok, &a)?;
                if let Some(s) = substitute {
                    route::take_part(q, s);
                }
            }
        }
        BotKind::EntryPass => {
            q.pass_code = super::builtin::new_pass_code();
        }
        _ => {}
    }
    Ok(())
}

/// Starts a request with bot `bot_id`.
pub fn submit(tx: &mut WriteTx<'_>, actor_id: PersonId, bot_id: BotId, values: &Map<String, Json>) -> Result<Request> {
    let actor = policy::actor(tx, actor_id)?;
    let mut bot = get_bot(tx, bot_id)?;
    let ok = policy::bots::check(tx, &actor, Action::StartRequest(&bot))?;
    let requester: Person = store::people::get(tx, actor.id)?.ok_or_else(|| Error::not_found("person"))?;
    let def = bot.def.clone();
    let parsed = parse_form(tx, actor.id, bot.kind, &def, values)?;
    let now = tx.now();
    let steps = route::resolve(tx, &def, &requester, &parsed)?;
    let executors = route::executors(tx, &def, actor.id)?;
    let mut q = Request {
        id: RequestId(tx.new_id()),
        bot: bot.id,
        version: bot.version,
        number: bot.next_number,
        requester: actor.id,
        values: parsed,
        state: RequestState::Waiting,
        step: None,
        steps,
        executors,
        watchers: def.watchers.clone(),
        participants: vec![actor.id],
        history: vec![route::entry(now, Some(actor.id), "submitted", None, "")],
        signatures: Vec::new(),
        execution: Vec::new(),
        created_at: now,
        updated_at: now,
        waiting_since: None,
        remind_at: None,
        pass_code: String::new(),
        comment_count: 0,
    };
    give_files(tx, &ok, actor.id, q.id, &mut q.values)?;
    for p in q
        .steps
        .iter()
        .flat_map(|s| s.approvers.clone())
        .chain(q.executors.clone())
        .chain(q.watchers.clone())
        .collect::<Vec<_>>()
    {
        route::take_part(&mut q, p);
    }
    bot.next_number += 1;
    store::bots::save_bot(tx, &ok, &bot)?;
    let waits = route::enter(&mut q, 0, now, def.remind_after_secs);
    if !waits {
        on_approved(tx, &ok, &bot, &mut q)?;
    }
    let tell = policy::bots::duty(policy::bots::Duty::Notify);
    let m = for_person(tx, bot.kind, &def, &q, q.requester, |a| msg!("bot-submitted", about = a));
    notify::card(tx, &tell, bot.account, &q, q.requester, &m)?;
    announce(tx, &bot, &def, &mut q, actor.id, "submitted", "")?;
    store::bots::save_request(tx, &ok, &q)?;
    Ok(q)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    Approve,
    Reject,
    Return,
}

/// Decides the current step of request `id`. `signed`: the actor's password was checked (a
/// signing step needs it).
pub fn decide(
    tx: &mut WriteTx<'_>,
    actor_id: PersonId,
    id: RequestId,
    d: Decision,
    comment: &str,
    signed: bool,
) -> Result<Request> {
    let actor = policy::actor(tx, actor_id)?;
    let mut q = get_request(tx, id)?;
    let (ok, on_behalf) = policy::bots::check_decide(tx, &actor, &q)?;
    let comment = comment.trim();
    if comment.chars().count() > 2000 {
        return Err(Error::t(Status::Unprocessable, "comment_too_long", msg!("request-comment-too-long", max = 2000)));
    }
    if d != Decision::Approve && comment.is_empty() {
        return Err(comment_required());
    }
    let bot = get_bot(tx, q.bot)?;
    let def = def_of(tx, &q)?;
    let now = tx.now();
    let i = q.step.ok_or_else(|| Error::internal("a waiting request without a step"))? as usize;
    let step_no = Some(i as u32 + 1);
    let mut h = route::entry(now, Some(actor.id), "", step_no, comment);
    h.on_behalf_of = on_behalf;
    route::take_part(&mut q, actor.id);
    let what = match d {
        Decision::Approve => {
            let step = q.steps.get(i).cloned().ok_or_else(|| Error::internal("step out of range"))?;
            if step.sign {
                if !signed {
                    return Err(Error::t(Status::Unprocessable, "password_required", msg!("request-sign-password")));
                }
                let doc = def
                    .fields
                    .iter()
                    .find(|f| f.kind == FieldKind::File)
                    .and_then(|f| q.value(&f.key).map(|v| (f.key.clone(), v.clone())));
                let (field, file_name, sha256) = match doc {
                    Some((k, Value::File { name, sha256, .. })) => (k, name, sha256),
                    _ => (String::new(), String::new(), String::new()),
                };
                q.signatures.push(Signature { by: actor.id, at: now, step: i as u32 + 1, field, file_name, sha256 });
                h.action = "signed".into();
            } else {
                h.action = "approved".into();
            }
            let who = on_behalf.unwrap_or(actor.id);
            if !q.steps[i].approved_by.contains(&who) {
                q.steps[i].approved_by.push(who);
            }
            q.history.push(h);
            let done = !q.steps[i].all || q.steps[i].approvers.iter().all(|p| q.steps[i].approved_by.contains(p));
            if done && !route::enter(&mut q, i + 1, now, def.remind_after_secs) {
                on_approved(tx, &ok, &bot, &mut q)?;
            } else if !done {
                // Still waiting for others of an all-must-decide step: nothing else moves.
                q.updated_at = now;
                notify::updated(tx, &q, &[])?;
                store::bots::save_request(tx, &ok, &q)?;
                return Ok(q);
            }
            "approved"
        }
        Decision::Reject => {
            h.action = "rejected".into();
            q.history.push(h);
            q.state = RequestState::Rejected;
            q.step = None;
            q.remind_at = None;
            q.waiting_since = None;
            "rejected"
        }
        Decision::Return => {
            h.action = "returned".into();
            q.history.push(h);
            q.state = RequestState::Returned;
            q.remind_at = None;
            q.waiting_since = None;
            "returned"
        }
    };
    q.updated_at = now;
    announce(tx, &bot, &def, &mut q, actor.id, what, comment)?;
    store::bots::save_request(tx, &ok, &q)?;
    Ok(q)
}

pub fn withdraw(tx: &mut WriteTx<'_>, actor_id: PersonId, id: RequestId, comment: &str) -> Result<Request> {
    let actor = policy::actor(tx, actor_id)?;
    let mut q = get_request(tx, id)?;
    let ok = policy::bots::check(tx, &actor, Action::Withdraw(&q))?;
    let now = tx.now();
    let waited: Vec<PersonId> = q.pending();
    q.history.push(route::entry(now, Some(actor.id), "withdrawn", q.step.map(|s| s + 1), comment.trim()));
    q.state = RequestState::Withdrawn;
    q.step = None;
    q.remind_at = None;
    q.waiting_since = None;
    q.updated_at = now;
    notify::updated(tx, &q, &waited)?;
    store::bots::save_request(tx, &ok, &q)?;
    Ok(q)
}

/// Changes the values of a returned request (the requester, before sending it again).
pub fn edit(tx: &mut WriteTx<'_>, actor_id: PersonId, id: RequestId, values: &Map<String, Json>) -> Result<Request> {
    let actor = policy::actor(tx, actor_id)?;
    let mut q = get_request(tx, id)?;
    let ok = policy::bots::check(tx, &actor, Action::EditRequest(&q))?;
    let bot = get_bot(tx, q.bot)?;
    let def = def_of(tx, &q)?;
    q.values = parse_form(tx, actor.id, bot.kind, &def, values)?;
    give_files(tx, &ok, actor.id, q.id, &mut q.values)?;
    let now = tx.now();
    q.history.push(route::entry(now, Some(actor.id), "edited", None, ""));
    q.updated_at = now;
    notify::updated(tx, &q, &[])?;
    store::bots::save_request(tx, &ok, &q)?;
    Ok(q)
}

/// Sends a returned request again: the route is resolved anew (the values may have changed
/// which steps apply) and restarts at the step that returned it.
pub fn resubmit(tx: &mut WriteTx<'_>, actor_id: PersonId, id: RequestId, comment: &str) -> Result<Request> {
    let actor = policy::actor(tx, actor_id)?;
    let mut q = get_request(tx, id)?;
    let ok = policy::bots::check(tx, &actor, Action::EditRequest(&q))?;
    let bot = get_bot(tx, q.bot)?;
    let def = def_of(tx, &q)?;
    let requester = store::people::get(tx, q.requester)?.ok_or_else(|| Error::not_found("person"))?;
    let from = q.step.unwrap_or(0) as usize;
    let fresh = route::resolve(tx, &def, &requester, &q.values)?;
    for (i, s) in fresh.into_iter().enumerate() {
        if i >= from || i >= q.steps.len() {
            if i < q.steps.len() {
                q.steps[i] = s;
            } else {
                q.steps.push(s);
            }
        } else {
            q.steps[i].applies = s.applies;
        }
    }
    for p in q.steps.iter().flat_map(|s| s.approvers.clone()).collect::<Vec<_>>() {
        route::take_part(&mut q, p);
    }
    let now = tx.now();
    q.history.push(route::entry(now, Some(actor.id), "resubmitted", Some(from as u32 + 1), comment.trim()));
    q.updated_at = now;
    if !route::enter(&mut q, from, now, def.remind_after_secs) {
        on_approved(tx, &ok, &bot, &mut q)?;
    }
    announce(tx, &bot, &def, &mut q, actor.id, "resubmitted", "")?;
    store::bots::save_request(tx, &ok, &q)?;
    Ok(q)
}

/// Carries out an approved request (marks the invoice paid), recording the executor's values.
pub fn execute(
    tx: &mut WriteTx<'_>,
    actor_id: PersonId,
    id: RequestId,
    values: &Map<String, Json>,
    comment: &str,
) -> Result<Request> {
    let actor = policy::actor(tx, actor_id)?;
    let mut q = get_request(tx, id)?;
    let ok = policy::bots::check(tx, &actor, Action::Execute(&q))?;
    let bot = get_bot(tx, q.bot)?;
    let def = def_of(tx, &q)?;
    let fields = def.executor.as_ref().map(|e| e.fields.clone()).unwrap_or_default();
    q.execution = values::parse_values(&fields, values)?;
    let now = tx.now();
    q.history.push(route::entry(now, Some(actor.id), "executed", None, comment.trim()));
    q.state = RequestState::Done;
    q.updated_at = now;
    announce(tx, &bot, &def, &mut q, actor.id, "executed", "")?;
    store::bots::save_request(tx, &ok, &q)?;
    Ok(q)
}

/// Adds a comment to the request's discussion; mentions follow the chat rules.
pub fn comment(tx: &mut WriteTx<'_>, actor_id: PersonId, id: RequestId, body: &Body) -> Result<Comment> {
    let actor = policy::actor(tx, actor_id)?;
    let mut q = get_request(tx, id)?;
    let ok = policy::bots::check(tx, &actor, Action::Comment(&q))?;
    let mentions = crate::chat::format::mentions(body.as_str());
    for p in &mentions {
        let target = store::people::get(tx, *p)?.ok_or_else(policy::chats::mention_refused)?;
        let _ = policy::bots::check(tx, &actor, Action::Mention { request: &q, target: &target })?;
    }
    let c = Comment {
        id: CommentId(tx.new_id()),
        request: q.id,
        author: actor.id,
        body: body.as_str().to_string(),
        mentions,
        created_at: tx.now(),
    };
    store::bots::add_comment(tx, &ok, &c)?;
    q.comment_count += 1;
    q.updated_at = c.created_at;
    route::take_part(&mut q, actor.id);
    store::bots::save_request(tx, &ok, &q)?;
    tx.emit(Event::send(q.participants.clone(), "request.comment", &comment_view(&c)));
    Ok(c)
}

pub fn comment_view(c: &Comment) -> Json {
    json!({"id": c.id, "request_id": c.request, "author_id": c.author, "body": c.body, "mentions": c.mentions, "created_at": c.created_at})
}

pub fn comments(
    r: &impl Reader,
    actor: &Actor,
    id: RequestId,
    after: Option<&Cursor>,
    limit: usize,
) -> Result<Page<Json>> {
    let q = get_request(r, id)?;
    let _ = policy::bots::check(r, actor, Action::ViewRequest(&q))?;
    Ok(store::bots::comments_page(r, id, after, limit)?.map(|c| comment_view(&c)))
}

/// A request as one viewer sees it, with what they may do.
pub fn view(r: &impl Reader, actor: &Actor, q: &Request) -> Result<Json> {
    let bot = get_bot(r, q.bot)?;
    let def = def_of(r, q)?;
    let lang = crate::i18n::current();
    let history: Vec<Json> = q
        .history
        .iter()
        .map(|h| {
            let mut e = json!({"at": h.at, "by": h.by, "action": h.action});
            if !h.comment.is_empty() {
                e["comment"] = json!(h.comment);
            }
            if let Some(s) = h.step {
                e["step"] = json!(s);
            }
            if let Some(p) = h.on_behalf_of {
                e["on_behalf_of"] = json!(p);
            }
            e
        })
        .collect();
    let steps: Vec<Json> = q
        .steps
        .iter()
        .zip(def.route.iter().map(Some).chain(std::iter::repeat(None)))
        .map(|(s, d)| {
            json!({
                "name": d.map(|d| d.name.clone()).unwrap_or_default(),
                "kind": d.map(|d| d.kind.as_str()).unwrap_or(""),
                "approvers": s.approvers, "all": s.all, "applies": s.applies, "sign": s.sign,
                "approved_by": s.approved_by,
            })
        })
        .collect();
    let mut v = json!({
        "id": q.id,
        "bot_id": q.bot,
        "bot_name": def.name,
        "bot_icon": def.icon,
        "bot_kind": bot.kind.as_str(),
        "bot_version": q.version,
        "number": q.number,
        "title": title(&def, q),
        "summary": super::summary(r, bot.kind, &def, q, lang),
        "requester_id": q.requester,
        "values": values::values_json(&q.values),
        "fields": def.fields.iter().map(super::defs::field_json).collect::<Vec<_>>(),
        "state": q.state.as_str(),
        "step": q.step.filter(|_| q.state == RequestState::Waiting).map(|s| s + 1),
        "steps": steps,
        "waiting_for": q.waiting_for(),
        "history": history,
        "participants": q.participants,
        "executors": q.executors,
        "watchers": q.watchers,
        "signatures": q.signatures.iter().map(|s| json!({"by": s.by, "at": s.at, "step": s.step, "field": s.field, "file_name": s.file_name, "sha256": s.sha256})).collect::<Vec<_>>(),
        "execution": values::values_json(&q.execution),
        "execute_action": def.executor.as_ref().map(|e| e.action.clone()).unwrap_or_default(),
        "execute_fields": def.executor.as_ref().map(|e| e.fields.iter().map(super::defs::field_json).collect::<Vec<_>>()).unwrap_or_default(),
        "comment_count": q.comment_count,
        "created_at": q.created_at,
        "updated_at": q.updated_at,
        "waiting_since": q.waiting_since,
        "can": policy::bots::can(r, actor, q)?,
    });
    if !q.pass_code.is_empty() {
        v["pass_code"] = json!(q.pass_code);
    }
    Ok(v)
}

pub fn get(r: &impl Reader, actor: &Actor, id: RequestId) -> Result<Json> {
    let q = get_request(r, id)?;
    let _ = policy::bots::check(r, actor, Action::ViewRequest(&q))?;
    view(r, actor, &q)
}

/// Which requests a list shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// Waiting for me (or for someone I stand in for today).
    Waiting,
    /// Mine: the ones I made.
    Mine,
    /// Every request I take part in.
    Involved,
    /// Every request (Owner and Admins).
    All,
}

#[derive(Default, Clone)]
pub struct Filter {
    pub bot: Option<BotId>,
    pub state: Option<RequestState>,
    pub requester: Option<PersonId>,
    pub from: Option<Timestamp>,
    pub to: Option<Timestamp>,
}

impl Filter {
    fn keep(&self, q: &Request) -> bool {
        self.bot.is_none_or(|b| q.bot == b)
            && self.state.is_none_or(|s| q.state == s)
            && self.requester.is_none_or(|p| q.requester == p)
            && self.from.is_none_or(|t| q.created_at >= t)
            && self.to.is_none_or(|t| q.created_at < t)
    }
}

/// A page of requests for the viewer, newest first.
pub fn list(
    r: &impl Reader,
    actor: &Actor,
    view: View,
    f: &Filter,
    before: Option<&Cursor>,
    limit: usize,
) -> Result<Page<Request>> {
    match view {
        View::Waiting => {
            let mut people = vec![actor.id];
            people.extend(r.stands_in_for(actor.id)?);
            let page = store::bots::waiting_page(r, &people, before, limit)?;
            Ok(Page { items: page.items.into_iter().filter(|q| f.keep(q)).collect(), next: page.next })
        }
        View::Mine => store::bots::mine_page(r, actor.id, before, limit, |q| Ok(f.keep(q))),
        View::Involved => store::bots::participating_page(r, actor.id, before, limit, |q| Ok(f.keep(q))),
        View::All => {
            let _ = policy::bots::check(r, actor, Action::ViewAllRequests)?;
            if let Some(p) = f.requester {
                return store::bots::mine_page(r, p, before, limit, |q| Ok(f.keep(q)));
            }
            store::bots::all_page(r, f.from, f.to, before, limit, |q| Ok(f.keep(q)))
        }
    }
}

/// How many requests wait for the viewer (the rail's badge).
pub fn waiting_count(r: &impl Reader, actor: &Actor) -> Result<usize> {
    let mut people = vec![actor.id];
    people.extend(r.stands_in_for(actor.id)?);
    store::bots::waiting_count(r, &people, 1000)
}

/// `about` for a request, for other modules (reminders).
pub fn about_of(r: &impl Reader, q: &Request, lang: crate::i18n::Lang) -> Result<String> {
    let bot = get_bot(r, q.bot)?;
    Ok(about(r, bot.kind, &def_of(r, q)?, q, lang))
}
