//! The security checklist: each promise Bivouac makes, by name, checked against the running
//! server. README's "Security promises" lists them; `cargo test --test it security::` runs them.

use serde_json::json;

use crate::helpers::{logs, send, spawn, spawn_with};
use crate::matrix::TABLE;

/// Passwords are stored as argon2id with OWASP's parameters, never in clear, never truncated.
#[tokio::test]
async fn promise_passwords_are_argon2id_with_owasp_parameters() {
    let mut app = spawn().await;
    let owner = app.create_owner().await;
    let r = app.state().store.read().unwrap();
    let stored = bivouac::store::people::by_email(&r, "owner@example.com").unwrap().unwrap().password_hash;
    assert!(stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{stored}");
    drop(r);
    // 256 characters are kept whole (a 257th is refused rather than cut off).
    let long = "p".repeat(255) + "!";
    owner.patch(&format!("/api/people/{}", owner.id), json!({"title": "x"})).await.expect(200);
    app.anon("POST", "/api/password-reset", Some(json!({"email": "owner@example.com"}))).await.expect(202);
    let token = app.smtp.wait_for("owner@example.com", 1).await.token("/reset");
    app.anon("POST", "/api/password-reset/complete", Some(json!({"token": token, "password": long.clone() + "x"})))
        .await
        .expect_error(422, "invalid_password");
    app.anon("POST", "/api/password-reset/complete", Some(json!({"token": token, "password": long}))).await.expect(200);
    assert!(
        app.login("owner@example.com", &("p".repeat(255))).await.is_err(),
        "a prefix of the password does not work"
    );
    app.stop().await;
    let file = std::fs::read(app.dir.path().join("bivouac.redb")).unwrap();
    assert!(!String::from_utf8_lossy(&file).contains("owner-password"));
}

/// Session cookies are HttpOnly, SameSite=Lax, Path=/, and Secure behind https.
#[tokio::test]
async fn promise_session_cookies_have_safe_flags() {
    let app = spawn_with(|c| c.base_url = Some("https://chat.example.com".into())).await;
    let r = app
        .anon("POST", "/api/setup", Some(json!({"token": app.setup_token(), "first_name": "A", "last_name": "B", "email": "a@b.co", "password": "password-1"})))
        .await
        .expect(201);
    let cookie = r.header("set-cookie").unwrap();
    for flag in ["HttpOnly", "SameSite=Lax", "Path=/", "Secure"] {
        assert!(cookie.contains(flag), "{flag} missing: {cookie}");
    }
}

/// Every state-changing request made with the session cookie needs the CSRF header.
#[tokio::test]
async fn promise_csrf_header_on_every_state_change() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    for (_, route, _) in TABLE {
        let (method, path) = route.split_once(' ').unwrap();
        if method == "GET" {
            continue;
        }
        let path = path.replace("{id}", "0000000000000").replace("{person_id}", "0000000000000");
        let r = owner.without_csrf(method, &path, Some(json!({}))).await;
        assert_eq!((r.status, r.code()), (403, "csrf"), "{route} without X-CSRF-Token: {}", r.text);
    }
    owner.get("/api/session").await.expect(200);
}

/// Sign-in and password reset do not reveal whether an account exists.
#[tokio::test]
async fn promise_no_account_enumeration() {
    let app = spawn().await;
    app.create_owner().await;
    let unknown = app.login("ghost@example.com", "some-password").await.unwrap_err();
    let wrong = app.login("owner@example.com", "some-password").await.unwrap_err();
    assert_eq!((unknown.status, &unknown.text), (wrong.status, &wrong.text));
    let a = app.anon("POST", "/api/password-reset", Some(json!({"email": "ghost@example.com"}))).await;
    let b = app.anon("POST", "/api/password-reset", Some(json!({"email": "owner@example.com"}))).await;
    assert_eq!((a.status, &a.text), (b.status, &b.text));
}

