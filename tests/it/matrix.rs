//! The role matrix: every API route, and for each workspace role whether it is allowed, walked
//! against the running server. A route registered in `src/` without a row here fails the test, so
//! every new route gets its row.
//!
//! Allowed means a 2xx answer for a well-formed request; denied means 403 or 404 (404 where the
//! target must stay invisible). Without a session every non-public route answers 401.

use std::collections::BTreeSet;

use serde_json::{Value, json};

use crate::helpers::{TestApp, User, next_n, spawn};

const O: usize = 0;
const A: usize = 1;
const I: usize = 2;
const E: usize = 3;
const F: usize = 4;
const ROLES: [&str; 5] = ["owner", "admin", "integrator", "employee", "freelancer"];

/// (row key, "METHOD /route/template", allowed for [owner, admin, integrator, employee, freelancer])
pub const TABLE: &[(&str, &str, [bool; 5])] = &[
    ("session", "GET /api/session", [true, true, true, true, true]),
    ("people", "GET /api/people", [true, true, true, true, true]),
    ("person", "GET /api/people/{id}", [true, true, true, true, false]),
    ("own card", "PATCH /api/people/{id}", [true, true, true, true, true]),
    ("colleague card", "PATCH /api/people/{id}", [true, true, true, false, false]),
    ("change role", "PATCH /api/people/{id}", [true, true, true, false, false]),
    ("deactivate", "PATCH /api/people/{id}", [true, true, true, false, false]),
    ("access end", "PATCH /api/people/{id}", [true, true, true, false, false]),
    ("delete person", "DELETE /api/people/{id}", [true, true, true, false, false]),
    ("departments", "GET /api/departments", [true, true, true, true, true]),
    ("create department", "POST /api/departments", [true, true, true, false, false]),
    ("edit department", "PATCH /api/departments/{id}", [true, true, true, false, false]),
    ("delete department", "DELETE /api/departments/{id}", [true, true, true, false, false]),
    ("audit", "GET /api/audit", [true, true, false, false, false]),
    ("audit actions", "GET /api/audit/actions", [true, true, false, false, false]),
    ("invite employee", "POST /api/invitations", [true, true, true, false, false]),
    ("invite admin", "POST /api/invitations", [true, true, false, false, false]),
    ("invitations", "GET /api/invitations", [true, true, true, false, false]),
    ("resend", "POST /api/invitations/{id}/resend", [true, true, true, false, false]),
    ("revoke", "POST /api/invitations/{id}/revoke", [true, true, true, false, false]),
    ("invitation link", "POST /api/invitations/{id}/link", [true, true, true, false, false]),
    ("correct email", "PATCH /api/invitations/{id}", [true, true, true, false, false]),
    ("mail", "GET /api/mail", [true, true, true, false, false]),
    ("test mail", "POST /api/mail/test", [true, true, false, false, false]),
    ("chats", "GET /api/channels", [true, true, true, true, true]),
    ("create channel", "POST /api/channels", [true, true, true, true, false]),
    ("browse", "GET /api/channels/browse", [true, true, true, true, false]),
    ("public channel", "GET /api/channels/{id}", [true, true, true, true, false]),
    ("manage channel", "PATCH /api/channels/{id}", [true, true, false, false, false]),
    ("join", "POST /api/channels/{id}/join", [true, true, true, true, false]),
    ("leave", "POST /api/channels/{id}/leave", [true, true, true, true, true]),
    ("member names", "GET /api/channels/{id}/members", [true, true, true, true, true]),
    ("add member", "POST /api/channels/{id}/members", [true, true, false, false, false]),
    ("remove member", "DELETE /api/channels/{id}/members/{person_id}", [true, true, false, false, false]),
    ("remove from a group chat", "DELETE /api/channels/{id}/members/{person_id}", [true, true, false, false, false]),
    ("history", "GET /api/channels/{id}/messages", [true, true, true, true, true]),
    ("post", "POST /api/channels/{id}/messages", [true, true, true, true, true]),
    ("read", "POST /api/channels/{id}/read", [true, true, true, true, true]),
    ("direct chat", "POST /api/chats", [true, true, true, true, true]),
    ("edit own message", "PATCH /api/messages/{id}", [true, true, true, true, true]),
    ("delete own message", "DELETE /api/messages/{id}", [true, true, true, true, true]),
    ("delete others' message", "DELETE /api/messages/{id}", [true, true, false, false, false]),
    ("thread", "GET /api/messages/{id}/thread", [true, true, true, true, true]),
    ("thread read", "POST /api/messages/{id}/read", [true, true, true, true, true]),
    ("follow", "PUT /api/messages/{id}/follow", [true, true, true, true, true]),
    ("unfollow", "DELETE /api/messages/{id}/follow", [true, true, true, true, true]),
    ("threads", "GET /api/threads", [true, true, true, true, true]),
    ("sidebar", "GET /api/sidebar", [true, true, true, true, true]),
    ("pin chats", "PUT /api/sidebar/pinned-chats", [true, true, true, true, true]),
    ("pin people", "PUT /api/sidebar/pinned-people", [true, true, true, true, true]),
    ("folder order", "PUT /api/sidebar/folder-order", [true, true, true, true, true]),
    ("create folder", "POST /api/folders", [true, true, true, true, true]),
    ("edit folder", "PATCH /api/folders/{id}", [true, true, true, true, true]),
    ("delete folder", "DELETE /api/folders/{id}", [true, true, true, true, true]),
    ("department folders", "GET /api/department-folders", [true, true, false, false, false]),
    ("create department folder", "POST /api/department-folders", [true, true, false, false, false]),
    ("edit department folder", "PATCH /api/department-folders/{id}", [true, true, false, false, false]),
    ("delete department folder", "DELETE /api/department-folders/{id}", [true, true, false, false, false]),
    ("live events", "GET /api/events", [true, true, true, true, true]),
    // Bots for business processes (`bots_matrix.rs` builds each request).
    ("bots: list bots", "GET /api/bots", [true, true, true, true, true]),
    ("bots: one bot", "GET /api/bots/{id}", [true, true, true, true, false]),
    ("bots: create bot", "POST /api/bots", [true, true, true, false, false]),
    ("bots: edit bot", "PATCH /api/bots/{id}", [true, true, true, false, false]),
    ("bots: delete bot", "DELETE /api/bots/{id}", [true, true, true, false, false]),
    ("bots: my requests", "GET /api/requests", [true, true, true, true, true]),
    ("bots: all requests", "GET /api/requests", [true, true, false, false, false]),
    ("bots: waiting count", "GET /api/requests/waiting-count", [true, true, true, true, true]),
    ("bots: start request", "POST /api/requests", [true, true, true, true, false]),
    ("bots: someone else's request", "GET /api/requests/{id}", [true, true, false, false, false]),
    ("bots: request I approve", "GET /api/requests/{id}", [true, true, true, true, true]),
    ("bots: approve", "POST /api/requests/{id}/approve", [true, true, true, true, true]),
    ("bots: reject", "POST /api/requests/{id}/reject", [true, true, true, true, true]),
    ("bots: return", "POST /api/requests/{id}/return", [true, true, true, true, true]),
    ("bots: approve someone else's step", "POST /api/requests/{id}/approve", [false, false, false, false, false]),
    ("bots: withdraw own request", "POST /api/requests/{id}/withdraw", [true, true, true, true, false]),
    ("bots: edit returned request", "PATCH /api/requests/{id}", [true, true, true, true, false]),
    ("bots: resubmit", "POST /api/requests/{id}/resubmit", [true, true, true, true, false]),
    ("bots: execute", "POST /api/requests/{id}/execute", [true, true, true, true, true]),
    ("bots: comments", "GET /api/requests/{id}/comments", [true, true, true, true, true]),
    ("bots: comment", "POST /api/requests/{id}/comments", [true, true, true, true, true]),
    ("bots: absence", "GET /api/people/{id}/absence", [true, true, true, true, true]),
    ("bots: export", "GET /api/requests/export", [true, true, false, false, false]),
    ("bots: pass qr", "GET /api/requests/{id}/pass.svg", [true, true, true, true, true]),
    ("bots: bot accounts", "GET /api/bot-accounts", [true, true, true, false, false]),
    ("bots: create bot account", "POST /api/bot-accounts", [true, true, true, false, false]),
    ("bots: rotate token", "POST /api/bot-accounts/{id}/token", [true, true, true, false, false]),
    ("bots: revoke token", "DELETE /api/bot-accounts/{id}/token", [true, true, true, false, false]),
    ("bots: webhooks", "GET /api/channels/{id}/webhooks", [true, true, true, false, false]),
    ("bots: create webhook", "POST /api/channels/{id}/webhooks", [true, true, true, false, false]),
    ("bots: create outgoing webhook", "POST /api/channels/{id}/outgoing-webhooks", [true, true, true, false, false]),
    ("bots: delete webhook", "DELETE /api/webhooks/{id}", [true, true, true, false, false]),
    ("upload", "POST /api/files", [true, true, true, true, true]),
    ("download", "GET /api/files/{id}", [true, true, true, true, true]),
    ("thumbnail", "GET /api/files/{id}/thumbnail", [true, true, true, true, true]),
    ("chat files", "GET /api/channels/{id}/files", [true, true, true, true, true]),
    ("search", "GET /api/search", [true, true, true, true, true]),
    // (Before "transfer ownership": after it, the owner walking the rows is an admin.)
    ("own name", "PATCH /api/me", [true, true, true, true, true]),
    ("own password", "POST /api/me/password", [true, true, true, true, true]),
    ("workspace", "GET /api/workspace", [true, true, true, true, true]),
    ("change workspace", "PATCH /api/workspace", [true, false, false, false, false]),
    ("transfer ownership", "POST /api/people/{id}/transfer-ownership", [true, false, false, false, false]),
    ("react", "PUT /api/messages/{id}/reactions/{emoji}", [true, true, true, true, true]),
    ("unreact", "DELETE /api/messages/{id}/reactions/{emoji}", [true, true, true, true, true]),
    ("own status", "PATCH /api/me", [true, true, true, true, true]),
    ("own settings", "GET /api/me/settings", [true, true, true, true, true]),
    ("chat notify level", "PUT /api/channels/{id}/notify", [true, true, true, true, true]),
    ("presence", "GET /api/presence", [true, true, true, true, true]),
    ("push key", "GET /api/push/key", [true, true, true, true, true]),
    ("push subscriptions", "GET /api/push/subscriptions", [true, true, true, true, true]),
    ("push subscribe", "POST /api/push/subscriptions", [true, true, true, true, true]),
    ("push unsubscribe", "DELETE /api/push/subscriptions/{id}", [true, true, true, true, true]),
    ("mark unread", "POST /api/channels/{id}/unread", [true, true, true, true, true]),
    ("remind", "POST /api/messages/{id}/remind", [true, true, true, true, true]),
    ("reminders", "GET /api/reminders", [true, true, true, true, true]),
    ("cancel reminder", "DELETE /api/reminders/{id}", [true, true, true, true, true]),
    ("sign out", "DELETE /api/session", [true, true, true, true, true]),
];

