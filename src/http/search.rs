//! HTTP for search: `GET /api/search`.

use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::session::SignedIn;
use super::state::AppState;
use crate::clock::Timestamp;
use crate::error::{Error, Result};
use crate::ids::{ChannelId, PersonId};
use crate::msg;
use crate::search;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/api/search").get(run));
}

#[derive(Deserialize)]
struct Params {
    #[serde(default)]
    q: String,
    #[serde(rename = "in")]
    in_chat: Option<ChannelId>,
    from: Option<PersonId>,
    has: Option<String>,
    after: Option<String>,
    before: Option<String>,
    limit: Option<usize>,
    cursor: Option<String>,
}

fn date(name: &str, v: Option<&str>) -> Result<Option<Timestamp>> {
    match v.map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => Timestamp::parse(v)
            .map(Some)
            .ok_or_else(|| Error::bad_request("invalid_query", msg!("query-date-invalid", name = name))),
    }
}

/// `GET /api/search?q=&in=&from=&has=file&after=&before=&limit=&cursor=`: messages (a page, with
/// `next_cursor`), and on the first page the best people, channels and files.
async fn run(state: web::Data<AppState>, me: SignedIn, p: web::Query<Params>) -> Result<HttpResponse> {
    let p = p.into_inner();
    if p.q.chars().count() > 500 {
        return Err(Error::bad_request("invalid_query", msg!("search-too-long", max = 500)));
    }
    let has_file = match p.has.as_deref() {
        None | Some("") => false,
        Some("file") => true,
        Some(_) => return Err(Error::bad_request("invalid_query", msg!("search-has-invalid"))),
    };
    let offset = match p.cursor.as_deref() {
        None | Some("") => 0,
        Some(c) => c.parse().map_err(|_| Error::bad_request("invalid_cursor", msg!("cursor-invalid")))?,
    };
    let q = search::Query {
        q: p.q,
        in_chat: p.in_chat,
        from: p.from,
        has_file,
        after: date("after", p.after.as_deref())?,
        before: date("before", p.before.as_deref())?,
        limit: super::input::limit(p.limit),
        offset,
    };
    let r = state.store.read()?;
    Ok(HttpResponse::Ok().json(search::search(&state.search, &r, &me.actor(), &q)?))
}
