//! Prometheus metrics: requests and latencies by route, plus gauges read at scrape time (open
//! WebSockets, commit batches, outbox). Rendered as the Prometheus text format.

use std::collections::{BTreeMap, HashMap};

use actix_web::http::Method;
use std::fmt::Write;
use std::sync::Mutex;
use std::time::Duration;

/// Latency bucket bounds, in seconds.
const BUCKETS: [f64; 11] = [0.0002, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 2.5];

#[derive(Default)]
struct Series {
    count: u64,
    sum: f64,
    buckets: [u64; BUCKETS.len()],
}

#[derive(Default)]
pub struct Metrics {
    requests: Mutex<HashMap<(String, Method, u16), Series>>,
}

impl Metrics {
    pub fn record_request(&self, method: &Method, route: String, status: u16, elapsed: Duration) {
        let secs = elapsed.as_secs_f64();
        let mut m = self.requests.lock().unwrap_or_else(|p| p.into_inner());
        let s = m.entry((route, method.clone(), status)).or_default();
        s.count += 1;
        s.sum += secs;
        for (i, b) in BUCKETS.iter().enumerate() {
            if secs <= *b {
                s.buckets[i] += 1;
            }
        }
    }

    /// The text exposition; `extra` are (name, help, "counter"|"gauge", value) read at scrape time.
    pub fn render(&self, extra: &[(&str, &str, &str, f64)]) -> String {
        let mut out = String::new();
        let requests = self.requests.lock().unwrap_or_else(|p| p.into_inner());
        // Sorted by route, method and status, so scrapes are stable.
        let mut m: Vec<((&str, &str, u16), &Series)> =
            requests.iter().map(|((r, me, st), s)| ((r.as_str(), me.as_str(), *st), s)).collect();
        m.sort_by(|a, b| a.0.cmp(&b.0));
        out.push_str("# HELP bivouac_http_requests_total HTTP requests by route, method and status.\n");
        out.push_str("# TYPE bivouac_http_requests_total counter\n");
        for ((route, method, status), s) in m.iter() {
            let _ = writeln!(
                out,
                "bivouac_http_requests_total{{route=\"{}\",method=\"{method}\",status=\"{status}\"}} {}",
                esc(route),
                s.count
            );
        }
        out.push_str("# HELP bivouac_http_request_duration_seconds HTTP request latency by route.\n");
        out.push_str("# TYPE bivouac_http_request_duration_seconds histogram\n");
        let mut by_route: BTreeMap<(&str, &str), Series> = BTreeMap::new();
        for ((route, method, _), s) in &m {
            let agg = by_route.entry((*route, *method)).or_default();
            agg.count += s.count;
            agg.sum += s.sum;
            for i in 0..BUCKETS.len() {
                agg.buckets[i] += s.buckets[i];
            }
        }
        for ((route, method), s) in &by_route {
            let labels = format!("route=\"{}\",method=\"{method}\"", esc(route));
            for (i, b) in BUCKETS.iter().enumerate() {
                let _ = writeln!(
                    out,
                    "bivouac_http_request_duration_seconds_bucket{{{labels},le=\"{b}\"}} {}",
                    s.buckets[i]
                );
            }
            let _ = writeln!(out, "bivouac_http_request_duration_seconds_bucket{{{labels},le=\"+Inf\"}} {}", s.count);
            let _ = writeln!(out, "bivouac_http_request_duration_seconds_sum{{{labels}}} {}", s.sum);
            let _ = writeln!(out, "bivouac_http_request_duration_seconds_count{{{labels}}} {}", s.count);
        }
        for (name, help, kind, value) in extra {
            let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} {kind}\n{name} {value}");
        }
        out
    }
}

fn esc(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

/// `GET /metrics`: from loopback without a token (unless it came through a proxy), otherwise only
/// with `Authorization: Bearer <metrics_token>`.
pub async fn endpoint(
    req: actix_web::HttpRequest,
    state: actix_web::web::Data<crate::app::AppState>,
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
        return Err(crate::error::Error::forbidden(
            "metrics_forbidden",
            "Metrics are readable from the server itself, or with Authorization: Bearer <metrics_token>.",
        ));
    }
    let st = state.store.stats();
    let r = state.store.read()?;
    let queued = crate::store::mail::queued(&r)? as f64;
    let failed = crate::store::invitations::all(&r)?
        .iter()
        .filter(|i| i.status == crate::model::InvitationStatus::Failed)
        .count() as f64;
    let hub = &state.hub.stats;
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
    ];
    Ok(actix_web::HttpResponse::Ok().content_type("text/plain; version=0.0.4").body(state.metrics.render(&extra)))
}
