//! HTTP for notifications, status and presence: one's own status and settings (the part of
//! `PATCH /api/me` that `http::account` hands here, and `/api/me/settings`), per-chat levels, Web Push subscriptions and the server's VAPID key,
//! and others' presence.

use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};

use super::Json;
use super::input::{After, forward, limit, nullable};
use super::session::SignedIn;
use super::state::AppState;
use crate::clock::Timestamp;
use crate::error::{Error, Result, Status};
use crate::ids::{ChannelId, MessageId, PersonId, PushSubId, ReminderId};
use crate::model::{NotifyLevel, QuietHours};
use crate::msg;
use crate::notify::push::{self, NewSubscription};
use crate::notify::{self, SettingsPatch};

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/api/me/settings").get(my_settings))
        .service(web::resource("/api/channels/{id}/notify").put(set_level))
        .service(web::resource("/api/presence").get(presence))
        .service(web::resource("/api/push/key").get(key))
        .service(web::resource("/api/push/subscriptions").get(subscriptions).post(subscribe))
        .service(web::resource("/api/push/subscriptions/{id}").delete(unsubscribe))
        .service(web::resource("/api/messages/{id}/remind").post(remind))
        .service(web::resource("/api/reminders").get(reminders))
        .service(web::resource("/api/reminders/{id}").delete(cancel_reminder));
}

