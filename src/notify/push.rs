//! Web Push (RFC 8030): the server's VAPID key pair (RFC 8292), browsers' subscriptions, and
//! the sender that delivers queued pushes, each encrypted for its browser (RFC 8291).
//!
//! The encryption is `web-push-native` (ECDH P-256, HKDF-SHA-256, aes128gcm of RFC 8188, on the
//! RustCrypto crates); the VAPID token is one ES256 JWT per push service origin, signed with
//! `p256` and reused for an hour. Pushes go out over HTTPS (`reqwest` with rustls).
//!
//! Delivery, like mail: the queue is in the data file; a push service that is down or slow gets
//! a 10-second time-out and a retry with backoff, so posting never waits for it; 404 and 410
//! ("this subscription is gone") remove the subscription; other refusals drop the push.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use base64::Engine;
use base64::engine::general_purpose::{URL_SAFE, URL_SAFE_NO_PAD};
use futures_util::StreamExt;
use p256::ecdsa::signature::Signer;
use serde::Serialize;
use tokio::sync::Notify;

use crate::clock::Timestamp;
use crate::error::{Error, Result, Status};
use crate::ids::{PersonId, PushJobId, PushSubId};
use crate::model::{PushJob, PushSubscription};
use crate::msg;
use crate::policy::{self, Actor};
use crate::store::{self, Reader, Store, WriteTx};

/// The most browsers one person keeps subscribed; a new one beyond this replaces their oldest.
pub const MAX_PER_PERSON: usize = 10;
/// One attempt at a push service, at most.
pub const TIMEOUT: Duration = Duration::from_secs(10);
/// After this many failed attempts (about an hour of backoff) a push is given up: it would be
/// stale anyway.
pub const MAX_ATTEMPTS: u32 = 8;
/// How many pushes are in flight at once.
const PARALLEL: usize = 64;
const BATCH: usize = 256;

/// The server's VAPID key pair, made at first start and kept in the data file (so backups carry
/// it and browsers' subscriptions survive a restore).
pub struct Vapid {
    key: p256::ecdsa::SigningKey,
    public: String,
    subject: String,
    /// Signed tokens by push service origin, with when they stop being reused.
    tokens: Mutex<HashMap<String, (String, Instant)>>,
}

impl Vapid {
    /// Reads the key from the store, or makes and stores one. `subject` is the contact push
    /// services may use (`mailto:` or an https URL).
    pub async fn load_or_create(store: &Store, subject: String) -> Result<Vapid> {
        let existing = store::push::vapid_key(&store.read()?)?;
        let bytes = match existing {
            Some(b) => b,
            None => {
                let fresh = p256::SecretKey::random(&mut p256::elliptic_curve::rand_core::OsRng).to_bytes().to_vec();
                store
                    .write(move |tx| {
                        // Two starts racing: the first key written wins.
                        if let Some(b) = store::push::vapid_key(tx)? {
                            return Ok(b);
                        }
                        store::push::set_vapid_key(tx, &policy::system("create the VAPID key"), &fresh)?;
                        Ok(fresh.clone())
                    })
                    .await?
            }
        };
        let key =
            p256::ecdsa::SigningKey::from_slice(&bytes).map_err(|e| Error::internal(format!("VAPID key: {e}")))?;
        let public = URL_SAFE_NO_PAD.encode(key.verifying_key().to_encoded_point(false).as_bytes());
        Ok(Vapid { key, public, subject, tokens: Mutex::new(HashMap::new()) })
    }

    /// The public key browsers subscribe with (`applicationServerKey`): base64url, uncompressed.
    pub fn public_key(&self) -> &str {
        &self.public
    }

