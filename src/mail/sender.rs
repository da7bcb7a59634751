//! The outbox sender: one background task that delivers queued mails, one at a time, and
//! records every outcome in the store.
//!
//! A mail leaves the outbox only when the SMTP server took it (the row is deleted, so its token
//! leaves the data file) or refused it for good (5xx: the invitation shows "failed" with the
//! reason). Connection errors, time-outs and 4xx answers are retried with exponential backoff and
//! jitter; attempts, the next attempt and the last error are stored, so a restart loses nothing.
//! Being the only sender, it never sends one mail twice at the same time.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use tokio::sync::Notify;

use super::{Mailer, Outcome};
use crate::clock::Timestamp;
use crate::crypto::Secret;
use crate::error::Result;
use crate::ids::MailId;
use crate::model::{InvitationStatus, Mail, MailPurpose};
use crate::store::{self, Reader, Store, WriteTx};

/// After this many failed attempts (about two days of backoff), a mail is given up as failed.
pub const MAX_ATTEMPTS: u32 = 16;
const FIRST_RETRY: Duration = Duration::from_secs(30);
const LONGEST_RETRY: Duration = Duration::from_secs(3600);

/// How the rest of the server nudges the sender (a new mail) and stops it.
#[derive(Clone, Default)]
pub struct Outbox {
    wake: Arc<Notify>,
    stop: Arc<AtomicBool>,
}

impl Outbox {
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    pub fn stop(&self) {
        self.stop.store(true, Ordering::SeqCst);
        self.wake.notify_one();
    }
}

/// When to try again after `attempts` failures: 30 s doubling to an hour, ±25 % jitter.
pub fn backoff(attempts: u32) -> Duration {
    let base = FIRST_RETRY.saturating_mul(1 << attempts.saturating_sub(1).min(10)).min(LONGEST_RETRY);
    let r = u16::from_le_bytes(crate::crypto::random_bytes::<2>());
    let factor = 0.75 + 0.5 * f64::from(r) / f64::from(u16::MAX);
    base.mul_f64(factor)
}

