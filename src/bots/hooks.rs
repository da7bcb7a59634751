//! Integrations: bot accounts with API tokens, incoming webhooks (Slack-compatible URLs that post
//! into one channel) and outgoing webhooks (a trigger word in a channel POSTs the message to a
//! URL; see [`super::outgoing`] for the sender).
//!
//! Tokens are shown once and stored only as hashes. A bot account posts only where it was added,
//! like a person. Every webhook posts through its own account, a member of its channel.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};
use std::time::Instant;

use serde_json::{Value as Json, json};

use super::builtin::new_account;
use crate::chat::{MessageView, NewMessage, messages};
use crate::crypto::TokenHash;
use crate::error::{Error, Result, Status};
use crate::events::Event;
use crate::ids::{ChannelId, HookId, PersonId};
use crate::input::{Body, ClientId, Name};
use crate::model::bots::{BotAccount, Hook, HookKind};
use crate::model::{Channel, ReadPos};
use crate::msg;
use crate::policy::bots::{Action, Duty, duty};
use crate::policy::{self, Actor};
use crate::store::{self, Cursor, Page, Reader, WriteTx, chat::Scope};

fn bot_name(s: &str) -> Result<Name> {
    Name::parse("field-bot-name", s, 80)
}

// ---- Bot accounts ----

pub fn account_view(a: &BotAccount) -> Json {
    json!({
        "id": a.person,
        "name": a.name,
        "bot_id": a.bot,
        "created_at": a.created_at,
        "has_token": a.token_hash.is_some(),
        "token_created_at": a.token_created_at,
        "last_used": a.last_used,
    })
}

/// A new bot account with its first token (the hash of `token_hash`'s token).
pub fn create_account(
    tx: &mut WriteTx<'_>,
    actor_id: PersonId,
    name: &str,
    token_hash: TokenHash,
) -> Result<BotAccount> {
    let actor = policy::actor(tx, actor_id)?;
    let ok = policy::bots::check(tx, &actor, Action::ManageBotAccounts)?;
    let name = bot_name(name)?;
    let id = new_account(tx, &ok, name.as_str(), None, Some(actor.id))?;
    let mut a = store::bots::account(tx, id)?.ok_or_else(|| Error::internal("a new bot account vanished"))?;
    a.token_hash = Some(token_hash);
    a.token_created_at = Some(tx.now());
    store::bots::save_account(tx, &ok, &a)?;
    Ok(a)
}

fn api_account(tx: &WriteTx<'_>, id: PersonId) -> Result<BotAccount> {
    // Accounts of process bots and webhooks speak only through their bot or hook.
    store::bots::account(tx, id)?.filter(|a| a.bot.is_none()).ok_or_else(|| Error::not_found("item"))
}

/// A new token for account `id` (the old one stops working), or none (`None`: revoked).
pub fn set_token(
    tx: &mut WriteTx<'_>,
    actor_id: PersonId,
    id: PersonId,
    token_hash: Option<TokenHash>,
) -> Result<BotAccount> {
    let actor = policy::actor(tx, actor_id)?;
    let ok = policy::bots::check(tx, &actor, Action::ManageBotAccounts)?;
    let mut a = api_account(tx, id)?;
    a.token_hash = token_hash;
    a.token_created_at = token_hash.map(|_| tx.now());
    store::bots::save_account(tx, &ok, &a)?;
    Ok(a)
}

pub fn accounts(r: &impl Reader, actor: &Actor, after: Option<&Cursor>, limit: usize) -> Result<Page<Json>> {
    let _ = policy::bots::check(r, actor, Action::ManageBotAccounts)?;
    Ok(store::bots::accounts_page(r, after, limit, |a| a.bot.is_none())?.map(|a| account_view(&a)))
}

/// The account an API token belongs to, or 401.
pub fn account_for_token(r: &impl Reader, token: &str) -> Result<BotAccount> {
    let bad = || Error::t(Status::Unauthorized, "invalid_token", msg!("bot-token-invalid"));
    if token.is_empty() || token.len() > 200 {
        return Err(bad());
    }
    store::bots::account_by_token(r, &crate::crypto::hash_token(token))?.ok_or_else(bad)
}

/// Posts as the bot account whose token is `hash` (checked again inside the write).
pub fn post_with_token(
    tx: &mut WriteTx<'_>,
    hash: &TokenHash,
    channel: ChannelId,
    n: &NewMessage,
) -> Result<(crate::model::Message, bool)> {
    let mut a = store::bots::account_by_token(tx, hash)?
        .ok_or_else(|| Error::t(Status::Unauthorized, "invalid_token", msg!("bot-token-invalid")))?;
    let posted = messages::post(tx, a.person, channel, n)?;
    a.last_used = Some(tx.now());
    store::bots::save_account(tx, &duty(Duty::BotToken), &a)?;
    Ok(posted)
}

// ---- Webhooks ----

