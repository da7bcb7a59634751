//! Notifications, presence and reactions against a running server: reactions live and in
//! history pages; presence reaching those who may see it; Web Push to a real push-service
//! stand-in on loopback that decrypts each push with the subscription's private key (RFC 8291)
//! and checks its VAPID signature (RFC 8292); muted chats, gone subscriptions, bad
//! subscriptions; and the "what you missed" mail through the real SMTP test server.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use p256::ecdsa::signature::Verifier;
use serde_json::{Value, json};

use crate::helpers::{TestApp, User, eventually, next_n, spawn, spawn_with};
use crate::live::Live;

async fn channel(owner: &User, name: &str, members: &[&User]) -> String {
    let ids: Vec<&str> = members.iter().map(|u| u.id.as_str()).collect();
    owner.post("/api/channels", json!({"name": name, "members": ids})).await.expect(201).body["id"]
        .as_str()
        .unwrap()
        .to_string()
}

async fn say(u: &User, chat: &str, body: &str) -> Value {
    let cid = format!("n{}", next_n());
    u.post(&format!("/api/channels/{chat}/messages"), json!({"client_id": cid, "body": body})).await.expect(201).body
}

async fn direct(a: &User, b: &User) -> String {
    a.post("/api/chats", json!({"person_ids": [b.id]})).await.body["id"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn reactions_are_live_counted_and_come_with_history() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let ann = app.add_member(&owner, "employee", "Ann").await;
    let bob = app.add_member(&owner, "employee", "Bob").await;
    let c = channel(&owner, "react", &[&ann]).await;
    let m = say(&owner, &c, "ship it?").await;
    let mid = m["id"].as_str().unwrap();
    let mut live = Live::connect(&app, &owner).await;

    let r = ann.put(&format!("/api/messages/{mid}/reactions/👍"), json!({})).await.expect(200);
    assert_eq!(r.body["reactions"][0]["emoji"], "👍");
    assert_eq!(r.body["reactions"][0]["count"], 1);
    assert_eq!(r.body["reactions"][0]["me"], true);
    let f = live.next("reaction.updated").await;
    assert_eq!(f["message_id"], mid);
    assert_eq!(f["reactions"][0]["people"][0], ann.id.as_str());

    // Twice is once; a second person counts; a second emoji is its own group.
    ann.put(&format!("/api/messages/{mid}/reactions/👍"), json!({})).await.expect(200);
    owner.put(&format!("/api/messages/{mid}/reactions/👍"), json!({})).await.expect(200);
    let r = owner.put(&format!("/api/messages/{mid}/reactions/%F0%9F%8E%89"), json!({})).await.expect(200);
    assert_eq!(r.body["reactions"][0]["count"], 2);
    assert_eq!(r.body["reactions"][1]["emoji"], "🎉");

    // The history page carries them, with `me` for the viewer.
    let page = ann.get(&format!("/api/channels/{c}/messages")).await.expect(200);
    let got = &page.body["messages"][0]["reactions"];
    assert_eq!(got[0]["emoji"], "👍");
    assert_eq!(got[0]["count"], 2);
    assert_eq!(got[0]["me"], true);
    assert_eq!(got[1]["me"], false);

    let r = ann.delete(&format!("/api/messages/{mid}/reactions/👍")).await.expect(200);
    assert_eq!(r.body["reactions"][0]["count"], 1);
    assert_eq!(r.body["reactions"][0]["me"], false);

    // Thread replies take reactions too.
    let cid = format!("t{}", next_n());
    let reply = owner
        .post(
            &format!("/api/channels/{c}/messages"),
            json!({"client_id": cid, "body": "in thread", "thread_root": mid}),
        )
        .await
        .expect(201);
    let rid = reply.body["id"].as_str().unwrap();
    ann.put(&format!("/api/messages/{rid}/reactions/👀"), json!({})).await.expect(200);
    let t = ann.get(&format!("/api/messages/{mid}/thread")).await.expect(200);
    assert_eq!(t.body["replies"][0]["reactions"][0]["emoji"], "👀");

    // Bad input: spaces, invisible-only text, direction controls, too long; outsiders: 404.
    ann.put(&format!("/api/messages/{mid}/reactions/a%20b"), json!({})).await.expect_error(422, "invalid_reaction");
    ann.put(&format!("/api/messages/{mid}/reactions/%E2%80%8B"), json!({})).await.expect_error(422, "invalid_reaction");
    ann.put(&format!("/api/messages/{mid}/reactions/%E2%80%AEx"), json!({})).await.expect(422);
    let long = "x".repeat(40);
    ann.put(&format!("/api/messages/{mid}/reactions/{long}"), json!({})).await.expect(422);
    bob.put(&format!("/api/messages/{mid}/reactions/👍"), json!({})).await.expect_error(404, "not_found");
    app.assert_store_consistent();
}

#[tokio::test]
async fn presence_reaches_those_who_may_see_it_and_status_is_told_live() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let ann = app.add_member(&owner, "employee", "Ann").await;
    let fred = app.add_member(&owner, "freelancer", "Fred").await;
    let mut watch = Live::connect(&app, &owner).await;
    let mut free = Live::connect(&app, &fred).await;
    // Olga's screen shows Ann and Fred; Fred's shows Ann (whom he may not see) and Olga.
    owner.get(&format!("/api/presence?ids={},{}", ann.id, fred.id)).await.expect(200);
    let seen = fred.get(&format!("/api/presence?ids={},{}", ann.id, owner.id)).await.expect(200);
    assert_eq!(seen.body["people"].as_array().unwrap().len(), 0, "the freelancer may see neither yet");

    let mut ann_live = Live::connect(&app, &ann).await;
    let f = watch.next("presence").await;
    let online =
        f["people"].as_array().unwrap().iter().any(|p| p["id"] == ann.id.as_str() && p["presence"] == "online");
    assert!(online, "{f}");
    // A freelancer sees presence only of the people he has a direct chat with (and his own).
    never_about(&mut free, &ann.id, 1500).await;

    let got = owner.get(&format!("/api/presence?ids={},{}", ann.id, fred.id)).await.expect(200);
    assert_eq!(got.body["people"].as_array().unwrap().len(), 2);
    assert_eq!(got.body["people"][0]["presence"], "online");
    let seen = fred.get(&format!("/api/presence?ids={}", ann.id)).await.expect(200);
    assert_eq!(seen.body["people"].as_array().unwrap().len(), 0, "the freelancer may not see Ann");

    // A hidden tab is away.
    ann_live.send(json!({"type": "focus", "visible": false, "focused": false})).await;
    let f = watch.next("presence").await;
    assert_eq!(f["people"][0]["presence"], "away", "{f}");

    // A status text is told live, and expires.
    let until = "2099-12-12T00:00:00Z";
    let s = ann
        .patch(
            "/api/me",
            json!({"status_text": "On vacation until 12 Dec", "status_emoji": "🌴", "status_until": until}),
        )
        .await
        .expect(200);
    assert_eq!(s.body["status_text"], "On vacation until 12 Dec");
    let f = watch.next("presence").await;
    assert_eq!(f["people"][0]["status_emoji"], "🌴");
    ann.patch("/api/me", json!({"status_text": "\u{202E}evil"})).await.expect(422);
    ann.patch("/api/me", json!({"status_text": "x".repeat(101)})).await.expect(422);

    // Direct partners see each other; leaving is offline.
    direct(&owner, &fred).await;
    let seen = fred.get(&format!("/api/presence?ids={}", owner.id)).await.expect(200);
    assert_eq!(seen.body["people"][0]["presence"], "online");
    drop(ann_live);
    let f = watch.next("presence").await;
    assert_eq!(f["people"][0]["presence"], "offline", "{f}");
    drop(watch);
    let f = free.next("presence").await;
    assert_eq!(f["people"][0]["id"], owner.id.as_str());
    assert_eq!(f["people"][0]["presence"], "offline");
}