    /// The `Authorization` header for a push to `endpoint`: `vapid t=<JWT>, k=<public key>`.
    pub fn authorization(&self, endpoint: &reqwest::Url, now: Timestamp) -> String {
        let origin = endpoint.origin().ascii_serialization();
        let mut tokens = self.tokens.lock().unwrap_or_else(|p| p.into_inner());
        let fresh = tokens.get(&origin).filter(|(_, until)| *until > Instant::now()).map(|(t, _)| t.clone());
        let token = fresh.unwrap_or_else(|| {
            let header = URL_SAFE_NO_PAD.encode(br#"{"typ":"JWT","alg":"ES256"}"#);
            // Valid 12 hours (RFC 8292 allows up to 24); reused for one.
            let exp = now.millis() / 1000 + 12 * 3600;
            let claims = serde_json::json!({ "aud": origin, "exp": exp, "sub": self.subject });
            let signing_input = format!("{header}.{}", URL_SAFE_NO_PAD.encode(claims.to_string()));
            let sig: p256::ecdsa::Signature = self.key.sign(signing_input.as_bytes());
            let t = format!("{signing_input}.{}", URL_SAFE_NO_PAD.encode(sig.to_bytes()));
            tokens.insert(origin, (t.clone(), Instant::now() + Duration::from_secs(3600)));
            t
        });
        format!("vapid t={token}, k={}", self.public)
    }
}

/// A subscription as a browser's `PushSubscription.toJSON()` gives it, checked.
#[derive(Clone, Debug)]
pub struct NewSubscription {
    pub endpoint: String,
    pub p256dh: Vec<u8>,
    pub auth: Vec<u8>,
}

fn b64(s: &str) -> Option<Vec<u8>> {
    let s = s.trim();
    URL_SAFE_NO_PAD.decode(s.trim_end_matches('=')).ok().or_else(|| URL_SAFE.decode(s).ok())
}

/// The host of an endpoint: a name or an address.
enum Host {
    Domain(String),
    Ip(std::net::IpAddr),
}

fn host_of(u: &reqwest::Url) -> Option<Host> {
    let h = u.host_str()?;
    let bare = h.trim_start_matches('[').trim_end_matches(']');
    Some(match bare.parse() {
        Ok(ip) => Host::Ip(ip),
        Err(_) => Host::Domain(h.to_ascii_lowercase()),
    })
}

/// Is `host` a loopback, private, link-local or otherwise local address or name?
fn private_host(host: &Host) -> bool {
    use std::net::IpAddr;
    let ip = match host {
        Host::Domain(d) => {
            let d = d.trim_end_matches('.');
            return d == "localhost" || d.ends_with(".localhost") || d.ends_with(".local") || d.ends_with(".internal");
        }
        Host::Ip(ip) => *ip,
    };
    match ip {
        IpAddr::V4(v) => {
            v.is_loopback()
                || v.is_private()
                || v.is_link_local()
                || v.is_unspecified()
                || v.is_broadcast()
                || v.octets()[0] == 100 && (64..128).contains(&v.octets()[1])
        }
        IpAddr::V6(v) => {
            v.is_loopback()
                || v.is_unspecified()
                || (v.segments()[0] & 0xfe00) == 0xfc00
                || (v.segments()[0] & 0xffc0) == 0xfe80
                || v.to_ipv4_mapped().is_some_and(|m| m.is_loopback() || m.is_private() || m.is_link_local())
        }
    }
}

impl NewSubscription {
    /// Checks a subscription: an https endpoint of a push service that is not on a private or
    /// local network (unless `allow_private`, which also allows plain http), and keys that are
    /// a P-256 point and 16 bytes.
    pub fn parse(endpoint: &str, p256dh: &str, auth: &str, allow_private: bool) -> Result<NewSubscription> {
        let bad_endpoint = || Error::t(Status::Unprocessable, "invalid_endpoint", msg!("push-endpoint-invalid"));
        if endpoint.len() > 2048 {
            return Err(bad_endpoint());
        }
        let url = reqwest::Url::parse(endpoint.trim()).map_err(|_| bad_endpoint())?;
        let scheme_ok = url.scheme() == "https" || allow_private && url.scheme() == "http";
        if !scheme_ok || !url.username().is_empty() || url.password().is_some() {
            return Err(bad_endpoint());
        }
        let host = host_of(&url).ok_or_else(bad_endpoint)?;
        if !allow_private && private_host(&host) {
            return Err(Error::t(Status::Unprocessable, "private_endpoint", msg!("push-endpoint-private")));
        }
        let bad_keys = || Error::t(Status::Unprocessable, "invalid_keys", msg!("push-keys-invalid"));
        let key = b64(p256dh).filter(|k| k.len() == 65).ok_or_else(bad_keys)?;
        p256::PublicKey::from_sec1_bytes(&key).map_err(|_| bad_keys())?;
        let auth = b64(auth).filter(|a| a.len() == 16).ok_or_else(bad_keys)?;
        Ok(NewSubscription { endpoint: url.to_string(), p256dh: key, auth })
    }
}

/// Saves a browser's subscription for the actor (the same endpoint again replaces its keys,
/// also when another person had it: the browser changed hands). Answers its id.
pub fn subscribe(tx: &mut WriteTx<'_>, actor_id: PersonId, s: &NewSubscription) -> Result<PushSubId> {
    let actor = policy::actor(tx, actor_id)?;
    let ok = policy::account::own(&actor, "subscribe a browser to notifications");
    let id = match store::push::sub_by_endpoint(tx, &s.endpoint)? {
        Some(old) => {
            store::push::remove_sub(tx, &ok, old.id)?;
            old.id
        }
        None => PushSubId(tx.new_id()),
    };
    let mut mine = store::push::subs_of(tx, actor.id)?;
    mine.sort_by_key(|s| s.created_at);
    while mine.len() >= MAX_PER_PERSON {
        let oldest = mine.remove(0);
        store::push::remove_sub(tx, &ok, oldest.id)?;
    }
    let sub = PushSubscription {
        id,
        person: actor.id,
        endpoint: s.endpoint.clone(),
        p256dh: s.p256dh.clone(),
        auth: s.auth.clone(),
        created_at: tx.now(),
    };
    store::push::save_sub(tx, &ok, &sub)?;
    Ok(id)
}

/// Removes one of the actor's subscriptions (404 for anyone else's, or none).
pub fn unsubscribe(tx: &mut WriteTx<'_>, actor_id: PersonId, id: PushSubId) -> Result<()> {
    let actor = policy::actor(tx, actor_id)?;
    let ok = policy::account::own(&actor, "unsubscribe a browser from notifications");
    match store::push::sub(tx, id)? {
        Some(s) if s.person == actor.id => {
            store::push::remove_sub(tx, &ok, id)?;
            Ok(())
        }
        _ => Err(Error::not_found("item")),
    }
}

/// The actor's subscriptions (bounded by [`MAX_PER_PERSON`]).
#[derive(Serialize)]
pub struct SubscriptionView {
    pub id: PushSubId,
    /// The push service's host (which browser vendor), not the whole secret-ish endpoint.
    pub service: String,
    pub created_at: Timestamp,
}

pub fn subscriptions(r: &impl Reader, actor: &Actor) -> Result<Vec<SubscriptionView>> {
    Ok(store::push::subs_of(r, actor.id)?
        .into_iter()
        .map(|s| SubscriptionView {
            id: s.id,
            service: reqwest::Url::parse(&s.endpoint)
                .ok()
                .and_then(|u| u.host_str().map(str::to_string))
                .unwrap_or_default(),
            created_at: s.created_at,
        })
        .collect())
}

/// What a push service said about one push.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Delivered,
    /// 404 or 410: the subscription expired or was withdrawn; remove it.
    Gone,
    /// Connection trouble, a time-out, 429 or 5xx: try again later.
    Retry(String),
    /// Any other refusal: drop this push.
    Refused(String),
}

