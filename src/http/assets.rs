//! The web UI, embedded in the binary (rust-embed). Every asset gets an ETag from its content
//! hash and `Cache-Control: no-cache`, so browsers keep a copy and revalidate it with a cheap 304;
//! text assets are gzipped once, on first request, and served compressed to browsers that accept
//! it. Paths without a file extension are routes of the single-page app and get `index.html`,
//! whose few words (the loading label, the note for browsers without JavaScript, `lang`) are put
//! in the request's language here; everything else the page says comes from the catalogs.

use std::collections::HashMap;
use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse};

use crate::error::{Error, Status};

#[derive(rust_embed::Embed)]
#[folder = "web/"]
struct Web;

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "txt" | "md" | "ftl" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn compressible(ct: &str) -> bool {
    ct.starts_with("text/")
        || ct.starts_with("application/json")
        || ct.starts_with("application/manifest+json")
        || ct == "image/svg+xml"
}

/// The gzipped body of an asset, keyed by its content hash (so an edited file is never served
/// stale, which matters in debug builds where assets are read from disk).
fn gzipped(etag: &str, data: &[u8]) -> Arc<[u8]> {
    static CACHE: OnceLock<Mutex<HashMap<String, Arc<[u8]>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Some(hit) = cache.lock().unwrap_or_else(|p| p.into_inner()).get(etag) {
        return hit.clone();
    }
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let out: Arc<[u8]> = match enc.write_all(data).and_then(|()| enc.finish()) {
        Ok(v) => v.into(),
        Err(_) => data.into(),
    };
    cache.lock().unwrap_or_else(|p| p.into_inner()).insert(etag.to_string(), out.clone());
    out
}

/// `index.html` in `lang`: its `lang` attribute, the loading label and the no-JavaScript note.
fn localized_page(html: &[u8], lang: crate::i18n::Lang) -> String {
    let esc = |s: String| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;");
    String::from_utf8_lossy(html)
        .replace("<html lang=\"en\">", &format!("<html lang=\"{}\">", lang.code()))
        .replace("aria-label=\"Loading\"", &format!("aria-label=\"{}\"", esc(crate::msg!("page-loading").render(lang))))
        .replace("Bivouac needs JavaScript enabled.", &esc(crate::msg!("page-needs-javascript").render(lang)))
}

pub fn serve(req: &HttpRequest) -> HttpResponse {
    let path = req.path().trim_start_matches('/');
    let last = path.rsplit('/').next().unwrap_or("");
    let file = if path.is_empty() || !last.contains('.') { "index.html" } else { path };
    let Some(asset) = Web::get(file) else {
        return actix_web::ResponseError::error_response(&Error::new(
            Status::NotFound,
            "not_found",
            crate::msg!("nothing-here"),
        ));
    };
    let page = file == "index.html";
    let lang = crate::i18n::current();
    let hash = crate::crypto::hex(&asset.metadata.sha256_hash()[..12]);
    let etag = if page { format!("\"{hash}-{}\"", lang.code()) } else { format!("\"{hash}\"") };
    let ct = content_type(file);
    let mut res = HttpResponse::Ok();
    res.insert_header((header::ETAG, etag.clone()))
        .insert_header((header::CACHE_CONTROL, "no-cache"))
        .insert_header((header::VARY, if page { "Accept-Encoding, Accept-Language" } else { "Accept-Encoding" }));
    let matches = req
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"));
    if matches {
        return HttpResponse::NotModified()
            .insert_header((header::ETAG, etag))
            .insert_header((header::CACHE_CONTROL, "no-cache"))
            .finish();
    }
    res.content_type(ct);
    if page {
        return res.body(localized_page(&asset.data, lang));
    }
    let accepts_gzip = req
        .headers()
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|e| e.trim().starts_with("gzip")));
    if accepts_gzip && compressible(ct) && asset.data.len() > 1024 {
        res.insert_header((header::CONTENT_ENCODING, "gzip"));
        return res.body(gzipped(&etag, &asset.data).to_vec());
    }
    res.body(asset.data.into_owned())
}