/// What the push-service stand-in received.
#[derive(Clone, Debug)]
struct Push {
    path: String,
    authorization: String,
    encoding: String,
    body: Vec<u8>,
}

/// A push service on loopback (plain http: `allow_private_targets`): takes POSTs to
/// `/push/<name>`; `/push/gone...` answers 410, everything else 201.
struct PushService {
    port: u16,
    got: Arc<Mutex<Vec<Push>>>,
    _server: actix_web::dev::ServerHandle,
}

impl PushService {
    async fn start() -> PushService {
        use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};
        let got: Arc<Mutex<Vec<Push>>> = Arc::default();
        let g = got.clone();
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let server = HttpServer::new(move || {
            let g = g.clone();
            App::new().default_service(web::to(move |req: HttpRequest, body: web::Bytes| {
                let g = g.clone();
                async move {
                    let h = |n: &str| req.headers().get(n).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
                    let path = req.path().to_string();
                    g.lock().unwrap().push(Push {
                        path: path.clone(),
                        authorization: h("authorization"),
                        encoding: h("content-encoding"),
                        body: body.to_vec(),
                    });
                    if path.starts_with("/push/gone") {
                        HttpResponse::Gone().finish()
                    } else {
                        HttpResponse::Created().finish()
                    }
                }
            }))
        })
        .workers(1)
        .listen(listener)
        .unwrap()
        .run();
        let handle = server.handle();
        tokio::spawn(server);
        PushService { port, got, _server: handle }
    }

    fn to(&self, name: &str) -> Vec<Push> {
        self.got.lock().unwrap().iter().filter(|p| p.path == format!("/push/{name}")).cloned().collect()
    }
}