/// Brute force gets 429 with Retry-After, per account and per client address.
#[tokio::test]
async fn promise_brute_force_gets_429() {
    let app = spawn().await;
    app.create_owner().await;
    // Many accounts from one address: the address limit.
    let mut limited = None;
    for i in 0..40 {
        let r = app.login(&format!("guess{i}@example.com"), "wrong-password").await.unwrap_err();
        if r.status == 429 {
            limited = Some(r);
            break;
        }
    }
    let r = limited.expect("the address limit answers 429");
    assert!(r.header("retry-after").is_some());
}

/// Security headers are on every response: pages, assets, API answers and errors.
#[tokio::test]
async fn promise_security_headers_everywhere() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let mut checked = 0;
    for (_, route, _) in TABLE {
        let (method, path) = route.split_once(' ').unwrap();
        if method != "GET" {
            continue;
        }
        let r = owner.get(&path.replace("{id}", "0000000000000")).await;
        for h in ["content-security-policy", "x-content-type-options", "referrer-policy", "x-frame-options"] {
            assert!(r.header(h).is_some(), "{route}: no {h}");
        }
        checked += 1;
    }
    for path in ["/", "/app.css", "/app/main.js", "/missing.png", "/healthz", "/metrics"] {
        let r = app.anon("GET", path, None).await;
        assert!(r.header("content-security-policy").is_some_and(|c| c.contains("frame-ancestors 'none'")), "{path}");
    }
    assert!(checked >= 15, "only {checked} GET routes checked");
}

/// No password, token or cookie is written to the log.
#[tokio::test]
async fn promise_no_secrets_in_logs() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    app.invite(&owner, "Sec", "Ret", "secret@example.com", "employee").await;
    let token = app.smtp.wait_for("secret@example.com", 1).await.token("/invite");
    let member = app.accept_mail("secret@example.com", 1, "a-very-secret-pass").await.unwrap();
    let _ = app.login("owner@example.com", "a-wrong-secret-pass").await;
    let log = logs();
    let session = member.cookie.trim_start_matches("bivouac_session=");
    for secret in [
        token.as_str(),
        "a-very-secret-pass",
        "a-wrong-secret-pass",
        "owner-password",
        session,
        &member.csrf,
        &owner.csrf,
    ] {
        assert!(!secret.is_empty() && !log.contains(secret), "a secret reached the log");
    }
}

/// Invitation tokens: at least 128 random bits, single use, stored only as a hash.
#[tokio::test]
async fn promise_invitation_tokens_are_long_single_use_and_hashed() {
    let mut app = spawn().await;
    let owner = app.create_owner().await;
    app.invite(&owner, "Tok", "En", "token@example.com", "employee").await;
    let token = app.smtp.wait_for("token@example.com", 1).await.token("/invite");
    assert!(token.len() * 6 >= 128, "{} bits", token.len() * 6);
    app.accept_mail("token@example.com", 1, "token-password").await.unwrap();
    app.anon("POST", "/api/invitations/accept", Some(json!({"token": token, "password": "another-pass"})))
        .await
        .expect_error(410, "invitation_invalid");
    app.stop().await;
    let file = std::fs::read(app.dir.path().join("bivouac.redb")).unwrap();
    assert!(!String::from_utf8_lossy(&file).contains(&token));
}

/// Live updates only over a same-origin WebSocket with a session.
#[tokio::test]
async fn promise_websocket_checks_origin_and_session() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let res = owner.client.get(app.url("/api/events")).header("origin", "https://evil.example").send().await.unwrap();
    assert_eq!(res.status(), 403);
    let res = reqwest::Client::new().get(app.url("/api/events")).header("origin", &app.base).send().await.unwrap();
    assert_eq!(res.status(), 401);
    let r = send(&owner.client, "GET", &app.url("/api/session"), None, None).await;
    assert_eq!(r.status, 200, "the real session still works");
}

// ---- Holes found by attacking a running server (issue 12): each test failed before its fix. ----

use std::time::Duration;

/// A client whose connections come from 127.0.0.`n` (every loopback address works on Linux):
/// many "source addresses" on one machine.
fn client_from(n: u8) -> reqwest::Client {
    reqwest::Client::builder()
        .local_address(std::net::IpAddr::V4(std::net::Ipv4Addr::new(127, 0, 0, n)))
        .build()
        .unwrap()
}

