//! HTTP for bots for business processes and their requests (API.md, "Bots and requests").

use actix_web::{HttpResponse, web};
use serde::Deserialize;
use serde_json::{Map, Value as Json, json};

use super::Json as JsonBody;
use super::input::{After, backward, forward, limit};
use super::session::SignedIn;
use super::state::AppState;
use crate::bots::defs::BotIn;
use crate::bots::requests::{self, Decision, Filter, View};
use crate::bots::{self as bots_domain, manage};
use crate::clock::Timestamp;
use crate::error::{Error, Result, Status};
use crate::ids::{BotId, PersonId, RequestId};
use crate::input::Body;
use crate::model::bots::RequestState;
use crate::msg;
use crate::store::Cursor;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/api/bots").get(list_bots).post(create_bot))
        .service(web::resource("/api/bots/{id}").get(get_bot).patch(update_bot).delete(delete_bot))
        .service(web::resource("/api/requests").get(list_requests).post(submit))
        .service(web::resource("/api/requests/waiting-count").get(waiting_count))
        .service(web::resource("/api/requests/export").get(export))
        .service(web::resource("/api/requests/{id}").get(get_request).patch(edit))
        .service(web::resource("/api/requests/{id}/approve").post(approve))
        .service(web::resource("/api/requests/{id}/reject").post(reject))
        .service(web::resource("/api/requests/{id}/return").post(give_back))
        .service(web::resource("/api/requests/{id}/withdraw").post(withdraw))
        .service(web::resource("/api/requests/{id}/resubmit").post(resubmit))
        .service(web::resource("/api/requests/{id}/execute").post(execute))
        .service(web::resource("/api/requests/{id}/comments").get(comments).post(add_comment))
        .service(web::resource("/api/people/{id}/absence").get(absence))
        .service(web::resource("/api/requests/{id}/pass.svg").get(pass_qr))
        .service(web::resource("/api/passes/{code}").get(pass_check))
        .service(web::resource("/pass/{code}").get(pass_page));
}

async fn list_bots(state: web::Data<AppState>, me: SignedIn, q: web::Query<After>) -> Result<HttpResponse> {
    let page = bots_domain::list(&state.store.read()?, &me.actor(), q.after.as_ref(), limit(q.limit))?;
    Ok(HttpResponse::Ok().json(forward("bots", page)))
}

async fn get_bot(state: web::Data<AppState>, me: SignedIn, id: web::Path<BotId>) -> Result<HttpResponse> {
    Ok(HttpResponse::Ok().json(bots_domain::get(&state.store.read()?, &me.actor(), id.into_inner())?))
}

async fn create_bot(state: web::Data<AppState>, me: SignedIn, body: JsonBody<BotIn>) -> Result<HttpResponse> {
    let (me_id, input) = (me.id(), body.into_inner());
    let b = state.store.write(move |tx| manage::create(tx, me_id, &input)).await?;
    Ok(HttpResponse::Created().json(bots_domain::bot_view(&state.store.read()?, &me.actor(), &b)))
}

async fn update_bot(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<BotId>,
    body: JsonBody<BotIn>,
) -> Result<HttpResponse> {
    let (me_id, id, input) = (me.id(), id.into_inner(), body.into_inner());
    let b = state.store.write(move |tx| manage::update(tx, me_id, id, &input)).await?;
    Ok(HttpResponse::Ok().json(bots_domain::bot_view(&state.store.read()?, &me.actor(), &b)))
}

