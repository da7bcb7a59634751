//! HTTP for people, departments and the audit log.

use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};

use super::audit::{self, Query as AuditQuery};
use super::departments::{self, DepartmentPatch, NewDepartment};
use super::{Filter, Patch, PersonView, clean_patch, visible_person};
use crate::app::AppState;
use crate::auth::SignedIn;
use crate::clock::Timestamp;
use crate::error::{Error, Result};
use crate::http::Json;
use crate::http::input::{limit, nullable};
use crate::ids::{AuditId, DepartmentId, PersonId};
use crate::invites::parse_role;
use crate::policy;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/api/people").get(list))
        .service(web::resource("/api/people/{id}").get(get).patch(update).delete(delete))
        .service(web::resource("/api/people/{id}/transfer-ownership").post(transfer))
        .service(web::resource("/api/departments").get(list_departments).post(create_department))
        .service(web::resource("/api/departments/{id}").patch(update_department).delete(delete_department))
        .service(web::resource("/api/audit").get(audit_log));
}

#[derive(Deserialize)]
struct ListQuery {
    q: Option<String>,
    department: Option<DepartmentId>,
    /// `all`: include invited and deactivated people too.
    state: Option<String>,
    limit: Option<usize>,
    /// The id of the last person of the previous page.
    cursor: Option<PersonId>,
}

#[derive(Serialize)]
struct PeoplePage {
    people: Vec<PersonView>,
    next_cursor: Option<PersonId>,
}

async fn list(state: web::Data<AppState>, me: SignedIn, q: web::Query<ListQuery>) -> Result<HttpResponse> {
    let q = q.into_inner();
    let r = state.store.read()?;
    let actor = me.actor();
    let all_states = q.state.as_deref() == Some("all") && policy::sees_roles(&actor);
    let everyone = super::directory(&r, &actor, &Filter { q: q.q, department: q.department, all_states })?;
    let start = match q.cursor {
        Some(c) => everyone.iter().position(|p| p.id == c).map(|i| i + 1).unwrap_or(everyone.len()),
        None => 0,
    };
    let n = limit(q.limit);
    let page: Vec<PersonView> = everyone.iter().skip(start).take(n).cloned().collect();
    let next_cursor = (start + page.len() < everyone.len()).then(|| page.last().map(|p| p.id)).flatten();
    Ok(HttpResponse::Ok().json(PeoplePage { people: page, next_cursor }))
}

