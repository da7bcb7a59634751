//! HTTP for one's own account (`/api/me`: name and title, password) and for the workspace's
//! settings (`/api/workspace`: company name, accent colour, language), and the stylesheet that
//! carries the accent colour (`/theme.css`, public: the sign-in and invitation pages use it too).

use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::Json;
use super::input::nullable;
use super::session::MeView;
use super::session::SignedIn;
use super::state::AppState;
use crate::auth;
use crate::error::Result;
use crate::input::{Color, Language, Line, Name, Password};
use crate::people::{self, Patch};
use crate::workspace;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/api/me").patch(update_me))
        .service(web::resource("/api/me/password").post(change_password))
        .service(web::resource("/api/workspace").get(get_workspace).patch(update_workspace))
        .route("/theme.css", web::get().to(theme_css));
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MeBody {
    first_name: Option<String>,
    last_name: Option<String>,
    title: Option<String>,
    phone: Option<String>,
    /// `en`, `ru`, `de` or `es`; `null` follows the browser again.
    #[serde(default, deserialize_with = "nullable")]
    language: Option<Option<String>>,
    // Status and notifications (checked by `http::notify`).
    status_text: Option<String>,
    status_emoji: Option<String>,
    #[serde(default, deserialize_with = "nullable")]
    status_until: Option<Option<String>>,
    dnd: Option<bool>,
    #[serde(default, deserialize_with = "nullable")]
    dnd_until: Option<Option<String>>,
    notify: Option<super::notify::NotifyBody>,
}

/// `PATCH /api/me`: one's own name, job title, phone, language, status, do-not-disturb and
/// notification settings, in one commit; answers the person as they see themselves (with
/// `language`) and their settings (`status_text`, `status_emoji`, `status_until`, `dnd`,
/// `dnd_until`, `notify`).
async fn update_me(state: web::Data<AppState>, me: SignedIn, body: Json<MeBody>) -> Result<HttpResponse> {
    let b = body.into_inner();
    let settings = super::notify::SettingsBody {
        status_text: b.status_text,
        status_emoji: b.status_emoji,
        status_until: b.status_until,
        dnd: b.dnd,
        dnd_until: b.dnd_until,
        notify: b.notify,
    };
    let settings = if settings.is_empty() { None } else { Some(super::notify::settings_patch(settings)?) };
    let person_fields = b.first_name.is_some() || b.last_name.is_some() || b.title.is_some() || b.phone.is_some();
    let patch = Patch {
        first_name: b.first_name.as_deref().map(Name::first_name).transpose()?,
        last_name: b.last_name.as_deref().map(Name::last_name).transpose()?,
        title: b.title.as_deref().map(Line::title).transpose()?,
        phone: b.phone.as_deref().map(Line::phone).transpose()?,
        ..Patch::default()
    };
    let language = match b.language {
        None => None,
        Some(None) => Some(None),
        Some(Some(l)) if l.trim().is_empty() => Some(None),
        Some(Some(l)) => Some(Some(Language::parse(&l)?.lang())),
    };
    let me_id = me.id();
    let p = state
        .store
        .write(move |tx| {
            let p = if person_fields || settings.is_none() {
                people::update(tx, me_id, me_id, &patch)?
            } else {
                crate::store::people::get(tx, me_id)?.ok_or_else(crate::error::Error::not_signed_in)?
            };
            if let Some(l) = language {
                people::set_language(tx, me_id, l)?;
            }
            if let Some(s) = &settings {
                crate::notify::update_settings(tx, me_id, s)?;
            }
            Ok(p)
        })
        .await?;
    // This answer is already in the newly chosen language.
    if let Some(Some(l)) = language {
        crate::i18n::set_current(l);
    }
    let r = state.store.read()?;
    let mut answer = serde_json::to_value(MeView::of(&r, &p)?).map_err(crate::error::Error::internal)?;
    let settings =
        serde_json::to_value(crate::notify::settings(&r, &me.actor())?).map_err(crate::error::Error::internal)?;
    if let (Some(a), serde_json::Value::Object(s)) = (answer.as_object_mut(), settings) {
        a.extend(s);
    }
    Ok(HttpResponse::Ok().json(answer))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PasswordBody {
    current_password: String,
    password: String,
}

/// `POST /api/me/password`: 204; the person's other sessions end, this one stays.
#[tracing::instrument(skip_all)]
async fn change_password(state: web::Data<AppState>, me: SignedIn, body: Json<PasswordBody>) -> Result<HttpResponse> {
    let b = body.into_inner();
    let new = Password::parse(b.password)?;
    auth::change_password(&state.store, &state.passwords, &state.limiter, me.id(), me.key, b.current_password, new)
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

async fn get_workspace(state: web::Data<AppState>, me: SignedIn) -> Result<HttpResponse> {
    Ok(HttpResponse::Ok().json(workspace::view(&state.store.read()?, &me.actor())?))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WorkspaceBody {
    name: Option<String>,
    /// `null` goes back to Bivouac's own colour.
    #[serde(default, deserialize_with = "nullable")]
    accent_color: Option<Option<String>>,
    language: Option<String>,
}

/// `PATCH /api/workspace` (Owners): answers the settings as `GET` does. Other people's pages show
/// the new name and colour when they next load.
async fn update_workspace(state: web::Data<AppState>, me: SignedIn, body: Json<WorkspaceBody>) -> Result<HttpResponse> {
    let b = body.into_inner();
    let patch = workspace::Patch {
        name: b.name.as_deref().map(Name::company).transpose()?,
        accent_color: match b.accent_color {
            None => None,
            Some(None) => Some(None),
            Some(Some(c)) if c.trim().is_empty() => Some(None),
            Some(Some(c)) => Some(Some(Color::parse(&c)?)),
        },
        language: b.language.as_deref().map(Language::parse).transpose()?,
    };
    let me_id = me.id();
    let language = patch.language;
    state.store.write(move |tx| workspace::update(tx, me_id, &patch)).await?;
    if let Some(l) = language {
        state.workspace_language.set(l.lang());
        // Built-in bots nobody has touched yet take the new language too.
        let lang = l.lang();
        state.store.write(move |tx| crate::bots::builtin::speak(tx, lang)).await?;
    }
    Ok(HttpResponse::Ok().json(workspace::view(&state.store.read()?, &me.actor())?))
}

/// The accent colour as CSS custom properties for light and dark mode; empty when the Owner has
/// not chosen one. Never cached long: a change shows on the next page load.
async fn theme_css(state: web::Data<AppState>) -> Result<HttpResponse> {
    let css = workspace::theme(&state.store.read()?)?.map(|t| t.css()).unwrap_or_default();
    Ok(HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header(("Cache-Control", "no-cache"))
        .body(css))
}