/// Routes anyone may call without a session, with what they answer to a harmless request.
pub const PUBLIC: &[&str] = &[
    "GET /api/setup",
    "POST /api/setup",
    "POST /api/session",
    "GET /api/invitations/lookup",
    "POST /api/invitations/accept",
    "POST /api/password-reset",
    "POST /api/password-reset/complete",
    "GET /api/passes/{code}",
];

/// Every `web::resource("/api...")` registration in src/, as "METHOD /path".
fn registered_routes() -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut stack = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            stack.extend(std::fs::read_dir(&p).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        let text = std::fs::read_to_string(&p).unwrap();
        for part in text.split("web::resource(\"").skip(1) {
            let path = &part[..part.find('"').unwrap()];
            if !path.starts_with("/api") {
                continue;
            }
            // The method calls chained on this resource, up to the next registration.
            let chain = part.split(".service(").next().unwrap();
            let chain = chain.split(".route(").next().unwrap();
            for m in ["get", "post", "put", "patch", "delete"] {
                if chain.contains(&format!(").{m}(")) || chain.contains(&format!("\").{m}(")) {
                    out.insert(format!("{} {path}", m.to_uppercase()));
                }
            }
        }
    }
    out
}

#[test]
fn every_registered_route_is_in_the_matrix() {
    let registered = registered_routes();
    assert!(registered.len() > 40, "the route scan found too little: {registered:?}");
    let listed: BTreeSet<String> =
        TABLE.iter().map(|r| r.1.to_string()).chain(PUBLIC.iter().map(|s| s.to_string())).collect();
    let missing: Vec<&String> = registered.difference(&listed).collect();
    assert!(missing.is_empty(), "routes without a row in the role matrix: {missing:?}");
    let stale: Vec<&String> = listed.difference(&registered).collect();
    assert!(stale.is_empty(), "rows for routes that do not exist: {stale:?}");
}