async fn get(state: web::Data<AppState>, me: SignedIn, id: web::Path<PersonId>) -> Result<HttpResponse> {
    let r = state.store.read()?;
    let actor = me.actor();
    let p = visible_person(&r, &actor, id.into_inner())?;
    Ok(HttpResponse::Ok().json(PersonView::for_viewer(&p, &actor)))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PatchBody {
    first_name: Option<String>,
    last_name: Option<String>,
    title: Option<String>,
    phone: Option<String>,
    departments: Option<Vec<DepartmentId>>,
    role: Option<String>,
    #[serde(default, deserialize_with = "nullable")]
    access_until: Option<Option<String>>,
    active: Option<bool>,
}

fn parse_time(s: &str) -> Result<Timestamp> {
    Timestamp::parse(s).ok_or_else(|| {
        Error::invalid("invalid_date", format!("{s:?} is not a date; use a form like 2026-12-31T18:00:00Z."))
    })
}

async fn update(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<PersonId>,
    body: Json<PatchBody>,
) -> Result<HttpResponse> {
    let b = body.into_inner();
    let patch = clean_patch(Patch {
        first_name: b.first_name,
        last_name: b.last_name,
        title: b.title,
        phone: b.phone,
        departments: b.departments,
        role: b.role.as_deref().map(parse_role).transpose()?,
        access_until: match b.access_until {
            None => None,
            Some(None) => Some(None),
            Some(Some(s)) => Some(Some(parse_time(&s)?)),
        },
        active: b.active,
    })?;
    let (me_id, id) = (me.person.id, id.into_inner());
    let p = state.store.write(move |tx| super::update(tx, me_id, id, &patch)).await?;
    Ok(HttpResponse::Ok().json(PersonView::for_viewer(&p, &me.actor())))
}

async fn delete(state: web::Data<AppState>, me: SignedIn, id: web::Path<PersonId>) -> Result<HttpResponse> {
    let (me_id, id) = (me.person.id, id.into_inner());
    state.store.write(move |tx| super::delete(tx, me_id, id)).await?;
    Ok(HttpResponse::NoContent().finish())
}

async fn transfer(state: web::Data<AppState>, me: SignedIn, id: web::Path<PersonId>) -> Result<HttpResponse> {
    let (me_id, id) = (me.person.id, id.into_inner());
    let p = state.store.write(move |tx| super::transfer_ownership(tx, me_id, id)).await?;
    Ok(HttpResponse::Ok().json(PersonView::new(&p, true)))
}

async fn list_departments(state: web::Data<AppState>, me: SignedIn) -> Result<HttpResponse> {
    let r = state.store.read()?;
    Ok(HttpResponse::Ok().json(departments::list(&r, &me.actor())?))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DepartmentBody {
    name: String,
    parent_id: Option<DepartmentId>,
    head_id: Option<PersonId>,
}

fn department_view(d: &crate::model::Department, members: usize) -> departments::DepartmentView {
    departments::DepartmentView {
        id: d.id,
        name: d.name.clone(),
        parent_id: d.parent,
        head_id: d.head,
        member_count: members,
    }
}

async fn create_department(
    state: web::Data<AppState>,
    me: SignedIn,
    body: Json<DepartmentBody>,
) -> Result<HttpResponse> {
    let b = body.into_inner();
    let me_id = me.person.id;
    let new = NewDepartment { name: b.name, parent: b.parent_id, head: b.head_id };
    let d = state.store.write(move |tx| departments::create(tx, me_id, &new)).await?;
    Ok(HttpResponse::Created().json(department_view(&d, 0)))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DepartmentPatchBody {
    name: Option<String>,
    #[serde(default, deserialize_with = "nullable")]
    parent_id: Option<Option<DepartmentId>>,
    #[serde(default, deserialize_with = "nullable")]
    head_id: Option<Option<PersonId>>,
}

async fn update_department(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<DepartmentId>,
    body: Json<DepartmentPatchBody>,
) -> Result<HttpResponse> {
    let b = body.into_inner();
    let (me_id, id) = (me.person.id, id.into_inner());
    let patch = DepartmentPatch { name: b.name, parent: b.parent_id, head: b.head_id };
    let d = state.store.write(move |tx| departments::update(tx, me_id, id, &patch)).await?;
    let members = crate::store::departments::members(&state.store.read()?, d.id, usize::MAX)?.len();
    Ok(HttpResponse::Ok().json(department_view(&d, members)))
}

async fn delete_department(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<DepartmentId>,
) -> Result<HttpResponse> {
    let (me_id, id) = (me.person.id, id.into_inner());
    state.store.write(move |tx| departments::delete(tx, me_id, id)).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Deserialize)]
struct AuditParams {
    action: Option<String>,
    actor: Option<PersonId>,
    target: Option<String>,
    before: Option<AuditId>,
    limit: Option<usize>,
}

#[derive(Serialize)]
struct AuditPage {
    entries: Vec<audit::EntryView>,
    next_before: Option<AuditId>,
}

async fn audit_log(state: web::Data<AppState>, me: SignedIn, q: web::Query<AuditParams>) -> Result<HttpResponse> {
    let q = q.into_inner();
    let r = state.store.read()?;
    let n = limit(q.limit);
    // One more than asked says whether an older page exists.
    let mut entries = audit::list(
        &r,
        &me.actor(),
        &AuditQuery { action: q.action, actor: q.actor, target: q.target, before: q.before, limit: n + 1 },
    )?;
    let more = entries.len() > n;
    entries.truncate(n);
    let next_before = if more { entries.last().map(|e| e.id) } else { None };
    Ok(HttpResponse::Ok().json(AuditPage { entries, next_before }))
}
