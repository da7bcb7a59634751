//! The HTTP layer: every route's handler (one file per domain: thin functions that parse the
//! request into validated input, call the use case with the parts of [`AppState`] it needs, and
//! answer), the [`session::SignedIn`] extractor, request-body rules, the catch-all JSON error
//! conversion, security headers on every response, and request ids in the logs.
//!
//! Layer: above every domain, below `app`. Nothing below imports it.

mod account;
mod assets;
mod auth;
mod bots;
mod chat;
pub mod events;
mod files;
pub mod input;
mod integrations;
mod invites;
mod mail;
mod notify;
mod ops;
mod people;
mod search;
pub mod session;
mod sidebar;
pub mod state;

use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::{DefaultHeaders, ErrorHandlerResponse, ErrorHandlers, Next};
use actix_web::{HttpRequest, HttpResponse, web};
use tracing::Instrument;

use crate::error::{Error, Status, error_body};
use crate::msg;

pub use actix_web::web::Json;
pub use state::AppState;

/// The Content-Security-Policy: scripts, styles and connections only from this origin, no inline
/// scripts, no framing.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; \
     font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; \
     frame-ancestors 'none'";

/// Registers every route of every domain.
pub fn routes(cfg: &mut web::ServiceConfig) {
    // The router tries patterns in this order, so the busiest routes come first. A post with an
    // `Authorization` header is a bot account's; it is routed before the chat's.
    integrations::bearer_routes(cfg);
    chat::routes(cfg);
    events::routes(cfg);
    files::routes(cfg);
    search::routes(cfg);
    auth::routes(cfg);
    account::routes(cfg);
    sidebar::routes(cfg);
    people::routes(cfg);
    invites::routes(cfg);
    mail::routes(cfg);
    notify::routes(cfg);
    ops::routes(cfg);
    bots::routes(cfg);
    integrations::routes(cfg);
}

/// Body rules for JSON: a size limit (413), `Content-Type: application/json` required (415),
/// and syntax (400) or shape (422) errors explained.
pub fn json_config(limit: usize) -> web::JsonConfig {
    web::JsonConfig::default().limit(limit).content_type_required(true).error_handler(move |err, _req| {
        use actix_web::error::JsonPayloadError as J;
        let e = match &err {
            J::Overflow { .. } | J::OverflowKnownLength { .. } => {
                Error::new(Status::PayloadTooLarge, "payload_too_large", msg!("body-too-large", limit = limit))
            }
            J::ContentType => Error::new(Status::UnsupportedMediaType, "unsupported_media_type", msg!("body-not-json")),
            J::Deserialize(e) if e.is_data() => {
                Error::invalid("invalid_input", msg!("body-wrong-field", detail = e.to_string()))
            }
            J::Deserialize(e) => Error::bad_request("invalid_json", msg!("body-invalid-json", detail = e.to_string())),
            other => Error::bad_request("invalid_body", msg!("body-unreadable", detail = other.to_string())),
        };
        e.into()
    })
}

pub fn query_config() -> web::QueryConfig {
    web::QueryConfig::default().error_handler(|err, _| {
        Error::bad_request("invalid_query", msg!("query-invalid", detail = err.to_string())).into()
    })
}

pub fn path_config() -> web::PathConfig {
    web::PathConfig::default().error_handler(|_, _| Error::not_found("item").into())
}