/// A browser's side of a subscription: its key pair and auth secret.
struct Browser {
    secret: p256::SecretKey,
    auth: [u8; 16],
    endpoint: String,
}

impl Browser {
    fn new(service: &PushService, name: &str) -> Browser {
        let secret = p256::SecretKey::random(&mut p256::elliptic_curve::rand_core::OsRng);
        Browser { secret, auth: rand_auth(), endpoint: format!("http://127.0.0.1:{}/push/{name}", service.port) }
    }

    fn json(&self) -> Value {
        use p256::elliptic_curve::sec1::ToEncodedPoint;
        let public = self.secret.public_key().to_encoded_point(false);
        json!({"endpoint": self.endpoint, "keys": {
            "p256dh": URL_SAFE_NO_PAD.encode(public.as_bytes()),
            "auth": URL_SAFE_NO_PAD.encode(self.auth),
        }})
    }

    /// Decrypts a push as the browser would (RFC 8291), after checking its VAPID header
    /// (RFC 8292) against the server's public key.
    fn open(&self, p: &Push, server_key: &str, service_port: u16) -> Value {
        assert_eq!(p.encoding, "aes128gcm");
        let rest = p.authorization.strip_prefix("vapid t=").unwrap_or_else(|| panic!("{}", p.authorization));
        let (jwt, k) = rest.split_once(", k=").unwrap();
        assert_eq!(k, server_key, "the VAPID key is the one GET /api/push/key gives");
        let parts: Vec<&str> = jwt.split('.').collect();
        let key = p256::ecdsa::VerifyingKey::from_sec1_bytes(&URL_SAFE_NO_PAD.decode(k).unwrap()).unwrap();
        let sig = p256::ecdsa::Signature::from_slice(&URL_SAFE_NO_PAD.decode(parts[2]).unwrap()).unwrap();
        key.verify(format!("{}.{}", parts[0], parts[1]).as_bytes(), &sig).expect("a valid ES256 signature");
        let header: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[0]).unwrap()).unwrap();
        assert_eq!(header["alg"], "ES256");
        let claims: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[1]).unwrap()).unwrap();
        assert_eq!(claims["aud"], format!("http://127.0.0.1:{service_port}"));
        assert!(claims["sub"].as_str().unwrap().starts_with("mailto:"));
        let exp = claims["exp"].as_i64().unwrap();
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
        assert!(exp > now && exp <= now + 24 * 3600, "exp within 24 hours: {exp} vs {now}");
        let auth = web_push_native::Auth::clone_from_slice(&self.auth);
        let plain = web_push_native::decrypt(p.body.clone(), &self.secret, &auth).expect("the push decrypts");
        serde_json::from_slice(&plain).unwrap()
    }
}

