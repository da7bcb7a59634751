//! Health, security headers on every kind of response, bad input, and the embedded assets.

use serde_json::json;

use crate::helpers::spawn;

#[tokio::test]
async fn health_and_readiness() {
    let app = spawn().await;
    let r = app.anon("GET", "/healthz", None).await.expect(200);
    assert_eq!(r.text, "ok\n");
    app.anon("GET", "/readyz", None).await.expect(200);
}

#[tokio::test]
async fn every_response_carries_security_headers() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let responses = vec![
        ("page", app.anon("GET", "/", None).await),
        ("asset", app.anon("GET", "/app.css", None).await),
        ("missing asset", app.anon("GET", "/nope.js", None).await),
        ("api", owner.get("/api/session").await),
        ("api 401", app.anon("GET", "/api/session", None).await),
        ("api 404", app.anon("GET", "/api/no/such/route", None).await),
        ("api 405", app.anon("PUT", "/api/setup", Some(json!({}))).await),
        (
            "api 410",
            app.anon(
                "POST",
                "/api/setup",
                Some(json!({"token":"x","first_name":"a","last_name":"b","email":"a@b.co","password":"12345678"})),
            )
            .await,
        ),
        ("health", app.anon("GET", "/healthz", None).await),
    ];
    for (what, r) in responses {
        let csp = r.header("content-security-policy").unwrap_or_else(|| panic!("{what}: no CSP"));
        assert!(csp.contains("frame-ancestors 'none'"), "{what}: {csp}");
        assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), "{what}: {csp}");
        assert_eq!(r.header("x-content-type-options"), Some("nosniff"), "{what}");
        assert!(r.header("referrer-policy").is_some(), "{what}");
        assert!(r.header("x-request-id").is_some_and(|v| !v.is_empty()), "{what}: request id");
    }
}

#[tokio::test]
async fn bad_input_gets_clear_json_errors() {
    let app = spawn().await;
    let client = app.client();
    // Malformed JSON
    let r = client
        .post(app.url("/api/session"))
        .header("content-type", "application/json")
        .body("{\"email\":")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    let v: serde_json::Value = r.json().await.unwrap();
    assert_eq!(v["error"]["code"], "invalid_json");
    // Wrong content type
    let r =
        client.post(app.url("/api/session")).header("content-type", "text/plain").body("hello").send().await.unwrap();
    assert_eq!(r.status(), 415);
    let v: serde_json::Value = r.json().await.unwrap();
    assert_eq!(v["error"]["code"], "unsupported_media_type");
    // Missing field: names the field
    let r = app.anon("POST", "/api/session", Some(json!({"email": "a@b.co"}))).await.expect_error(422, "invalid_input");
    assert!(r.body["error"]["message"].as_str().unwrap().contains("password"), "{}", r.text);
    // Oversize body
    let big = "x".repeat(app.config.max_body + 10);
    let r = app.anon("POST", "/api/session", Some(json!({"email": big, "password": "p"}))).await;
    r.expect_error(413, "payload_too_large");
    // Unknown API route and method
    app.anon("GET", "/api/nothing-here", None).await.expect_error(404, "not_found");
    app.anon("DELETE", "/api/setup", None).await.expect_error(405, "method_not_allowed");
    // The server is still fine.
    app.anon("GET", "/healthz", None).await.expect(200);
}

#[tokio::test]
async fn assets_are_cached_compressed_and_typed() {
    let app = spawn().await;
    let client = reqwest::Client::new();
    let r = client.get(app.url("/app.css")).header("accept-encoding", "gzip").send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "text/css; charset=utf-8");
    assert_eq!(r.headers()["content-encoding"], "gzip");
    let etag = r.headers()["etag"].to_str().unwrap().to_string();
    let r = client.get(app.url("/app.css")).header("if-none-match", &etag).send().await.unwrap();
    assert_eq!(r.status(), 304);
    let r = client.get(app.url("/app/main.js")).send().await.unwrap();
    assert!(r.headers()["content-type"].to_str().unwrap().starts_with("text/javascript"));
    // App routes get the page; missing files do not.
    let r = client.get(app.url("/people/abc")).send().await.unwrap();
    assert!(r.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
    let r = client.get(app.url("/app/missing.js")).send().await.unwrap();
    assert_eq!(r.status(), 404);
    // No page uses an inline script (the CSP would block it).
    let html = client.get(app.url("/")).send().await.unwrap().text().await.unwrap();
    assert!(!html.contains("<script>") && !html.contains("onclick="), "{html}");
}