fn time(s: &str) -> Result<Timestamp> {
    Timestamp::parse(s).ok_or_else(|| Error::invalid("invalid_time", msg!("time-rfc3339")))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuietBody {
    from: String,
    to: String,
    #[serde(default)]
    utc_offset: i16,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct NotifyBody {
    push: Option<bool>,
    /// Minutes; 0 = no email.
    email_delay: Option<u32>,
    hide_text: Option<bool>,
    #[serde(default, deserialize_with = "nullable")]
    quiet_hours: Option<Option<QuietBody>>,
}

/// The status and notification fields of `PATCH /api/me`.
pub(super) struct SettingsBody {
    pub status_text: Option<String>,
    pub status_emoji: Option<String>,
    pub status_until: Option<Option<String>>,
    pub dnd: Option<bool>,
    pub dnd_until: Option<Option<String>>,
    pub notify: Option<NotifyBody>,
}

impl SettingsBody {
    pub fn is_empty(&self) -> bool {
        self.status_text.is_none()
            && self.status_emoji.is_none()
            && self.status_until.is_none()
            && self.dnd.is_none()
            && self.dnd_until.is_none()
            && self.notify.is_none()
    }
}

/// One's status (text, emoji, expiry), do-not-disturb and notification settings, checked.
pub(super) fn settings_patch(b: SettingsBody) -> Result<SettingsPatch> {
    let emoji = match b.status_emoji.as_deref().map(str::trim) {
        None => None,
        Some("") => Some(String::new()),
        Some(e) => Some(crate::input::Reaction::parse(e)?.as_str().to_string()),
    };
    let n = b.notify.unwrap_or(NotifyBody { push: None, email_delay: None, hide_text: None, quiet_hours: None });
    let quiet = match n.quiet_hours {
        None => None,
        Some(None) => Some(None),
        Some(Some(q)) => {
            let bad = || Error::t(Status::Unprocessable, "invalid_quiet_hours", msg!("quiet-hours-invalid"));
            let (from, to) = (notify::parse_hhmm(&q.from).ok_or_else(bad)?, notify::parse_hhmm(&q.to).ok_or_else(bad)?);
            if from == to || !(-14 * 60..=14 * 60).contains(&q.utc_offset) {
                return Err(bad());
            }
            Some(Some(QuietHours { from_min: from, to_min: to, utc_offset_min: q.utc_offset }))
        }
    };
    Ok(SettingsPatch {
        status_text: b.status_text.as_deref().map(crate::input::status_text).transpose()?,
        status_emoji: emoji,
        status_until: b.status_until.map(|o| o.as_deref().map(time).transpose()).transpose()?,
        dnd: b.dnd,
        dnd_until: b.dnd_until.map(|o| o.as_deref().map(time).transpose()).transpose()?,
        push: n.push,
        email_delay: n.email_delay.map(notify::email_delay).transpose()?,
        hide_text: n.hide_text,
        quiet_hours: quiet,
    })
}

async fn my_settings(state: web::Data<AppState>, me: SignedIn) -> Result<HttpResponse> {
    Ok(HttpResponse::Ok().json(notify::settings(&state.store.read()?, &me.actor())?))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LevelBody {
    level: String,
}

#[derive(Serialize)]
struct LevelAnswer {
    channel_id: ChannelId,
    level: &'static str,
}

/// `PUT /api/channels/{id}/notify` `{level: "all" | "mentions" | "none"}`.
async fn set_level(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<ChannelId>,
    body: Json<LevelBody>,
) -> Result<HttpResponse> {
    let level = NotifyLevel::parse(&body.level)
        .ok_or_else(|| Error::t(Status::Unprocessable, "invalid_level", msg!("notify-level-invalid")))?;
    let (me_id, id) = (me.id(), id.into_inner());
    let level = state.store.write(move |tx| notify::set_chat_level(tx, me_id, id, level)).await?;
    Ok(HttpResponse::Ok().json(LevelAnswer { channel_id: id, level: level.as_str() }))
}

#[derive(Deserialize)]
struct PresenceQuery {
    /// Person ids, comma-separated (at most 200).
    ids: String,
}

/// `GET /api/presence?ids=a,b,c` → `{people: [{id, presence, status_text, status_emoji,
/// status_until?, dnd}]}` for those of them the viewer may see; their changes then come live
/// (`presence` frames) to the viewer's open tabs, until the last one closes.
async fn presence(state: web::Data<AppState>, me: SignedIn, q: web::Query<PresenceQuery>) -> Result<HttpResponse> {
    let parts: Vec<&str> = q.ids.split(',').map(str::trim).filter(|s| !s.is_empty()).collect();
    if parts.len() > notify::MAX_PRESENCE_IDS {
        return Err(Error::t(
            Status::Unprocessable,
            "too_many_ids",
            msg!("presence-too-many", max = notify::MAX_PRESENCE_IDS),
        ));
    }
    // Ids that do not parse are people nobody can see.
    let ids: Vec<PersonId> = parts.iter().filter_map(|s| s.parse().ok()).collect();
    let people = notify::presence_of(&state.store.read()?, &me.actor(), &ids, &state.hub.board)?;
    // From now on their changes reach this person's open tabs.
    state.hub.watch(me.id(), people.iter().map(|p| p.id).collect());
    Ok(HttpResponse::Ok().json(serde_json::json!({ "people": people })))
}

/// `GET /api/push/key` → `{vapid_public_key}`: what browsers subscribe with.
async fn key(state: web::Data<AppState>, _me: SignedIn) -> Result<HttpResponse> {
    Ok(HttpResponse::Ok().json(serde_json::json!({ "vapid_public_key": state.pusher.vapid.public_key() })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Keys {
    p256dh: String,
    auth: String,
}

/// A browser's `PushSubscription.toJSON()` (its `expirationTime`, if sent, is not needed).
#[derive(Deserialize)]
struct SubscribeBody {
    endpoint: String,
    keys: Keys,
}

async fn subscribe(state: web::Data<AppState>, me: SignedIn, body: Json<SubscribeBody>) -> Result<HttpResponse> {
    let b = body.into_inner();
    let s = NewSubscription::parse(&b.endpoint, &b.keys.p256dh, &b.keys.auth, state.config.allow_private_targets)?;
    let me_id = me.id();
    let id = state.store.write(move |tx| push::subscribe(tx, me_id, &s)).await?;
    Ok(HttpResponse::Created().json(serde_json::json!({ "id": id })))
}

async fn subscriptions(state: web::Data<AppState>, me: SignedIn) -> Result<HttpResponse> {
    let list = push::subscriptions(&state.store.read()?, &me.actor())?;
    Ok(HttpResponse::Ok().json(serde_json::json!({ "subscriptions": list })))
}

async fn unsubscribe(state: web::Data<AppState>, me: SignedIn, id: web::Path<PushSubId>) -> Result<HttpResponse> {
    let (me_id, id) = (me.id(), id.into_inner());
    state.store.write(move |tx| push::unsubscribe(tx, me_id, id)).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RemindBody {
    /// When, RFC 3339.
    at: String,
}

/// `POST /api/messages/{id}/remind` `{at}` → 201 the reminder.
async fn remind(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<MessageId>,
    body: Json<RemindBody>,
) -> Result<HttpResponse> {
    let at = time(&body.at)?;
    let (me_id, id) = (me.id(), id.into_inner());
    let v = state.store.write(move |tx| crate::notify::reminders::remind(tx, me_id, id, at)).await?;
    Ok(HttpResponse::Created().json(v))
}

/// `GET /api/reminders?after=&limit=` → `{reminders: [...], next_after}`.
async fn reminders(state: web::Data<AppState>, me: SignedIn, q: web::Query<After>) -> Result<HttpResponse> {
    let page = crate::notify::reminders::list(&state.store.read()?, &me.actor(), q.after.as_ref(), limit(q.limit))?;
    Ok(HttpResponse::Ok().json(forward("reminders", page)))
}

async fn cancel_reminder(state: web::Data<AppState>, me: SignedIn, id: web::Path<ReminderId>) -> Result<HttpResponse> {
    let (me_id, id) = (me.id(), id.into_inner());
    state.store.write(move |tx| crate::notify::reminders::cancel(tx, me_id, id)).await?;
    Ok(HttpResponse::NoContent().finish())
}
