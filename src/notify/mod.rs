//! Notifications that reach people, and what they say about themselves: status and settings
//! ([`Settings`]), per-chat levels, presence as others see it, Web Push ([`push`]), the notifier
//! that decides who hears of a new message ([`planner`]) and the mail for what was missed
//! ([`missed`]), and reminders about messages ([`reminders`]).
//!
//! How a message reaches someone: posting queues its id in the post's own commit
//! (`store::notify::enqueue`). The notifier drains that queue after the commit: for each
//! recipient (the other people of a direct or group chat, those mentioned, followers of the
//! thread, or every member of a chat set to "all") it applies their chat level, do-not-disturb,
//! quiet hours and whether they have a focused tab, then queues one push per browser they
//! allowed (`PUSH_JOBS`) and notes direct messages and mentions for the mail. The push sender
//! encrypts each push for its browser (RFC 8291) and delivers it with a VAPID signature
//! (RFC 8292), retrying with backoff like mail; a push service's 404 or 410 removes the
//! subscription.
//!
//! Layer: domain (uses `chat` for names, `mail` for letters, `realtime` for who is focused).

pub mod missed;
pub mod planner;
pub mod push;
pub mod reminders;

use serde::Serialize;

use crate::clock::Timestamp;
use crate::error::{Error, Result, Status};
use crate::events::{Event, frame};
use crate::ids::{ChannelId, PersonId};
use crate::model::{ChannelKind, NotifyLevel, Profile, QuietHours};
use crate::msg;
use crate::policy::chats::Action;
use crate::policy::{self, Actor};
use crate::realtime::{Board, Presence};
use crate::store::{self, Reader, WriteTx};

/// The longest email delay one may choose, in minutes (a day).
pub const MAX_EMAIL_DELAY: u32 = 24 * 60;
/// The most people one presence request asks about.
pub const MAX_PRESENCE_IDS: usize = 200;

/// `person`'s level for chat `c`.
pub fn level(r: &impl Reader, person: PersonId, chat: ChannelId, kind: ChannelKind) -> Result<NotifyLevel> {
    Ok(store::notify::chat_level(r, person, chat)?.unwrap_or_else(|| kind.default_notify()))
}

#[derive(Serialize, Clone, Debug, PartialEq, Eq)]
pub struct QuietView {
    /// "22:00"
    pub from: String,
    pub to: String,
    /// Minutes east of UTC the times are in (the browser's offset when they were set).
    pub utc_offset: i16,
}

#[derive(Serialize, Clone, Debug, PartialEq, Eq)]
pub struct NotifyView {
    pub push: bool,
    /// Minutes; 0 = no email.
    pub email_delay: u32,
    pub hide_text: bool,
    pub quiet_hours: Option<QuietView>,
}

/// One's own status and notification settings (`GET /api/me/settings`).
#[derive(Serialize, Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    pub status_text: String,
    pub status_emoji: String,
    pub status_until: Option<Timestamp>,
    pub dnd: bool,
    pub dnd_until: Option<Timestamp>,
    pub notify: NotifyView,
}

fn hhmm(min: u16) -> String {
    format!("{:02}:{:02}", min / 60, min % 60)
}