/// Nobody who is not signed in can grow the server's memory: a flood of sign-ins and reset
/// requests with distinct, huge "emails" from many addresses leaves its memory where it was.
/// (Before: every email became a rate-limiter key of its full length, kept 15 minutes; 600 such
/// requests took the server from 165 to 287 MiB.)
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn promise_unauthenticated_floods_do_not_grow_memory() {
    let dir = tempfile::tempdir().unwrap();
    let s =
        crate::support::process::Server::start(&dir.path().join("data"), crate::support::process::free_port()).await;
    let base = s.url("");
    let flood = |from: u8, round: usize| {
        let (c, base) = (client_from(from), base.clone());
        async move {
            for i in 0..15 {
                let email = format!("{}{from}-{round}-{i}@example.com", "x".repeat(200_000));
                let path = if i % 2 == 0 { "/api/session" } else { "/api/password-reset" };
                let body = json!({"email": email, "password": "wrong-password"});
                let r = c.post(format!("{base}{path}")).json(&body).send().await.unwrap();
                assert!(r.status().is_client_error() || r.status() == 202, "{}", r.status());
                // Addresses that pass the check (valid and short) are hashed to fixed-size keys.
                let short = format!("p{from}-{round}-{i}@example.com");
                let _ = c
                    .post(format!("{base}/api/session"))
                    .json(&json!({"email": short, "password": "wrong-password"}))
                    .send()
                    .await
                    .unwrap();
            }
        }
    };
    // One warm-up round brings allocator arenas and buffers to their working size.
    futures_util::future::join_all((2..22).map(|n| flood(n, 0))).await;
    let before = s.rss();
    for round in 1..3 {
        futures_util::future::join_all((2..22).map(|n| flood(n, round))).await;
    }
    let after = s.rss();
    let grown = after.saturating_sub(before) as f64 / (1 << 20) as f64;
    assert!(grown < 6.0, "1,200 more hostile requests grew the server by {grown:.1} MiB ({before} -> {after})");
}

/// A flood of bogus password-reset tokens cannot keep real people from signing in, and does not
/// flood the log. (Before: the new password was hashed before the token was looked at, unlimited:
/// 40 threads made 5 of 8 real sign-ins answer 503 and wrote 13,900 ERROR lines.)
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn promise_bogus_reset_tokens_do_not_starve_sign_ins() {
    let app = spawn().await;
    app.create_owner().await;
    // The log is shared by every test of this binary: count this route's lines only.
    let error_lines = || {
        crate::helpers::logs()
            .lines()
            .filter(|l| l.contains(" ERROR ") && l.contains("/api/password-reset/complete"))
            .count()
    };
    let errors_before = error_lines();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut flood = Vec::new();
    for t in 0..40 {
        let (c, url, stop) = (app.client(), app.url("/api/password-reset/complete"), stop.clone());
        flood.push(tokio::spawn(async move {
            let mut n = 0;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let body = json!({"token": format!("bogus-{t}-{n}"), "password": "new-password-123"});
                let r = c.post(&url).json(&body).send().await.unwrap();
                assert!(matches!(r.status().as_u16(), 410 | 429), "bogus token: {}", r.status());
                n += 1;
            }
        }));
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    for _ in 0..8 {
        app.login("owner@example.com", "owner-password").await.expect("a real sign-in during the flood");
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    for f in flood {
        f.await.unwrap();
    }
    let errors = error_lines() - errors_before;
    assert!(errors < 5, "{errors} ERROR lines during the flood");
}

/// The per-account limit holds against parallel attempts, and cannot lock the account's owner
/// out from an address they signed in from before. (Before: 45 parallel wrong passwords got 36
/// attempts through against a promised 10.)
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn promise_parallel_guesses_stop_at_the_account_limit() {
    let app = crate::helpers::spawn_with(|c| c.trust_proxy = true).await;
    app.create_owner().await;
    // The owner's usual address signs in once.
    let usual = app.client();
    let body = json!({"email": "owner@example.com", "password": "owner-password"});
    let r =
        usual.post(app.url("/api/session")).header("x-forwarded-for", "198.51.100.7").json(&body).send().await.unwrap();
    assert_eq!(r.status(), 200);
    // 45 guesses at once, each from another address (so only the account's limit applies).
    let guesses = (0..45).map(|i| {
        let (c, url) = (app.client(), app.url("/api/session"));
        async move {
            let body = json!({"email": "owner@example.com", "password": format!("guess-{i}-wrong")});
            c.post(&url)
                .header("x-forwarded-for", format!("203.0.113.{i}"))
                .json(&body)
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    });
    let answers = futures_util::future::join_all(guesses).await;
    let checked = answers.iter().filter(|s| **s == 401).count();
    assert!(checked <= 10, "{checked} guesses were checked against the password; the limit is 10: {answers:?}");
    assert!(answers.iter().all(|s| matches!(s, 401 | 429)), "{answers:?}");
    // Locked for strangers; the owner's usual address still gets in.
    let r = app
        .client()
        .post(app.url("/api/session"))
        .header("x-forwarded-for", "203.0.113.250")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 429);
    let r =
        usual.post(app.url("/api/session")).header("x-forwarded-for", "198.51.100.7").json(&body).send().await.unwrap();
    assert_eq!(r.status(), 200, "the owner's usual address is not locked out");
}

/// Creating a channel cannot probe for private channels' names. (Before: 409
/// channel_name_taken revealed that a private channel of that name existed.)
#[tokio::test]
async fn promise_private_channel_names_do_not_leak() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let emp = app.add_member(&owner, "employee", "Ema").await;
    owner.post("/api/channels", json!({"name": "Merger talks", "private": true})).await.expect(201);
    emp.post("/api/channels", json!({"name": "merger talks"})).await.expect(201);
    // A public name is visible to all, so a clash with it may be said.
    owner
        .post("/api/channels", json!({"name": "merger talks", "private": true}))
        .await
        .expect_error(409, "channel_name_taken");
    app.assert_store_consistent();
}