/// The world one role is tested in.
struct World {
    owner: User,
    actor: User,
    role: usize,
    colleague: User,
    dept: String,
    /// A public channel the actor is not in (created by the colleague).
    public: String,
    /// A channel created by the owner with the actor and colleague in it.
    shared: String,
    /// A message by the owner in `shared`.
    owners_message: String,
}

async fn id_of(r: crate::helpers::Resp) -> String {
    r.body["id"].as_str().unwrap_or_else(|| panic!("no id in {}", r.text)).to_string()
}

async fn world(app: &TestApp, role: usize) -> World {
    let owner = app.create_owner().await;
    let actor = if role == O { owner.clone() } else { app.add_member(&owner, ROLES[role], "Actor").await };
    let colleague = app.add_member(&owner, "employee", "Colleague").await;
    if role == F {
        // A freelancer sees the people he has a direct chat with.
        owner.post("/api/chats", json!({"person_ids": [actor.id]})).await.expect_success();
        colleague.post("/api/chats", json!({"person_ids": [actor.id]})).await.expect_success();
    }
    let dept = id_of(owner.post("/api/departments", json!({"name": "Matrix"})).await.expect(201)).await;
    let public = id_of(colleague.post("/api/channels", json!({"name": "public-room"})).await.expect(201)).await;
    let mut members = vec![colleague.id.clone()];
    if role != O {
        members.push(actor.id.clone());
    }
    let shared =
        id_of(owner.post("/api/channels", json!({"name": "shared-room", "members": members})).await.expect(201)).await;
    let owners_message = id_of(
        owner
            .post(&format!("/api/channels/{shared}/messages"), json!({"client_id": "om1", "body": "from the owner"}))
            .await
            .expect(201),
    )
    .await;
    World { owner, actor, role, colleague, dept, public, shared, owners_message }
}

