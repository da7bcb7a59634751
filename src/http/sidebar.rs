//! HTTP for the sidebar: pins, folders, department folders.

use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::Json;
use super::session::SignedIn;
use super::state::AppState;
use crate::error::Result;
use crate::ids::{ChannelId, DepartmentId, FolderId, PersonId};
use crate::input::Name;
use crate::sidebar::{self, FolderPatch};

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/api/sidebar").get(get))
        .service(web::resource("/api/sidebar/pinned-chats").put(pin_chats))
        .service(web::resource("/api/sidebar/pinned-people").put(pin_people))
        .service(web::resource("/api/sidebar/folder-order").put(order))
        .service(web::resource("/api/folders").post(create))
        .service(web::resource("/api/folders/{id}").patch(update).delete(delete))
        .service(web::resource("/api/department-folders").get(list_department).post(create_department))
        .service(web::resource("/api/department-folders/{id}").patch(update_department).delete(delete_department));
}

async fn get(state: web::Data<AppState>, me: SignedIn) -> Result<HttpResponse> {
    Ok(HttpResponse::Ok().json(sidebar::view(&state.store.read()?, &me.actor())?))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Ids<T> {
    ids: Vec<T>,
}

async fn pin_chats(state: web::Data<AppState>, me: SignedIn, body: Json<Ids<ChannelId>>) -> Result<HttpResponse> {
    let (me_id, ids) = (me.id(), body.into_inner().ids);
    Ok(HttpResponse::Ok().json(state.store.write(move |tx| sidebar::set_pinned_chats(tx, me_id, &ids)).await?))
}

async fn pin_people(state: web::Data<AppState>, me: SignedIn, body: Json<Ids<PersonId>>) -> Result<HttpResponse> {
    let (me_id, ids) = (me.id(), body.into_inner().ids);
    Ok(HttpResponse::Ok().json(state.store.write(move |tx| sidebar::set_pinned_people(tx, me_id, &ids)).await?))
}

async fn order(state: web::Data<AppState>, me: SignedIn, body: Json<Ids<FolderId>>) -> Result<HttpResponse> {
    let (me_id, ids) = (me.id(), body.into_inner().ids);
    Ok(HttpResponse::Ok().json(state.store.write(move |tx| sidebar::order_folders(tx, me_id, &ids)).await?))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CreateBody {
    name: String,
    #[serde(default)]
    items: Vec<ChannelId>,
}

async fn create(state: web::Data<AppState>, me: SignedIn, body: Json<CreateBody>) -> Result<HttpResponse> {
    let (me_id, b) = (me.id(), body.into_inner());
    let name = Name::folder(&b.name)?;
    let f = state.store.write(move |tx| sidebar::create_folder(tx, me_id, &name, &b.items)).await?;
    Ok(HttpResponse::Created().json(f))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PatchBody {
    name: Option<String>,
    items: Option<Vec<ChannelId>>,
    position: Option<usize>,
    collapsed: Option<bool>,
    hidden: Option<bool>,
}

async fn update(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<FolderId>,
    body: Json<PatchBody>,
) -> Result<HttpResponse> {
    let b = body.into_inner();
    let name = b.name.as_deref().map(Name::folder).transpose()?;
    let p = FolderPatch { name, items: b.items, position: b.position, collapsed: b.collapsed, hidden: b.hidden };
    let (me_id, id) = (me.id(), id.into_inner());
    Ok(HttpResponse::Ok().json(state.store.write(move |tx| sidebar::update_folder(tx, me_id, id, &p)).await?))
}

async fn delete(state: web::Data<AppState>, me: SignedIn, id: web::Path<FolderId>) -> Result<HttpResponse> {
    let (me_id, id) = (me.id(), id.into_inner());
    Ok(HttpResponse::Ok().json(state.store.write(move |tx| sidebar::delete_folder(tx, me_id, id)).await?))
}

async fn list_department(state: web::Data<AppState>, me: SignedIn) -> Result<HttpResponse> {
    Ok(HttpResponse::Ok().json(sidebar::department_folders(&state.store.read()?, &me.actor())?))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DepartmentBody {
    department_id: DepartmentId,
    name: String,
    #[serde(default)]
    items: Vec<ChannelId>,
}

async fn create_department(
    state: web::Data<AppState>,
    me: SignedIn,
    body: Json<DepartmentBody>,
) -> Result<HttpResponse> {
    let (me_id, b) = (me.id(), body.into_inner());
    let name = Name::folder(&b.name)?;
    let f = state
        .store
        .write(move |tx| sidebar::create_department_folder(tx, me_id, b.department_id, &name, &b.items))
        .await?;
    Ok(HttpResponse::Created().json(f))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DepartmentPatch {
    name: Option<String>,
    items: Option<Vec<ChannelId>>,
}

async fn update_department(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<FolderId>,
    body: Json<DepartmentPatch>,
) -> Result<HttpResponse> {
    let (me_id, id, b) = (me.id(), id.into_inner(), body.into_inner());
    let name = b.name.as_deref().map(Name::folder).transpose()?;
    let f = state
        .store
        .write(move |tx| sidebar::update_department_folder(tx, me_id, id, name.as_ref(), b.items.as_deref()))
        .await?;
    Ok(HttpResponse::Ok().json(f))
}

async fn delete_department(state: web::Data<AppState>, me: SignedIn, id: web::Path<FolderId>) -> Result<HttpResponse> {
    let (me_id, id) = (me.id(), id.into_inner());
    state.store.write(move |tx| sidebar::delete_department_folder(tx, me_id, id)).await?;
    Ok(HttpResponse::NoContent().finish())
}