/// "22:30" -> minutes after midnight.
pub fn parse_hhmm(s: &str) -> Option<u16> {
    let (h, m) = s.trim().split_once(':')?;
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

impl Settings {
    pub fn of(p: &Profile, now: Timestamp) -> Settings {
        let (text, emoji) = p.status_at(now);
        Settings {
            status_text: text.to_string(),
            status_emoji: emoji.to_string(),
            status_until: if text.is_empty() && emoji.is_empty() { None } else { p.status_until },
            dnd: p.dnd_at(now),
            dnd_until: if p.dnd_at(now) { p.dnd_until } else { None },
            notify: NotifyView {
                push: p.push,
                email_delay: p.email_delay_min,
                hide_text: p.hide_text,
                quiet_hours: p.quiet.map(|q| QuietView {
                    from: hhmm(q.from_min),
                    to: hhmm(q.to_min),
                    utc_offset: q.utc_offset_min,
                }),
            },
        }
    }
}

pub fn settings(r: &impl Reader, actor: &Actor) -> Result<Settings> {
    Ok(Settings::of(&store::notify::profile(r, actor.id)?, r.now()))
}

/// A change to one's status and settings; `None` leaves a value as it is.
#[derive(Clone, Debug, Default)]
pub struct SettingsPatch {
    pub status_text: Option<String>,
    pub status_emoji: Option<String>,
    pub status_until: Option<Option<Timestamp>>,
    pub dnd: Option<bool>,
    pub dnd_until: Option<Option<Timestamp>>,
    pub push: Option<bool>,
    pub email_delay: Option<u32>,
    pub hide_text: Option<bool>,
    pub quiet_hours: Option<Option<QuietHours>>,
}

impl SettingsPatch {
    pub fn is_empty(&self) -> bool {
        self.status_text.is_none()
            && self.status_emoji.is_none()
            && self.status_until.is_none()
            && self.dnd.is_none()
            && self.dnd_until.is_none()
            && self.push.is_none()
            && self.email_delay.is_none()
            && self.hide_text.is_none()
            && self.quiet_hours.is_none()
    }
}

pub fn email_delay(minutes: u32) -> Result<u32> {
    if minutes > MAX_EMAIL_DELAY {
        return Err(Error::t(Status::Unprocessable, "invalid_email_delay", msg!("email-delay-invalid")));
    }
    Ok(minutes)
}

/// A person's status as others see it (in `presence` frames and `GET /api/presence`).
#[derive(Serialize, Clone, Debug)]
pub struct PresenceView {
    pub id: PersonId,
    pub presence: Presence,
    pub status_text: String,
    pub status_emoji: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_until: Option<Timestamp>,
    pub dnd: bool,
}

fn presence_view(id: PersonId, presence: Presence, p: &Profile, now: Timestamp) -> PresenceView {
    let s = Settings::of(p, now);
    PresenceView {
        id,
        presence,
        status_text: s.status_text,
        status_emoji: s.status_emoji,
        status_until: s.status_until,
        dnd: s.dnd,
    }
}

/// Changes one's own status and settings. A changed status (text, emoji, do-not-disturb) is
/// told live to everyone who may see the person.
pub fn update_settings(tx: &mut WriteTx<'_>, actor_id: PersonId, patch: &SettingsPatch) -> Result<Settings> {
    let actor = policy::actor(tx, actor_id)?;
    let ok = policy::account::own(&actor, "change own status and notification settings");
    let now = tx.now();
    let mut p = store::notify::profile(tx, actor.id)?;
    let before = Settings::of(&p, now);
    if let Some(t) = &patch.status_text {
        p.status_text = t.clone();
    }
    if let Some(e) = &patch.status_emoji {
        p.status_emoji = e.clone();
    }
    if let Some(u) = patch.status_until {
        p.status_until = u;
    } else if patch.status_text.is_some() || patch.status_emoji.is_some() {
        // A new status without an expiry keeps no old one.
        p.status_until = None;
    }
    if let Some(d) = patch.dnd {
        p.dnd = d;
        if !d {
            p.dnd_until = None;
        }
    }
    if let Some(u) = patch.dnd_until {
        p.dnd_until = u;
    }
    if let Some(v) = patch.push {
        p.push = v;
    }
    if let Some(v) = patch.email_delay {
        p.email_delay_min = v;
    }
    if let Some(v) = patch.hide_text {
        p.hide_text = v;
    }
    if let Some(q) = patch.quiet_hours {
        p.quiet = q;
    }
    store::notify::save_profile(tx, &ok, actor.id, &p)?;
    let after = Settings::of(&p, now);
    let status_changed = before.status_text != after.status_text
        || before.status_emoji != after.status_emoji
        || before.status_until != after.status_until
        || before.dnd != after.dnd;
    if status_changed {
        // The presence itself is the hub's to tell; clients keep the one they have.
        #[derive(Serialize)]
        struct Status<'a> {
            id: PersonId,
            status_text: &'a str,
            status_emoji: &'a str,
            status_until: Option<Timestamp>,
            dnd: bool,
        }
        let item = Status {
            id: actor.id,
            status_text: &after.status_text,
            status_emoji: &after.status_emoji,
            status_until: after.status_until,
            dnd: after.dnd,
        };
        tx.emit(Event::AboutPerson {
            person: actor.id,
            frame: frame("presence", &serde_json::json!({ "people": [item] })),
        });
    }
    Ok(after)
}

/// The presence and status of the people asked about whom `actor` may see; the others are left
/// out, as if they did not exist.
pub fn presence_of(r: &impl Reader, actor: &Actor, ids: &[PersonId], board: &Board) -> Result<Vec<PresenceView>> {
    if ids.len() > MAX_PRESENCE_IDS {
        return Err(Error::t(Status::Unprocessable, "too_many_ids", msg!("presence-too-many", max = MAX_PRESENCE_IDS)));
    }
    let now = r.now();
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        let Some(p) = store::people::get(r, *id)? else { continue };
        if !policy::people::sees_presence(r, actor, &p)? || out.iter().any(|v: &PresenceView| v.id == *id) {
            continue;
        }
        out.push(presence_view(*id, board.presence(*id), &store::notify::profile(r, *id)?, now));
    }
    Ok(out)
}

/// Sets one's notification level for a chat (`all`, `mentions`, `none`); answers the level.
pub fn set_chat_level(
    tx: &mut WriteTx<'_>,
    actor_id: PersonId,
    chat: ChannelId,
    level: NotifyLevel,
) -> Result<NotifyLevel> {
    let actor = policy::actor(tx, actor_id)?;
    let c = store::chat::channel(tx, chat)?.ok_or_else(|| Error::not_found("chat"))?;
    let ok = policy::chats::check(tx, &actor, Action::TuneNotifications(&c))?;
    let stored = (level != c.kind.default_notify()).then_some(level);
    store::notify::set_chat_level(tx, &ok, actor.id, c.id, stored)?;
    #[derive(Serialize)]
    struct Changed {
        channel_id: ChannelId,
        notify: &'static str,
    }
    tx.emit(Event::send(vec![actor.id], "channel.notify", &Changed { channel_id: c.id, notify: level.as_str() }));
    Ok(level)
}