/// A new password ends every reset link the person had. (Before: an older link still worked
/// after the reset.)
#[tokio::test]
async fn promise_a_new_password_ends_older_reset_links() {
    let app = spawn().await;
    app.create_owner().await;
    for _ in 0..2 {
        app.anon("POST", "/api/password-reset", Some(json!({"email": "owner@example.com"}))).await.expect(202);
    }
    let first = app.smtp.wait_for("owner@example.com", 1).await.token("/reset");
    let second = app.smtp.wait_for("owner@example.com", 2).await.token("/reset");
    app.anon("POST", "/api/password-reset/complete", Some(json!({"token": second, "password": "brand-new-pass"})))
        .await
        .expect(200);
    app.anon("POST", "/api/password-reset/complete", Some(json!({"token": first, "password": "attacker-pass"})))
        .await
        .expect_error(410, "reset_invalid");
    app.login("owner@example.com", "brand-new-pass").await.expect("the new password works");
    app.assert_store_consistent();
}

/// A live connection ends with its session, however the session ends. (Before: a session
/// replaced by a new sign-in, or ended by its idle timeout, kept receiving events.)
#[tokio::test]
async fn promise_live_connections_end_with_their_session() {
    use crate::live::Live;
    let app = crate::helpers::spawn_with(|c| c.session_idle_timeout = Duration::from_secs(3600)).await;
    let owner = app.create_owner().await;
    let mut live = Live::connect(&app, &owner).await;
    // A new sign-in in the same browser replaces the session the socket was opened with.
    let r = owner.post("/api/session", json!({"email": "owner@example.com", "password": "owner-password"})).await;
    assert_eq!(r.status, 200);
    let f = live.closed().await.expect("a close frame");
    assert_eq!(u16::from(f.code), 4001, "{f:?}");
    // Idle for longer than the timeout: the open socket notices within a heartbeat.
    let me = app.login("owner@example.com", "owner-password").await.unwrap();
    let mut live = Live::connect(&app, &me).await;
    app.advance(Duration::from_secs(3601));
    // The socket re-checks its session on every heartbeat (20 s).
    let end = tokio::time::Instant::now() + Duration::from_secs(30);
    let frame = loop {
        use futures_util::StreamExt;
        let left = end.saturating_duration_since(tokio::time::Instant::now());
        match tokio::time::timeout(left, live.ws.next()).await.expect("closed within a heartbeat") {
            Some(Ok(tokio_tungstenite::tungstenite::Message::Close(f))) => break f,
            Some(Ok(_)) => {}
            other => panic!("the socket ended without a close frame: {other:?}"),
        }
    };
    assert_eq!(u16::from(frame.expect("a close frame").code), 4001);
}

