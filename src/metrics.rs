//! Prometheus metrics: requests and latencies by route, plus gauges read at scrape time (open
//! WebSockets, commit batches, outbox). Rendered as the Prometheus text format.
//!
//! Layer: leaf (the `/metrics` endpoint in `http::ops` gathers the gauges).

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