fn rand_auth() -> [u8; 16] {
    use p256::elliptic_curve::rand_core::RngCore;
    let mut a = [0u8; 16];
    p256::elliptic_curve::rand_core::OsRng.fill_bytes(&mut a);
    a
}

async fn private_app() -> TestApp {
    spawn_with(|c| c.allow_private_targets = true).await
}

#[tokio::test]
async fn a_mention_is_pushed_encrypted_and_signed_and_a_muted_chat_is_not() {
    let service = PushService::start().await;
    let app = private_app().await;
    let owner = app.create_owner().await;
    let ann = app.add_member(&owner, "employee", "Ann").await;
    let c = channel(&owner, "pushy", &[&ann]).await;
    let key = ann.get("/api/push/key").await.expect(200).body["vapid_public_key"].as_str().unwrap().to_string();
    let browser = Browser::new(&service, "ann");
    ann.post("/api/push/subscriptions", browser.json()).await.expect(201);

    // A plain channel message is not pushed (channels notify of mentions by default).
    say(&owner, &c, "hello all").await;
    let m = say(&owner, &c, &format!("<@{}> please look at **this**", ann.id)).await;
    let pushes = eventually(10, || async { Some(service.to("ann")).filter(|v| !v.is_empty()) }).await;
    assert_eq!(pushes.len(), 1, "only the mention is pushed");
    let p = browser.open(&pushes[0], &key, service.port);
    assert_eq!(p["kind"], "mention");
    assert_eq!(p["body"], "@Ann Tester please look at this");
    assert!(p["title"].as_str().unwrap().contains("#pushy"), "{p}");
    assert_eq!(p["url"], format!("/c/{c}?at={}", m["id"].as_str().unwrap()));
    assert_eq!(p["message_id"], m["id"]);

    // "Hide message text" keeps the text out of the push.
    ann.patch("/api/me", json!({"notify": {"hide_text": true}})).await.expect(200);
    say(&owner, &c, &format!("secret plan <@{}>", ann.id)).await;
    let pushes = eventually(10, || async { Some(service.to("ann")).filter(|v| v.len() == 2) }).await;
    let p = browser.open(&pushes[1], &key, service.port);
    assert_eq!(p["body"], "New message");

    // Muted: nothing.
    ann.put(&format!("/api/channels/{c}/notify"), json!({"level": "none"})).await.expect(200);
    let view = ann.get(&format!("/api/channels/{c}")).await.expect(200);
    assert_eq!(view.body["notify"], "none");
    say(&owner, &c, &format!("<@{}> are you there?", ann.id)).await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(service.to("ann").len(), 2, "a muted chat pushes nothing");

    // "All messages" pushes everything; do-not-disturb holds it.
    ann.put(&format!("/api/channels/{c}/notify"), json!({"level": "all"})).await.expect(200);
    say(&owner, &c, "plain words").await;
    eventually(10, || async { Some(()).filter(|_| service.to("ann").len() == 3) }).await;
    ann.patch("/api/me", json!({"dnd": true})).await.expect(200);
    say(&owner, &c, "during dnd").await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(service.to("ann").len(), 3, "do-not-disturb holds pushes");

    // A focused tab gets no push: it sees the message already.
    ann.patch("/api/me", json!({"dnd": false})).await.expect(200);
    let mut tab = Live::connect(&app, &ann).await;
    tab.send(json!({"type": "focus", "visible": true, "focused": true})).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    say(&owner, &c, "while looking").await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(service.to("ann").len(), 3, "no push to someone looking at Bivouac");
    drop(tab);
    ann.put(&format!("/api/channels/{c}/notify"), json!({"level": "loud"})).await.expect_error(422, "invalid_level");
    app.assert_store_consistent();
}