async fn delete_bot(state: web::Data<AppState>, me: SignedIn, id: web::Path<BotId>) -> Result<HttpResponse> {
    let (me_id, id) = (me.id(), id.into_inner());
    state.store.write(move |tx| manage::delete(tx, me_id, id)).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SubmitBody {
    bot_id: BotId,
    #[serde(default)]
    values: Map<String, Json>,
}

async fn submit(state: web::Data<AppState>, me: SignedIn, body: JsonBody<SubmitBody>) -> Result<HttpResponse> {
    let (me_id, b) = (me.id(), body.into_inner());
    let q = state.store.write(move |tx| requests::submit(tx, me_id, b.bot_id, &b.values)).await?;
    Ok(HttpResponse::Created().json(requests::view(&state.store.read()?, &me.actor(), &q)?))
}

#[derive(Deserialize)]
struct ListQuery {
    view: Option<String>,
    bot_id: Option<BotId>,
    state: Option<String>,
    requester_id: Option<PersonId>,
    from: Option<String>,
    to: Option<String>,
    limit: Option<usize>,
    before: Option<Cursor>,
}

fn bad_query(what: &'static str) -> Error {
    Error::t(Status::BadRequest, "invalid_query", msg!("requests-bad-query", what = what))
}

/// The filter of a list or export: bot, state, requester, period (`from`..`to`, dates, `to`
/// inclusive).
fn filter(q: &ListQuery) -> Result<Filter> {
    let date = |s: &Option<String>| -> Result<Option<Timestamp>> {
        match s.as_deref().filter(|s| !s.is_empty()) {
            None => Ok(None),
            Some(s) => Timestamp::parse(s).map(Some).ok_or_else(|| bad_query("from/to")),
        }
    };
    let state = match q.state.as_deref().filter(|s| !s.is_empty()) {
        None => None,
        Some(s) => Some(RequestState::parse(s).ok_or_else(|| bad_query("state"))?),
    };
    Ok(Filter {
        bot: q.bot_id,
        state,
        requester: q.requester_id,
        from: date(&q.from)?,
        to: date(&q.to)?.map(|t| t.plus(std::time::Duration::from_secs(86_400))),
    })
}

fn view_of(q: &ListQuery) -> Result<View> {
    match q.view.as_deref().unwrap_or("involved") {
        "waiting" => Ok(View::Waiting),
        "mine" => Ok(View::Mine),
        "involved" => Ok(View::Involved),
        "all" => Ok(View::All),
        _ => Err(bad_query("view")),
    }
}

async fn list_requests(state: web::Data<AppState>, me: SignedIn, q: web::Query<ListQuery>) -> Result<HttpResponse> {
    let (view, f) = (view_of(&q)?, filter(&q)?);
    let r = state.store.read()?;
    let actor = me.actor();
    let page = requests::list(&r, &actor, view, &f, q.before.as_ref(), limit(q.limit))?;
    let page = page.try_map(|x| requests::view(&r, &actor, &x))?;
    Ok(HttpResponse::Ok().json(backward("requests", page)))
}

async fn waiting_count(state: web::Data<AppState>, me: SignedIn) -> Result<HttpResponse> {
    let n = requests::waiting_count(&state.store.read()?, &me.actor())?;
    Ok(HttpResponse::Ok().json(json!({"count": n})))
}

async fn get_request(state: web::Data<AppState>, me: SignedIn, id: web::Path<RequestId>) -> Result<HttpResponse> {
    Ok(HttpResponse::Ok().json(requests::get(&state.store.read()?, &me.actor(), id.into_inner())?))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ValuesBody {
    values: Map<String, Json>,
}

async fn edit(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<RequestId>,
    body: JsonBody<ValuesBody>,
) -> Result<HttpResponse> {
    let (me_id, id, values) = (me.id(), id.into_inner(), body.into_inner().values);
    let q = state.store.write(move |tx| requests::edit(tx, me_id, id, &values)).await?;
    Ok(HttpResponse::Ok().json(requests::view(&state.store.read()?, &me.actor(), &q)?))
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct DecideBody {
    #[serde(default)]
    comment: String,
    /// A signing step: the signer's password.
    password: Option<String>,
    /// Execute: what the executor records (payment reference and date).
    #[serde(default)]
    values: Map<String, Json>,
}

async fn decide(state: &AppState, me: &SignedIn, id: RequestId, d: Decision, b: DecideBody) -> Result<HttpResponse> {
    let signed = match b.password {
        Some(pw) => {
            let ok = state.passwords.verify(pw, Some(me.person.password_hash.clone())).await?;
            if !ok {
                return Err(Error::t(Status::Unprocessable, "wrong_password", msg!("request-wrong-password")));
            }
            true
        }
        None => false,
    };
    let me_id = me.id();
    let comment = b.comment;
    let q = state.store.write(move |tx| requests::decide(tx, me_id, id, d, &comment, signed)).await?;
    Ok(HttpResponse::Ok().json(requests::view(&state.store.read()?, &me.actor(), &q)?))
}

fn body_or_default(b: Option<JsonBody<DecideBody>>) -> DecideBody {
    b.map(|b| b.into_inner()).unwrap_or_default()
}

async fn approve(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<RequestId>,
    body: Option<JsonBody<DecideBody>>,
) -> Result<HttpResponse> {
    decide(&state, &me, id.into_inner(), Decision::Approve, body_or_default(body)).await
}

async fn reject(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<RequestId>,
    body: Option<JsonBody<DecideBody>>,
) -> Result<HttpResponse> {
    decide(&state, &me, id.into_inner(), Decision::Reject, body_or_default(body)).await
}

async fn give_back(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<RequestId>,
    body: Option<JsonBody<DecideBody>>,
) -> Result<HttpResponse> {
    decide(&state, &me, id.into_inner(), Decision::Return, body_or_default(body)).await
}

async fn withdraw(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<RequestId>,
    body: Option<JsonBody<DecideBody>>,
) -> Result<HttpResponse> {
    let (me_id, id, comment) = (me.id(), id.into_inner(), body_or_default(body).comment);
    let q = state.store.write(move |tx| requests::withdraw(tx, me_id, id, &comment)).await?;
    Ok(HttpResponse::Ok().json(requests::view(&state.store.read()?, &me.actor(), &q)?))
}

async fn resubmit(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<RequestId>,
    body: Option<JsonBody<DecideBody>>,
) -> Result<HttpResponse> {
    let (me_id, id, comment) = (me.id(), id.into_inner(), body_or_default(body).comment);
    let q = state.store.write(move |tx| requests::resubmit(tx, me_id, id, &comment)).await?;
    Ok(HttpResponse::Ok().json(requests::view(&state.store.read()?, &me.actor(), &q)?))
}

async fn execute(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<RequestId>,
    body: Option<JsonBody<DecideBody>>,
) -> Result<HttpResponse> {
    let b = body_or_default(body);
    let (me_id, id) = (me.id(), id.into_inner());
    let q = state.store.write(move |tx| requests::execute(tx, me_id, id, &b.values, &b.comment)).await?;
    Ok(HttpResponse::Ok().json(requests::view(&state.store.read()?, &me.actor(), &q)?))
}

async fn comments(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<RequestId>,
    q: web::Query<After>,
) -> Result<HttpResponse> {
    let page =
        requests::comments(&state.store.read()?, &me.actor(), id.into_inner(), q.after.as_ref(), limit(q.limit))?;
    Ok(HttpResponse::Ok().json(forward("comments", page)))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CommentBody {
    body: String,
}

async fn add_comment(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<RequestId>,
    body: JsonBody<CommentBody>,
) -> Result<HttpResponse> {
    let text = Body::parse(&body.body)?;
    let (me_id, id) = (me.id(), id.into_inner());
    let c = state.store.write(move |tx| requests::comment(tx, me_id, id, &text)).await?;
    Ok(HttpResponse::Created().json(requests::comment_view(&c)))
}

/// `GET /api/people/{id}/absence`: the approved vacation the person is on today, or `null`.
async fn absence(state: web::Data<AppState>, me: SignedIn, id: web::Path<PersonId>) -> Result<HttpResponse> {
    let r = state.store.read()?;
    let a = crate::bots::absence_today(&r, &me.actor(), id.into_inner())?;
    Ok(HttpResponse::Ok().json(a))
}

/// `GET /api/requests/export?bot_id=&state=&requester_id=&from=&to=`: "All requests" as CSV.
async fn export(state: web::Data<AppState>, me: SignedIn, q: web::Query<ListQuery>) -> Result<HttpResponse> {
    let f = filter(&q)?;
    let r = state.store.read()?;
    let text = crate::bots::export::csv(&r, &me.actor(), &f, crate::i18n::current())?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header(("Content-Disposition", "attachment; filename=\"requests.csv\""))
        .body(text))
}

/// The QR code of an approved entry pass (an SVG image).
async fn pass_qr(state: web::Data<AppState>, me: SignedIn, id: web::Path<RequestId>) -> Result<HttpResponse> {
    let svg = crate::bots::pass::request_qr(&state.store.read()?, &me.actor(), id.into_inner(), &state.base_url)?;
    Ok(HttpResponse::Ok().content_type("image/svg+xml").body(svg))
}

/// `GET /api/passes/{code}`: a pass's validity, for whoever holds its code (no session).
async fn pass_check(state: web::Data<AppState>, code: web::Path<String>) -> Result<HttpResponse> {
    Ok(HttpResponse::Ok().json(crate::bots::pass::check(&state.store.read()?, &code)?))
}

/// `GET /pass/{code}`: the front desk's page for one pass.
async fn pass_page(state: web::Data<AppState>, code: web::Path<String>) -> Result<HttpResponse> {
    let html = crate::bots::pass::page(&state.store.read()?, &code, crate::i18n::current());
    Ok(HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .insert_header(("Cache-Control", "no-store"))
        .insert_header(("Referrer-Policy", "no-referrer"))
        .body(html))
}
