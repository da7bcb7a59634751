//! HTTP for channels, chats, messages, threads and read positions.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::{Deserialize, Serialize};

use super::Json;
use super::input::{After, Before, backward, forward, limit};
use super::session::SignedIn;
use super::state::AppState;
use crate::chat::{self, ChannelPatch, MessageView, NewChannel, NewMessage, channels, messages, reads, threads};
use crate::error::Result;
use crate::ids::{ChannelId, FileId, MessageId, PersonId};
use crate::input::{Body, ClientId, Description, Name};
use crate::store::Cursor;

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
        .service(web::resource("/api/channels/{id}/unread").post(mark_unread))
        .service(web::resource("/api/chats").post(open_chat))
        .service(web::resource("/api/messages/{id}").patch(edit).delete(delete))
        .service(web::resource("/api/messages/{id}/thread").get(thread))
        .service(web::resource("/api/messages/{id}/read").post(mark_thread_read))
        .service(web::resource("/api/messages/{id}/follow").put(follow).delete(unfollow))
        .service(web::resource("/api/threads").get(followed_threads))
        .service(web::resource("/api/messages/{id}/reactions/{emoji}").put(react).delete(unreact));
}

#[derive(Deserialize)]
struct ListQuery {
    archived: Option<bool>,
    limit: Option<usize>,
    after: Option<Cursor>,
}

/// `GET /api/channels` answers the array API.md fixes; the next page's address is in a `Link`
/// header (`rel="next"`, RFC 8288) and its cursor in `X-Next-After`.
async fn list(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    q: web::Query<ListQuery>,
) -> Result<HttpResponse> {
    let r = state.store.read()?;
    let page = channels::list(&r, &me.actor(), q.archived.unwrap_or(false), q.after.as_ref(), limit(q.limit))?;
    let mut res = HttpResponse::Ok();
    if let Some(next) = &page.next {
        let mut url = format!("{}?after={}&limit={}", req.path(), next.encode(), limit(q.limit));
        if q.archived == Some(true) {
            url.push_str("&archived=true");
        }
        res.insert_header(("Link", format!("<{url}>; rel=\"next\"")));
        res.insert_header(("X-Next-After", next.encode()));
    }
    Ok(res.json(page.items))
}

async fn browse(state: web::Data<AppState>, me: SignedIn, q: web::Query<After>) -> Result<HttpResponse> {
    let page = channels::browse(&state.store.read()?, &me.actor(), q.after.as_ref(), limit(q.limit))?;
    Ok(HttpResponse::Ok().json(forward("channels", page)))
}

async fn detail(state: web::Data<AppState>, me: SignedIn, id: web::Path<ChannelId>) -> Result<HttpResponse> {
    Ok(HttpResponse::Ok().json(channels::detail(&state.store.read()?, &me.actor(), id.into_inner())?))
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
        name: Name::channel(&b.name)?,
        description: Description::parse(&b.description)?,
        private: b.private,
        members: b.members,
    };
    let me_id = me.id();
    let c = state.store.write(move |tx| channels::create_channel(tx, me_id, &n)).await?;
    Ok(HttpResponse::Created().json(chat::views::view(&state.store.read()?, &c, &me.actor())?))
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
        name: b.name.as_deref().map(Name::channel).transpose()?,
        description: b.description.as_deref().map(Description::parse).transpose()?,
        private: b.private,
        archived: b.archived,
    };
    let (me_id, id) = (me.id(), id.into_inner());
    let c = state.store.write(move |tx| channels::update_channel(tx, me_id, id, &p)).await?;
    Ok(HttpResponse::Ok().json(chat::views::view(&state.store.read()?, &c, &me.actor())?))
}

async fn join(state: web::Data<AppState>, me: SignedIn, id: web::Path<ChannelId>) -> Result<HttpResponse> {
    let (me_id, id) = (me.id(), id.into_inner());
    let c = state.store.write(move |tx| channels::join(tx, me_id, id)).await?;
    Ok(HttpResponse::Ok().json(chat::views::view(&state.store.read()?, &c, &me.actor())?))
}

