//! The one error type every layer returns, and its mapping to HTTP.
//!
//! An [`Error`] carries a status class, a stable snake_case `code` that clients may match on, and a
//! message written for the person who sees it ("what went wrong and what to do"). Internal details
//! (I/O errors, corrupt records) are logged where they happen and never reach the response body.

use std::fmt;

use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpResponse, ResponseError};

use crate::i18n::{Lang, Msg};
use crate::msg;

/// The status classes Bivouac answers with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    BadRequest,
    Unauthorized,
    Forbidden,
    NotFound,
    Conflict,
    Gone,
    PayloadTooLarge,
    UnsupportedMediaType,
    Unprocessable,
    TooManyRequests,
    Internal,
    Unavailable,
    InsufficientStorage,
}

impl Status {
    pub fn http(self) -> StatusCode {
        match self {
            Status::BadRequest => StatusCode::BAD_REQUEST,
            Status::Unauthorized => StatusCode::UNAUTHORIZED,
            Status::Forbidden => StatusCode::FORBIDDEN,
            Status::NotFound => StatusCode::NOT_FOUND,
            Status::Conflict => StatusCode::CONFLICT,
            Status::Gone => StatusCode::GONE,
            Status::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Status::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Status::Unprocessable => StatusCode::UNPROCESSABLE_ENTITY,
            Status::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            Status::Internal => StatusCode::INTERNAL_SERVER_ERROR,
            Status::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            Status::InsufficientStorage => StatusCode::INSUFFICIENT_STORAGE,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Error {
    pub status: Status,
    pub code: &'static str,
    /// The message in English (for logs, the command line and tests); a client gets [`Error::msg`]
    /// in its language.
    pub message: String,
    /// The message as a catalog entry, rendered in the request's language when answered.
    pub msg: Msg,
    /// Seconds, for 429 answers.
    pub retry_after: Option<u64>,
    /// For a 401 whose session someone ended: why (`role_changed`, `deactivated`, ...), so a
    /// client can show the message as the reason rather than as "sign in".
    pub reason: Option<&'static str>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Every constructor takes a catalog message ([`Msg`], made with `msg!`), never a string: a
/// sentence in English only cannot reach a person (architecture invariant, kept by the types).
impl Error {
    pub fn new(status: Status, code: &'static str, msg: Msg) -> Error {
        Error { status, code, message: msg.render(Lang::En), msg, retry_after: None, reason: None }
    }

    /// The same as [`Error::new`] (the name the first translated errors used).
    pub fn t(status: Status, code: &'static str, msg: Msg) -> Error {
        Error::new(status, code, msg)
    }

    /// The message in the language of the request being answered.
    pub fn localized(&self) -> std::borrow::Cow<'_, str> {
        match crate::i18n::current() {
            Lang::En => self.message.as_str().into(),
            lang => self.msg.render(lang).into(),
        }
    }

    pub fn bad_request(code: &'static str, msg: Msg) -> Error {
        Error::new(Status::BadRequest, code, msg)
    }

    /// A field that failed validation: 422 with the code `invalid_<field>`-style code given.
    pub fn invalid(code: &'static str, msg: Msg) -> Error {
        Error::new(Status::Unprocessable, code, msg)
    }

    pub fn unauthorized(msg: Msg) -> Error {
        Error::new(Status::Unauthorized, "unauthorized", msg)
    }

    /// 401: not signed in, or the session ended.
    pub fn not_signed_in() -> Error {
        Error::new(Status::Unauthorized, "unauthorized", msg!("unauthorized"))
    }

    pub fn forbidden(code: &'static str, msg: Msg) -> Error {
        Error::new(Status::Forbidden, code, msg)
    }

    /// Also the answer for things that exist but the viewer may not see, so existence never leaks.
    /// `what`: person, chat, message, invitation, department, folder, member or item.
    pub fn not_found(what: &str) -> Error {
        let thing = match what {
            "person" => "thing-person",
            "chat" => "thing-chat",
            "message" => "thing-message",
            "invitation" => "thing-invitation",
            "department" => "thing-department",
            "folder" => "thing-folder",
            "member" => "thing-member",
            _ => "thing-item",
        };
        Error::new(Status::NotFound, "not_found", msg!("not-found", what = crate::i18n::Arg::Key(thing)))
    }

    pub fn conflict(code: &'static str, msg: Msg) -> Error {
        Error::new(Status::Conflict, code, msg)
    }

    pub fn gone(code: &'static str, msg: Msg) -> Error {
        Error::new(Status::Gone, code, msg)
    }

    pub fn too_many(retry_after_secs: u64) -> Error {
        let m = match retry_after_secs {
            s if s >= 7200 => msg!("rate-limited-hours", hours = s.div_ceil(3600)),
            s if s >= 120 => msg!("rate-limited-minutes", minutes = s.div_ceil(60)),
            s => msg!("rate-limited", seconds = s.max(1)),
        };
        let mut e = Error::new(Status::TooManyRequests, "rate_limited", m);
        e.retry_after = Some(retry_after_secs.max(1));
        e
    }

    /// Something broke inside. `detail` goes to the log only; the person gets a generic message.
    pub fn internal(detail: impl fmt::Display) -> Error {
        tracing::error!(detail = %detail, "internal error");
        Error::new(Status::Internal, "internal", msg!("internal"))
    }

    pub fn storage_full(msg: Msg) -> Error {
        Error::new(Status::InsufficientStorage, "storage_full", msg)
    }

    pub fn unavailable(code: &'static str, msg: Msg) -> Error {
        Error::new(Status::Unavailable, code, msg)
    }

    pub fn is(&self, code: &str) -> bool {
        self.code == code
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code, self.message)
    }
}

impl std::error::Error for Error {}

#[derive(serde::Serialize)]
struct Body<'a> {
    error: BodyInner<'a>,
}

#[derive(serde::Serialize)]
struct BodyInner<'a> {
    code: &'a str,
    message: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<&'a str>,
}

/// The JSON error body of API.md: `{"error":{"code":"...","message":"..."}}`.
pub fn error_body(code: &str, message: &str) -> String {
    error_body_with(code, message, None)
}

/// The error body with a `reason` (a 401 whose session someone ended).
fn error_body_with(code: &str, message: &str, reason: Option<&str>) -> String {
    serde_json::to_string(&Body { error: BodyInner { code, message, reason } })
        .unwrap_or_else(|_| String::from(r#"{"error":{"code":"internal","message":"error"}}"#))
}

impl ResponseError for Error {
    fn status_code(&self) -> StatusCode {
        self.status.http()
    }

    fn error_response(&self) -> HttpResponse {
        let mut res = HttpResponse::build(self.status.http());
        res.insert_header((header::CONTENT_TYPE, HeaderValue::from_static("application/json")));
        res.insert_header((header::CACHE_CONTROL, HeaderValue::from_static("no-store")));
        if let Some(secs) = self.retry_after {
            res.insert_header((header::RETRY_AFTER, secs.to_string()));
        }
        res.body(error_body_with(self.code, &self.localized(), self.reason))
    }
}
