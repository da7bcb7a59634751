//! The [`SignedIn`] extractor that authenticates every signed-in route (authorization is the
//! policy's job, per object, inside the use case), the session cookie, and the session body.

use std::future::{Ready, ready};

use actix_web::cookie::{Cookie, SameSite, time::Duration as CookieDuration};
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest, HttpResponse, web};
use serde::Serialize;

use super::state::AppState;
use crate::auth::{self, COOKIE, CSRF_HEADER, NewSession};
use crate::crypto::{self, TokenHash};
use crate::error::{Error, Result};
use crate::model::Person;
use crate::people::PersonView;
use crate::policy::{self, Actor, WorkspaceCan};
use crate::store;

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

    pub fn id(&self) -> crate::ids::PersonId {
        self.person.id
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
    Error::not_signed_in()
}

/// The hash of the session cookie this request carries, if any.
pub fn session_key(req: &HttpRequest) -> Option<TokenHash> {
    req.cookie(COOKIE).map(|c| crypto::hash_token(c.value()))
}

fn state(req: &HttpRequest) -> Result<&AppState> {
    req.app_data::<web::Data<AppState>>().map(|d| d.get_ref()).ok_or_else(|| Error::internal("app state missing"))
}

fn authenticate(req: &HttpRequest) -> Result<SignedIn> {
    let state = state(req)?;
    let key = session_key(req).ok_or_else(not_signed_in)?;
    let r = state.store.read()?;
    let live = match auth::live_session(&r, &key, state.lifetimes(), &state.activity) {
        Ok(live) => live,
        Err(ended) => {
            // A session ended by someone (a role change, deactivation, a new password) says so.
            if let Ok(Some(end)) = store::sessions::ended(&r, &key) {
                let mut e = Error::unauthorized(auth::ended_message(&r, &end));
                e.reason = Some(end.reason.as_str());
                return Err(e);
            }
            if ended {
                state.activity.forget(&key);
                // Clean up the dead session in the background; the answer does not wait for it.
                let store = state.store.clone();
                actix_web::rt::spawn(async move { auth::drop_session(&store, key).await });
            }
            return Err(not_signed_in());
        }
    };
    if !req.method().is_safe() {
        let sent = req.headers().get(CSRF_HEADER).map(|v| v.as_bytes()).unwrap_or_default();
        if !crypto::ct_eq(sent, live.session.csrf.as_bytes()) {
            return Err(Error::forbidden("csrf", crate::msg!("csrf-missing")));
        }
    }
    // The person's own language, when they chose one, answers this request.
    if let Ok(Some(lang)) = store::languages::get(&r, live.person.id) {
        crate::i18n::set_current(lang);
    }
    state.activity.seen(key, store::Reader::now(&r), state.config.session_idle_timeout);
    if live.touch {
        let store = state.store.clone();
        let at = store::Reader::now(&r);
        actix_web::rt::spawn(async move { auth::touch(&store, key, at).await });
    }
    Ok(SignedIn { person: live.person, key, csrf: live.session.csrf, created_at: live.session.created_at })
}

/// `{person, csrf_token, company_name, can, workspace_language, limits}`: who is signed in, and
/// what they may do. `person.language` is their own choice (null: they follow their browser);
/// `workspace_language` is what a browser in none of our languages falls back to; `limits` are
/// what the client checks before it sends (the server checks them again).
#[derive(Serialize)]
pub struct SessionBody {
    pub person: MeView,
    pub csrf_token: String,
    pub company_name: String,
    pub can: WorkspaceCan,
    pub workspace_language: &'static str,
    pub limits: Limits,
}

#[derive(Serialize)]
pub struct Limits {
    /// The largest upload in bytes (`max_upload`).
    pub max_upload: u64,
}

/// A person as they see themselves: the card, and the language they chose (null: the browser's).
#[derive(Serialize)]
pub struct MeView {
    #[serde(flatten)]
    pub person: PersonView,
    pub language: Option<&'static str>,
}

impl MeView {
    pub fn of(r: &impl store::Reader, person: &Person) -> Result<MeView> {
        let view = PersonView::for_viewer(r, person, &Actor::of(person))?;
        Ok(MeView { person: view, language: store::languages::get(r, person.id)?.map(|l| l.code()) })
    }
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

pub fn session_body(state: &AppState, person: &Person, csrf: String) -> SessionBody {
    // The person with what they may do with their own card, as on `GET /api/people/{me}`.
    let r = state.store.read();
    let view = r.as_ref().map_err(Clone::clone).and_then(|r| MeView::of(r, person));
    let workspace_language = r.as_ref().ok().and_then(|r| store::languages::workspace(r).ok()).unwrap_or_default();
    SessionBody {
        person: view.unwrap_or_else(|_| MeView { person: PersonView::of_self(person), language: None }),
        csrf_token: csrf,
        company_name: company_name(state),
        can: policy::workspace(&Actor::of(person)),
        workspace_language: workspace_language.code(),
        limits: Limits { max_upload: state.config.max_upload },
    }
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

/// The answer to a successful sign-in of any kind: the cookie, and the session body.
pub fn signed_in_response(state: &AppState, mut res: actix_web::HttpResponseBuilder, s: NewSession) -> HttpResponse {
    res.cookie(session_cookie(state, s.token))
        .insert_header(("Cache-Control", "no-store"))
        .json(session_body(state, &s.person, s.csrf))
}