async fn leave(state: web::Data<AppState>, me: SignedIn, id: web::Path<ChannelId>) -> Result<HttpResponse> {
    let (me_id, id) = (me.id(), id.into_inner());
    state.store.write(move |tx| channels::leave(tx, me_id, id)).await?;
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
    let (me_id, id, people) = (me.id(), id.into_inner(), body.into_inner().person_ids);
    let c = state.store.write(move |tx| channels::add_members(tx, me_id, id, &people)).await?;
    Ok(HttpResponse::Ok().json(chat::views::view(&state.store.read()?, &c, &me.actor())?))
}

async fn member_names(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<ChannelId>,
    q: web::Query<After>,
) -> Result<HttpResponse> {
    let r = state.store.read()?;
    let page = channels::member_names(&r, &me.actor(), id.into_inner(), q.after.as_ref(), limit(q.limit))?;
    Ok(HttpResponse::Ok().json(forward("members", page)))
}

async fn remove_member(
    state: web::Data<AppState>,
    me: SignedIn,
    path: web::Path<(ChannelId, PersonId)>,
) -> Result<HttpResponse> {
    let (id, person) = path.into_inner();
    let me_id = me.id();
    state.store.write(move |tx| channels::remove_member(tx, me_id, id, person)).await?;
    Ok(HttpResponse::NoContent().finish())
}

async fn open_chat(state: web::Data<AppState>, me: SignedIn, body: Json<PeopleBody>) -> Result<HttpResponse> {
    let (me_id, people) = (me.id(), body.into_inner().person_ids);
    let (c, created) = state.store.write(move |tx| channels::open_chat(tx, me_id, &people)).await?;
    let v = chat::views::view(&state.store.read()?, &c, &me.actor())?;
    Ok(if created { HttpResponse::Created().json(v) } else { HttpResponse::Ok().json(v) })
}

#[derive(Deserialize)]
struct PageQuery {
    before: Option<MessageId>,
    after: Option<MessageId>,
    /// A page around this message (half before it, half after; `has_newer` says if more follow).
    around: Option<MessageId>,
    limit: Option<usize>,
}

#[derive(Serialize)]
struct Page {
    messages: Vec<MessageView>,
    has_more: bool,
    /// Where the next (older) page starts, when there is one: the `before` to send.
    #[serde(skip_serializing_if = "Option::is_none")]
    next_before: Option<MessageId>,
    /// With `around`: whether newer messages follow the page (ask with `after`).
    #[serde(skip_serializing_if = "Option::is_none")]
    has_newer: Option<bool>,
}

