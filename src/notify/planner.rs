//! The notifier: drains the queue of new messages (`NOTIFY_QUEUE`, written in each post's own
//! commit) and decides who hears of each, and how: a push to each browser of each recipient who
//! is not looking already, and a note for the "what you missed" mail.
//!
//! Planning reads in a read transaction (a channel of 10,000 members costs the writer nothing);
//! the pushes are then queued in writes of at most [`CHUNK`], the last of which also takes the
//! message off the queue. A crash between those writes plans the message again: a push may come
//! twice, none is lost.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use serde::Serialize;
use tokio::sync::Notify;

use super::push::Pusher;
use crate::clock::Timestamp;
use crate::error::Result;
use crate::ids::{MessageId, PersonId, PushJobId};
use crate::model::{ChannelKind, Missed, MissedState, NotifyLevel, PushJob, Reach};
use crate::policy;
use crate::realtime::Board;
use crate::store::{self, Reader, Store, WriteTx};

/// Pushes queued per write.
pub const CHUNK: usize = 500;
/// How long a push service keeps a push for a browser that is offline (seconds).
const TTL: u32 = 24 * 3600;
/// The "what you missed" mail comes at most this often.
pub const MAIL_EVERY: Duration = Duration::from_secs(3600);

/// Wakes the notifier (a message was posted) and stops it.
#[derive(Clone, Default)]
pub struct Notifier {
    wake: Arc<Notify>,
    stop: Arc<AtomicBool>,
}

impl Notifier {
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    pub fn stop(&self) {
        self.stop.store(true, Ordering::SeqCst);
        self.wake.notify_one();
    }
}

/// What one push says (the JSON the service worker shows).
#[derive(Serialize)]
struct Payload<'a> {
    title: &'a str,
    body: &'a str,
    /// Where a click on it goes.
    url: &'a str,
    /// Notifications with the same tag replace each other (one per chat).
    tag: String,
    kind: &'static str,
    message_id: MessageId,
}

/// What a message leads to.
#[derive(Default)]
struct Plan {
    jobs: Vec<PushJob>,
    missed: Vec<(PersonId, Missed, u32)>,
}

pub async fn run(store: Store, board: Arc<Board>, pusher: Pusher, notifier: Notifier) {
    while !notifier.stop.load(Ordering::SeqCst) {
        let queued = store.read().and_then(|r| store::notify::queued(&r, 32)).unwrap_or_default();
        if queued.is_empty() {
            let _ = tokio::time::timeout(Duration::from_secs(1), notifier.wake.notified()).await;
            continue;
        }
        let mut plans = Vec::with_capacity(queued.len());
        for (pos, message) in queued {
            let plan = store.read().and_then(|r| plan(&r, message, &board)).unwrap_or_else(|e| {
                tracing::warn!(error = %e, "could not work out who to notify of a message; skipped");
                Plan::default()
            });
            plans.push((pos, plan));
        }
        let pushes = plans.iter().any(|(_, p)| !p.jobs.is_empty());
        if let Err(e) = queue(&store, plans).await {
            tracing::warn!(error = %e, "could not queue notifications");
            tokio::time::sleep(Duration::from_secs(1)).await;
            continue;
        }
        if pushes {
            pusher.wake();
        }
    }
}

/// One write of the notifier: pushes to queue, missed items to note, queue positions to drop.
#[derive(Default)]
struct Batch {
    jobs: Vec<PushJob>,
    missed: Vec<(PersonId, Missed, u32)>,
    done: Vec<u64>,
}

/// Writes the plans of several messages in as few writes as the [`CHUNK`] limit allows (most
/// messages notify nobody, and all of them share one write). A message leaves the queue in the
/// write that holds the last of its pushes.
async fn queue(store: &Store, plans: Vec<(u64, Plan)>) -> Result<()> {
    let mut batch = Batch::default();
    for (pos, Plan { mut jobs, missed }) in plans {
        while batch.jobs.len() + jobs.len() > CHUNK {
            let room = CHUNK.saturating_sub(batch.jobs.len()).max(1).min(jobs.len());
            batch.jobs.extend(jobs.drain(..room));
            let full = std::mem::take(&mut batch);
            store.write(move |tx| write(tx, &full)).await?;
        }
        batch.jobs.extend(jobs);
        batch.missed.extend(missed);
        batch.done.push(pos);
    }
    store.write(move |tx| write(tx, &batch)).await
}

fn write(tx: &mut WriteTx<'_>, b: &Batch) -> Result<()> {
    save_jobs(tx, &b.jobs)?;
    let ok = policy::system("note what a person missed");
    let now = tx.now();
    for (person, m, delay) in &b.missed {
        store::notify::add_missed(tx, &ok, *person, m)?;
        let mut s: MissedState = store::notify::missed_state(tx, *person)?;
        if s.due.is_none() {
            let mut due = now.plus(Duration::from_secs(u64::from(*delay) * 60));
            if let Some(last) = s.last_sent {
                due = due.max(last.plus(MAIL_EVERY));
            }
            s.due = Some(due);
            store::notify::save_missed_state(tx, &ok, *person, &s)?;
        }
    }
    for pos in &b.done {
        store::notify::dequeue(tx, &ok, *pos)?;
    }
    Ok(())
}