#[tokio::test]
async fn a_gone_subscription_is_removed_and_a_dead_service_never_blocks_posting() {
    let service = PushService::start().await;
    let app = private_app().await;
    let owner = app.create_owner().await;
    let ann = app.add_member(&owner, "employee", "Ann").await;
    let dm = direct(&owner, &ann).await;
    let gone = Browser::new(&service, "gone-ann");
    let id =
        ann.post("/api/push/subscriptions", gone.json()).await.expect(201).body["id"].as_str().unwrap().to_string();
    assert_eq!(ann.get("/api/push/subscriptions").await.body["subscriptions"][0]["id"], id.as_str());
    say(&owner, &dm, "are you still there?").await;
    eventually(10, || async { Some(()).filter(|_| !service.to("gone-ann").is_empty()) }).await;
    let subs = eventually(10, || async {
        let s = ann.get("/api/push/subscriptions").await.body["subscriptions"].clone();
        Some(s).filter(|s| s.as_array().unwrap().is_empty())
    })
    .await;
    assert_eq!(subs, json!([]), "410 removes the subscription");

    // A push service that is down: posting is answered at once; the push waits in the queue.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let dead_port = closed.local_addr().unwrap().port();
    drop(closed);
    let mut dead = Browser::new(&service, "x");
    dead.endpoint = format!("http://127.0.0.1:{dead_port}/push/dead");
    ann.post("/api/push/subscriptions", dead.json()).await.expect(201);
    let started = std::time::Instant::now();
    for i in 0..5 {
        say(&owner, &dm, &format!("ping {i}")).await;
    }
    assert!(started.elapsed() < Duration::from_secs(3), "posting does not wait for pushes");
    eventually(10, || async {
        let r = app.state().store.read().unwrap();
        let q = bivouac::store::push::queued(&r).unwrap();
        Some(q).filter(|q| *q == 5)
    })
    .await;
    // Own subscriptions only.
    ann.delete(&format!("/api/push/subscriptions/{id}")).await.expect_error(404, "not_found");
    app.assert_store_consistent();
}

#[tokio::test]
async fn bad_subscriptions_are_refused_with_a_clear_message() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let keys = json!({"p256dh": URL_SAFE_NO_PAD.encode([4u8; 65]), "auth": URL_SAFE_NO_PAD.encode([1u8; 16])});
    let secret = p256::SecretKey::random(&mut p256::elliptic_curve::rand_core::OsRng);
    let good_key = {
        use p256::elliptic_curve::sec1::ToEncodedPoint;
        URL_SAFE_NO_PAD.encode(secret.public_key().to_encoded_point(false).as_bytes())
    };
    let good = json!({"p256dh": good_key, "auth": URL_SAFE_NO_PAD.encode([1u8; 16])});
    for (endpoint, k, code) in [
        ("http://push.example.com/x", &good, "invalid_endpoint"),
        ("ftp://push.example.com/x", &good, "invalid_endpoint"),
        ("not a url", &good, "invalid_endpoint"),
        ("https://127.0.0.1/x", &good, "private_endpoint"),
        ("https://localhost:9/x", &good, "private_endpoint"),
        ("https://10.1.2.3/x", &good, "private_endpoint"),
        ("https://[::1]/x", &good, "private_endpoint"),
        ("https://push.example.com/x", &keys, "invalid_keys"),
    ] {
        let r = owner.post("/api/push/subscriptions", json!({"endpoint": endpoint, "keys": k})).await;
        let r = r.expect_error(422, code);
        assert!(!r.body["error"]["message"].as_str().unwrap().is_empty());
    }
    let short = json!({"endpoint": "https://push.example.com/x", "keys": {"p256dh": good_key, "auth": "AAAA"}});
    owner.post("/api/push/subscriptions", short).await.expect_error(422, "invalid_keys");
    let ok = json!({"endpoint": "https://push.example.com/x", "keys": good});
    owner.post("/api/push/subscriptions", ok.clone()).await.expect(201);
    // The same browser again replaces its subscription.
    owner.post("/api/push/subscriptions", ok).await.expect(201);
    assert_eq!(owner.get("/api/push/subscriptions").await.body["subscriptions"].as_array().unwrap().len(), 1);
    owner.patch("/api/me", json!({"notify": {"email_delay": 5000}})).await.expect_error(422, "invalid_email_delay");
    owner
        .patch("/api/me", json!({"notify": {"quiet_hours": {"from": "25:00", "to": "07:00"}}}))
        .await
        .expect_error(422, "invalid_quiet_hours");
    let s = owner
        .patch("/api/me", json!({"notify": {"quiet_hours": {"from": "22:00", "to": "07:00", "utc_offset": 60}}}))
        .await
        .expect(200);
    assert_eq!(s.body["notify"]["quiet_hours"]["from"], "22:00");
    assert_eq!(owner.get("/api/me/settings").await.body["notify"]["email_delay"], 15);
}