/// Security headers on every response: assets, API answers, errors and 404s alike.
pub fn security_headers(https: bool) -> DefaultHeaders {
    let h = DefaultHeaders::new()
        .add((header::CONTENT_SECURITY_POLICY, CSP))
        .add((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .add((header::REFERRER_POLICY, "no-referrer"))
        .add((header::X_FRAME_OPTIONS, "DENY"))
        .add(("Cross-Origin-Opener-Policy", "same-origin"))
        .add(("Cross-Origin-Resource-Policy", "same-origin"))
        .add(("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"));
    if https { h.add((header::STRICT_TRANSPORT_SECURITY, "max-age=31536000")) } else { h }
}

/// Any error response that is not already our JSON (actix's own 404/405, a panic's 500) gets the
/// JSON error body, so clients always see `{"error":{"code","message"}}`.
pub fn json_errors<B: MessageBody + 'static>() -> ErrorHandlers<B> {
    ErrorHandlers::new().default_handler(|res: ServiceResponse<B>| {
        let is_json =
            res.headers().get(header::CONTENT_TYPE).is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
        // Incoming webhooks answer in Slack's plain words (`invalid_payload`), as Slack does.
        if is_json || res.request().path().starts_with("/hooks/") {
            return Ok(ErrorHandlerResponse::Response(res.map_into_left_body()));
        }
        let status = res.status();
        let (code, m) = match status.as_u16() {
            404 => ("not_found", msg!("nothing-here")),
            405 => ("method_not_allowed", msg!("method-not-allowed")),
            413 => ("payload_too_large", msg!("payload-too-large")),
            s if s >= 500 => ("internal", msg!("internal")),
            _ => ("bad_request", msg!("bad-request")),
        };
        let message = m.render(crate::i18n::current());
        let message = message.as_str();
        let (req, old) = res.into_parts();
        let mut new = HttpResponse::build(status);
        if let Some(allow) = old.headers().get(header::ALLOW) {
            new.insert_header((header::ALLOW, allow.clone()));
        }
        new.insert_header((header::CONTENT_TYPE, HeaderValue::from_static("application/json")));
        let res = ServiceResponse::new(req, new.body(error_body(code, message)));
        Ok(ErrorHandlerResponse::Response(res.map_into_right_body()))
    })
}

/// A request id: a random per-process prefix and a counter (no syscall per request).
fn request_id() -> String {
    use std::sync::OnceLock;
    use std::sync::atomic::{AtomicU64, Ordering};
    static PREFIX: OnceLock<u32> = OnceLock::new();
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let prefix = *PREFIX.get_or_init(|| u32::from_le_bytes(crate::crypto::random_bytes::<4>()));
    format!("{prefix:08x}{:06x}", NEXT.fetch_add(1, Ordering::Relaxed) & 0xff_ffff)
}

/// Gives every request an id (the `x-request-id` header, and a field on every log line written
/// while serving it) and logs the outcome: errors at `warn`/`error`, the rest at `debug`. Paths
/// are logged without their query strings, which may hold tokens.
pub async fn trace_requests(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let id = request_id();
    let span = tracing::info_span!("req", id = %id);
    let method = req.method().clone();
    let path = req.path().to_owned();
    let started = Instant::now();
    let metrics = req.app_data::<web::Data<AppState>>().map(|s| s.metrics.clone());
    // The request's language: the browser's, else the workspace's, else English. (The signed-in
    // person's own choice, when they made one, replaces it in the session check.)
    let lang = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(crate::i18n::Lang::from_accept_language)
        .or_else(|| req.app_data::<web::Data<AppState>>().map(|s| s.workspace_language.get()))
        .unwrap_or_default();
    let mut res = crate::i18n::scope(lang, next.call(req).instrument(span.clone())).await?;
    let status = res.status();
    let elapsed = started.elapsed();
    let ms = elapsed.as_secs_f64() * 1000.0;
    span.in_scope(|| {
        // Turning a flood away (429, or 503 while the password hashers are busy) is logged once
        // a minute with a count, not once a request: a flood must not flood the log too.
        if matches!(status.as_u16(), 429 | 503) {
            if let Some(more) = refusals().due(status.as_u16()) {
                tracing::warn!(%method, %path, status = status.as_u16(), refused_since_last = more, "requests turned away");
            }
        } else if status.is_server_error() {
            tracing::error!(%method, %path, status = status.as_u16(), ms, "request failed");
        } else if status.is_client_error() {
            tracing::info!(%method, %path, status = status.as_u16(), ms, "request refused");
        } else {
            tracing::debug!(%method, %path, status = status.as_u16(), ms, "request");
        }
    });
    // Answers of the API carry personal data: no cache (browser or proxy) may keep them.
    if path.starts_with("/api/") && !res.headers().contains_key(header::CACHE_CONTROL) {
        res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if let Some(m) = metrics {
        m.record_request(&method, route_label(&path), status.as_u16(), elapsed);
    }
    if let Ok(v) = HeaderValue::from_str(&id) {
        res.headers_mut().insert(header::HeaderName::from_static("x-request-id"), v);
    }
    Ok(res)
}

/// Counts refusals and says when one should be logged: the first, then at most once a minute.
struct Refusals {
    state: std::sync::Mutex<std::collections::HashMap<u16, (Option<Instant>, u64)>>,
}

fn refusals() -> &'static Refusals {
    static R: std::sync::OnceLock<Refusals> = std::sync::OnceLock::new();
    R.get_or_init(|| Refusals { state: std::sync::Mutex::new(std::collections::HashMap::new()) })
}

impl Refusals {
    /// Some(refusals since the last line) when a line is due now.
    fn due(&self, status: u16) -> Option<u64> {
        let mut m = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        let e = m.entry(status).or_insert((None, 0));
        e.1 += 1;
        if e.0.is_none_or(|last| now.duration_since(last) >= std::time::Duration::from_secs(60)) {
            let n = e.1;
            *e = (Some(now), 0);
            Some(n)
        } else {
            None
        }
    }
}

/// The route a path belongs to, for metrics: id segments become `{id}`, web assets are one label.
/// (Cheaper than asking the router again, which matches every pattern once more.)
pub fn route_label(path: &str) -> String {
    if !path.starts_with("/api/") && path != "/metrics" && path != "/healthz" && path != "/readyz" {
        return "(web)".to_string();
    }
    let mut out = String::with_capacity(path.len());
    for seg in path.split('/').skip(1) {
        out.push('/');
        let id_like = seg.len() == 13 && seg.bytes().all(|b| b.is_ascii_digit() || b.is_ascii_lowercase());
        out.push_str(if id_like { "{id}" } else { seg });
    }
    out
}

/// Unknown `/api/...` paths get a JSON 404; other GETs are the web UI.
pub async fn fallback(req: HttpRequest) -> HttpResponse {
    let path = req.path();
    if path == "/api" || path.starts_with("/api/") {
        return Error::new(Status::NotFound, "not_found", msg!("no-api-route", path = path)).error_response_owned();
    }
    if req.method() != actix_web::http::Method::GET && req.method() != actix_web::http::Method::HEAD {
        return Error::new(Status::BadRequest, "method_not_allowed", msg!("only-get")).error_response_owned();
    }
    assets::serve(&req)
}

impl Error {
    fn error_response_owned(self) -> HttpResponse {
        actix_web::ResponseError::error_response(&self)
    }
}

/// The client's address, for rate limits: the peer, or with `trust_proxy` the address the
/// reverse proxy put last into `X-Forwarded-For`.
pub fn client_ip(req: &HttpRequest, trust_proxy: bool) -> String {
    if trust_proxy
        && let Some(last) = req
            .headers()
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.rsplit(',').next())
            .map(str::trim)
            .filter(|v| !v.is_empty())
    {
        return last.to_string();
    }
    req.peer_addr().map(|a| a.ip().to_string()).unwrap_or_else(|| "unknown".into())
}