fn save_jobs(tx: &mut WriteTx<'_>, jobs: &[PushJob]) -> Result<()> {
    let ok = policy::system("queue pushes");
    let now = tx.now();
    for j in jobs {
        let mut j = j.clone();
        j.id = PushJobId(tx.new_id());
        j.due = now;
        store::push::save_job(tx, &ok, &j)?;
    }
    Ok(())
}

/// A short plain-text preview of a message: mentions as names, formatting marks dropped, at
/// most 140 characters.
pub fn preview(r: &impl Reader, body: &str) -> Result<String> {
    let mut out = String::with_capacity(body.len().min(200));
    let mut rest = body;
    while let Some(i) = rest.find("<@") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 2..];
        match after.find('>').and_then(|j| after[..j].parse::<PersonId>().ok().map(|id| (j, id))) {
            Some((j, id)) => {
                let name = store::people::get(r, id)?.map(|p| p.full_name()).unwrap_or_default();
                out.push('@');
                out.push_str(&name);
                rest = &after[j + 1..];
            }
            None => {
                out.push_str("<@");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    let plain: String = out.chars().filter(|c| !matches!(c, '*' | '_' | '`')).collect();
    let words: Vec<&str> = plain.split_whitespace().collect();
    let mut text = words.join(" ");
    if text.chars().count() > 140 {
        text = text.chars().take(139).collect::<String>() + "…";
    }
    Ok(text)
}

/// Who hears of message `id`, and how.
fn plan(r: &impl Reader, id: MessageId, board: &Board) -> Result<Plan> {
    let mut plan = Plan::default();
    let Some(m) = store::chat::message(r, id)? else { return Ok(plan) };
    let Some(c) = store::chat::channel(r, m.channel)? else { return Ok(plan) };
    if m.deleted {
        return Ok(plan);
    }
    // Who, and why (the strongest reason wins: a mention over a thread reply over the chat).
    let mut reach: BTreeMap<PersonId, Reach> = BTreeMap::new();
    let direct = matches!(c.kind, ChannelKind::Direct | ChannelKind::Group);
    if direct {
        for p in store::chat::members(r, c.id)? {
            reach.insert(p, Reach::Direct);
        }
    } else {
        // Members who chose "all" for this channel hear of everything in it (an index, so a
        // big channel costs only its loud members).
        for p in store::notify::loud_members(r, c.id)? {
            reach.insert(p, Reach::Chat);
        }
    }
    if let Some(root) = m.thread_root {
        for p in store::chat::thread_followers(r, root)? {
            reach
                .entry(p)
                .and_modify(|w| *w = if *w == Reach::Chat { Reach::Thread } else { *w })
                .or_insert(Reach::Thread);
        }
    }
    for p in &m.mentions {
        reach.insert(*p, Reach::Mention);
    }
    reach.remove(&m.author);
    if reach.is_empty() {
        return Ok(plan);
    }
    let now = r.now();
    let author = store::people::get(r, m.author)?.map(|p| p.full_name()).unwrap_or_default();
    let title = match c.kind {
        ChannelKind::Channel => format!("{author} · #{}", c.name),
        _ => author.clone(),
    };
    let text = if m.body.is_empty() {
        store::files::of_message(r, c.id, m.id)?.iter().map(|f| format!("📎 {}", f.name)).collect::<Vec<_>>().join(", ")
    } else {
        preview(r, &m.body)?
    };
    let hidden = crate::msg!("push-new-message").render(crate::i18n::Lang::default());
    let url = match m.thread_root {
        Some(root) => format!("/c/{}?at={root}&thread={root}", c.id),
        None => format!("/c/{}?at={}", c.id, m.id),
    };
    for (person, why) in reach {
        let Some(p) = store::people::get(r, person)? else { continue };
        if !p.can_sign_in(now) || !store::chat::is_member(r, c.id, person)? {
            continue;
        }
        let level = store::notify::chat_level(r, person, c.id)?.unwrap_or_else(|| c.kind.default_notify());
        let wanted = match level {
            NotifyLevel::Nothing => false,
            NotifyLevel::Mentions => matches!(why, Reach::Mention | Reach::Thread),
            NotifyLevel::All => true,
        };
        if !wanted {
            continue;
        }
        let profile = store::notify::profile(r, person)?;
        if matches!(why, Reach::Direct | Reach::Mention) && profile.email_delay_min > 0 {
            let missed =
                Missed { channel: c.id, message: m.id, thread_root: m.thread_root, reach: why, at: m.created_at };
            plan.missed.push((person, missed, profile.email_delay_min));
        }
        if !profile.push || profile.dnd_at(now) || profile.quiet_at(now) || board.focused(person) {
            continue;
        }
        let subs = store::push::subs_of(r, person)?;
        if subs.is_empty() {
            continue;
        }
        let kind = match why {
            Reach::Direct => "direct",
            Reach::Mention => "mention",
            Reach::Thread => "thread",
            Reach::Chat => "chat",
        };
        let payload = serde_json::to_string(&Payload {
            title: &title,
            body: if profile.hide_text { &hidden } else { &text },
            url: &url,
            tag: c.id.to_string(),
            kind,
            message_id: m.id,
        })
        .unwrap_or_default();
        for s in subs {
            plan.jobs.push(PushJob {
                id: PushJobId(0),
                sub: s.id,
                payload: payload.clone(),
                ttl: TTL,
                due: Timestamp(0),
                attempts: 0,
                topic: c.id.to_string(),
            });
        }
    }
    Ok(plan)
}