#[tokio::test]
async fn one_mail_gathers_what_was_missed_at_most_once_an_hour() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let ann = app.add_member(&owner, "employee", "Ann").await;
    let bob = app.add_member(&owner, "employee", "Bob").await;
    let c = channel(&owner, "office", &[&ann, &bob]).await;
    let dm = direct(&bob, &ann).await;
    let before = app.smtp.mails_to(&ann.email).len();
    say(&bob, &dm, "lunch?").await;
    say(&bob, &dm, "at noon").await;
    say(&owner, &c, &format!("<@{}> see the plan", ann.id)).await;
    // Read in time: no mail about it.
    let read = say(&owner, &dm_with(&owner, &ann).await, "read this one").await;
    let owner_dm = read["channel_id"].as_str().unwrap().to_string();
    ann.post(&format!("/api/channels/{owner_dm}/read"), json!({"message_id": read["id"]})).await.expect(200);

    tokio::time::sleep(Duration::from_millis(800)).await;
    app.advance(Duration::from_secs(14 * 60));
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(app.smtp.mails_to(&ann.email).len(), before, "nothing before the delay");
    app.advance(Duration::from_secs(2 * 60));
    let mail = app.smtp.wait_for(&ann.email, before + 1).await;
    assert!(mail.data.contains("You have 3 unread messages"), "{}", mail.data);
    assert!(mail.data.contains("2 new messages from Bob Tester"), "{}", mail.data);
    assert!(mail.data.contains("Owner") && mail.data.contains("#office"), "{}", mail.data);
    assert!(mail.data.contains(&format!("/c/{dm}?at=")), "{}", mail.data);
    assert!(!mail.data.contains("read this one"), "what was read is not in the mail");

    // More within the hour: held until an hour after the last mail, then one more, now in the
    // language Ann chose meanwhile.
    ann.patch("/api/me", json!({"language": "de"})).await.expect(200);
    say(&bob, &dm, "still there?").await;
    tokio::time::sleep(Duration::from_millis(800)).await;
    app.advance(Duration::from_secs(20 * 60));
    tokio::time::sleep(Duration::from_millis(2000)).await;
    assert_eq!(app.smtp.mails_to(&ann.email).len(), before + 1, "at most one mail an hour");
    app.advance(Duration::from_secs(45 * 60));
    let mail = app.smtp.wait_for(&ann.email, before + 2).await;
    assert!(mail.data.contains("1 neue Nachricht von Bob Tester"), "{}", mail.data);

    // Off: no mail.
    ann.patch("/api/me", json!({"notify": {"email_delay": 0}})).await.expect(200);
    say(&bob, &dm, "hello?").await;
    tokio::time::sleep(Duration::from_millis(800)).await;
    app.advance(Duration::from_secs(3 * 3600));
    tokio::time::sleep(Duration::from_millis(2000)).await;
    assert_eq!(app.smtp.mails_to(&ann.email).len(), before + 2);
    app.assert_store_consistent();
}

async fn dm_with(a: &User, b: &User) -> String {
    direct(a, b).await
}