async fn history(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<ChannelId>,
    q: web::Query<PageQuery>,
) -> Result<HttpResponse> {
    let r = state.store.read()?;
    if let Some(at) = q.around {
        let (messages, has_more, newer) = messages::around(&r, &me.actor(), id.into_inner(), at, limit(q.limit))?;
        let next_before = has_more.then(|| messages.first().map(|m| m.id)).flatten();
        return Ok(HttpResponse::Ok().json(Page {
            messages: chat::views::messages(&r, &messages, Some(me.id()))?,
            has_more,
            next_before,
            has_newer: Some(newer),
        }));
    }
    let (messages, has_more) = messages::history(&r, &me.actor(), id.into_inner(), q.before, q.after, limit(q.limit))?;
    let next_before = (has_more && q.after.is_none()).then(|| messages.first().map(|m| m.id)).flatten();
    Ok(HttpResponse::Ok().json(Page {
        messages: chat::views::messages(&r, &messages, Some(me.id()))?,
        has_more,
        next_before,
        has_newer: None,
    }))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PostBody {
    client_id: String,
    #[serde(default)]
    body: String,
    thread_root: Option<MessageId>,
    #[serde(default)]
    file_ids: Vec<FileId>,
}

async fn post(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<ChannelId>,
    body: Json<PostBody>,
) -> Result<HttpResponse> {
    let b = body.into_inner();
    // A message may be files alone.
    let body = if b.body.trim().is_empty() && !b.file_ids.is_empty() { Body::empty() } else { Body::parse(&b.body)? };
    let n =
        NewMessage { client_id: ClientId::parse(&b.client_id)?, body, thread_root: b.thread_root, files: b.file_ids };
    let (me_id, id) = (me.id(), id.into_inner());
    let (m, created) = state.store.write(move |tx| messages::post(tx, me_id, id, &n)).await?;
    if created {
        state.notifier.wake();
    }
    let v = chat::views::message(&state.store.read()?, &m, Some(me.id()))?;
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
    let (me_id, id, m) = (me.id(), id.into_inner(), body.message_id);
    let (unread, mentions) = state.store.write(move |tx| reads::mark_read(tx, me_id, id, m)).await?;
    Ok(HttpResponse::Ok().json(Unread { unread, mentions }))
}

/// `POST /api/channels/{id}/unread` `{message_id}`: unread from that message on.
async fn mark_unread(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<ChannelId>,
    body: Json<ReadBody>,
) -> Result<HttpResponse> {
    let (me_id, id, m) = (me.id(), id.into_inner(), body.message_id);
    let (unread, mentions) = state.store.write(move |tx| reads::mark_unread(tx, me_id, id, m)).await?;
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
    let text = Body::parse(&body.body)?;
    let (me_id, id) = (me.id(), id.into_inner());
    let m = state.store.write(move |tx| messages::edit(tx, me_id, id, &text)).await?;
    Ok(HttpResponse::Ok().json(chat::views::message(&state.store.read()?, &m, Some(me.id()))?))
}

async fn delete(state: web::Data<AppState>, me: SignedIn, id: web::Path<MessageId>) -> Result<HttpResponse> {
    let (me_id, id) = (me.id(), id.into_inner());
    let m = state.store.write(move |tx| messages::delete(tx, me_id, id)).await?;
    // Its files may have freed blobs: the housekeeper unlinks them now.
    state.blobs.kick();
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
    let n = q.limit.unwrap_or(chat::MAX_PAGE).clamp(1, chat::MAX_PAGE);
    Ok(HttpResponse::Ok().json(threads::thread(&state.store.read()?, &me.actor(), id.into_inner(), q.after, n)?))
}

async fn mark_thread_read(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<MessageId>,
    body: Json<ReadBody>,
) -> Result<HttpResponse> {
    let (me_id, root, m) = (me.id(), id.into_inner(), body.message_id);
    let (unread, mentions) = state.store.write(move |tx| reads::mark_thread_read(tx, me_id, root, m)).await?;
    Ok(HttpResponse::Ok().json(Unread { unread, mentions }))
}

async fn follow(state: web::Data<AppState>, me: SignedIn, id: web::Path<MessageId>) -> Result<HttpResponse> {
    let (me_id, root) = (me.id(), id.into_inner());
    state.store.write(move |tx| threads::follow(tx, me_id, root, true)).await?;
    Ok(HttpResponse::NoContent().finish())
}

async fn unfollow(state: web::Data<AppState>, me: SignedIn, id: web::Path<MessageId>) -> Result<HttpResponse> {
    let (me_id, root) = (me.id(), id.into_inner());
    state.store.write(move |tx| threads::follow(tx, me_id, root, false)).await?;
    Ok(HttpResponse::NoContent().finish())
}

async fn followed_threads(state: web::Data<AppState>, me: SignedIn, q: web::Query<Before>) -> Result<HttpResponse> {
    let page = threads::followed(&state.store.read()?, &me.actor(), q.before.as_ref(), limit(q.limit))?;
    Ok(HttpResponse::Ok().json(backward("threads", page)))
}

#[derive(Serialize)]
struct Reactions {
    message_id: MessageId,
    reactions: Vec<chat::reactions::ReactionView>,
}

async fn set_reaction(state: &AppState, me: &SignedIn, path: (MessageId, String), on: bool) -> Result<HttpResponse> {
    let (id, emoji) = path;
    let emoji = crate::input::Reaction::parse(&emoji)?;
    let me_id = me.id();
    let reactions = state.store.write(move |tx| chat::reactions::react(tx, me_id, id, &emoji, on)).await?;
    Ok(HttpResponse::Ok().json(Reactions { message_id: id, reactions }))
}

/// `PUT /api/messages/{id}/reactions/{emoji}`: adds one's reaction (again: no change).
async fn react(state: web::Data<AppState>, me: SignedIn, path: web::Path<(MessageId, String)>) -> Result<HttpResponse> {
    set_reaction(&state, &me, path.into_inner(), true).await
}

/// `DELETE /api/messages/{id}/reactions/{emoji}`: takes one's reaction back.
async fn unreact(
    state: web::Data<AppState>,
    me: SignedIn,
    path: web::Path<(MessageId, String)>,
) -> Result<HttpResponse> {
    set_reaction(&state, &me, path.into_inner(), false).await
}
