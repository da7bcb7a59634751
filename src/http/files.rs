//! HTTP for files: uploads (multipart or a raw body), downloads with Range, thumbnails, and a
//! chat's Files list.
//!
//! A file response can never run script in Bivouac's origin: the type is the sniffed one
//! (`files::sniff`; HTML and SVG are plain text), `X-Content-Type-Options: nosniff`, a
//! `Content-Security-Policy` with `sandbox` (an opaque origin, no script), and
//! `Content-Disposition: attachment` except for raster images and PDFs, which show inline.

use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, web};
use futures_util::StreamExt;
use serde::Deserialize;

use super::input::{Before, backward, limit};
use super::session::SignedIn;
use super::state::AppState;
use crate::error::{Error, Result};
use crate::files::{self, FileView, Stored, Uploaded, blobs, sniff};
use crate::i18n::Msg;
use crate::ids::{ChannelId, FileId};
use crate::msg;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/api/files").post(upload))
        .service(web::resource("/api/files/{id}").get(download))
        .service(web::resource("/api/files/{id}/thumbnail").get(thumbnail))
        .service(web::resource("/api/channels/{id}/files").get(chat_files));
}

/// The policy of every file response: a sandbox (opaque origin, no scripts, no plugins), nothing
/// loaded from elsewhere.
pub const FILE_CSP: &str = "sandbox; default-src 'none'; img-src 'self' data:; media-src 'self'; \
     style-src 'unsafe-inline'; frame-ancestors 'none'";
/// PDFs: browsers refuse to run their PDF viewer in a sandboxed document, so a PDF (served as
/// `application/pdf` under `nosniff`, which no browser renders as a page) gets the same policy
/// without `sandbox`.
pub const PDF_CSP: &str = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; \
     object-src 'self'; frame-ancestors 'none'";

/// Bytes of multipart framing allowed on top of `max_upload` (boundaries and part headers).
const MULTIPART_SLACK: u64 = 64 << 10;

#[derive(Deserialize)]
struct UploadQuery {
    name: Option<String>,
}

fn refuse_now(e: Error) -> HttpResponse {
    // The body is not read: close the connection after answering rather than drain it.
    let mut res = actix_web::ResponseError::error_response(&e);
    res.head_mut().set_connection_type(actix_web::http::ConnectionType::Close);
    res
}

/// `POST /api/files`: one file, as `multipart/form-data` (the first part with a file name) or as
/// the raw body with `?name=`. A body announced larger than `max_upload` is refused before it is
/// read; one that turns out larger is refused when it passes the limit, and nothing is kept.
async fn upload(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    q: web::Query<UploadQuery>,
    payload: web::Payload,
) -> Result<HttpResponse> {
    let max = state.config.max_upload;
    let multipart = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.to_ascii_lowercase().starts_with("multipart/form-data"));
    let announced =
        req.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    let allowed = if multipart { max.saturating_add(MULTIPART_SLACK) } else { max };
    if announced.is_some_and(|n| n > allowed) {
        return Ok(refuse_now(blobs::too_large(max)));
    }
    if let Some(e) = state.store.writes_blocked() {
        return Ok(refuse_now(e));
    }
    if let Some(n) = announced
        && !state.disk.has_room_for(&state.config.data_dir, n)
    {
        return Ok(refuse_now(Error::storage_full(msg!("disk-no-room"))));
    }
    let (name, received) = if multipart {
        receive_multipart(&req, &state, payload, max).await?
    } else {
        let name = q
            .name
            .clone()
            .filter(|n| !n.trim().is_empty())
            .ok_or_else(|| Error::bad_request("missing_name", msg!("upload-missing-name")))?;
        (name, receive(&state, payload, max).await?)
    };
    let received = match received {
        Ok(r) => r,
        Err(e) if e.code == "file_too_large" => return Ok(refuse_now(e)),
        Err(e) => return Err(e),
    };
    let content_type = sniff::sniff(&received.head).to_string();
    let pin = state.blobs.store(&received)?;
    let (image, thumb) = if sniff::is_raster_image(&content_type) {
        match state.blobs.thumbnail(&received.sha256).await {
            Some((w, h, t)) => (Some((w, h)), t),
            None => (None, None),
        }
    } else {
        (None, None)
    };
    let s = Stored {
        name: files::clean_name(&name),
        sha256: received.sha256,
        size: received.size,
        content_type,
        image,
        thumb,
    };
    let me_id = me.id();
    let f = state.store.write(move |tx| files::register(tx, me_id, &s)).await?;
    drop(pin);
    Ok(HttpResponse::Created().json(Uploaded { file: FileView::of(&f), sha256: crate::crypto::hex(&f.sha256) }))
}