/// A person may hold 20 live connections; the 21st closes the oldest, saying why.
#[tokio::test]
async fn promise_live_connections_per_person_are_bounded() {
    use crate::live::Live;
    let app = spawn().await;
    let owner = app.create_owner().await;
    let mut first = Live::connect(&app, &owner).await;
    let mut rest = Vec::new();
    for _ in 0..20 {
        rest.push(Live::connect(&app, &owner).await);
    }
    let f = first.closed().await.expect("a close frame");
    assert_eq!(u16::from(f.code), 4002, "{f:?}");
    assert!(f.reason.contains("too many"), "{f:?}");
}

/// A mention of an id that does not exist and of someone the author may not see get the same
/// answer. (Before: "who does not exist" told them apart.)
#[tokio::test]
async fn promise_mentions_do_not_tell_whether_an_id_exists() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let fl = app.add_member(&owner, "freelancer", "Finn").await;
    let stranger = app.add_member(&owner, "employee", "Stan").await;
    let c =
        owner.post("/api/channels", json!({"name": "project", "members": [fl.id, stranger.id]})).await.expect(201).body
            ["id"]
            .as_str()
            .unwrap()
            .to_string();
    let url = format!("/api/channels/{c}/messages");
    let nobody = "0000000000002";
    let a = fl.post(&url, json!({"client_id": "m1", "body": format!("hi <@{}>", stranger.id)})).await;
    let b = fl.post(&url, json!({"client_id": "m2", "body": format!("hi <@{nobody}>")})).await;
    assert_eq!((a.status, &a.text), (b.status, &b.text));
    assert_eq!(a.status, 422);
}

/// Employees see neither roles nor deactivated people. (Before: `access_until`, which only
/// Integrators and Freelancers have, showed on cards; deactivated people came back by id.)
#[tokio::test]
async fn promise_employees_see_no_roles_and_no_deactivated_people() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let emp = app.add_member(&owner, "employee", "Ema").await;
    let fl = app.add_member(&owner, "freelancer", "Finn").await;
    owner.patch(&format!("/api/people/{}", fl.id), json!({"access_until": "2099-01-01T00:00:00Z"})).await.expect(200);
    let card = emp.get(&format!("/api/people/{}", fl.id)).await.expect(200);
    assert!(card.body.get("role").is_none() && card.body.get("access_until").is_none(), "{}", card.text);
    let list = emp.get("/api/people?limit=200").await.expect(200);
    assert!(!list.text.contains("access_until") && !list.text.contains("\"role\":\"freelancer\""), "{}", list.text);
    let gone = app.add_member(&owner, "employee", "Gone").await;
    owner.patch(&format!("/api/people/{}", gone.id), json!({"active": false})).await.expect(200);
    emp.get(&format!("/api/people/{}", gone.id)).await.expect_error(404, "not_found");
    owner.get(&format!("/api/people/{}", gone.id)).await.expect(200);
}

/// In a group chat only its creator (and administrators) take others out; anyone may leave.
/// (Before: any member could remove any other.)
#[tokio::test]
async fn promise_group_members_cannot_remove_each_other() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let a = app.add_member(&owner, "employee", "Ann").await;
    let b = app.add_member(&owner, "employee", "Bob").await;
    let c = app.add_member(&owner, "employee", "Cid").await;
    let g = a.post("/api/chats", json!({"person_ids": [b.id, c.id]})).await.expect(201).body["id"]
        .as_str()
        .unwrap()
        .to_string();
    b.delete(&format!("/api/channels/{g}/members/{}", c.id)).await.expect_error(403, "forbidden");
    let detail = b.get(&format!("/api/channels/{g}")).await.expect(200);
    assert_eq!(detail.body["can"]["remove_members"], false);
    a.delete(&format!("/api/channels/{g}/members/{}", c.id)).await.expect(204);
    b.post(&format!("/api/channels/{g}/leave"), json!({})).await.expect(204);
    app.assert_store_consistent();
}