/// Counters for `/metrics` and the benchmarks.
#[derive(Default)]
pub struct PushStats {
    pub delivered: AtomicU64,
    pub failed: AtomicU64,
    pub removed: AtomicU64,
}

/// The push sender's handle: wake it (new pushes queued), stop it, read its counters.
#[derive(Clone)]
pub struct Pusher {
    client: reqwest::Client,
    pub vapid: Arc<Vapid>,
    wake: Arc<Notify>,
    stop: Arc<AtomicBool>,
    pub stats: Arc<PushStats>,
}

impl Pusher {
    pub fn new(vapid: Vapid) -> Pusher {
        let client = reqwest::Client::builder()
            .timeout(TIMEOUT)
            .connect_timeout(Duration::from_secs(5))
            .redirect(reqwest::redirect::Policy::none())
            .pool_max_idle_per_host(PARALLEL)
            .build()
            .unwrap_or_default();
        Pusher {
            client,
            vapid: Arc::new(vapid),
            wake: Arc::new(Notify::new()),
            stop: Arc::new(AtomicBool::new(false)),
            stats: Arc::default(),
        }
    }

    pub fn wake(&self) {
        self.wake.notify_one();
    }

    pub fn stop(&self) {
        self.stop.store(true, Ordering::SeqCst);
        self.wake.notify_one();
    }

    /// One attempt: encrypt `payload` for `sub` and POST it to its endpoint.
    pub async fn send(&self, sub: &PushSubscription, job: &PushJob, now: Timestamp) -> Outcome {
        let Ok(url) = reqwest::Url::parse(&sub.endpoint) else {
            return Outcome::Gone;
        };
        let (Ok(key), true) = (p256::PublicKey::from_sec1_bytes(&sub.p256dh), sub.auth.len() == 16) else {
            return Outcome::Gone;
        };
        let auth = web_push_native::Auth::clone_from_slice(&sub.auth);
        let body = match web_push_native::encrypt(job.payload.as_bytes().to_vec(), &key, &auth) {
            Ok(b) => b,
            Err(e) => return Outcome::Refused(format!("cannot encrypt: {e}")),
        };
        let mut req = self
            .client
            .post(url.clone())
            .header("TTL", job.ttl.to_string())
            .header("Content-Encoding", "aes128gcm")
            .header("Content-Type", "application/octet-stream")
            .header("Urgency", "high")
            .header("Authorization", self.vapid.authorization(&url, now))
            .body(body);
        if !job.topic.is_empty() {
            req = req.header("Topic", job.topic.clone());
        }
        match req.send().await {
            Ok(res) => {
                let s = res.status().as_u16();
                match s {
                    200..=299 => Outcome::Delivered,
                    404 | 410 => Outcome::Gone,
                    429 | 500..=599 => Outcome::Retry(format!("the push service answered {s}")),
                    _ => Outcome::Refused(format!("the push service answered {s}")),
                }
            }
            Err(e) if e.is_timeout() => Outcome::Retry("the push service did not answer in time".into()),
            Err(e) => Outcome::Retry(format!("cannot reach the push service: {}", e.without_url())),
        }
    }
}

