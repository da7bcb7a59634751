//! First run, sign-in, sessions, CSRF, enumeration and rate limits.

use std::time::Duration;

use serde_json::json;

use crate::helpers::{send, spawn, spawn_with};

fn setup_body(token: &str) -> serde_json::Value {
    json!({"token": token, "first_name": "Olga", "last_name": "Owner", "email": "owner@example.com", "password": "owner-password"})
}

#[tokio::test]
async fn the_setup_link_works_once() {
    let app = spawn().await;
    assert_eq!(app.anon("GET", "/api/setup", None).await.body["needed"], true);
    let file = app.dir.path().join("setup-link.txt");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "the setup link file is private");
        // A data directory Bivouac creates is private too.
        let fresh = app.dir.path().join("fresh");
        let clock: bivouac::clock::SharedClock = std::sync::Arc::new(bivouac::clock::SystemClock);
        bivouac::store::Store::open(&fresh, clock, None).unwrap().close();
        assert_eq!(std::fs::metadata(&fresh).unwrap().permissions().mode() & 0o777, 0o700);
    }
    let link = std::fs::read_to_string(&file).unwrap();
    assert!(link.starts_with(&format!("{}/setup?token=", app.base)), "{link}");
    let token = app.setup_token();
    assert!(token.len() >= 22, "at least 128 bits");
    assert!(crate::helpers::logs().contains(link.trim()), "the link is printed to the log");

    // A wrong token is refused and nothing is created.
    app.anon("POST", "/api/setup", Some(setup_body("not-the-token"))).await.expect_error(403, "setup_token_invalid");
    assert_eq!(app.anon("GET", "/api/setup", None).await.body["needed"], true);

    // Bad input is explained before anything is created.
    let mut bad = setup_body(&token);
    bad["password"] = json!("short");
    app.anon("POST", "/api/setup", Some(bad)).await.expect_error(422, "weak_password");
    let mut bad = setup_body(&token);
    bad["email"] = json!("not an email");
    app.anon("POST", "/api/setup", Some(bad)).await.expect_error(422, "invalid_email");

    let client = app.client();
    let r = send(&client, "POST", &app.url("/api/setup"), Some(setup_body(&token)), None).await.expect(201);
    assert_eq!(r.body["person"]["role"], "owner");
    assert_eq!(r.body["person"]["first_name"], "Olga");
    assert!(r.body["csrf_token"].as_str().is_some_and(|t| t.len() >= 16));
    // The new owner is signed in.
    let me = send(&client, "GET", &app.url("/api/session"), None, None).await.expect(200);
    assert_eq!(me.body["person"]["email"], "owner@example.com");

    // The token is dead, and the link file is gone.
    app.anon("POST", "/api/setup", Some(setup_body(&token))).await.expect_error(410, "setup_done");
    assert!(!file.exists());
    assert_eq!(app.anon("GET", "/api/setup", None).await.body["needed"], false);
    app.assert_store_consistent();
}

#[tokio::test]
async fn session_cookie_flags_login_and_logout() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let client = app.client();
    let r = send(
        &client,
        "POST",
        &app.url("/api/session"),
        Some(json!({"email": "OWNER@example.com ", "password": "owner-password"})),
        None,
    )
    .await
    .expect(200);
    let cookie = r.header("set-cookie").expect("a session cookie").to_string();
    assert!(cookie.starts_with("bivouac_session="), "{cookie}");
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");
    assert!(cookie.contains("Path=/"), "{cookie}");
    assert!(!cookie.contains("Secure"), "plain http base_url: no Secure flag: {cookie}");
    let value = cookie.split(';').next().unwrap().trim_start_matches("bivouac_session=");
    assert!(value.len() >= 22);
    // Each login gets a new token.
    assert_ne!(r.body["csrf_token"], owner.csrf.as_str());

    // Logging out ends the session for good.
    let csrf = r.body["csrf_token"].as_str().unwrap();
    send(&client, "DELETE", &app.url("/api/session"), None, Some(csrf)).await.expect(204);
    send(&client, "GET", &app.url("/api/session"), None, None).await.expect_error(401, "unauthorized");
    let replay = reqwest::Client::new()
        .get(app.url("/api/session"))
        .header("cookie", format!("bivouac_session={value}"))
        .send()
        .await
        .unwrap();
    assert_eq!(replay.status(), 401, "a logged-out cookie is dead even if replayed");
    // The other session (the owner's first) is untouched.
    owner.get("/api/session").await.expect(200);
}

#[tokio::test]
async fn secure_cookie_and_hsts_when_base_url_is_https() {
    let app = spawn_with(|c| c.base_url = Some("https://chat.example.com".into())).await;
    let link = std::fs::read_to_string(app.dir.path().join("setup-link.txt")).unwrap();
    assert!(link.starts_with("https://chat.example.com/setup?token="), "{link}");
    let r = app.anon("POST", "/api/setup", Some(setup_body(&app.setup_token()))).await.expect(201);
    let cookie = r.header("set-cookie").unwrap();
    assert!(cookie.contains("Secure") && cookie.contains("HttpOnly"), "{cookie}");
    assert!(r.header("strict-transport-security").is_some());
}