/// Asserts that no `presence` frame about `id` arrives within `ms`.
async fn never_about(live: &mut Live, id: &str, ms: u64) {
    use futures_util::StreamExt;
    let deadline = tokio::time::Instant::now() + Duration::from_millis(ms);
    loop {
        let left = deadline.saturating_duration_since(tokio::time::Instant::now());
        match tokio::time::timeout(left, live.ws.next()).await {
            Err(_) => return,
            Ok(Some(Ok(tokio_tungstenite::tungstenite::Message::Text(t)))) => {
                let v: Value = serde_json::from_str(&t).unwrap();
                if v["type"] == "presence" {
                    assert!(!v["people"].as_array().unwrap().iter().any(|p| p["id"] == id), "unexpected: {v}");
                }
            }
            Ok(Some(Ok(_))) => {}
            Ok(_) => return,
        }
    }
}

#[tokio::test]
async fn a_reminder_arrives_at_its_time_even_after_a_restart_and_mark_unread_goes_back() {
    let service = PushService::start().await;
    let mut app = private_app().await;
    let owner = app.create_owner().await;
    let ann = app.add_member(&owner, "employee", "Ann").await;
    let bob = app.add_member(&owner, "employee", "Bob").await;
    let c = channel(&owner, "later", &[&ann]).await;
    let first = say(&owner, &c, "first").await;
    let second = say(&owner, &c, &format!("<@{}> call the client back", ann.id)).await;
    let third = say(&owner, &c, "third").await;
    let mid = second["id"].as_str().unwrap();

    // Mark unread from the second message: two unread, one mention, told live.
    ann.post(&format!("/api/channels/{c}/read"), json!({"message_id": third["id"]})).await.expect(200);
    let mut tab = Live::connect(&app, &ann).await;
    let r = ann.post(&format!("/api/channels/{c}/unread"), json!({"message_id": mid})).await.expect(200);
    assert_eq!(r.body["unread"], 2);
    assert_eq!(r.body["mentions"], 1);
    let f = tab.next("unread.updated").await;
    assert_eq!(f["unread"], 2);
    let r = ann.post(&format!("/api/channels/{c}/unread"), json!({"message_id": first["id"]})).await.expect(200);
    assert_eq!(r.body["unread"], 3);
    bob.post(&format!("/api/channels/{c}/unread"), json!({"message_id": mid})).await.expect_error(404, "not_found");

    // A reminder in 10 minutes, kept across a restart, arrives live and as a push.
    let browser = Browser::new(&service, "ann-remind");
    ann.post("/api/push/subscriptions", browser.json()).await.expect(201);
    let at = bivouac::clock::Timestamp(app.state().store.now().millis() + 10 * 60 * 1000).to_rfc3339();
    let rem = ann.post(&format!("/api/messages/{mid}/remind"), json!({"at": at})).await.expect(201);
    assert_eq!(rem.body["message_id"], mid);
    assert_eq!(rem.body["url"], format!("/c/{c}?at={mid}"));
    let list = ann.get("/api/reminders").await.expect(200);
    assert_eq!(list.body["reminders"].as_array().unwrap().len(), 1);
    assert!(list.body["next_after"].is_null());
    ann.post(&format!("/api/messages/{mid}/remind"), json!({"at": "2001-01-01T00:00:00Z"}))
        .await
        .expect_error(422, "reminder_in_the_past");
    bob.post(&format!("/api/messages/{mid}/remind"), json!({"at": at})).await.expect_error(404, "not_found");
    bob.delete(&format!("/api/reminders/{}", rem.body["id"].as_str().unwrap())).await.expect_error(404, "not_found");
    drop(tab);
    app.restart().await;
    let mut tab = Live::connect(&app, &ann).await;
    tab.none("reminder", 1500).await;
    app.advance(Duration::from_secs(11 * 60));
    let f = tab.next("reminder").await;
    assert_eq!(f["message_id"], mid);
    assert!(f["preview"].as_str().unwrap().contains("call the client back"));
    let key = ann.get("/api/push/key").await.body["vapid_public_key"].as_str().unwrap().to_string();
    let pushes = eventually(10, || async {
        Some(service.to("ann-remind"))
            .filter(|v| v.iter().any(|p| browser.open(p, &key, service.port)["kind"] == "reminder"))
    })
    .await;
    assert!(!pushes.is_empty());
    assert_eq!(ann.get("/api/reminders").await.body["reminders"], json!([]));
    app.assert_store_consistent();
}
