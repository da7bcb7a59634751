//! HTTP for integrations: bot accounts and their API tokens, posting as a bot with
//! `Authorization: Bearer`, incoming webhooks (`POST /hooks/<token>`, Slack-compatible) and
//! outgoing webhooks.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, guard, web};
use serde::Deserialize;
use serde_json::{Value as Json, json};

use super::Json as JsonBody;
use super::input::{After, forward, limit};
use super::session::SignedIn;
use super::state::AppState;
use crate::bots::hooks::{self, Answer};
use crate::bots::slack;
use crate::chat::{MessageView, NewMessage};
use crate::error::Result;
use crate::ids::{ChannelId, HookId, MessageId, PersonId};
use crate::input::{Body, ClientId};

/// Routes that must be tried before the chat's: a post with `Authorization` is a bot's.
pub fn bearer_routes(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/api/channels/{id}/messages")
            .guard(guard::fn_guard(|ctx| ctx.head().headers().contains_key(header::AUTHORIZATION)))
            .post(post_as_bot),
    );
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/api/bot-accounts").get(list_accounts).post(create_account))
        .service(web::resource("/api/bot-accounts/{id}/token").post(rotate_token).delete(revoke_token))
        .service(web::resource("/api/channels/{id}/webhooks").get(list_hooks).post(create_incoming))
        .service(web::resource("/api/channels/{id}/outgoing-webhooks").post(create_outgoing))
        .service(web::resource("/api/webhooks/{id}").delete(delete_hook))
        .service(web::resource("/hooks/{token}").post(incoming));
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NameBody {
    name: String,
}

async fn list_accounts(state: web::Data<AppState>, me: SignedIn, q: web::Query<After>) -> Result<HttpResponse> {
    let page = hooks::accounts(&state.store.read()?, &me.actor(), q.after.as_ref(), limit(q.limit))?;
    Ok(HttpResponse::Ok().json(forward("bot_accounts", page)))
}

/// `POST /api/bot-accounts` `{name}` -> 201 `{id, name, token, ...}`; the token is shown once.
async fn create_account(state: web::Data<AppState>, me: SignedIn, body: JsonBody<NameBody>) -> Result<HttpResponse> {
    let (token, hash) = crate::crypto::new_token();
    let (me_id, name) = (me.id(), body.into_inner().name);
    let a = state.store.write(move |tx| hooks::create_account(tx, me_id, &name, hash)).await?;
    let mut v = hooks::account_view(&a);
    v["token"] = json!(token);
    Ok(HttpResponse::Created().json(v))
}

async fn rotate_token(state: web::Data<AppState>, me: SignedIn, id: web::Path<PersonId>) -> Result<HttpResponse> {
    let (token, hash) = crate::crypto::new_token();
    let (me_id, id) = (me.id(), id.into_inner());
    let a = state.store.write(move |tx| hooks::set_token(tx, me_id, id, Some(hash))).await?;
    let mut v = hooks::account_view(&a);
    v["token"] = json!(token);
    Ok(HttpResponse::Ok().json(v))
}

async fn revoke_token(state: web::Data<AppState>, me: SignedIn, id: web::Path<PersonId>) -> Result<HttpResponse> {
    let (me_id, id) = (me.id(), id.into_inner());
    state.store.write(move |tx| hooks::set_token(tx, me_id, id, None)).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PostBody {
    client_id: Option<String>,
    body: String,
    thread_root: Option<MessageId>,
}

/// `POST /api/channels/{id}/messages` with `Authorization: Bearer <token>`: a bot account posts
/// where it was added.
async fn post_as_bot(
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<ChannelId>,
    body: JsonBody<PostBody>,
) -> Result<HttpResponse> {
    let auth = req.headers().get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).unwrap_or("");
    let token = auth.strip_prefix("Bearer ").map(str::trim).unwrap_or("");
    let account = hooks::account_for_token(&state.store.read()?, token)?;
    let b = body.into_inner();
    let client = match b.client_id {
        Some(c) => ClientId::parse(&c)?,
        None => ClientId::parse(&format!("api-{}", crate::crypto::hex(&crate::crypto::random_bytes::<12>())))?,
    };
    let n =
        NewMessage { client_id: client, body: Body::parse(&b.body)?, thread_root: b.thread_root, files: Vec::new() };
    let hash = crate::crypto::hash_token(token);
    let channel = id.into_inner();
    let _ = account;
    let (m, created) = state.store.write(move |tx| hooks::post_with_token(tx, &hash, channel, &n)).await?;
    let v = MessageView::of(&m);
    Ok(if created { HttpResponse::Created().json(v) } else { HttpResponse::Ok().json(v) })
}

