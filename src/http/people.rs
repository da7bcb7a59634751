//! HTTP for people, departments and the audit log.

use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::Json;
use super::input::{After, backward, forward, limit, nullable};
use super::session::SignedIn;
use super::state::AppState;
use crate::audit::{self, Query as AuditQuery};
use crate::clock::Timestamp;
use crate::error::{Error, Result};
use crate::ids::{DepartmentId, PersonId};
use crate::input::{Line, Name};
use crate::model::AuditAction;
use crate::msg;
use crate::people::departments::{self, DepartmentPatch, NewDepartment};
use crate::people::{self, Filter, Patch, PersonView};
use crate::store::Cursor;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/api/people").get(list))
        .service(web::resource("/api/people/{id}").get(get).patch(update).delete(delete))
        .service(web::resource("/api/people/{id}/transfer-ownership").post(transfer))
        .service(web::resource("/api/departments").get(list_departments).post(create_department))
        .service(web::resource("/api/departments/{id}").patch(update_department).delete(delete_department))
        .service(web::resource("/api/audit").get(audit_log))
        .service(web::resource("/api/audit/actions").get(audit_actions));
}

#[derive(Deserialize)]
struct ListQuery {
    q: Option<String>,
    department: Option<DepartmentId>,
    /// `all`: include invited and deactivated people too (for those who may see them).
    state: Option<String>,
    limit: Option<usize>,
    after: Option<Cursor>,
}

async fn list(state: web::Data<AppState>, me: SignedIn, q: web::Query<ListQuery>) -> Result<HttpResponse> {
    let q = q.into_inner();
    let r = state.store.read()?;
    let filter = Filter { q: q.q, department: q.department, all_states: q.state.as_deref() == Some("all") };
    let page = people::directory(&r, &me.actor(), &filter, q.after.as_ref(), limit(q.limit))?;
    Ok(HttpResponse::Ok().json(forward("people", page)))
}

async fn get(state: web::Data<AppState>, me: SignedIn, id: web::Path<PersonId>) -> Result<HttpResponse> {
    Ok(HttpResponse::Ok().json(people::get(&state.store.read()?, &me.actor(), id.into_inner())?))
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
        let shown: String = s.chars().take(40).collect();
        Error::invalid("invalid_date", msg!("date-invalid", value = shown))
    })
}

impl PatchBody {
    fn parse(self) -> Result<Patch> {
        let mut departments = self.departments;
        if let Some(d) = &mut departments {
            d.sort();
            d.dedup();
        }
        Ok(Patch {
            first_name: self.first_name.as_deref().map(Name::first_name).transpose()?,
            last_name: self.last_name.as_deref().map(Name::last_name).transpose()?,
            title: self.title.as_deref().map(Line::title).transpose()?,
            phone: self.phone.as_deref().map(Line::phone).transpose()?,
            departments,
            role: self.role.as_deref().map(crate::invites::parse_role).transpose()?,
            access_until: match self.access_until {
                None => None,
                Some(None) => Some(None),
                Some(Some(s)) => Some(Some(parse_time(&s)?)),
            },
            active: self.active,
        })
    }
}

async fn update(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<PersonId>,
    body: Json<PatchBody>,
) -> Result<HttpResponse> {
    let patch = body.into_inner().parse()?;
    let (me_id, id) = (me.id(), id.into_inner());
    let p = state.store.write(move |tx| people::update(tx, me_id, id, &patch)).await?;
    Ok(HttpResponse::Ok().json(PersonView::for_viewer(&state.store.read()?, &p, &me.actor())?))
}

async fn delete(state: web::Data<AppState>, me: SignedIn, id: web::Path<PersonId>) -> Result<HttpResponse> {
    let (me_id, id) = (me.id(), id.into_inner());
    state.store.write(move |tx| people::delete(tx, me_id, id)).await?;
    Ok(HttpResponse::NoContent().finish())
}

async fn transfer(state: web::Data<AppState>, me: SignedIn, id: web::Path<PersonId>) -> Result<HttpResponse> {
    let (me_id, id) = (me.id(), id.into_inner());
    let p = state.store.write(move |tx| people::transfer_ownership(tx, me_id, id)).await?;
    let r = state.store.read()?;
    let me = crate::policy::actor(&r, me_id)?;
    Ok(HttpResponse::Ok().json(PersonView::for_viewer(&r, &p, &me)?))
}

async fn list_departments(state: web::Data<AppState>, me: SignedIn, q: web::Query<After>) -> Result<HttpResponse> {
    let r = state.store.read()?;
    let page = departments::list(&r, &me.actor(), q.after.as_ref(), limit(q.limit))?;
    Ok(HttpResponse::Ok().json(forward("departments", page)))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DepartmentBody {
    name: String,
    parent_id: Option<DepartmentId>,
    head_id: Option<PersonId>,
}

async fn create_department(
    state: web::Data<AppState>,
    me: SignedIn,
    body: Json<DepartmentBody>,
) -> Result<HttpResponse> {
    let b = body.into_inner();
    let me_id = me.id();
    let new = NewDepartment { name: Name::department(&b.name)?, parent: b.parent_id, head: b.head_id };
    let d = state.store.write(move |tx| departments::create(tx, me_id, &new)).await?;
    Ok(HttpResponse::Created().json(departments::view(&state.store.read()?, &me.actor(), &d)?))
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
    let (me_id, id) = (me.id(), id.into_inner());
    let patch = DepartmentPatch {
        name: b.name.as_deref().map(Name::department).transpose()?,
        parent: b.parent_id,
        head: b.head_id,
    };
    let d = state.store.write(move |tx| departments::update(tx, me_id, id, &patch)).await?;
    Ok(HttpResponse::Ok().json(departments::view(&state.store.read()?, &me.actor(), &d)?))
}

async fn delete_department(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<DepartmentId>,
) -> Result<HttpResponse> {
    let (me_id, id) = (me.id(), id.into_inner());
    state.store.write(move |tx| departments::delete(tx, me_id, id)).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Deserialize)]
struct AuditParams {
    action: Option<String>,
    actor: Option<PersonId>,
    target: Option<String>,
    limit: Option<usize>,
    before: Option<Cursor>,
}

async fn audit_log(state: web::Data<AppState>, me: SignedIn, q: web::Query<AuditParams>) -> Result<HttpResponse> {
    let q = q.into_inner();
    let action = match q.action.as_deref().filter(|a| !a.is_empty()) {
        Some(a) => Some(AuditAction::parse(a).ok_or_else(|| {
            let shown: String = a.chars().take(40).collect();
            Error::bad_request("invalid_query", msg!("audit-action-invalid", value = shown))
        })?),
        None => None,
    };
    let query = AuditQuery { action, actor: q.actor, target: q.target, before: q.before, limit: limit(q.limit) };
    let page = audit::list(&state.store.read()?, &me.actor(), &query)?;
    Ok(HttpResponse::Ok().json(backward("entries", page)))
}

async fn audit_actions(state: web::Data<AppState>, me: SignedIn) -> Result<HttpResponse> {
    Ok(HttpResponse::Ok().json(audit::actions(&state.store.read()?, &me.actor())?))
}