fn channel_for_hooks(tx: &impl Reader, actor: &Actor, id: ChannelId) -> Result<(Channel, crate::policy::Allowed)> {
    let c = store::chat::channel(tx, id)?.ok_or_else(|| Error::not_found("chat"))?;
    let member = store::chat::is_member(tx, c.id, actor.id)?;
    let ok = policy::bots::check(tx, actor, Action::ManageHooks { channel: &c, member })?;
    Ok((c, ok))
}

pub fn hook_view(h: &Hook) -> Json {
    let mut v = json!({
        "id": h.id, "kind": match h.kind { HookKind::Incoming => "incoming", HookKind::Outgoing => "outgoing" },
        "channel_id": h.channel, "name": h.name, "account_id": h.account, "created_by": h.created_by,
        "created_at": h.created_at, "last_used": h.last_used,
    });
    if h.kind == HookKind::Outgoing {
        v["trigger"] = json!(h.trigger);
        v["url"] = json!(h.url);
        v["last_error"] = json!(h.last_error);
    }
    v
}

/// Makes the hook's account and puts it into the channel (it posts what the hook brings).
fn hook_account(
    tx: &mut WriteTx<'_>,
    ok: &crate::policy::Allowed,
    c: &mut Channel,
    name: &str,
    by: PersonId,
) -> Result<PersonId> {
    let person = new_account(tx, ok, name, None, Some(by))?;
    if let Some(mut a) = store::bots::account(tx, person)? {
        // A hook's account has no API token; it is marked so it never triggers outgoing hooks.
        a.token_hash = None;
        store::bots::save_account(tx, ok, &a)?;
    }
    store::chat::add_member(tx, ok, c, person)?;
    store::chat::set_read_pos(tx, ok, person, Scope::Chat(c.id), ReadPos { seq: c.seq, message: 0 })?;
    tx.emit(Event::Joined { channel: c.id, person });
    Ok(person)
}

pub fn create_incoming(
    tx: &mut WriteTx<'_>,
    actor_id: PersonId,
    channel: ChannelId,
    name: &str,
    token_hash: TokenHash,
) -> Result<Hook> {
    let actor = policy::actor(tx, actor_id)?;
    let (mut c, ok) = channel_for_hooks(tx, &actor, channel)?;
    let name = bot_name(name)?;
    let account = hook_account(tx, &ok, &mut c, name.as_str(), actor.id)?;
    let h = Hook {
        id: HookId(tx.new_id()),
        kind: HookKind::Incoming,
        channel: c.id,
        name: name.into_string(),
        account,
        created_by: actor.id,
        created_at: tx.now(),
        token_hash,
        trigger: String::new(),
        url: String::new(),
        last_used: None,
        last_error: String::new(),
    };
    store::bots::save_hook(tx, &ok, &h)?;
    Ok(h)
}

/// An outgoing webhook's target: an absolute http(s) URL; plain http and addresses on this
/// machine or a private network only with `allow_private`.
pub fn check_target(url: &str, allow_private: bool) -> Result<()> {
    let bad = || Error::t(Status::Unprocessable, "invalid_url", msg!("hook-url-invalid"));
    let (scheme, rest) = url.split_once("://").ok_or_else(bad)?;
    let host_port = rest.split(['/', '?', '#']).next().unwrap_or("");
    if url.len() > 2000 || host_port.is_empty() || host_port.contains('@') || url.chars().any(char::is_whitespace) {
        return Err(bad());
    }
    match scheme {
        "https" => {}
        "http" if allow_private => {}
        "http" => return Err(Error::t(Status::Unprocessable, "private_target", msg!("hook-url-plain-http"))),
        _ => return Err(bad()),
    }
    let host = super::outgoing::host_of(host_port);
    if !allow_private && super::outgoing::names_private_host(&host) {
        return Err(Error::t(Status::Unprocessable, "private_target", msg!("hook-url-private")));
    }
    Ok(())
}

pub fn create_outgoing(
    tx: &mut WriteTx<'_>,
    actor_id: PersonId,
    channel: ChannelId,
    trigger: &str,
    url: &str,
    allow_private: bool,
) -> Result<Hook> {
    let actor = policy::actor(tx, actor_id)?;
    let (mut c, ok) = channel_for_hooks(tx, &actor, channel)?;
    let trigger = trigger.trim();
    if trigger.is_empty()
        || trigger.chars().count() > 32
        || trigger.chars().any(|c| c.is_whitespace() || c.is_control())
    {
        return Err(Error::t(Status::Unprocessable, "invalid_trigger", msg!("hook-trigger-invalid")));
    }
    if store::bots::hooks_of(tx, c.id)?.iter().any(|h| h.kind == HookKind::Outgoing && h.trigger == trigger) {
        return Err(Error::t(Status::Conflict, "trigger_taken", msg!("hook-trigger-taken", trigger = trigger)));
    }
    check_target(url.trim(), allow_private)?;
    let account = hook_account(tx, &ok, &mut c, trigger, actor.id)?;
    let h = Hook {
        id: HookId(tx.new_id()),
        kind: HookKind::Outgoing,
        channel: c.id,
        name: trigger.to_string(),
        account,
        created_by: actor.id,
        created_at: tx.now(),
        token_hash: [0; 32],
        trigger: trigger.to_string(),
        url: url.trim().to_string(),
        last_used: None,
        last_error: String::new(),
    };
    store::bots::save_hook(tx, &ok, &h)?;
    Ok(h)
}