impl crate::helpers::Resp {
    #[track_caller]
    fn expect_success(self) -> crate::helpers::Resp {
        assert!((200..300).contains(&self.status), "expected success, got {}: {}", self.status, self.text);
        self
    }
}

async fn fresh_employee(app: &TestApp, w: &World) -> String {
    app.add_member(&w.owner, "employee", "Fresh").await.id
}

async fn fresh_invitation(w: &World) -> String {
    let email = format!("inv{}@example.com", next_n());
    id_of(
        w.owner
            .post(
                "/api/invitations",
                json!({"first_name": "In", "last_name": "Vited", "email": email, "role": "employee"}),
            )
            .await
            .expect(201),
    )
    .await
}

async fn own_message(w: &World) -> String {
    let cid = format!("m{}", next_n());
    id_of(
        w.actor
            .post(&format!("/api/channels/{}/messages", w.shared), json!({"client_id": cid, "body": "mine"}))
            .await
            .expect(201),
    )
    .await
}

/// Builds the concrete request for a row: method, path, body.
async fn request(app: &TestApp, w: &World, key: &str) -> (&'static str, String, Option<Value>) {
    let me = &w.actor.id;
    let s = &w.shared;
    match key {
        "session" => ("GET", "/api/session".into(), None),
        "people" => ("GET", "/api/people".into(), None),
        "person" => {
            // Someone the actor has no direct chat with.
            let other = fresh_employee(app, w).await;
            ("GET", format!("/api/people/{other}"), None)
        }
        "own card" => ("PATCH", format!("/api/people/{me}"), Some(json!({"title": "Mine"}))),
        "colleague card" => {
            ("PATCH", format!("/api/people/{}", fresh_employee(app, w).await), Some(json!({"title": "Theirs"})))
        }
        "change role" => {
            ("PATCH", format!("/api/people/{}", fresh_employee(app, w).await), Some(json!({"role": "freelancer"})))
        }
        "deactivate" => {
            ("PATCH", format!("/api/people/{}", fresh_employee(app, w).await), Some(json!({"active": false})))
        }
        "access end" => {
            let fl = app.add_member(&w.owner, "freelancer", "Temp").await.id;
            ("PATCH", format!("/api/people/{fl}"), Some(json!({"access_until": "2099-01-01T00:00:00Z"})))
        }
        "delete person" => ("DELETE", format!("/api/people/{}", fresh_employee(app, w).await), None),
        "departments" => ("GET", "/api/departments".into(), None),
        "create department" => ("POST", "/api/departments".into(), Some(json!({"name": format!("D{}", next_n())}))),
        "edit department" => {
            ("PATCH", format!("/api/departments/{}", w.dept), Some(json!({"name": format!("D{}", next_n())})))
        }
        "delete department" => {
            let d =
                id_of(w.owner.post("/api/departments", json!({"name": format!("D{}", next_n())})).await.expect(201))
                    .await;
            ("DELETE", format!("/api/departments/{d}"), None)
        }
        "audit" => ("GET", "/api/audit".into(), None),
        "audit actions" => ("GET", "/api/audit/actions".into(), None),
        "invite employee" | "invite admin" => {
            let role = if key == "invite admin" { "admin" } else { "employee" };
            let email = format!("new{}@example.com", next_n());
            (
                "POST",
                "/api/invitations".into(),
                Some(json!({"first_name": "N", "last_name": "N", "email": email, "role": role})),
            )
        }
        "invitations" => ("GET", "/api/invitations".into(), None),
        "resend" => ("POST", format!("/api/invitations/{}/resend", fresh_invitation(w).await), Some(json!({}))),
        "revoke" => ("POST", format!("/api/invitations/{}/revoke", fresh_invitation(w).await), Some(json!({}))),
        "invitation link" => {
            // A mail server that defers: the invitation's mail stays queued, so its link can be shown.
            // (`walk` lets the mail server accept again after the request.)
            app.smtp.set_mode(crate::smtp::Mode::Defer);
            let id = fresh_invitation(w).await;
            ("POST", format!("/api/invitations/{id}/link"), Some(json!({})))
        }
        "correct email" => {
            let email = format!("fixed{}@example.com", next_n());
            ("PATCH", format!("/api/invitations/{}", fresh_invitation(w).await), Some(json!({"email": email})))
        }
        "mail" => ("GET", "/api/mail".into(), None),
        "test mail" => ("POST", "/api/mail/test".into(), Some(json!({}))),
        "chats" => ("GET", "/api/channels".into(), None),
        "create channel" => ("POST", "/api/channels".into(), Some(json!({"name": format!("ch{}", next_n())}))),
        "browse" => ("GET", "/api/channels/browse".into(), None),
        "public channel" => ("GET", format!("/api/channels/{}", w.public), None),
        "manage channel" => ("PATCH", format!("/api/channels/{s}"), Some(json!({"description": "new words"}))),
        "join" => ("POST", format!("/api/channels/{}/join", w.public), Some(json!({}))),
        "leave" => {
            let mut members = vec![w.colleague.id.clone()];
            if w.role != O {
                members.push(me.clone());
            }
            let c = id_of(
                w.owner
                    .post("/api/channels", json!({"name": format!("l{}", next_n()), "members": members}))
                    .await
                    .expect(201),
            )
            .await;
            ("POST", format!("/api/channels/{c}/leave"), Some(json!({})))
        }
        "member names" => ("GET", format!("/api/channels/{s}/members"), None),
        "add member" => ("POST", format!("/api/channels/{s}/members"), Some(json!({"person_ids": [w.owner.id]}))),
        "remove member" => {
            let extra = fresh_employee(app, w).await;
            w.owner.post(&format!("/api/channels/{s}/members"), json!({"person_ids": [extra]})).await.expect(200);
            ("DELETE", format!("/api/channels/{s}/members/{extra}"), None)
        }
        "remove from a group chat" => {
            // A group chat the colleague made, with the actor and someone else in it.
            let extra = fresh_employee(app, w).await;
            let people = vec![extra.clone(), w.actor.id.clone()];
            let g = id_of(w.colleague.post("/api/chats", json!({"person_ids": people})).await.expect(201)).await;
            ("DELETE", format!("/api/channels/{g}/members/{extra}"), None)
        }
        "history" => ("GET", format!("/api/channels/{s}/messages"), None),
        "post" => (
            "POST",
            format!("/api/channels/{s}/messages"),
            Some(json!({"client_id": format!("p{}", next_n()), "body": "hello"})),
        ),
        "read" => ("POST", format!("/api/channels/{s}/read"), Some(json!({"message_id": w.owners_message}))),
        "direct chat" => {
            let target = if w.role == O { &w.colleague.id } else { &w.owner.id };
            ("POST", "/api/chats".into(), Some(json!({"person_ids": [target]})))
        }
        "edit own message" => {
            ("PATCH", format!("/api/messages/{}", own_message(w).await), Some(json!({"body": "edited"})))
        }
        "delete own message" => ("DELETE", format!("/api/messages/{}", own_message(w).await), None),
        "delete others' message" => {
            let cid = format!("c{}", next_n());
            let theirs = id_of(
                w.colleague
                    .post(&format!("/api/channels/{s}/messages"), json!({"client_id": cid, "body": "theirs"}))
                    .await
                    .expect(201),
            )
            .await;
            ("DELETE", format!("/api/messages/{theirs}"), None)
        }
        "thread" => ("GET", format!("/api/messages/{}/thread", w.owners_message), None),
        "thread read" => {
            ("POST", format!("/api/messages/{}/read", w.owners_message), Some(json!({"message_id": w.owners_message})))
        }
        "follow" => ("PUT", format!("/api/messages/{}/follow", w.owners_message), Some(json!({}))),
        "unfollow" => ("DELETE", format!("/api/messages/{}/follow", w.owners_message), None),
        "threads" => ("GET", "/api/threads".into(), None),
        "sidebar" => ("GET", "/api/sidebar".into(), None),
        "pin chats" => ("PUT", "/api/sidebar/pinned-chats".into(), Some(json!({"ids": [s]}))),
        "pin people" => ("PUT", "/api/sidebar/pinned-people".into(), Some(json!({"ids": [w.owner.id]}))),
        "folder order" => ("PUT", "/api/sidebar/folder-order".into(), Some(json!({"ids": []}))),
        "create folder" => ("POST", "/api/folders".into(), Some(json!({"name": format!("f{}", next_n())}))),
        "edit folder" | "delete folder" => {
            let f =
                id_of(w.actor.post("/api/folders", json!({"name": format!("f{}", next_n())})).await.expect(201)).await;
            if key == "edit folder" {
                ("PATCH", format!("/api/folders/{f}"), Some(json!({"items": [s]})))
            } else {
                ("DELETE", format!("/api/folders/{f}"), None)
            }
        }
        "department folders" => ("GET", "/api/department-folders".into(), None),
        "create department folder" => (
            "POST",
            "/api/department-folders".into(),
            Some(json!({"department_id": w.dept, "name": format!("df{}", next_n())})),
        ),
        "edit department folder" | "delete department folder" => {
            let f = id_of(
                w.owner
                    .post(
                        "/api/department-folders",
                        json!({"department_id": w.dept, "name": format!("df{}", next_n())}),
                    )
                    .await
                    .expect(201),
            )
            .await;
            if key == "edit department folder" {
                ("PATCH", format!("/api/department-folders/{f}"), Some(json!({"name": "renamed"})))
            } else {
                ("DELETE", format!("/api/department-folders/{f}"), None)
            }
        }
        "live events" => ("GET", "/api/events".into(), None),
        "transfer ownership" => {
            let admin = app.add_member(&w.owner, "admin", "Heir").await.id;
            ("POST", format!("/api/people/{admin}/transfer-ownership"), Some(json!({})))
        }
        "own name" => ("PATCH", "/api/me".into(), Some(json!({"title": "My own title"}))),
        "own password" => (
            "POST",
            "/api/me/password".into(),
            Some(json!({"current_password": w.actor.password, "password": w.actor.password})),
        ),
        "workspace" => ("GET", "/api/workspace".into(), None),
        "change workspace" => ("PATCH", "/api/workspace".into(), Some(json!({"accent_color": "#336699"}))),
        "upload" => ("POST", "/api/files?name=notes.txt".into(), Some(json!({"any": "bytes"}))),
        "download" | "thumbnail" => {
            let up = crate::files::upload(&w.owner, "pic.png", crate::files::png(40, 30)).await.expect(201);
            let id = up.body["id"].as_str().unwrap().to_string();
            crate::files::post_with_files(&w.owner, s, "a picture", &[&id]).await.expect(201);
            let path =
                if key == "download" { format!("/api/files/{id}") } else { format!("/api/files/{id}/thumbnail") };
            ("GET", path, None)
        }
        "chat files" => ("GET", format!("/api/channels/{s}/files"), None),
        "react" => ("PUT", format!("/api/messages/{}/reactions/👍", w.owners_message), Some(json!({}))),
        "unreact" => ("DELETE", format!("/api/messages/{}/reactions/👍", w.owners_message), None),
        "own status" => ("PATCH", "/api/me".into(), Some(json!({"status_text": "Here"}))),
        "own settings" => ("GET", "/api/me/settings".into(), None),
        "mark unread" => ("POST", format!("/api/channels/{s}/unread"), Some(json!({"message_id": w.owners_message}))),
        "remind" => {
            ("POST", format!("/api/messages/{}/remind", w.owners_message), Some(json!({"at": "2099-01-01T09:00:00Z"})))
        }
        "reminders" => ("GET", "/api/reminders".into(), None),
        "cancel reminder" => {
            let r = w
                .actor
                .post(&format!("/api/messages/{}/remind", w.owners_message), json!({"at": "2099-01-01T09:00:00Z"}))
                .await
                .expect(201);
            ("DELETE", format!("/api/reminders/{}", r.body["id"].as_str().unwrap()), None)
        }
        "chat notify level" => ("PUT", format!("/api/channels/{s}/notify"), Some(json!({"level": "all"}))),
        "presence" => ("GET", format!("/api/presence?ids={}", w.owner.id), None),
        "push key" => ("GET", "/api/push/key".into(), None),
        "push subscriptions" => ("GET", "/api/push/subscriptions".into(), None),
        "push subscribe" | "push unsubscribe" => {
            use base64::Engine;
            use p256::elliptic_curve::sec1::ToEncodedPoint;
            let secret = p256::SecretKey::random(&mut p256::elliptic_curve::rand_core::OsRng);
            let p256dh = base64::engine::general_purpose::URL_SAFE_NO_PAD
                .encode(secret.public_key().to_encoded_point(false).as_bytes());
            let endpoint = format!("https://push.example.com/{}", next_n());
            let body = json!({"endpoint": endpoint, "keys": {"p256dh": p256dh, "auth": "AAAAAAAAAAAAAAAAAAAAAA"}});
            if key == "push subscribe" {
                ("POST", "/api/push/subscriptions".into(), Some(body))
            } else {
                let sub = w.actor.post("/api/push/subscriptions", body).await.expect(201);
                ("DELETE", format!("/api/push/subscriptions/{}", sub.body["id"].as_str().unwrap()), None)
            }
        }
        "search" => ("GET", "/api/search?q=owner".into(), None),
        "sign out" => ("DELETE", "/api/session".into(), None),
        k if k.starts_with("bots:") => {
            crate::bots_matrix::request(&w.owner, &w.actor, &w.colleague, &w.shared, w.role == O, w.role == F, k).await
        }
        other => panic!("no request for row {other}"),
    }
}