/// No usable link is ever in the data file: not while the mail waits in the outbox, not after it
/// was delivered (redb writes copy-on-write, so a deleted row's bytes linger in freed pages). The
/// file holds only hashes of link tokens; the tokens come from a key beside it.
#[tokio::test]
async fn promise_no_usable_link_in_the_data_file() {
    let mut app = spawn().await;
    let setup = app.setup_token();
    let owner = app.create_owner().await;
    let data = app.dir.path().join(bivouac::store::DATA_FILE);
    app.smtp.set_mode(crate::smtp::Mode::Defer);
    app.invite(&owner, "Ivan", "Petrov", "ivan@example.com", "employee").await;
    app.anon("POST", "/api/password-reset", Some(json!({"email": "owner@example.com"}))).await.expect(202);
    tokio::time::sleep(Duration::from_millis(300)).await;
    app.smtp.set_mode(crate::smtp::Mode::Accept);
    app.advance(Duration::from_secs(120));
    let invite = app.smtp.wait_for("ivan@example.com", 1).await.token("/invite");
    let reset = app.smtp.wait_for("owner@example.com", 1).await.token("/reset");
    app.stop().await;
    let bytes = std::fs::read(&data).unwrap();
    for (what, token) in [("invitation", &invite), ("reset", &reset), ("setup", &setup)] {
        assert!(token.len() >= 40, "{what} token: {token}");
        let found = bytes.windows(token.len()).any(|w| w == token.as_bytes());
        assert!(!found, "the {what} link's token is in the data file");
    }
    app.restart().await;
    app.anon("GET", &format!("/api/invitations/lookup?token={invite}"), None).await.expect(200);
}

/// The idle timeout counts from the last use, whatever its length. (Before: use was recorded at
/// most once a minute, so a session used every ten seconds died under a 30 s timeout.)
#[tokio::test]
async fn promise_idle_timeout_counts_from_the_last_use() {
    let app = crate::helpers::spawn_with(|c| c.session_idle_timeout = Duration::from_secs(30)).await;
    let owner = app.create_owner().await;
    for _ in 0..9 {
        app.advance(Duration::from_secs(10));
        owner.get("/api/session").await.expect(200);
    }
    app.advance(Duration::from_secs(31));
    owner.get("/api/session").await.expect_error(401, "unauthorized");
}

/// Names refuse direction overrides (naming the character) and invisible-only text; a message of
/// invisible characters only is refused; names are stored in one Unicode form.
#[tokio::test]
async fn promise_names_cannot_hide_or_reverse_text() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let r = owner.post("/api/channels", json!({"name": "pay\u{202E}gnp.exe"})).await.expect_error(422, "invalid_name");
    assert!(r.text.contains("U+202E"), "{}", r.text);
    owner.post("/api/channels", json!({"name": "\u{200B}\u{200D}"})).await.expect_error(422, "invalid_name");
    owner
        .patch(&format!("/api/people/{}", owner.id), json!({"title": "\u{2066}"}))
        .await
        .expect_error(422, "invalid_name");
    let c = owner.post("/api/channels", json!({"name": "Cafe\u{0301}"})).await.expect(201);
    assert_eq!(c.body["name"], "Caf\u{00E9}");
    let id = c.body["id"].as_str().unwrap();
    owner
        .post(&format!("/api/channels/{id}/messages"), json!({"client_id": "z", "body": "\u{200B}\u{2060}"}))
        .await
        .expect_error(422, "empty_body");
}

/// API answers are never cached: they carry personal data.
#[tokio::test]
async fn promise_api_answers_are_not_cached() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    for path in
        ["/api/people", "/api/channels", "/api/sidebar", "/api/departments", &format!("/api/people/{}", owner.id)]
    {
        let r = owner.get(path).await.expect(200);
        assert_eq!(r.header("cache-control"), Some("no-store"), "{path}");
    }
}