pub fn list(r: &impl Reader, actor: &Actor, channel: ChannelId) -> Result<Vec<Json>> {
    let c = store::chat::channel(r, channel)?.ok_or_else(|| Error::not_found("chat"))?;
    let member = store::chat::is_member(r, c.id, actor.id)?;
    let _ = policy::bots::check(r, actor, Action::ManageHooks { channel: &c, member })?;
    Ok(store::bots::hooks_of(r, channel)?.iter().map(hook_view).collect())
}

pub fn delete(tx: &mut WriteTx<'_>, actor_id: PersonId, id: HookId) -> Result<()> {
    let actor = policy::actor(tx, actor_id)?;
    let h = store::bots::hook(tx, id)?.ok_or_else(|| Error::not_found("item"))?;
    let c = store::chat::channel(tx, h.channel)?.ok_or_else(|| Error::not_found("item"))?;
    let member = store::chat::is_member(tx, c.id, actor.id)?;
    // Archived channels keep their hooks until someone removes them: removing is always allowed.
    let mut open = c.clone();
    open.archived = false;
    let ok = policy::bots::check(tx, &actor, Action::ManageHooks { channel: &open, member })?;
    store::bots::delete_hook(tx, &ok, id)?;
    Ok(())
}

// ---- Incoming: posting what a tool sent ----

/// What a hook's URL answers (Slack's words).
#[derive(Debug, PartialEq, Eq)]
pub enum Answer {
    Ok,
    /// 400 `invalid_payload` or `no_text`.
    Refused(&'static str),
    /// 404 `no_service` (no such hook) or `channel_not_found`.
    NotFound(&'static str),
    /// 429 `rate_limited`.
    RateLimited,
}

/// The hook for a URL token, if it is live.
pub fn hook_for_token(r: &impl Reader, token: &str) -> Result<Option<Hook>> {
    if token.is_empty() || token.len() > 200 {
        return Ok(None);
    }
    store::bots::hook_by_token(r, &crate::crypto::hash_token(token))
}

/// Per hook: a burst of 30, then one message a second (like Slack's limit).
pub fn rate_ok(id: HookId) -> bool {
    static BUCKETS: OnceLock<Mutex<HashMap<HookId, (f64, Instant)>>> = OnceLock::new();
    let mut m = BUCKETS.get_or_init(Default::default).lock().unwrap_or_else(|p| p.into_inner());
    if m.len() > 10_000 {
        m.clear();
    }
    let now = Instant::now();
    let e = m.entry(id).or_insert((30.0, now));
    e.0 = (e.0 + now.duration_since(e.1).as_secs_f64()).min(30.0);
    e.1 = now;
    if e.0 >= 1.0 {
        e.0 -= 1.0;
        true
    } else {
        false
    }
}

/// Posts `text` through incoming hook `id` (checked again inside the write).
pub fn post_incoming(tx: &mut WriteTx<'_>, token_hash: &TokenHash, text: &str, client_id: &ClientId) -> Result<Answer> {
    let Some(mut h) = store::bots::hook_by_token(tx, token_hash)? else { return Ok(Answer::NotFound("no_service")) };
    let Some(c) = store::chat::channel(tx, h.channel)?.filter(|c| !c.archived) else {
        return Ok(Answer::NotFound("channel_not_found"));
    };
    let Ok(body) = Body::parse(text) else { return Ok(Answer::Refused("no_text")) };
    let n = NewMessage { client_id: client_id.clone(), body, thread_root: None, files: Vec::new() };
    match messages::post(tx, h.account, c.id, &n) {
        Ok(_) => {}
        Err(e) if e.status == Status::NotFound => return Ok(Answer::NotFound("channel_not_found")),
        Err(e) if e.status == Status::Unprocessable => return Ok(Answer::Refused("invalid_payload")),
        Err(e) => return Err(e),
    }
    h.last_used = Some(tx.now());
    store::bots::save_hook(tx, &duty(Duty::IncomingWebhook), &h)?;
    Ok(Answer::Ok)
}

/// Posts an outgoing hook's answer into its channel, as its account.
pub fn post_answer(tx: &mut WriteTx<'_>, hook: &Hook, text: &str) -> Result<Option<MessageView>> {
    let Some(c) = store::chat::channel(tx, hook.channel)?.filter(|c| !c.archived) else { return Ok(None) };
    let Ok(body) = Body::parse(text) else { return Ok(None) };
    let client = ClientId::parse(&format!("out-{}", tx.new_id()))?;
    let n = NewMessage { client_id: client, body, thread_root: None, files: Vec::new() };
    match messages::post(tx, hook.account, c.id, &n) {
        Ok((m, _)) => Ok(Some(MessageView::of(&m))),
        Err(e) if matches!(e.status, Status::NotFound | Status::Unprocessable | Status::Conflict) => Ok(None),
        Err(e) => Err(e),
    }
}
