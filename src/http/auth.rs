//! HTTP for first-run setup and sessions.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::{Deserialize, Serialize};

use super::session::{SignedIn, session_body, session_cookie, session_key, signed_in_response};
use super::state::AppState;
use super::{Json, client_ip};
use crate::auth::{self, SetupInput, limiter};
use crate::error::Result;
use crate::input::{Email, Name, Password};
use crate::policy::account;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/api/setup").get(setup_status).post(setup))
        .service(web::resource("/api/session").get(current).post(login).delete(logout));
}

/// `{needed, base_url, base_url_set, language}`: whether the workspace still waits for its owner,
/// the address this server puts into links (the page compares it with the address it was opened
/// at, and tells whoever opened it elsewhere to set `base_url`), and the workspace's language (what
/// the sign-in page speaks to a browser in none of Bivouac's languages).
#[derive(Serialize)]
struct SetupStatus {
    needed: bool,
    base_url: String,
    /// Whether `base_url` was configured (else it is the default, `http://localhost:<port>`).
    base_url_set: bool,
    language: &'static str,
}

async fn setup_status(state: web::Data<AppState>) -> Result<HttpResponse> {
    let r = state.store.read()?;
    let needed = auth::setup_needed(&r)?;
    Ok(HttpResponse::Ok().json(SetupStatus {
        needed,
        language: crate::store::languages::workspace(&r)?.code(),
        base_url: state.base_url.clone(),
        base_url_set: state.config.base_url.is_some(),
    }))
}

#[derive(Deserialize)]
struct SetupBody {
    token: String,
    first_name: String,
    last_name: String,
    email: String,
    password: String,
    company_name: Option<String>,
    /// The workspace's default language; absent: the Owner's browser's.
    language: Option<String>,
}

#[tracing::instrument(skip_all)]
async fn setup(req: HttpRequest, state: web::Data<AppState>, body: Json<SetupBody>) -> Result<HttpResponse> {
    let b = body.into_inner();
    let client = format!("setup:{}", client_ip(&req, state.config.trust_proxy));
    state.limiter.check(&[(&client, limiter::CLIENT)])?;
    // 410 comes first: once set up, the answer is the same whatever was sent.
    if !auth::setup_needed(&state.store.read()?)? {
        return Err(account::setup_done());
    }
    let input = SetupInput {
        token: b.token,
        first_name: Name::first_name(&b.first_name)?,
        last_name: Name::last_name(&b.last_name)?,
        email: Email::parse(&b.email)?,
        password: Password::parse(b.password)?,
        company_name: b.company_name.as_deref().filter(|c| !c.trim().is_empty()).map(Name::company).transpose()?,
        language: match b.language.as_deref().filter(|l| !l.trim().is_empty()) {
            Some(l) => crate::input::Language::parse(l)?.lang(),
            None => crate::i18n::current(),
        },
    };
    match auth::setup(&state.store, &state.passwords, &state.config.data_dir, input, session_key(&req), first_things)
        .await
    {
        Ok(s) => {
            state.workspace_language.set(crate::store::languages::workspace(&state.store.read()?)?);
            Ok(signed_in_response(&state, HttpResponse::Created(), s))
        }
        Err(e) => {
            if e.is("setup_token_invalid") {
                state.limiter.fail(&[(&client, limiter::CLIENT)]);
            }
            Err(e)
        }
    }
}

/// In the setup's transaction, once the Owner exists (and the workspace has its language):
/// `#general`, and the built-in bots in that language.
fn first_things(tx: &mut crate::store::WriteTx<'_>, owner: crate::ids::PersonId) -> Result<()> {
    crate::chat::channels::create_general(tx, owner)?;
    crate::bots::builtin::speak(tx, crate::store::languages::workspace(tx)?)
}

#[derive(Deserialize)]
struct LoginBody {
    email: String,
    password: String,
}

#[tracing::instrument(skip_all)]
async fn login(req: HttpRequest, state: web::Data<AppState>, body: Json<LoginBody>) -> Result<HttpResponse> {
    let b = body.into_inner();
    let ip = client_ip(&req, state.config.trust_proxy);
    // The address is checked (and its length capped) before anything is keyed by it.
    let email = Email::parse(&b.email)?;
    let s =
        auth::login(&state.store, &state.passwords, &state.limiter, &ip, &email, b.password, session_key(&req)).await?;
    Ok(signed_in_response(&state, HttpResponse::Ok(), s))
}

async fn current(state: web::Data<AppState>, me: SignedIn) -> Result<HttpResponse> {
    Ok(HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(session_body(&state, &me.person, me.csrf)))
}

async fn logout(state: web::Data<AppState>, me: SignedIn) -> Result<HttpResponse> {
    auth::logout(&state.store, me.person.id, me.key).await?;
    state.hub.end_session(me.key);
    let mut gone = session_cookie(&state, String::new());
    gone.make_removal();
    Ok(HttpResponse::NoContent().cookie(gone).finish())
}
