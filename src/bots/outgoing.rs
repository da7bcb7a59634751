//! The outgoing-webhook sender: one background task that POSTs queued messages (written in the
//! transaction that posted them, `store::bots::queue_outgoing`) to their webhook's URL in Slack's
//! outgoing format, and posts a JSON `text` answer back into the channel as the hook's account.
//!
//! Posting never waits for a target. Failures and time-outs are retried with backoff (like the
//! mail outbox); the last error shows in the channel's webhook list, and when the sender gives up
//! the person who set the hook up is told in the hook's chat. Targets on loopback or private
//! addresses, or over plain http, are refused unless `allow_private_targets` is set; the address
//! is checked after name resolution and the connection goes to the address checked.

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use serde_json::Value as Json;

use crate::clock::Timestamp;
use crate::crypto::Secret;
use crate::error::Result;
use crate::model::bots::{Delivery, Hook};
use crate::msg;
use crate::policy::bots::{Duty, duty};
use crate::store::{self, Reader, Store, WriteTx};

/// After this many failed attempts a delivery is given up.
pub const MAX_ATTEMPTS: u32 = 5;
const TIMEOUT: Duration = Duration::from_secs(5);
/// The most of an answer that is read.
const MAX_ANSWER: usize = 64 * 1024;

/// The host of `host[:port]` (IPv6 literals without their brackets).
pub fn host_of(host_port: &str) -> String {
    if let Some(rest) = host_port.strip_prefix('[') {
        return rest.split(']').next().unwrap_or("").to_ascii_lowercase();
    }
    host_port.rsplit_once(':').map(|(h, _)| h).unwrap_or(host_port).to_ascii_lowercase()
}

/// Loopback, private, link-local, unspecified, shared and unique-local addresses.
pub fn is_private(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v) => {
            let o = v.octets();
            v.is_loopback()
                || v.is_private()
                || v.is_link_local()
                || v.is_unspecified()
                || v.is_broadcast()
                || o[0] == 0
                || (o[0] == 100 && (64..128).contains(&o[1]))
                || (o[0] == 192 && o[1] == 0 && o[2] == 0)
        }
        IpAddr::V6(v) => {
            let s = v.segments();
            v.is_loopback()
                || v.is_unspecified()
                || (s[0] & 0xfe00) == 0xfc00
                || (s[0] & 0xffc0) == 0xfe80
                || v.to_ipv4_mapped().is_some_and(|m| is_private(IpAddr::V4(m)))
        }
    }
}

/// Whether a host name, as written, names this machine or a private address.
pub fn names_private_host(host: &str) -> bool {
    if host == "localhost" || host.ends_with(".localhost") || host.ends_with(".local") {
        return true;
    }
    host.parse::<IpAddr>().is_ok_and(is_private)
}

/// Where to connect for `url`: its host, port and an address that is allowed.
async fn resolve(url: &str, allow_private: bool) -> std::result::Result<(String, SocketAddr), String> {
    super::hooks::check_target(url, allow_private).map_err(|e| e.message)?;
    let (scheme, rest) = url.split_once("://").unwrap_or(("https", url));
    let host_port = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host_of(host_port);
    let explicit = match host_port.strip_prefix('[') {
        Some(rest) => rest.split_once("]:").and_then(|(_, p)| p.parse::<u16>().ok()),
        None => host_port.rsplit_once(':').and_then(|(_, p)| p.parse::<u16>().ok()),
    };
    let port = explicit.unwrap_or(if scheme == "http" { 80 } else { 443 });
    let addrs = tokio::time::timeout(TIMEOUT, tokio::net::lookup_host((host.as_str(), port)))
        .await
        .map_err(|_| format!("looking up {host} timed out"))?
        .map_err(|e| format!("cannot find {host}: {e}"))?;
    let mut refused = false;
    for a in addrs {
        if allow_private || !is_private(a.ip()) {
            return Ok((host.clone(), a));
        }
        refused = true;
    }
    Err(if refused {
        format!("{host} is a private address; set allow_private_targets to allow it")
    } else {
        format!("{host} has no address")
    })
}

/// Slack's outgoing-webhook fields, form-encoded.
fn form(
    tx_hook: &Hook,
    token: &str,
    channel_name: &str,
    m: &crate::model::Message,
    user_name: &str,
) -> Vec<(&'static str, String)> {
    vec![
        ("token", token.to_string()),
        ("team_id", "bivouac".into()),
        ("team_domain", "bivouac".into()),
        ("channel_id", tx_hook.channel.to_string()),
        ("channel_name", channel_name.to_string()),
        ("timestamp", format!("{}.{:03}", m.created_at.millis() / 1000, m.created_at.millis() % 1000)),
        ("user_id", m.author.to_string()),
        ("user_name", user_name.to_string()),
        ("text", m.body.clone()),
        ("trigger_word", tx_hook.trigger.clone()),
    ]
}

