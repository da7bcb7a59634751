//! Entry passes: an approved pass has a code; its QR code holds the address of the front-desk
//! page, which shows only that pass's validity (visitor, day and time window, valid or not).
//! Nobody needs to sign in there: the code (about 50 random bits) is the key.

use qrcodegen::{QrCode, QrCodeEcc};
use serde_json::{Value as Json, json};

use crate::error::{Error, Result};
use crate::i18n::{Lang, Msg};
use crate::model::bots::{Request, RequestState, Value};
use crate::msg;
use crate::policy::Actor;
use crate::store::{self, Reader};

/// A QR code of `text` as an SVG image (black modules on white, a quiet zone of 4).
pub fn qr_svg(text: &str) -> Result<String> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).map_err(|e| Error::internal(format!("qr: {e:?}")))?;
    let n = qr.size();
    let border = 4;
    let mut path = String::new();
    for y in 0..n {
        for x in 0..n {
            if qr.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + border, y + border));
            }
        }
    }
    let dim = n + 2 * border;
    Ok(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {dim} {dim}\" shape-rendering=\"crispEdges\">\
         <rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>"
    ))
}

/// The front-desk address of a pass.
pub fn url(base_url: &str, code: &str) -> String {
    format!("{base_url}/pass/{code}")
}

fn text(q: &Request, key: &str) -> String {
    match q.value(key) {
        Some(Value::Text(s)) | Some(Value::Date(s)) => s.clone(),
        _ => String::new(),
    }
}

/// Whether the pass is good today: approved (or done), and today is its day.
pub fn validity(q: &Request, today: &str) -> (bool, Msg) {
    let day = text(q, "date");
    if !matches!(q.state, RequestState::Approved | RequestState::Done) || q.pass_code.is_empty() {
        return (false, msg!("pass-revoked"));
    }
    if day.as_str() < today {
        return (false, msg!("pass-expired", date = day));
    }
    if day.as_str() > today {
        return (false, msg!("pass-not-yet", date = day));
    }
    (true, msg!("pass-valid"))
}

/// `GET /api/passes/{code}`: the pass's validity, for anyone holding its code.
pub fn check(r: &impl Reader, code: &str) -> Result<Json> {
    let q = lookup(r, code)?;
    let (valid, why) = validity(&q, &r.now().date());
    Ok(json!({
        "valid": valid,
        "status": why.render(crate::i18n::current()),
        "visitor": text(&q, "visitor"),
        "company": text(&q, "company"),
        "date": text(&q, "date"),
        "from_time": text(&q, "from_time"),
        "to_time": text(&q, "to_time"),
        "car_plate": text(&q, "car_plate"),
    }))
}

fn lookup(r: &impl Reader, code: &str) -> Result<Request> {
    let ok = code.len() <= 32 && code.bytes().all(|b| b.is_ascii_alphanumeric());
    let q = if ok { store::bots::request_by_pass_code(r, &code.to_ascii_uppercase())? } else { None };
    q.ok_or_else(|| Error::not_found("item"))
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The front-desk page (HTML, no script) in `lang`.
pub fn page(r: &impl Reader, code: &str, lang: Lang) -> String {
    let t = |m: Msg| esc(&m.render(lang));
    let body = match lookup(r, code) {
        Ok(q) => {
            let (valid, why) = validity(&q, &r.now().date());
            let rows = [
                (msg!("pass-visitor"), text(&q, "visitor")),
                (msg!("pass-company"), text(&q, "company")),
                (msg!("pass-date"), text(&q, "date")),
                (msg!("pass-window"), format!("{} – {}", text(&q, "from_time"), text(&q, "to_time"))),
                (msg!("pass-car"), text(&q, "car_plate")),
            ];
            let dl: String = rows
                .into_iter()
                .filter(|(_, v)| !v.trim().is_empty() && v.trim() != "–")
                .map(|(k, v)| format!("<dt>{}</dt><dd>{}</dd>", t(k), esc(&v)))
                .collect();
            format!(
                "<p class=\"alert {}\" role=\"status\">{}</p><dl class=\"req-values\">{dl}</dl>",
                if valid { "success" } else { "error" },
                t(why)
            )
        }
        Err(_) => format!("<p class=\"alert error\" role=\"status\">{}</p>", t(msg!("pass-unknown"))),
    };
    format!(
        "<!doctype html><html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" \
         content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex\">\
         <title>{}</title><link rel=\"stylesheet\" href=\"/app.css\"></head><body><div class=\"auth-page\">\
         <div class=\"auth-card\"><h1>{}</h1>{body}</div></div></body></html>",
        lang.code(),
        t(msg!("pass-title")),
        t(msg!("pass-title"))
    )
}

/// The QR code of an approved pass, for those who may see the request.
pub fn request_qr(r: &impl Reader, actor: &Actor, id: crate::ids::RequestId, base_url: &str) -> Result<String> {
    let q = store::bots::request(r, id)?.ok_or_else(|| Error::not_found("item"))?;
    let _ = crate::policy::bots::check(r, actor, crate::policy::bots::Action::ViewRequest(&q))?;
    if q.pass_code.is_empty() {
        return Err(Error::not_found("item"));
    }
    qr_svg(&url(base_url, &q.pass_code))
}
