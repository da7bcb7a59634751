//! "Remind me about this message": a reminder at a chosen time arrives as a notification (a
//! live `reminder` event to the person's open tabs, and a push to each browser they allowed),
//! kept in the data file across restarts until it is delivered or cancelled.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use serde::Serialize;

use super::push::Pusher;
use crate::clock::Timestamp;
use crate::error::{Error, Result, Status};
use crate::events::Event;
use crate::ids::{ChannelId, MessageId, PersonId, PushJobId, ReminderId};
use crate::model::{PushJob, Reminder};
use crate::msg;
use crate::policy::chats::Action;
use crate::policy::{self, Actor};
use crate::store::{self, Cursor, Page, Reader, Store, WriteTx};

/// The most reminders one person keeps waiting.
pub const MAX_PER_PERSON: usize = 100;

#[derive(Serialize, Clone, Debug)]
pub struct ReminderView {
    pub id: ReminderId,
    pub message_id: MessageId,
    pub channel_id: ChannelId,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thread_root: Option<MessageId>,
    pub at: Timestamp,
    /// A short preview of the message (empty once it was deleted).
    pub preview: String,
    /// Where the message opens.
    pub url: String,
}

fn view(r: &impl Reader, x: &Reminder) -> Result<ReminderView> {
    let m = store::chat::message(r, x.message)?;
    let preview = match &m {
        Some(m) if !m.deleted => super::planner::preview(r, &m.body)?,
        _ => String::new(),
    };
    let thread_root = m.as_ref().and_then(|m| m.thread_root);
    let url = match thread_root {
        Some(root) => format!("/c/{}?at={root}&thread={root}", x.channel),
        None => format!("/c/{}?at={}", x.channel, x.message),
    };
    Ok(ReminderView { id: x.id, message_id: x.message, channel_id: x.channel, thread_root, at: x.at, preview, url })
}

/// Sets a reminder about message `id` (one the actor may read) at `at`, in the future.
pub fn remind(tx: &mut WriteTx<'_>, actor_id: PersonId, id: MessageId, at: Timestamp) -> Result<ReminderView> {
    let actor = policy::actor(tx, actor_id)?;
    let m = store::chat::message(tx, id)?.ok_or_else(|| Error::not_found("message"))?;
    let c = store::chat::channel(tx, m.channel)?.ok_or_else(|| Error::not_found("message"))?;
    let ok =
        policy::chats::check(tx, &actor, Action::TuneNotifications(&c)).map_err(|_| Error::not_found("message"))?;
    if at <= tx.now() {
        return Err(Error::t(Status::Unprocessable, "reminder_in_the_past", msg!("reminder-past")));
    }
    let mine = store::notify::reminders_page(tx, actor.id, None, MAX_PER_PERSON + 1)?;
    if mine.items.len() >= MAX_PER_PERSON {
        return Err(Error::t(Status::Conflict, "too_many_reminders", msg!("reminder-limit", max = MAX_PER_PERSON)));
    }
    let x = Reminder { id: ReminderId(tx.new_id()), person: actor.id, channel: c.id, message: m.id, at };
    store::notify::save_reminder(tx, &ok, &x)?;
    view(tx, &x)
}

pub fn cancel(tx: &mut WriteTx<'_>, actor_id: PersonId, id: ReminderId) -> Result<()> {
    let actor = policy::actor(tx, actor_id)?;
    let ok = policy::account::own(&actor, "cancel own reminder");
    match store::notify::reminder(tx, id)? {
        Some(x) if x.person == actor.id => {
            store::notify::remove_reminder(tx, &ok, id)?;
            Ok(())
        }
        _ => Err(Error::not_found("item")),
    }
}

pub fn list(r: &impl Reader, actor: &Actor, after: Option<&Cursor>, limit: usize) -> Result<Page<ReminderView>> {
    store::notify::reminders_page(r, actor.id, after, limit)?.try_map(|x| view(r, &x))
}

/// Stops the task.
#[derive(Clone, Default)]
pub struct Stop(Arc<AtomicBool>);

impl Stop {
    pub fn stop(&self) {
        self.0.store(true, Ordering::SeqCst);
    }
}

/// Every second: delivers due reminders.
pub async fn run(store: Store, pusher: Pusher, stop: Stop) {
    while !stop.0.load(Ordering::SeqCst) {
        tokio::time::sleep(Duration::from_secs(1)).await;
        let due = store.read().and_then(|r| store::notify::reminders_due(&r, store.now(), 64)).unwrap_or_default();
        if due.is_empty() {
            continue;
        }
        let ids: Vec<ReminderId> = due.iter().map(|x| x.id).collect();
        match store.write(move |tx| deliver(tx, &ids)).await {
            Ok(true) => pusher.wake(),
            Ok(false) => {}
            Err(e) => tracing::warn!(error = %e, "could not deliver reminders"),
        }
    }
}

/// Delivers reminders: a live event and a push per browser; the reminder is then done. True
/// if pushes were queued. A reminder about a chat the person has left is dropped quietly.
fn deliver(tx: &mut WriteTx<'_>, ids: &[ReminderId]) -> Result<bool> {
    let ok = policy::system("deliver reminders");
    let mut pushed = false;
    let now = tx.now();
    for id in ids {
        let Some(x) = store::notify::remove_reminder(tx, &ok, *id)? else { continue };
        if !store::chat::is_member(tx, x.channel, x.person)? {
            continue;
        }
        let v = view(tx, &x)?;
        tx.emit(Event::send(vec![x.person], "reminder", &v));
        let title = crate::msg!("push-reminder").render(crate::i18n::Lang::default());
        let payload = serde_json::json!({
            "title": title, "body": v.preview, "url": v.url, "tag": format!("reminder-{}", x.id),
            "kind": "reminder", "message_id": x.message,
        })
        .to_string();
        for s in store::push::subs_of(tx, x.person)? {
            let job = PushJob {
                id: PushJobId(tx.new_id()),
                sub: s.id,
                payload: payload.clone(),
                ttl: 24 * 3600,
                due: now,
                attempts: 0,
                topic: String::new(),
            };
            store::push::save_job(tx, &ok, &job)?;
            pushed = true;
        }
    }
    Ok(pushed)
}