async fn list_hooks(state: web::Data<AppState>, me: SignedIn, id: web::Path<ChannelId>) -> Result<HttpResponse> {
    let hooks = hooks::list(&state.store.read()?, &me.actor(), id.into_inner())?;
    Ok(HttpResponse::Ok().json(json!({ "webhooks": hooks })))
}

/// `POST /api/channels/{id}/webhooks` `{name}` -> 201 `{id, url}`: the URL (with its token) is
/// shown once.
async fn create_incoming(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<ChannelId>,
    body: JsonBody<NameBody>,
) -> Result<HttpResponse> {
    let (token, hash) = crate::crypto::new_token();
    let (me_id, channel, name) = (me.id(), id.into_inner(), body.into_inner().name);
    let h = state.store.write(move |tx| hooks::create_incoming(tx, me_id, channel, &name, hash)).await?;
    let mut v = hooks::hook_view(&h);
    v["url"] = json!(format!("{}/hooks/{token}", state.base_url));
    Ok(HttpResponse::Created().json(v))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OutgoingBody {
    trigger: String,
    url: String,
}

async fn create_outgoing(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<ChannelId>,
    body: JsonBody<OutgoingBody>,
) -> Result<HttpResponse> {
    let (me_id, channel, b) = (me.id(), id.into_inner(), body.into_inner());
    let allow = state.config.allow_private_targets;
    let h = state.store.write(move |tx| hooks::create_outgoing(tx, me_id, channel, &b.trigger, &b.url, allow)).await?;
    let mut v = hooks::hook_view(&h);
    v["token"] = json!(crate::bots::outgoing::token_for(&state.secret, &h));
    Ok(HttpResponse::Created().json(v))
}

async fn delete_hook(state: web::Data<AppState>, me: SignedIn, id: web::Path<HookId>) -> Result<HttpResponse> {
    let (me_id, id) = (me.id(), id.into_inner());
    state.store.write(move |tx| hooks::delete(tx, me_id, id)).await?;
    Ok(HttpResponse::NoContent().finish())
}

fn slack_answer(status: u16, word: &str) -> HttpResponse {
    let mut res = HttpResponse::build(actix_web::http::StatusCode::from_u16(status).unwrap_or_default());
    res.content_type("text/plain; charset=utf-8");
    if status == 429 {
        res.insert_header((header::RETRY_AFTER, "1"));
    }
    res.body(word.to_string())
}

/// The payload of an incoming webhook: JSON, or a form with `payload=<JSON>`.
fn payload(req: &HttpRequest, bytes: &[u8]) -> Option<Json> {
    let ct = req.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    let text = std::str::from_utf8(bytes).ok()?;
    if ct.starts_with("application/x-www-form-urlencoded") {
        let form = web::Query::<std::collections::HashMap<String, String>>::from_query(text).ok()?;
        return serde_json::from_str(form.get("payload")?).ok();
    }
    serde_json::from_str(text).ok()
}

/// `POST /hooks/<token>`: what Slack's incoming webhooks accept, answered as Slack does.
async fn incoming(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
    bytes: web::Bytes,
) -> Result<HttpResponse> {
    let token = token.into_inner();
    let Some(hook) = hooks::hook_for_token(&state.store.read()?, &token)? else {
        return Ok(slack_answer(404, "no_service"));
    };
    if !hooks::rate_ok(hook.id) {
        return Ok(slack_answer(429, "rate_limited"));
    }
    let Some(p) = payload(&req, &bytes) else { return Ok(slack_answer(400, "invalid_payload")) };
    let text = match slack::render(&p) {
        Ok(t) => t,
        Err(r) => return Ok(slack_answer(400, r.word())),
    };
    let client = ClientId::parse(&format!("hook-{}", crate::crypto::hex(&crate::crypto::random_bytes::<12>())))?;
    let hash = crate::crypto::hash_token(&token);
    let answer = state.store.write(move |tx| hooks::post_incoming(tx, &hash, &text, &client)).await?;
    Ok(match answer {
        Answer::Ok => slack_answer(200, "ok"),
        Answer::Refused(w) => slack_answer(400, w),
        Answer::NotFound(w) => slack_answer(404, w),
        Answer::RateLimited => slack_answer(429, "rate_limited"),
    })
}
