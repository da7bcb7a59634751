//! Live updates over the WebSocket: delivery in order, permission changes at once, reconnects,
//! and refusals of bad origins, frames and floods.

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::{Error as WsError, Message};

use crate::helpers::{TestApp, User, spawn};

type Ws = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

pub struct Live {
    pub ws: Ws,
}

/// Opens `/api/events` as `user` with the given Origin.
pub async fn open(app: &TestApp, user: &User, origin: &str) -> Result<Live, WsError> {
    let url = format!("ws://localhost:{}/api/events", app.port);
    let mut req = url.into_client_request().unwrap();
    req.headers_mut().insert("cookie", user.cookie.parse().unwrap());
    req.headers_mut().insert("origin", origin.parse().unwrap());
    let (ws, _) = tokio_tungstenite::connect_async(req).await?;
    Ok(Live { ws })
}

impl Live {
    pub async fn connect(app: &TestApp, user: &User) -> Live {
        open(app, user, &app.base).await.expect("websocket opens")
    }

    /// The next frame of type `kind` (others are skipped), within 5 s.
    pub async fn next(&mut self, kind: &str) -> Value {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
        loop {
            let left = deadline.saturating_duration_since(tokio::time::Instant::now());
            let msg = tokio::time::timeout(left, self.ws.next())
                .await
                .unwrap_or_else(|_| panic!("no {kind} event within 5s"));
            match msg {
                Some(Ok(Message::Text(t))) => {
                    let v: Value = serde_json::from_str(&t).unwrap();
                    if v["type"] == kind {
                        return v;
                    }
                }
                Some(Ok(_)) => {}
                other => panic!("the socket ended while waiting for {kind}: {other:?}"),
            }
        }
    }

    /// Asserts no frame of type `kind` arrives within `ms`.
    pub async fn none(&mut self, kind: &str, ms: u64) {
        let deadline = tokio::time::Instant::now() + Duration::from_millis(ms);
        loop {
            let left = deadline.saturating_duration_since(tokio::time::Instant::now());
            match tokio::time::timeout(left, self.ws.next()).await {
                Err(_) => return,
                Ok(Some(Ok(Message::Text(t)))) => {
                    let v: Value = serde_json::from_str(&t).unwrap();
                    assert_ne!(v["type"], kind, "unexpected {kind}: {v}");
                }
                Ok(Some(Ok(_))) => {}
                Ok(_) => return,
            }
        }
    }

    /// Waits for the server to close the socket; returns the close frame.
    pub async fn closed(&mut self) -> Option<CloseFrame> {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        loop {
            let left = deadline.saturating_duration_since(tokio::time::Instant::now());
            match tokio::time::timeout(left, self.ws.next()).await.expect("the socket should close within 10s") {
                Some(Ok(Message::Close(f))) => return f,
                Some(Ok(_)) => {}
                Some(Err(_)) | None => return None,
            }
        }
    }

    pub async fn send(&mut self, v: Value) {
        self.ws.send(Message::Text(v.to_string().into())).await.unwrap();
    }
}

async fn channel(owner: &User, name: &str, members: &[&User]) -> String {
    let ids: Vec<&str> = members.iter().map(|u| u.id.as_str()).collect();
    owner.post("/api/channels", json!({"name": name, "members": ids})).await.expect(201).body["id"]
        .as_str()
        .unwrap()
        .to_string()
}

async fn say(u: &User, chat: &str, body: &str) -> Value {
    let cid = format!("c{}", crate::helpers::next_n());
    u.post(&format!("/api/channels/{chat}/messages"), json!({"client_id": cid, "body": body})).await.expect(201).body
}

#[tokio::test]
async fn two_clients_get_each_others_messages_in_order() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let emp = app.add_member(&owner, "employee", "Ema").await;
    let chat = channel(&owner, "team-room", &[&emp]).await;
    let mut a = Live::connect(&app, &owner).await;
    let mut b = Live::connect(&app, &emp).await;
    tokio::time::sleep(Duration::from_millis(100)).await;
    for i in 0..10 {
        let who = if i % 2 == 0 { &owner } else { &emp };
        say(who, &chat, &format!("message {i}")).await;
    }
    for live in [&mut a, &mut b] {
        for i in 0..10 {
            let e = live.next("message.created").await;
            assert_eq!(e["body"], format!("message {i}"), "in order");
            assert_eq!(e["channel_id"], chat.as_str());
        }
    }
    // Typing reaches the others, not the typist; a flood is dropped quietly.
    for _ in 0..20 {
        a.send(json!({"type": "typing", "channel_id": chat})).await;
    }
    let t = b.next("typing").await;
    assert_eq!(t["person_id"], owner.id.as_str());
    b.none("typing", 500).await;
    a.send(json!({"type": "ping"})).await;
    a.next("pong").await;
}

