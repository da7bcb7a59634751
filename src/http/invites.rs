//! HTTP for invitations, accepting them, and password resets.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use super::input::{Before, backward, limit};
use super::session::{SignedIn, session_key, signed_in_response};
use super::state::AppState;
use super::{Json, client_ip};
use crate::auth::limiter;
use crate::error::Result;
use crate::ids::{DepartmentId, InvitationId};
use crate::input::{Email, Language, Password};
use crate::invites::{self, NewInvitation, view};

pub fn routes(cfg: &mut web::ServiceConfig) {
    // The fixed paths come before `{id}` so they are not taken for an id.
    cfg.service(web::resource("/api/invitations/lookup").get(lookup))
        .service(web::resource("/api/invitations/accept").post(accept))
        .service(web::resource("/api/invitations").get(list).post(create))
        .service(web::resource("/api/invitations/{id}").patch(correct))
        .service(web::resource("/api/invitations/{id}/resend").post(resend))
        .service(web::resource("/api/invitations/{id}/revoke").post(revoke))
        .service(web::resource("/api/invitations/{id}/link").post(link))
        .service(web::resource("/api/password-reset").post(request_reset))
        .service(web::resource("/api/password-reset/complete").post(complete_reset));
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CreateBody {
    first_name: String,
    last_name: String,
    email: String,
    role: String,
    #[serde(default)]
    departments: Vec<DepartmentId>,
    access_until: Option<String>,
    /// The invitation mail's language (`en`, `ru`, `de`, `es`); absent or null: the workspace's.
    language: Option<String>,
}

async fn create(state: web::Data<AppState>, me: SignedIn, body: Json<CreateBody>) -> Result<HttpResponse> {
    let b = body.into_inner();
    let mut n =
        NewInvitation::parse(&b.first_name, &b.last_name, &b.email, &b.role, b.departments, b.access_until.as_deref())?;
    n.language = b.language.as_deref().filter(|l| !l.is_empty()).map(Language::parse).transpose()?.map(Language::lang);
    let (ctx, me_id) = (state.invite_context(), me.id());
    let inv = state.store.write(move |tx| invites::create(tx, &ctx, me_id, &n)).await?;
    state.outbox.wake();
    Ok(HttpResponse::Created().json(view(&state.store.read()?, &inv)?))
}

async fn list(state: web::Data<AppState>, me: SignedIn, q: web::Query<Before>) -> Result<HttpResponse> {
    let page = invites::list(&state.store.read()?, &me.actor(), q.before.as_ref(), limit(q.limit))?;
    Ok(HttpResponse::Ok().json(backward("invitations", page)))
}

async fn resend(state: web::Data<AppState>, me: SignedIn, id: web::Path<InvitationId>) -> Result<HttpResponse> {
    let (ctx, me_id, id) = (state.invite_context(), me.id(), id.into_inner());
    let inv = state.store.write(move |tx| invites::resend(tx, &ctx, me_id, id)).await?;
    state.outbox.wake();
    Ok(HttpResponse::Ok().json(view(&state.store.read()?, &inv)?))
}

/// `{link}`: the link of an invitation whose mail has not gone out (no mail server yet), to hand
/// over another way.
async fn link(state: web::Data<AppState>, me: SignedIn, id: web::Path<InvitationId>) -> Result<HttpResponse> {
    let (ctx, me_id, id) = (state.invite_context(), me.id(), id.into_inner());
    let link = state.store.write(move |tx| invites::queued_link(tx, &ctx, me_id, id)).await?;
    Ok(HttpResponse::Ok().json(serde_json::json!({ "link": link })))
}

async fn revoke(state: web::Data<AppState>, me: SignedIn, id: web::Path<InvitationId>) -> Result<HttpResponse> {
    let (me_id, id) = (me.id(), id.into_inner());
    let inv = state.store.write(move |tx| invites::revoke(tx, me_id, id)).await?;
    Ok(HttpResponse::Ok().json(view(&state.store.read()?, &inv)?))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CorrectBody {
    email: String,
}

async fn correct(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<InvitationId>,
    body: Json<CorrectBody>,
) -> Result<HttpResponse> {
    let email = Email::parse(&body.email)?;
    let (ctx, me_id, id) = (state.invite_context(), me.id(), id.into_inner());
    let inv = state.store.write(move |tx| invites::correct_email(tx, &ctx, me_id, id, &email)).await?;
    state.outbox.wake();
    Ok(HttpResponse::Ok().json(view(&state.store.read()?, &inv)?))
}

#[derive(Deserialize)]
struct LookupQuery {
    token: String,
}

async fn lookup(state: web::Data<AppState>, q: web::Query<LookupQuery>) -> Result<HttpResponse> {
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(invites::lookup(&state.store.read()?, &q.token)?))
}

#[derive(Deserialize)]
struct TokenPassword {
    token: String,
    password: String,
}

async fn accept(req: HttpRequest, state: web::Data<AppState>, body: Json<TokenPassword>) -> Result<HttpResponse> {
    let b = body.into_inner();
    // Say what is wrong with the link before asking for a better password.
    invites::lookup(&state.store.read()?, &b.token)?;
    let hash = state.passwords.hash(Password::parse(b.password)?.into_string()).await?;
    let replacing = session_key(&req);
    let token = b.token;
    let s = state
        .store
        .write(move |tx| {
            let s = invites::accept(tx, &token, &hash, replacing.as_ref())?;
            // A new colleague starts in #general (where the policy lets them join it).
            crate::chat::channels::join_general(tx, s.person.id)?;
            Ok(s)
        })
        .await?;
    Ok(signed_in_response(&state, HttpResponse::Created(), s))
}

#[derive(Deserialize)]
struct ResetBody {
    email: String,
}

/// Always 202, at once: whether the address exists shows neither in the answer nor in its timing
/// (the work happens after answering).
async fn request_reset(req: HttpRequest, state: web::Data<AppState>, body: Json<ResetBody>) -> Result<HttpResponse> {
    let ip = format!("reset:{}", client_ip(&req, state.config.trust_proxy));
    let _ = state.limiter.reserve(&[(&ip, limiter::CLIENT)])?;
    // The address is checked (and its length capped) before anything is keyed by it.
    let email = Email::parse(&body.email)?.into_string();
    let account = format!("reset-account:{email}");
    let quiet = state.limiter.check(&[(&account, limiter::RESETS)]).is_err();
    state.limiter.fail(&[(&account, limiter::RESETS)]);
    if !quiet {
        let (store, outbox, ctx) = (state.store.clone(), state.outbox.clone(), state.invite_context());
        let lang = crate::i18n::current();
        actix_web::rt::spawn(async move {
            if store.write(move |tx| invites::request_reset(tx, &ctx, &email, lang)).await.is_ok() {
                outbox.wake();
            }
        });
    }
    Ok(HttpResponse::Accepted().json(serde_json::json!({
        "message": crate::msg!("reset-requested").render(crate::i18n::current())
    })))
}

async fn complete_reset(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: Json<TokenPassword>,
) -> Result<HttpResponse> {
    let b = body.into_inner();
    // A wrong token is found out with one lookup, before any hashing, and counts against the
    // address: a flood of bogus tokens cannot keep the password hashers from real sign-ins.
    let client = format!("reset-complete:{}", client_ip(&req, state.config.trust_proxy));
    let attempt = state.limiter.reserve(&[(&client, limiter::CLIENT)])?;
    invites::live_reset(&state.store.read()?, &b.token)?;
    attempt.succeeded();
    let hash = state.passwords.hash(Password::parse(b.password)?.into_string()).await?;
    let replacing = session_key(&req);
    let token = b.token;
    let s = state.store.write(move |tx| invites::complete_reset(tx, &token, &hash, replacing.as_ref())).await?;
    Ok(signed_in_response(&state, HttpResponse::Ok(), s))
}
