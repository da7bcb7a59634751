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
