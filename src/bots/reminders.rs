//! Reminders: a step that waits longer than its bot's set time (default 24 hours) reminds its
//! approvers, then once a day while it still waits. The next reminder's time is part of the
//! request (and its index), so reminders survive restarts and never come twice for one moment.

use std::time::Duration;

use super::{notify, requests};
use crate::error::Result;
use crate::ids::RequestId;
use crate::model::bots::RequestState;
use crate::msg;
use crate::policy::bots::{Duty, duty};
use crate::store::{self, Reader, Store, WriteTx};

/// Once a day after the first reminder.
pub const EVERY: Duration = Duration::from_secs(24 * 3600);

/// Sends the reminder of request `id` if it is due.
pub fn remind(tx: &mut WriteTx<'_>, id: RequestId) -> Result<bool> {
    let ok = duty(Duty::Remind);
    let Some(mut q) = store::bots::request(tx, id)? else { return Ok(false) };
    let now = Reader::now(tx);
    if q.state != RequestState::Waiting || q.remind_at.is_none_or(|t| t > now) {
        return Ok(false);
    }
    let Some(bot) = store::bots::bot(tx, q.bot)? else { return Ok(false) };
    let today = now.date();
    let mut to = Vec::new();
    for p in q.pending() {
        to.push(p);
        if let Some(a) = store::bots::absent_on(tx, p, &today)?
            && let Some(s) = a.substitute
            && !to.contains(&s)
        {
            to.push(s);
        }
    }
    let hours = q.waiting_since.map(|t| now.since(t).as_secs() / 3600).unwrap_or(0);
    for p in to {
        let lang = store::people::get(tx, p)?.map(|x| notify::lang_of(tx, &x)).unwrap_or_default();
        let about = requests::about_of(tx, &q, lang)?;
        notify::card(tx, &ok, bot.account, &q, p, &msg!("bot-reminder", about = about, hours = hours))?;
    }
    q.history.push(super::route::entry(now, None, "reminded", q.step.map(|s| s + 1), ""));
    q.remind_at = Some(now.plus(EVERY));
    store::bots::save_request(tx, &ok, &q)?;
    Ok(true)
}

/// Every few seconds: sends the reminders that are due.
pub async fn run(store: Store) {
    loop {
        tokio::time::sleep(Duration::from_secs(2)).await;
        let due = store.read().and_then(|r| store::bots::due_reminders(&r, store.now(), 50));
        match due {
            Ok(ids) => {
                for id in ids {
                    if let Err(e) = store.write(move |tx| remind(tx, id)).await {
                        tracing::warn!(request = %id, error = %e, "could not send a reminder");
                    }
                }
            }
            Err(_) if store.failed() => return,
            Err(_) => {}
        }
    }
}