#[tokio::test]
async fn state_changes_need_the_csrf_header() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    owner.without_csrf("DELETE", "/api/session", None).await.expect_error(403, "csrf");
    let r = owner.client.delete(app.url("/api/session")).header("X-CSRF-Token", "wrong").send().await.unwrap();
    assert_eq!(r.status(), 403);
    // Still signed in: the refused requests changed nothing.
    owner.get("/api/session").await.expect(200);
}

#[tokio::test]
async fn a_cookie_from_before_login_is_not_honoured_after() {
    let app = spawn().await;
    app.create_owner().await;
    let client = app.client();
    let first = send(
        &client,
        "POST",
        &app.url("/api/session"),
        Some(json!({"email": "owner@example.com", "password": "owner-password"})),
        None,
    )
    .await
    .expect(200);
    let old = first.header("set-cookie").unwrap().split(';').next().unwrap().to_string();
    // Signing in again in the same browser replaces the session.
    send(
        &client,
        "POST",
        &app.url("/api/session"),
        Some(json!({"email": "owner@example.com", "password": "owner-password"})),
        None,
    )
    .await
    .expect(200);
    let r = reqwest::Client::new().get(app.url("/api/session")).header("cookie", &old).send().await.unwrap();
    assert_eq!(r.status(), 401);
    send(&client, "GET", &app.url("/api/session"), None, None).await.expect(200);
}

#[tokio::test]
async fn sessions_end_at_idle_timeout_and_absolute_lifetime() {
    let app = spawn_with(|c| {
        c.session_idle_timeout = Duration::from_secs(3600);
        c.session_max_age = Duration::from_secs(3 * 3600);
    })
    .await;
    let owner = app.create_owner().await;
    // Used every 50 minutes: stays alive past the idle timeout...
    for _ in 0..3 {
        app.advance(Duration::from_secs(50 * 60));
        owner.get("/api/session").await.expect(200);
        // the touch is written in the background
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // ...but not past the absolute lifetime (3h after login).
    app.advance(Duration::from_secs(40 * 60));
    owner.get("/api/session").await.expect_error(401, "unauthorized");

    let again = app.login("owner@example.com", "owner-password").await.unwrap();
    app.advance(Duration::from_secs(3601));
    again.get("/api/session").await.expect_error(401, "unauthorized");
}

#[tokio::test]
async fn unknown_email_and_wrong_password_look_the_same() {
    let app = spawn().await;
    app.create_owner().await;
    let unknown = app.login("nobody@example.com", "whatever-password").await.unwrap_err();
    let wrong = app.login("owner@example.com", "wrong-password").await.unwrap_err();
    assert_eq!(unknown.status, 401);
    assert_eq!(unknown.status, wrong.status);
    assert_eq!(unknown.text, wrong.text);
    assert_eq!(unknown.code(), "invalid_credentials");
    assert!(unknown.header("set-cookie").is_none() && wrong.header("set-cookie").is_none());
}

#[tokio::test]
async fn too_many_failures_get_429_until_the_window_passes() {
    let app = spawn().await;
    app.create_owner().await;
    let mut limited = None;
    for _ in 0..15 {
        let r = app.login("owner@example.com", "wrong-password").await.unwrap_err();
        if r.status == 429 {
            limited = Some(r);
            break;
        }
        assert_eq!(r.status, 401);
    }
    let r = limited.expect("a 429 after repeated failures");
    assert_eq!(r.code(), "rate_limited");
    let retry: u64 = r.header("retry-after").expect("Retry-After").parse().unwrap();
    assert!(retry > 0 && retry <= 15 * 60, "{retry}");
    // Even the right password waits during the window (nothing is checked while limited)...
    assert_eq!(app.login("owner@example.com", "owner-password").await.unwrap_err().status, 429);
    // ...and gets in once it has passed.
    app.advance(Duration::from_secs(retry + 1));
    app.login("owner@example.com", "owner-password").await.expect("the real owner gets in after the window");
}

#[tokio::test]
async fn owner_and_sessions_survive_a_restart() {
    let mut app = spawn().await;
    let owner = app.create_owner().await;
    app.restart().await;
    // The same cookie works against the restarted server (cookies ignore the port).
    let r = crate::helpers::send(&owner.client, "GET", &app.url("/api/session"), None, None).await.expect(200);
    assert_eq!(r.body["person"]["id"], owner.id.as_str());
    app.login("owner@example.com", "owner-password").await.expect("login after restart");
    assert_eq!(app.anon("GET", "/api/setup", None).await.body["needed"], false);
    assert!(!app.dir.path().join("setup-link.txt").exists(), "no new setup link once an owner exists");
    app.assert_store_consistent();
}