async fn walk(role: usize) {
    let app = spawn().await;
    let w = world(&app, role).await;
    let mut wrong = Vec::new();
    for (key, route, allowed) in TABLE {
        let (method, path, body) = request(&app, &w, key).await;
        assert!(route.starts_with(method), "row {key}: {route} vs {method}");
        let r = if *key == "live events" {
            let res = w.actor.client.get(app.url(&path)).header("origin", &app.base).send().await.unwrap();
            crate::helpers::Resp {
                status: res.status().as_u16(),
                headers: res.headers().clone(),
                text: res.text().await.unwrap(),
                body: Value::Null,
            }
        } else {
            w.actor.req(method, &path, body).await
        };
        app.smtp.set_mode(crate::smtp::Mode::Accept);
        let ok = if *key == "live events" {
            // A plain GET is not an upgrade: the session and origin passed, the handshake did not.
            r.status == 400
        } else {
            (200..300).contains(&r.status)
        };
        let denied = r.status == 403 || r.status == 404;
        let expected = allowed[role];
        if (expected && !ok) || (!expected && !denied) {
            wrong.push(format!(
                "{} {key} ({route}): expected {}, got {} {}",
                ROLES[role],
                if expected { "allowed" } else { "denied" },
                r.status,
                r.text
            ));
        }
    }
    assert!(wrong.is_empty(), "the role matrix does not hold:\n{}", wrong.join("\n"));
    app.assert_store_consistent();
}

#[tokio::test]
async fn matrix_owner() {
    walk(O).await;
}

#[tokio::test]
async fn matrix_admin() {
    walk(A).await;
}

#[tokio::test]
async fn matrix_integrator() {
    walk(I).await;
}

#[tokio::test]
async fn matrix_employee() {
    walk(E).await;
}

#[tokio::test]
async fn matrix_freelancer() {
    walk(F).await;
}

#[tokio::test]
async fn without_a_session_every_private_route_is_401() {
    let app = spawn().await;
    app.create_owner().await;
    for (_, route, _) in TABLE {
        let (method, path) = route.split_once(' ').unwrap();
        let path = path.replace("{id}", "0000000000000").replace("{person_id}", "0000000000000");
        let body = (method != "GET").then(|| json!({}));
        let r = app.anon(method, &path, body).await;
        assert_eq!(r.status, 401, "{route} without a session: {}", r.text);
    }
    for route in PUBLIC {
        let (method, path) = route.split_once(' ').unwrap();
        let r = app.anon(method, path, (method != "GET").then(|| json!({}))).await;
        assert_ne!(r.status, 401, "{route} is public");
        assert!(r.status < 500, "{route}: {}", r.text);
    }
}
