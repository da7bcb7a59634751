//! HTTP for channels, chats, messages, threads and read positions.

use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};

use super::format::{clean_body, clean_client_id};
use super::{ChannelPatch, MessageView, NewChannel, NewMessage, clean_channel_name, clean_description};
use crate::app::AppState;
use crate::auth::SignedIn;
use crate::error::Result;
use crate::http::Json;
use crate::http::input::limit;
use crate::ids::{ChannelId, MessageId, PersonId};

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/api/channels/{id}/messages").get(history).post(post))
        .service(web::resource("/api/channels").get(list).post(create))
        .service(web::resource("/api/channels/browse").get(browse))
        .service(web::resource("/api/channels/{id}").get(detail).patch(update))
        .service(web::resource("/api/channels/{id}/join").post(join))
        .service(web::resource("/api/channels/{id}/leave").post(leave))
        .service(web::resource("/api/channels/{id}/members").get(member_names).post(add_members))
        .service(web::resource("/api/channels/{id}/members/{person_id}").delete(remove_member))
        .service(web::resource("/api/channels/{id}/read").post(mark_read))
        .service(web::resource("/api/chats").post(open_chat))
        .service(web::resource("/api/messages/{id}").patch(edit).delete(delete))
        .service(web::resource("/api/messages/{id}/thread").get(thread))
        .service(web::resource("/api/messages/{id}/read").post(mark_thread_read))
        .service(web::resource("/api/messages/{id}/follow").put(follow).delete(unfollow))
        .service(web::resource("/api/threads").get(threads));
}

#[derive(Deserialize)]
struct ListQuery {
    archived: Option<bool>,
}

async fn list(state: web::Data<AppState>, me: SignedIn, q: web::Query<ListQuery>) -> Result<HttpResponse> {
    let r = state.store.read()?;
    Ok(HttpResponse::Ok().json(super::list(&r, &me.actor(), q.archived.unwrap_or(false))?))
}

async fn browse(state: web::Data<AppState>, me: SignedIn) -> Result<HttpResponse> {
    Ok(HttpResponse::Ok().json(super::browse(&state.store.read()?, &me.actor())?))
}