/// When to try again after `attempts` failures: 10 s doubling, ±25 % jitter.
fn backoff(attempts: u32) -> Duration {
    let base = Duration::from_secs(10).saturating_mul(1 << attempts.saturating_sub(1).min(8));
    let r = u16::from_le_bytes(crate::crypto::random_bytes::<2>());
    base.mul_f64(0.75 + 0.5 * f64::from(r) / f64::from(u16::MAX))
}

/// The push sender: delivers due pushes, up to [`PARALLEL`] at a time, and records each batch's
/// outcomes in one write. Stops when told.
pub async fn run(store: Store, pusher: Pusher) {
    while !pusher.stop.load(Ordering::SeqCst) {
        let now = store.now();
        let due = store.read().and_then(|r| store::push::due_jobs(&r, now, BATCH)).unwrap_or_default();
        if due.is_empty() {
            let pending = store.read().and_then(|r| store::push::next_due(&r)).ok().flatten().is_some();
            let nap = if pending { Duration::from_millis(500) } else { Duration::from_secs(30) };
            let _ = tokio::time::timeout(nap, pusher.wake.notified()).await;
            continue;
        }
        let subs: HashMap<PushSubId, PushSubscription> = {
            let Ok(r) = store.read() else { continue };
            let mut m = HashMap::new();
            for j in &due {
                if let Ok(Some(s)) = store::push::sub(&r, j.sub) {
                    m.insert(j.sub, s);
                }
            }
            m
        };
        let outcomes: Vec<(PushJobId, PushSubId, Outcome)> = futures_util::stream::iter(due)
            .map(|job| {
                let (p, sub) = (pusher.clone(), subs.get(&job.sub).cloned());
                async move {
                    let o = match &sub {
                        Some(s) => p.send(s, &job, now).await,
                        // The subscription went away since: nothing to deliver to.
                        None => Outcome::Refused("the subscription was removed".into()),
                    };
                    (job.id, job.sub, o)
                }
            })
            .buffer_unordered(PARALLEL)
            .collect()
            .await;
        for (_, _, o) in &outcomes {
            let counter = match o {
                Outcome::Delivered => &pusher.stats.delivered,
                Outcome::Gone => &pusher.stats.removed,
                _ => &pusher.stats.failed,
            };
            counter.fetch_add(1, Ordering::Relaxed);
            if let Outcome::Retry(why) | Outcome::Refused(why) = o {
                tracing::debug!("push not delivered: {why}");
            }
        }
        let gone = outcomes.iter().filter(|o| o.2 == Outcome::Gone).count();
        if gone > 0 {
            tracing::info!(removed = gone, "push subscriptions removed: their push service says they are gone");
        }
        if let Err(e) = store.write(move |tx| record(tx, &outcomes)).await {
            tracing::warn!(error = %e, "could not record push deliveries");
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
    }
}

fn record(tx: &mut WriteTx<'_>, outcomes: &[(PushJobId, PushSubId, Outcome)]) -> Result<()> {
    let ok = policy::system("record push deliveries");
    let now = tx.now();
    for (id, sub, o) in outcomes {
        match o {
            Outcome::Delivered | Outcome::Refused(_) => {
                store::push::remove_job(tx, &ok, *id)?;
            }
            Outcome::Gone => {
                store::push::remove_job(tx, &ok, *id)?;
                store::push::remove_sub(tx, &ok, *sub)?;
            }
            Outcome::Retry(_) => {
                let Some(mut j) = store::push::job(tx, *id)? else { continue };
                j.attempts += 1;
                if j.attempts >= MAX_ATTEMPTS {
                    store::push::remove_job(tx, &ok, *id)?;
                } else {
                    j.due = now.plus(backoff(j.attempts));
                    store::push::save_job(tx, &ok, &j)?;
                }
            }
        }
    }
    Ok(())
}
