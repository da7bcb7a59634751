//! HTTP for setup and sessions, and the [`SignedIn`] extractor that authenticates every
//! signed-in route (authorization is the policy module's job, per object).

use std::future::{Ready, ready};
use std::time::Duration;

use actix_web::cookie::{Cookie, SameSite, time::Duration as CookieDuration};
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest, HttpResponse, web};
use serde::{Deserialize, Serialize};

use super::{COOKIE, CSRF_HEADER, NewSession, SetupInput};
use crate::app::AppState;
use crate::crypto::{self, TokenHash};
use crate::error::{Error, Result};
use crate::http::{Json, client_ip};
use crate::model::Person;
use crate::people::PersonView;
use crate::policy::Actor;
use crate::store;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/api/setup").get(setup_status).post(setup))
        .service(web::resource("/api/session").get(current).post(login).delete(logout));
}

/// Sessions are touched (for the idle timeout) at most this often.
const TOUCH_EVERY: Duration = Duration::from_secs(60);

/// An authenticated request: a live session of a person who may sign in now. For methods that
/// change state, the CSRF header has been checked too.
pub struct SignedIn {
    pub person: Person,
    pub key: TokenHash,
    pub csrf: String,
    /// When the session began (its absolute lifetime counts from here).
    pub created_at: crate::clock::Timestamp,
}

impl SignedIn {
    pub fn actor(&self) -> Actor {
        Actor::of(&self.person)
    }
}

impl FromRequest for SignedIn {
    type Error = Error;
    type Future = Ready<Result<SignedIn>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(authenticate(req))
    }
}

fn not_signed_in() -> Error {
    Error::unauthorized("You are not signed in, or your session has ended. Sign in again.")
}

/// The hash of the session cookie this request carries, if any.
pub fn session_key(req: &HttpRequest) -> Option<TokenHash> {
    req.cookie(COOKIE).map(|c| crypto::hash_token(c.value()))
}

pub fn state(req: &HttpRequest) -> Result<&AppState> {
    req.app_data::<web::Data<AppState>>().map(|d| d.get_ref()).ok_or_else(|| Error::internal("app state missing"))
}

fn authenticate(req: &HttpRequest) -> Result<SignedIn> {
    let state = state(req)?;
    let key = session_key(req).ok_or_else(not_signed_in)?;
    let r = state.store.read()?;
    let session = store::sessions::get(&r, &key)?.ok_or_else(not_signed_in)?;
    let now = store::Reader::now(&r);
    let cfg = &state.config;
    let person = store::people::get(&r, session.person)?;
    let expired = now.since(session.last_seen) >= cfg.session_idle_timeout
        || now.since(session.created_at) >= cfg.session_max_age;
    let Some(person) = person.filter(|p| !expired && p.can_sign_in(now)) else {
        // Clean up the dead session in the background; the answer does not wait for it.
        let store = state.store.clone();
        actix_web::rt::spawn(async move {
            let _ = store.write(move |tx| store::sessions::delete(tx, &key)).await;
        });
        return Err(not_signed_in());
    };
    if !req.method().is_safe() {
        let sent = req.headers().get(CSRF_HEADER).map(|v| v.as_bytes()).unwrap_or_default();
        if !crypto::ct_eq(sent, session.csrf.as_bytes()) {
            return Err(Error::forbidden(
                "csrf",
                "The request is missing its X-CSRF-Token header (or it is stale). Reload the page and try again.",
            ));
        }
    }
    if now.since(session.last_seen) >= TOUCH_EVERY {
        let store = state.store.clone();
        actix_web::rt::spawn(async move {
            let _ = store
                .write(move |tx| {
                    let now = store::Reader::now(tx);
                    store::sessions::touch(tx, &key, now)
                })
                .await;
        });
    }
    Ok(SignedIn { person, key, csrf: session.csrf, created_at: session.created_at })
}

#[derive(Serialize)]
pub struct SessionBody {
    pub person: PersonView,
    pub csrf_token: String,
    pub company_name: String,
}

fn company_name(state: &AppState) -> String {
    state
        .store
        .read()
        .and_then(|r| store::meta::company_name(&r))
        .ok()
        .flatten()
        .unwrap_or_else(|| "Bivouac".to_string())
}

fn session_body(state: &AppState, person: &Person, csrf: String) -> SessionBody {
    SessionBody { person: PersonView::of_self(person), csrf_token: csrf, company_name: company_name(state) }
}

pub fn session_cookie(state: &AppState, token: String) -> Cookie<'static> {
    let max_age = i64::try_from(state.config.session_max_age.as_secs()).unwrap_or(i64::MAX);
    Cookie::build(COOKIE, token)
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(state.base_url.starts_with("https://"))
        .path("/")
        .max_age(CookieDuration::seconds(max_age))
        .finish()
}

/// The answer to a successful sign-in of any kind: the cookie, and `{person, csrf_token}`.
pub fn signed_in_response(state: &AppState, mut res: actix_web::HttpResponseBuilder, s: NewSession) -> HttpResponse {
    res.cookie(session_cookie(state, s.token))
        .insert_header(("Cache-Control", "no-store"))
        .json(session_body(state, &s.person, s.csrf))
}

#[derive(Serialize)]
struct SetupStatus {
    needed: bool,
}

async fn setup_status(state: web::Data<AppState>) -> Result<HttpResponse> {
    let needed = !super::owner_exists(&state.store.read()?)?;
    Ok(HttpResponse::Ok().json(SetupStatus { needed }))
}

#[derive(Deserialize)]
struct SetupBody {
    token: String,
    first_name: String,
    last_name: String,
    email: String,
    password: String,
    company_name: Option<String>,
}

#[tracing::instrument(skip_all)]
async fn setup(req: HttpRequest, state: web::Data<AppState>, body: Json<SetupBody>) -> Result<HttpResponse> {
    let b = body.into_inner();
    let client = format!("setup:{}", client_ip(&req, state.config.trust_proxy));
    state.limiter.check(&[(&client, super::limiter::CLIENT)])?;
    let input = SetupInput {
        token: b.token,
        first_name: b.first_name,
        last_name: b.last_name,
        email: b.email,
        password: b.password,
        company_name: b.company_name,
    };
    match super::setup(&state, input, session_key(&req)).await {
        Ok(s) => Ok(signed_in_response(&state, HttpResponse::Created(), s)),
        Err(e) => {
            if e.is("setup_token_invalid") {
                state.limiter.fail(&[(&client, super::limiter::CLIENT)]);
            }
            Err(e)
        }
    }
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
    let s = super::login(&state, &ip, &b.email, b.password, session_key(&req)).await?;
    Ok(signed_in_response(&state, HttpResponse::Ok(), s))
}

async fn current(state: web::Data<AppState>, me: SignedIn) -> Result<HttpResponse> {
    Ok(HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(session_body(&state, &me.person, me.csrf)))
}

async fn logout(state: web::Data<AppState>, me: SignedIn) -> Result<HttpResponse> {
    super::logout(&state, me.key).await?;
    state.hub.end_session(me.key);
    let mut gone = session_cookie(&state, String::new());
    gone.make_removal();
    Ok(HttpResponse::NoContent().cookie(gone).finish())
}