/// Streams a raw body to the blob store. The outer error is the request's; the inner one a
/// refusal to answer with a closed connection.
async fn receive(state: &AppState, mut payload: web::Payload, max: u64) -> Result<Result<blobs::Received>> {
    let mut w = state.blobs.writer(max)?;
    while let Some(chunk) = payload.next().await {
        let chunk = chunk
            .map_err(|e| Error::bad_request("upload_interrupted", msg!("upload-broke-off", detail = e.to_string())))?;
        if let Err(e) = w.write(chunk).await {
            return Ok(Err(e));
        }
    }
    Ok(Ok(w.finish().await?))
}

async fn receive_multipart(
    req: &HttpRequest,
    state: &AppState,
    payload: web::Payload,
    max: u64,
) -> Result<(String, Result<blobs::Received>)> {
    let bad = |m: Msg| Error::bad_request("invalid_multipart", m);
    let invalid = |e: actix_multipart::MultipartError| bad(msg!("multipart-invalid", detail = e.to_string()));
    let mut parts = actix_multipart::Multipart::new(req.headers(), payload);
    while let Some(field) = parts.next().await {
        let mut field = field.map_err(invalid)?;
        let Some(name) = field.content_disposition().and_then(|d| d.get_filename()).map(str::to_string) else {
            // Not a file (a text field): skip it.
            while let Some(c) = field.next().await {
                c.map_err(invalid)?;
            }
            continue;
        };
        let mut w = state.blobs.writer(max)?;
        while let Some(chunk) = field.next().await {
            let chunk = chunk.map_err(|e| bad(msg!("upload-broke-off", detail = e.to_string())))?;
            if let Err(e) = w.write(chunk).await {
                return Ok((name, Err(e)));
            }
        }
        return Ok((name, Ok(w.finish().await?)));
    }
    Err(bad(msg!("multipart-no-file")))
}

/// The headers every file response gets.
fn file_headers(res: &mut HttpResponse, content_type: &str, disposition: String) {
    let h = res.headers_mut();
    if let Ok(v) = HeaderValue::from_str(content_type) {
        h.insert(header::CONTENT_TYPE, v);
    }
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    let csp = if content_type == "application/pdf" { PDF_CSP } else { FILE_CSP };
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(csp));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    // Anyone who may no longer read the chat must ask again: revalidate every time (the ETag
    // makes that a 304).
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-cache"));
}

/// `attachment; filename="ascii"; filename*=UTF-8''percent-encoded` (RFC 6266).
fn disposition(kind: &str, name: &str) -> String {
    let ascii: String =
        name.chars().map(|c| if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' { c } else { '_' }).collect();
    let mut encoded = String::new();
    for b in name.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            encoded.push(b as char);
        } else {
            encoded.push_str(&format!("%{b:02X}"));
        }
    }
    format!("{kind}; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

fn serve_path(req: &HttpRequest, path: std::path::PathBuf) -> Result<HttpResponse> {
    let named = actix_files::NamedFile::open(&path).map_err(|e| {
        tracing::error!(error = %e, path = %path.display(), "a stored file is missing; run bivouac check");
        Error::internal("a stored file is missing")
    })?;
    Ok(named.use_last_modified(false).disable_content_disposition().into_response(req))
}

/// `GET /api/files/{id}`: the bytes, with Range, to anyone who may read the message carrying it.
async fn download(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<FileId>,
) -> Result<HttpResponse> {
    let (f, _) = files::readable(&state.store.read()?, &me.actor(), id.into_inner())?;
    let mut res = serve_path(&req, state.blobs.path(&f.sha256))?;
    let kind = if sniff::inline(&f.content_type) { "inline" } else { "attachment" };
    file_headers(&mut res, &f.content_type, disposition(kind, &f.name));
    Ok(res)
}

/// `GET /api/files/{id}/thumbnail`: an image's preview (404 for other files).
async fn thumbnail(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<FileId>,
) -> Result<HttpResponse> {
    let (f, b) = files::readable(&state.store.read()?, &me.actor(), id.into_inner())?;
    let thumb = b.thumb.ok_or_else(|| Error::not_found("thumbnail"))?;
    let mut res = serve_path(&req, state.blobs.thumb_path(&f.sha256))?;
    file_headers(&mut res, &thumb.content_type, disposition("inline", &format!("preview of {}", f.name)));
    Ok(res)
}

/// `GET /api/channels/{id}/files?before=&limit=`: the chat's files, newest first.
async fn chat_files(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<ChannelId>,
    q: web::Query<Before>,
) -> Result<HttpResponse> {
    let page =
        files::chat_files(&state.store.read()?, &me.actor(), id.into_inner(), q.before.as_ref(), limit(q.limit))?;
    Ok(HttpResponse::Ok().json(backward("files", page)))
}