pub async fn run(store: Store, mailer: Mailer, outbox: Outbox, secret: Secret) {
    if !mailer.configured() {
        tracing::warn!("no SMTP server is configured (smtp.host): invitation and reset mails stay queued until one is");
    }
    while !outbox.stop.load(Ordering::SeqCst) {
        let due = if mailer.configured() {
            store.read().and_then(|r| store::mail::due(&r, store.now(), 16)).unwrap_or_default()
        } else {
            Vec::new()
        };
        if due.is_empty() {
            // Queued mails not due yet are looked at again within a second (so a moved test
            // clock or a due retry is noticed); otherwise sleep until a new mail wakes us.
            let pending = store.read().and_then(|r| store::mail::next_due(&r)).ok().flatten().is_some();
            let nap = if pending && mailer.configured() { Duration::from_secs(1) } else { Duration::from_secs(60) };
            let _ = tokio::time::timeout(nap, outbox.wake.notified()).await;
            continue;
        }
        for id in due {
            if outbox.stop.load(Ordering::SeqCst) {
                break;
            }
            if let Err(e) = deliver(&store, &mailer, &secret, id).await {
                tracing::warn!(mail = %id, error = %e, "could not record a delivery attempt");
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
        }
    }
}

async fn deliver(store: &Store, mailer: &Mailer, secret: &Secret, id: MailId) -> Result<()> {
    let Some(mail) = store::mail::get(&store.read()?, id)? else { return Ok(()) };
    let letter = super::render(&mail, secret);
    let outcome = mailer.send(&mail.to, &letter).await;
    match &outcome {
        Outcome::Delivered(_) => tracing::info!(mail = %id, "mail delivered"),
        Outcome::Transient(why) => {
            tracing::warn!(mail = %id, attempt = mail.attempts + 1, "mail not delivered, will retry: {why}")
        }
        Outcome::Permanent(why) => tracing::warn!(mail = %id, "mail refused for good: {why}"),
    }
    store.write(move |tx| record(tx, id, &outcome)).await
}

/// At start: records which secret key mail tokens are derived from. When the data file meets
/// another key than before (restored onto a new machine without its `secret.key`), the links of
/// mails not sent yet would not work: they are marked failed, so the admin sees to resend them.
/// Links already sent keep working (only their hashes are checked).
pub async fn check_secret(store: &Store, secret: &Secret) -> Result<()> {
    let fingerprint = secret.fingerprint();
    let before = store::meta::secret_fingerprint(&store.read()?)?;
    if before == Some(fingerprint) {
        return Ok(());
    }
    let queued = if before.is_some() { store::mail::queued(&store.read()?)? } else { 0 };
    store
        .write(move |tx| {
            let ok = crate::policy::system("record the secret key in use");
            if store::meta::secret_fingerprint(tx)?.is_some() {
                for id in store::mail::due(tx, Timestamp(i64::MAX), usize::MAX)? {
                    let why = "the server's secret key changed since this mail was queued; resend it";
                    record(tx, id, &Outcome::Permanent(why.into()))?;
                }
            }
            store::meta::set_secret_fingerprint(tx, &ok, fingerprint)
        })
        .await?;
    if queued > 0 {
        tracing::warn!(
            queued,
            "secret.key is not the one these queued mails were made with: they are marked failed; resend them"
        );
    }
    Ok(())
}

/// Records the outcome of one attempt. The mail may be gone already (a resend replaced it).
pub fn record(tx: &mut WriteTx<'_>, id: MailId, outcome: &Outcome) -> Result<()> {
    let ok = crate::policy::system("record a mail delivery attempt");
    let Some(mut mail) = store::mail::get(tx, id)? else { return Ok(()) };
    let now = tx.now();
    match outcome {
        Outcome::Delivered(_) => {
            store::mail::delete(tx, &ok, id)?;
            update_invitation(tx, &ok, &mail, |inv| {
                inv.status = InvitationStatus::Sent;
                inv.sent_at = Some(now);
                inv.last_error.clear();
                inv.mail = None;
            })
        }
        Outcome::Transient(why) if mail.attempts + 1 < MAX_ATTEMPTS => {
            mail.attempts += 1;
            mail.last_error = why.clone();
            mail.due = Timestamp(now.millis()).plus(backoff(mail.attempts));
            store::mail::save(tx, &ok, &mail)?;
            update_invitation(tx, &ok, &mail, |inv| inv.last_error = format!("not sent yet, retrying: {why}"))
        }
        Outcome::Transient(why) | Outcome::Permanent(why) => {
            let reason = if matches!(outcome, Outcome::Transient(_)) {
                format!("gave up after {MAX_ATTEMPTS} attempts: {why}")
            } else {
                why.clone()
            };
            store::mail::delete(tx, &ok, id)?;
            update_invitation(tx, &ok, &mail, |inv| {
                inv.status = InvitationStatus::Failed;
                inv.last_error = reason.clone();
                inv.mail = None;
            })
        }
    }
}

fn update_invitation(
    tx: &mut WriteTx<'_>,
    ok: &crate::policy::Allowed,
    mail: &Mail,
    f: impl FnOnce(&mut crate::model::Invitation),
) -> Result<()> {
    let MailPurpose::Invitation(inv_id) = mail.purpose else { return Ok(()) };
    if let Some(mut inv) = store::invitations::get(tx, inv_id)?
        && inv.mail == Some(mail.id)
    {
        f(&mut inv);
        store::invitations::save(tx, ok, &inv)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_with_jitter_and_a_cap() {
        for _ in 0..50 {
            let first = backoff(1);
            assert!(first >= Duration::from_millis(22_500) && first <= Duration::from_millis(37_500), "{first:?}");
            let later = backoff(5);
            assert!(later >= Duration::from_secs(360) && later <= Duration::from_secs(600), "{later:?}");
            assert!(backoff(40) <= Duration::from_secs(4500));
        }
    }
}