async fn detail(state: web::Data<AppState>, me: SignedIn, id: web::Path<ChannelId>) -> Result<HttpResponse> {
    Ok(HttpResponse::Ok().json(super::detail(&state.store.read()?, &me.actor(), id.into_inner())?))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CreateBody {
    name: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    private: bool,
    #[serde(default)]
    members: Vec<PersonId>,
}

async fn create(state: web::Data<AppState>, me: SignedIn, body: Json<CreateBody>) -> Result<HttpResponse> {
    let b = body.into_inner();
    let n = NewChannel {
        name: clean_channel_name(&b.name)?,
        description: clean_description(&b.description)?,
        private: b.private,
        members: b.members,
    };
    let me_id = me.person.id;
    let c = state.store.write(move |tx| super::create_channel(tx, me_id, &n)).await?;
    Ok(HttpResponse::Created().json(super::view(&state.store.read()?, &c, me_id, true)?))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PatchBody {
    name: Option<String>,
    description: Option<String>,
    private: Option<bool>,
    archived: Option<bool>,
}

async fn update(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<ChannelId>,
    body: Json<PatchBody>,
) -> Result<HttpResponse> {
    let b = body.into_inner();
    let p = ChannelPatch {
        name: b.name.as_deref().map(clean_channel_name).transpose()?,
        description: b.description.as_deref().map(clean_description).transpose()?,
        private: b.private,
        archived: b.archived,
    };
    let (me_id, id) = (me.person.id, id.into_inner());
    let c = state.store.write(move |tx| super::update_channel(tx, me_id, id, &p)).await?;
    Ok(HttpResponse::Ok().json(super::view(&state.store.read()?, &c, me_id, true)?))
}

async fn join(state: web::Data<AppState>, me: SignedIn, id: web::Path<ChannelId>) -> Result<HttpResponse> {
    let (me_id, id) = (me.person.id, id.into_inner());
    let c = state.store.write(move |tx| super::join(tx, me_id, id)).await?;
    Ok(HttpResponse::Ok().json(super::view(&state.store.read()?, &c, me_id, false)?))
}

async fn leave(state: web::Data<AppState>, me: SignedIn, id: web::Path<ChannelId>) -> Result<HttpResponse> {
    let (me_id, id) = (me.person.id, id.into_inner());
    state.store.write(move |tx| super::leave(tx, me_id, id)).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PeopleBody {
    person_ids: Vec<PersonId>,
}

async fn add_members(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<ChannelId>,
    body: Json<PeopleBody>,
) -> Result<HttpResponse> {
    let (me_id, id, people) = (me.person.id, id.into_inner(), body.into_inner().person_ids);
    let c = state.store.write(move |tx| super::add_members(tx, me_id, id, &people)).await?;
    Ok(HttpResponse::Ok().json(super::view(&state.store.read()?, &c, me_id, true)?))
}

async fn member_names(state: web::Data<AppState>, me: SignedIn, id: web::Path<ChannelId>) -> Result<HttpResponse> {
    Ok(HttpResponse::Ok().json(super::member_names(&state.store.read()?, &me.actor(), id.into_inner())?))
}

async fn remove_member(
    state: web::Data<AppState>,
    me: SignedIn,
    path: web::Path<(ChannelId, PersonId)>,
) -> Result<HttpResponse> {
    let (id, person) = path.into_inner();
    let me_id = me.person.id;
    state.store.write(move |tx| super::remove_member(tx, me_id, id, person)).await?;
    Ok(HttpResponse::NoContent().finish())
}

async fn open_chat(state: web::Data<AppState>, me: SignedIn, body: Json<PeopleBody>) -> Result<HttpResponse> {
    let (me_id, people) = (me.person.id, body.into_inner().person_ids);
    let (c, created) = state.store.write(move |tx| super::open_chat(tx, me_id, &people)).await?;
    let v = super::view(&state.store.read()?, &c, me_id, true)?;
    Ok(if created { HttpResponse::Created().json(v) } else { HttpResponse::Ok().json(v) })
}

#[derive(Deserialize)]
struct PageQuery {
    before: Option<MessageId>,
    after: Option<MessageId>,
    limit: Option<usize>,
}

#[derive(Serialize)]
struct Page {
    messages: Vec<MessageView>,
    has_more: bool,
}

async fn history(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<ChannelId>,
    q: web::Query<PageQuery>,
) -> Result<HttpResponse> {
    let r = state.store.read()?;
    let (messages, has_more) = super::history(&r, &me.actor(), id.into_inner(), q.before, q.after, limit(q.limit))?;
    Ok(HttpResponse::Ok().json(Page { messages: messages.iter().map(MessageView::of).collect(), has_more }))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PostBody {
    client_id: String,
    body: String,
    thread_root: Option<MessageId>,
}

async fn post(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<ChannelId>,
    body: Json<PostBody>,
) -> Result<HttpResponse> {
    let b = body.into_inner();
    let n = NewMessage {
        client_id: clean_client_id(&b.client_id)?,
        body: clean_body(&b.body)?,
        thread_root: b.thread_root,
    };
    let (me_id, id) = (me.person.id, id.into_inner());
    let (m, created) = state.store.write(move |tx| super::post(tx, me_id, id, &n)).await?;
    let v = MessageView::of(&m);
    Ok(if created { HttpResponse::Created().json(v) } else { HttpResponse::Ok().json(v) })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReadBody {
    message_id: MessageId,
}

#[derive(Serialize)]
struct Unread {
    unread: u64,
    mentions: u32,
}

async fn mark_read(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<ChannelId>,
    body: Json<ReadBody>,
) -> Result<HttpResponse> {
    let (me_id, id, m) = (me.person.id, id.into_inner(), body.message_id);
    let (unread, mentions) = state.store.write(move |tx| super::mark_read(tx, me_id, id, m)).await?;
    Ok(HttpResponse::Ok().json(Unread { unread, mentions }))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EditBody {
    body: String,
}

async fn edit(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<MessageId>,
    body: Json<EditBody>,
) -> Result<HttpResponse> {
    let text = clean_body(&body.body)?;
    let (me_id, id) = (me.person.id, id.into_inner());
    let m = state.store.write(move |tx| super::edit(tx, me_id, id, &text)).await?;
    Ok(HttpResponse::Ok().json(MessageView::of(&m)))
}

async fn delete(state: web::Data<AppState>, me: SignedIn, id: web::Path<MessageId>) -> Result<HttpResponse> {
    let (me_id, id) = (me.person.id, id.into_inner());
    let m = state.store.write(move |tx| super::delete(tx, me_id, id)).await?;
    Ok(HttpResponse::Ok().json(MessageView::of(&m)))
}

#[derive(Deserialize)]
struct ThreadQuery {
    after: Option<MessageId>,
    limit: Option<usize>,
}

async fn thread(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<MessageId>,
    q: web::Query<ThreadQuery>,
) -> Result<HttpResponse> {
    let n = q.limit.unwrap_or(super::MAX_PAGE).clamp(1, super::MAX_PAGE);
    Ok(HttpResponse::Ok().json(super::thread(&state.store.read()?, &me.actor(), id.into_inner(), q.after, n)?))
}

async fn mark_thread_read(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<MessageId>,
    body: Json<ReadBody>,
) -> Result<HttpResponse> {
    let (me_id, root, m) = (me.person.id, id.into_inner(), body.message_id);
    let (unread, mentions) = state.store.write(move |tx| super::mark_thread_read(tx, me_id, root, m)).await?;
    Ok(HttpResponse::Ok().json(Unread { unread, mentions }))
}

async fn follow(state: web::Data<AppState>, me: SignedIn, id: web::Path<MessageId>) -> Result<HttpResponse> {
    let (me_id, root) = (me.person.id, id.into_inner());
    state.store.write(move |tx| super::follow(tx, me_id, root, true)).await?;
    Ok(HttpResponse::NoContent().finish())
}

async fn unfollow(state: web::Data<AppState>, me: SignedIn, id: web::Path<MessageId>) -> Result<HttpResponse> {
    let (me_id, root) = (me.person.id, id.into_inner());
    state.store.write(move |tx| super::follow(tx, me_id, root, false)).await?;
    Ok(HttpResponse::NoContent().finish())
}

async fn threads(state: web::Data<AppState>, me: SignedIn) -> Result<HttpResponse> {
    Ok(HttpResponse::Ok().json(super::threads(&state.store.read()?, &me.actor())?))
}