#[tokio::test]
async fn a_removed_member_stops_getting_events_and_a_deactivated_person_is_disconnected() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let emp = app.add_member(&owner, "employee", "Ema").await;
    let other = app.add_member(&owner, "employee", "Oli").await;
    let chat = channel(&owner, "projects", &[&emp, &other]).await;
    let mut e = Live::connect(&app, &emp).await;
    let mut o = Live::connect(&app, &other).await;
    tokio::time::sleep(Duration::from_millis(100)).await;
    say(&owner, &chat, "before").await;
    e.next("message.created").await;
    owner.delete(&format!("/api/channels/{chat}/members/{}", emp.id)).await.expect(204);
    let removed = e.next("member.removed").await;
    assert_eq!(removed["person_id"], emp.id.as_str());
    say(&owner, &chat, "after").await;
    assert_eq!(o.next("message.created").await["body"], "before");
    assert_eq!(o.next("message.created").await["body"], "after");
    e.none("message.created", 500).await;
    emp.get(&format!("/api/channels/{chat}/messages")).await.expect_error(404, "not_found");

    // Deactivation closes the socket at once.
    owner.patch(&format!("/api/people/{}", other.id), json!({"active": false})).await.expect(200);
    let frame = o.closed().await.expect("a close frame");
    assert!(frame.reason.contains("session ended") && u16::from(frame.code) == 4001, "{frame:?}");
    // Signing out closes that session's sockets too.
    let mut again = Live::connect(&app, &emp).await;
    emp.delete("/api/session").await.expect(204);
    again.closed().await;
}

#[tokio::test]
async fn a_reconnecting_client_catches_up_without_loss_or_duplicates() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let emp = app.add_member(&owner, "employee", "Ema").await;
    let chat = channel(&owner, "ops", &[&emp]).await;
    let mut live = Live::connect(&app, &emp).await;
    tokio::time::sleep(Duration::from_millis(100)).await;
    say(&owner, &chat, "m0").await;
    let last = live.next("message.created").await["id"].as_str().unwrap().to_string();
    drop(live);
    for i in 1..=7 {
        say(&owner, &chat, &format!("m{i}")).await;
    }
    let mut live = Live::connect(&app, &emp).await;
    tokio::time::sleep(Duration::from_millis(100)).await;
    say(&owner, &chat, "m8").await;
    // Catch up over HTTP from the last id seen, then merge with live frames by id.
    let missed = emp.get(&format!("/api/channels/{chat}/messages?after={last}")).await.expect(200);
    let mut seen: Vec<String> =
        missed.body["messages"].as_array().unwrap().iter().map(|m| m["body"].as_str().unwrap().to_string()).collect();
    let live_one = live.next("message.created").await;
    if !seen.contains(&live_one["body"].as_str().unwrap().to_string()) {
        seen.push(live_one["body"].as_str().unwrap().to_string());
    }
    assert_eq!(seen, (1..=8).map(|i| format!("m{i}")).collect::<Vec<_>>());
}

#[tokio::test]
async fn bad_origins_cookies_and_frames_are_refused() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let err = open(&app, &owner, "http://evil.example").await.err().expect("refused");
    assert!(matches!(&err, WsError::Http(r) if r.status() == 403), "{err:?}");
    let mut nobody = owner.clone();
    nobody.cookie = "bivouac_session=nope".into();
    let err = open(&app, &nobody, &app.base).await.err().expect("refused");
    assert!(matches!(&err, WsError::Http(r) if r.status() == 401), "{err:?}");

    let mut live = Live::connect(&app, &owner).await;
    live.ws.send(Message::Text("x".repeat(10_000).into())).await.unwrap();
    let f = live.closed().await.expect("closed with a reason");
    assert_eq!(u16::from(f.code), 1009, "{f:?}");
    let mut live = Live::connect(&app, &owner).await;
    live.ws.send(Message::Binary(vec![1, 2, 3].into())).await.unwrap();
    let f = live.closed().await.expect("closed with a reason");
    assert_eq!(u16::from(f.code), 1003, "{f:?}");
    let mut live = Live::connect(&app, &owner).await;
    live.send(json!({"type": "nonsense"})).await;
    assert!(live.next("error").await["message"].as_str().unwrap().contains("unknown"));
    // The server is fine.
    owner.get("/api/channels").await.expect(200);
}
