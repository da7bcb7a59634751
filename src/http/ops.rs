//! HTTP for running it: `/healthz`, `/readyz` and `/metrics`.

use actix_web::{HttpResponse, web};

use super::state::AppState;
use crate::error::Error;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/healthz", web::get().to(healthz))
        .route("/readyz", web::get().to(readyz))
        .route("/metrics", web::get().to(metrics));
}

async fn healthz() -> HttpResponse {
    HttpResponse::Ok().content_type("text/plain").body("ok\n")
}

/// Ready once the store is open and migrated (true by the time the server accepts connections)
/// and writes are possible.
async fn readyz(state: web::Data<AppState>) -> Result<HttpResponse, Error> {
    if state.store.failed() {
        return Err(Error::unavailable("not_ready", crate::msg!("not-ready")));
    }
    state.store.read()?;
    Ok(HttpResponse::Ok().content_type("text/plain").body("ready\n"))
}

/// `GET /metrics`: from loopback without a token (unless it came through a proxy), otherwise only
/// with `Authorization: Bearer <metrics_token>`.
async fn metrics(
    req: actix_web::HttpRequest,
    state: web::Data<AppState>,
) -> Result<actix_web::HttpResponse, crate::error::Error> {
    use std::sync::atomic::Ordering::Relaxed;
    let forwarded = req.headers().contains_key("x-forwarded-for") || req.headers().contains_key("forwarded");
    let local = req.peer_addr().is_some_and(|a| a.ip().is_loopback()) && !forwarded;
    let token_ok = match (&state.config.metrics_token, req.headers().get("authorization").and_then(|v| v.to_str().ok()))
    {
        (Some(t), Some(h)) => {
            h.strip_prefix("Bearer ").is_some_and(|given| crate::crypto::ct_eq(given.as_bytes(), t.as_bytes()))
        }
        _ => false,
    };
    if !local && !token_ok {
        return Err(crate::error::Error::forbidden("metrics_forbidden", crate::msg!("metrics-forbidden")));
    }
    let st = state.store.stats();
    let r = state.store.read()?;
    let queued = crate::store::mail::queued(&r)? as f64;
    let failed = crate::store::invitations::all(&r)?
        .iter()
        .filter(|i| i.status == crate::model::InvitationStatus::Failed)
        .count() as f64;
    let hub = &state.hub.stats;
    let push = &state.pusher.stats;
    let push_queued = crate::store::push::queued(&r)? as f64;
    let notify_queued = crate::store::notify::queue_len(&r)? as f64;
    let extra = [
        ("bivouac_websocket_connections", "Open WebSocket connections.", "gauge", hub.connections.load(Relaxed) as f64),
        (
            "bivouac_websocket_frames_delivered_total",
            "Frames queued to WebSocket connections.",
            "counter",
            hub.delivered.load(Relaxed) as f64,
        ),
        (
            "bivouac_websocket_cut_off_total",
            "Connections closed for falling behind.",
            "counter",
            hub.cut_off.load(Relaxed) as f64,
        ),
        (
            "bivouac_store_commits_total",
            "Durable commits (each may carry many writes).",
            "counter",
            st.commits.load(Relaxed) as f64,
        ),
        ("bivouac_store_writes_total", "Write operations committed.", "counter", st.ops.load(Relaxed) as f64),
        (
            "bivouac_store_commit_seconds_total",
            "Time spent in commits, including fsync.",
            "counter",
            st.commit_micros.load(Relaxed) as f64 / 1e6,
        ),
        (
            "bivouac_store_largest_batch",
            "The most writes one commit has carried.",
            "gauge",
            st.largest_batch.load(Relaxed) as f64,
        ),
        (
            "bivouac_store_writes_blocked",
            "1 while writes are refused (low disk or a failed data file).",
            "gauge",
            f64::from(u8::from(state.store.writes_blocked().is_some())),
        ),
        ("bivouac_outbox_queued", "Mails waiting in the outbox.", "gauge", queued),
        ("bivouac_outbox_failed_invitations", "Invitations whose mail was refused for good.", "gauge", failed),
        ("bivouac_push_queued", "Web Push messages waiting to be delivered.", "gauge", push_queued),
        (
            "bivouac_push_delivered_total",
            "Pushes a push service accepted.",
            "counter",
            push.delivered.load(Relaxed) as f64,
        ),
        (
            "bivouac_push_failed_total",
            "Push attempts that failed (retried, or dropped after the last try).",
            "counter",
            push.failed.load(Relaxed) as f64,
        ),
        (
            "bivouac_push_subscriptions_removed_total",
            "Subscriptions removed because their push service said they are gone (404/410).",
            "counter",
            push.removed.load(Relaxed) as f64,
        ),
        ("bivouac_notify_queued", "Posted messages waiting for the notifier.", "gauge", notify_queued),
    ];
    Ok(actix_web::HttpResponse::Ok().content_type("text/plain; version=0.0.4").body(state.metrics.render(&extra)))
}