/// The token an outgoing webhook's target checks (derived from the server's key, never stored).
pub fn token_for(secret: &Secret, hook: &Hook) -> String {
    secret.token("outgoing-webhook", hook.id.0)
}

/// One attempt: Ok(the answer's `text`, if any) or Err(why).
async fn attempt(
    hook: &Hook,
    fields: Vec<(&'static str, String)>,
    allow_private: bool,
) -> std::result::Result<Option<String>, String> {
    let (host, addr) = resolve(&hook.url, allow_private).await?;
    let client = reqwest::Client::builder()
        .timeout(TIMEOUT)
        .redirect(reqwest::redirect::Policy::none())
        .resolve(&host, addr)
        .build()
        .map_err(|e| e.to_string())?;
    let res = client.post(&hook.url).form(&fields).send().await.map_err(|e| {
        if e.is_timeout() { "the target did not answer within 5 seconds".to_string() } else { format!("{e}") }
    })?;
    let status = res.status();
    if !status.is_success() {
        return Err(format!("the target answered {status}"));
    }
    let bytes = res.bytes().await.map_err(|e| e.to_string())?;
    if bytes.is_empty() || bytes.len() > MAX_ANSWER {
        return Ok(None);
    }
    let v: Json = match serde_json::from_slice(&bytes) {
        Ok(v) => v,
        Err(_) => return Ok(None),
    };
    let text = super::slack::render(&v).ok();
    Ok(text)
}

/// Records the outcome of one attempt of delivery `id`.
fn record(tx: &mut WriteTx<'_>, id: u64, outcome: &std::result::Result<Option<String>, String>) -> Result<()> {
    let ok = duty(Duty::OutgoingWebhook);
    let Some(mut d) = store::bots::delivery(tx, id)? else { return Ok(()) };
    let Some(mut hook) = store::bots::hook(tx, d.hook)? else {
        store::bots::delete_delivery(tx, &ok, id)?;
        return Ok(());
    };
    let now = tx.now();
    match outcome {
        Ok(answer) => {
            store::bots::delete_delivery(tx, &ok, id)?;
            hook.last_used = Some(now);
            hook.last_error.clear();
            store::bots::save_hook(tx, &ok, &hook)?;
            if let Some(text) = answer {
                super::hooks::post_answer(tx, &hook, text)?;
            }
        }
        Err(why) => {
            d.attempts += 1;
            d.last_error = why.clone();
            hook.last_error = why.clone();
            store::bots::save_hook(tx, &ok, &hook)?;
            if d.attempts >= MAX_ATTEMPTS {
                store::bots::delete_delivery(tx, &ok, id)?;
                let m = msg!("hook-failed", name = hook.name.as_str(), why = why.as_str(), attempts = d.attempts);
                super::notify::tell(tx, &ok, hook.account, hook.created_by, &m)?;
            } else {
                d.due = Timestamp(now.millis()).plus(crate::mail::sender::backoff(d.attempts));
                store::bots::save_delivery(tx, &ok, &d)?;
            }
        }
    }
    Ok(())
}

async fn deliver(store: &Store, secret: &Secret, allow_private: bool, id: u64) -> Result<()> {
    let found = {
        let r = store.read()?;
        let Some(d): Option<Delivery> = store::bots::delivery(&r, id)? else { return Ok(()) };
        let hook = store::bots::hook(&r, d.hook)?;
        let m = store::chat::message(&r, d.message)?;
        let c = hook.as_ref().and_then(|h| store::chat::channel(&r, h.channel).ok().flatten());
        match (hook, m, c) {
            (Some(h), Some(m), Some(c)) => {
                let user = store::people::get(&r, m.author)?.map(|p| p.full_name()).unwrap_or_default();
                let fields = form(&h, &token_for(secret, &h), &c.name, &m, &user);
                Some((h, fields))
            }
            _ => None,
        }
    };
    let Some((hook, fields)) = found else {
        // The hook or its message is gone: the delivery goes too.
        return store.write(move |tx| record(tx, id, &Ok(None))).await;
    };
    let outcome = attempt(&hook, fields, allow_private).await;
    if let Err(why) = &outcome {
        tracing::warn!(hook = %hook.id, "outgoing webhook failed: {why}");
    }
    store.write(move |tx| record(tx, id, &outcome)).await
}

/// Runs until the process stops: delivers what is due, a few at a time.
pub async fn run(store: Store, secret: Secret, allow_private: bool) {
    loop {
        tokio::time::sleep(Duration::from_millis(500)).await;
        let due = store.read().and_then(|r| store::bots::due_deliveries(&r, store.now(), 16));
        match due {
            Ok(ids) => {
                for id in ids {
                    if let Err(e) = deliver(&store, &secret, allow_private, id).await {
                        tracing::warn!(error = %e, "could not record an outgoing webhook attempt");
                    }
                }
            }
            Err(_) if store.failed() => return,
            Err(_) => {}
        }
    }
}
