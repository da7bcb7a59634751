//! Integrations end to end: incoming webhooks with the payloads real tools send to Slack
//! (Prometheus Alertmanager's `slack_configs`, Grafana's Slack contact point, GitLab's Slack
//! notifications, GitHub Actions' Slack action), bot accounts posting with a Bearer token, and
//! outgoing webhooks to a small HTTP server on this machine.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::helpers::{TestApp, User, eventually, spawn, spawn_with};

async fn channel(owner: &User, name: &str, members: &[&str]) -> String {
    let r = owner.post("/api/channels", json!({"name": name, "members": members})).await.expect(201);
    r.body["id"].as_str().unwrap().to_string()
}

async fn messages(u: &User, channel: &str) -> Vec<Value> {
    let r = u.get(&format!("/api/channels/{channel}/messages?limit=200")).await.expect(200);
    r.body["messages"].as_array().unwrap().clone()
}

/// POSTs `body` to a hook URL as a tool would: no cookie, no CSRF.
async fn hook(url: &str, content_type: &str, body: String) -> (u16, String, String) {
    let res = reqwest::Client::new().post(url).header("Content-Type", content_type).body(body).send().await.unwrap();
    let status = res.status().as_u16();
    let ct = res.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    (status, ct, res.text().await.unwrap())
}

async fn hook_json(url: &str, v: &Value) -> (u16, String) {
    let (s, _, t) = hook(url, "application/json", v.to_string()).await;
    (s, t)
}

/// What Alertmanager (notify/slack) sends for `slack_configs` with its default templates plus a
/// text template and a runbook button: one attachment, colour by status, fallback, mrkdwn_in.
fn alertmanager() -> Value {
    json!({
        "channel": "#alerts",
        "username": "Alertmanager",
        "icon_emoji": ":fire:",
        "attachments": [{
            "title": "[FIRING:2] InstanceDown (node-exporter production)",
            "title_link": "http://alertmanager.example.com:9093/#/alerts?receiver=slack",
            "pretext": "",
            "text": "*Alert:* Instance db1:9100 down - `critical`\n*Description:* db1:9100 of job node has been down for more than 5 minutes.\n*Details:*\n  • instance: db1:9100\n  • job: node\n",
            "fallback": "[FIRING:2] InstanceDown (node-exporter production) | http://alertmanager.example.com:9093/#/alerts?receiver=slack",
            "callback_id": "",
            "footer": "",
            "color": "danger",
            "mrkdwn_in": ["fallback", "pretext", "text"],
            "actions": [{"type": "button", "text": "Runbook :blue_book:", "url": "https://runbooks.example.com/InstanceDown"}]
        }]
    })
}

/// Grafana's Slack contact point (unified alerting): username, icon_url, one attachment with a
/// hex colour, footer with Grafana's version and `ts`.
fn grafana() -> Value {
    json!({
        "channel": "#alerts",
        "username": "Grafana",
        "icon_url": "https://grafana.com/static/assets/img/fav32.png",
        "attachments": [{
            "color": "#D63232",
            "title": "[FIRING:1] HighCPU Production (web-1)",
            "title_link": "https://grafana.example.com/alerting/list",
            "text": "**Firing**\n\nValue: B=97.3\nLabels:\n - alertname = HighCPU\n - instance = web-1\nAnnotations:\n - summary = CPU above 95% for 10m\nSource: https://grafana.example.com/alerting/grafana/abc/view\nSilence: https://grafana.example.com/alerting/silence/new\n",
            "fallback": "[FIRING:1] HighCPU Production (web-1)",
            "footer": "Grafana v11.3.0",
            "footer_icon": "https://grafana.com/static/assets/img/fav32.png",
            "ts": 1732000000,
            "mrkdwn_in": ["pretext"]
        }]
    })
}

/// GitLab's Slack notifications integration, a push and a failed pipeline.
fn gitlab_push() -> Value {
    json!({
        "text": "Jane Doe pushed to branch <https://gitlab.example.com/acme/shop/-/commits/main|main> of <https://gitlab.example.com/acme/shop|acme/shop> (<https://gitlab.example.com/acme/shop/-/compare/1a2b3c4d...5e6f7a8b|Compare changes>)",
        "attachments": [{
            "text": "<https://gitlab.example.com/acme/shop/-/commit/5e6f7a8b|5e6f7a8b>: Fix the cart total &amp; taxes - Jane Doe",
            "color": "#345"
        }],
        "username": "GitLab",
        "channel": "#dev"
    })
}

fn gitlab_pipeline() -> Value {
    json!({
        "text": "",
        "username": "GitLab",
        "attachments": [{
            "fallback": "acme/shop: Pipeline #4242 of branch main by Jane Doe (jdoe) has failed in 02:13",
            "color": "danger",
            "author_name": "Jane Doe (jdoe)",
            "author_icon": "https://gitlab.example.com/uploads/-/system/user/avatar/7/avatar.png",
            "author_link": "https://gitlab.example.com/jdoe",
            "title": "Pipeline #4242 has failed in 02:13",
            "title_link": "https://gitlab.example.com/acme/shop/-/pipelines/4242",
            "fields": [
                {"title": "Branch", "value": "<https://gitlab.example.com/acme/shop/-/commits/main|main>", "short": true},
                {"title": "Commit", "value": "<https://gitlab.example.com/acme/shop/-/commit/5e6f7a8b|Fix the cart total>", "short": true},
                {"title": "Failed stage", "value": "<https://gitlab.example.com/acme/shop/-/pipelines/4242/failures|test>", "short": true},
                {"title": "Failed job", "value": "<https://gitlab.example.com/acme/shop/-/jobs/99|rspec 1/4>", "short": true}
            ],
            "footer": "acme/shop",
            "footer_icon": "https://gitlab.example.com/favicon.png",
            "ts": 1732000100
        }]
    })
}

/// GitHub Actions with slackapi/slack-github-action (incoming webhook, Block Kit payload).
fn github_actions() -> Value {
    json!({
        "text": "GitHub Action build result: failure",
        "blocks": [
            {"type": "header", "text": {"type": "plain_text", "text": "Build failed: acme/shop", "emoji": true}},
            {"type": "section", "text": {"type": "mrkdwn", "text": "GitHub Action build result: *failure*\n<https://github.com/acme/shop/actions/runs/123456|View the run>"}},
            {"type": "section", "fields": [
                {"type": "mrkdwn", "text": "*Ref:*\nrefs/heads/main"},
                {"type": "mrkdwn", "text": "*Commit:*\n<https://github.com/acme/shop/commit/abc123|abc123>"}
            ]},
            {"type": "divider"},
            {"type": "context", "elements": [{"type": "mrkdwn", "text": "Triggered by octocat"}]},
            {"type": "rich_text", "elements": [{"type": "rich_text_section", "elements": [{"type": "text", "text": "A rich text note"}]}]}
        ]
    })
}

#[tokio::test]
async fn incoming_webhooks_take_what_tools_send_to_slack() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let employee = app.add_member(&owner, "employee", "Emma").await;
    let c = channel(&owner, "alerts", &[&employee.id]).await;
    // Employees may not add integrations; the owner may.
    employee.post(&format!("/api/channels/{c}/webhooks"), json!({"name": "X"})).await.expect_error(403, "forbidden");
    let h = owner.post(&format!("/api/channels/{c}/webhooks"), json!({"name": "Monitoring"})).await.expect(201).body;
    let url = h["url"].as_str().unwrap().replace(&app.base, &app.url(""));
    assert!(url.contains("/hooks/"), "{h}");
    let list = owner.get(&format!("/api/channels/{c}/webhooks")).await.expect(200);
    assert!(!list.text.contains(url.rsplit('/').next().unwrap()), "the token is shown once: {}", list.text);

    for p in [alertmanager(), grafana(), gitlab_push(), gitlab_pipeline(), github_actions()] {
        let (status, ct, text) = hook(&url, "application/json", p.to_string()).await;
        assert_eq!((status, text.as_str()), (200, "ok"), "{p}");
        assert!(ct.starts_with("text/plain"), "{ct}");
    }
    // The form Slack's own docs use with curl: payload=<JSON>.
    let form = format!("payload={}", urlencode(&json!({"text": "From a *form*"}).to_string()));
    let (status, _, text) = hook(&url, "application/x-www-form-urlencoded", form).await;
    assert_eq!((status, text.as_str()), (200, "ok"));

    let ms = messages(&employee, &c).await;
    let bodies: Vec<&str> = ms.iter().map(|m| m["body"].as_str().unwrap()).collect();
    assert_eq!(bodies.len(), 6, "{bodies:#?}");
    assert!(ms.iter().all(|m| m["author_id"] == h["account_id"]));
    let am = bodies[0];
    assert!(am.starts_with("🔥 **Alertmanager**\n🟥 **[FIRING:2] InstanceDown (node-exporter production)** (http://alertmanager.example.com:9093/#/alerts?receiver=slack)"), "{am}");
    assert!(am.contains("**Alert:** Instance db1:9100 down - `critical`"), "{am}");
    assert!(am.contains("Runbook :blue_book: (https://runbooks.example.com/InstanceDown)"), "{am}");
    let gr = bodies[1];
    assert!(
        gr.starts_with(
            "**Grafana**\n🟥 **[FIRING:1] HighCPU Production (web-1)** (https://grafana.example.com/alerting/list)"
        ),
        "{gr}"
    );
    assert!(gr.contains("_Grafana v11.3.0 · 2024-11-19 07:06 UTC_"), "{gr}");
    let push = bodies[2];
    assert!(push.contains("Jane Doe pushed to branch main (https://gitlab.example.com/acme/shop/-/commits/main) of acme/shop (https://gitlab.example.com/acme/shop)"), "{push}");
    assert!(
        push.contains(
            "5e6f7a8b (https://gitlab.example.com/acme/shop/-/commit/5e6f7a8b): Fix the cart total & taxes - Jane Doe"
        ),
        "{push}"
    );
    let pipe = bodies[3];
    assert!(
        pipe.contains("**Branch**: main (https://gitlab.example.com/acme/shop/-/commits/main) · **Commit**:"),
        "{pipe}"
    );
    assert!(
        pipe.contains("🟥 Jane Doe (jdoe) (https://gitlab.example.com/jdoe)\n**Pipeline #4242 has failed in 02:13**"),
        "{pipe}"
    );
    let gh = bodies[4];
    assert!(gh.starts_with("**Build failed: acme/shop**\nGitHub Action build result: **failure**\nView the run (https://github.com/acme/shop/actions/runs/123456)"), "{gh}");
    assert!(gh.contains("———") && gh.contains("_Triggered by octocat_") && gh.contains("A rich text note"), "{gh}");
    assert_eq!(bodies[5], "From a **form**");

    // Slack's refusals.
    assert_eq!(hook_json(&url, &json!({})).await, (400, "no_text".into()));
    let (s, _, t) = hook(&url, "application/json", "{not json".into()).await;
    assert_eq!((s, t.as_str()), (400, "invalid_payload"));
    let (s, _, t) = hook(&app.url("/hooks/not-a-token"), "application/json", json!({"text": "x"}).to_string()).await;
    assert_eq!((s, t.as_str()), (404, "no_service"));
    // An archived channel takes nothing.
    owner.patch(&format!("/api/channels/{c}"), json!({"archived": true})).await.expect(200);
    assert_eq!(hook_json(&url, &json!({"text": "late"})).await, (404, "channel_not_found".into()));
    owner.patch(&format!("/api/channels/{c}"), json!({"archived": false})).await.expect(200);
    // A flood is cut at the hook's rate limit.
    let mut limited = 0;
    for i in 0..40 {
        let (s, t) = hook_json(&url, &json!({"text": format!("flood {i}")})).await;
        if s == 429 {
            assert_eq!(t, "rate_limited");
            limited += 1;
        }
    }
    assert!(limited > 0, "no rate limit within 40 quick posts");
    // Revoked: the URL stops working.
    owner.delete(&format!("/api/webhooks/{}", h["id"].as_str().unwrap())).await.expect(204);
    assert_eq!(hook_json(&url, &json!({"text": "gone"})).await, (404, "no_service".into()));
    app.assert_store_consistent();
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[tokio::test]
async fn a_bot_account_posts_with_its_token_where_it_was_added() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let employee = app.add_member(&owner, "employee", "Emma").await;
    let c = channel(&owner, "deploys", &[&employee.id]).await;
    let other = channel(&owner, "elsewhere", &[]).await;
    employee.post("/api/bot-accounts", json!({"name": "CI"})).await.expect_error(403, "forbidden");
    let a = owner.post("/api/bot-accounts", json!({"name": "CI"})).await.expect(201).body;
    let (id, token) = (a["id"].as_str().unwrap().to_string(), a["token"].as_str().unwrap().to_string());
    let listed = owner.get("/api/bot-accounts").await.expect(200);
    assert!(!listed.text.contains(&token), "the token is shown once");
    let bearer = |t: &str, ch: &str, text: &str| {
        let (url, auth, text) =
            (app.url(&format!("/api/channels/{ch}/messages")), format!("Bearer {t}"), text.to_string());
        async move {
            let res = reqwest::Client::new()
                .post(url)
                .header("Authorization", auth)
                .json(&json!({"body": text}))
                .send()
                .await
                .unwrap();
            let s = res.status().as_u16();
            (s, res.text().await.unwrap())
        }
    };
    // Not in the channel yet: it cannot post there (nor see it).
    assert_eq!(bearer(&token, &c, "hello").await.0, 404);
    owner.post(&format!("/api/channels/{c}/members"), json!({"person_ids": [id]})).await.expect(200);
    let (s, t) = bearer(&token, &c, "Deployed *v1.2*").await;
    assert_eq!(s, 201, "{t}");
    assert_eq!(bearer(&token, &other, "hello").await.0, 404);
    assert_eq!(bearer("wrong-token", &c, "hello").await.0, 401);
    let ms = messages(&employee, &c).await;
    assert_eq!(ms.last().unwrap()["author_id"], id);
    let card = employee.get(&format!("/api/people/{id}")).await.expect(200).body;
    assert_eq!(card["title"], "Bot");
    let used = owner.get("/api/bot-accounts").await.expect(200).body;
    assert!(used["bot_accounts"].as_array().unwrap().iter().any(|x| x["id"] == id && !x["last_used"].is_null()));
    // A new token replaces the old; a revoked one works no more.
    let rotated = owner.post(&format!("/api/bot-accounts/{id}/token"), json!({})).await.expect(200).body;
    let new = rotated["token"].as_str().unwrap().to_string();
    assert_eq!(bearer(&token, &c, "old").await.0, 401);
    assert_eq!(bearer(&new, &c, "new").await.0, 201);
    owner.delete(&format!("/api/bot-accounts/{id}/token")).await.expect(204);
    assert_eq!(bearer(&new, &c, "revoked").await.0, 401);
    // A bot account cannot sign in (it has no password).
    app.login(&format!("bot-{id}@bots.invalid"), "anything-at-all").await.expect_err("a bot cannot sign in");
    app.assert_store_consistent();
}

/// A one-route HTTP server on 127.0.0.1: records each request's body and answers `answer`.
struct Target {
    url: String,
    bodies: Arc<Mutex<Vec<String>>>,
}

async fn target(status: u16, answer: &'static str) -> Target {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://127.0.0.1:{}/hook", listener.local_addr().unwrap().port());
    let bodies = Arc::new(Mutex::new(Vec::new()));
    let seen = bodies.clone();
    tokio::spawn(async move {
        loop {
            let Ok((mut sock, _)) = listener.accept().await else { return };
            let seen = seen.clone();
            tokio::spawn(async move {
                let mut buf = Vec::new();
                let mut chunk = [0u8; 4096];
                loop {
                    let Ok(n) = sock.read(&mut chunk).await else { return };
                    if n == 0 {
                        return;
                    }
                    buf.extend_from_slice(&chunk[..n]);
                    let text = String::from_utf8_lossy(&buf).to_string();
                    if let Some(end) = text.find("\r\n\r\n") {
                        let len = text[..end]
                            .lines()
                            .find_map(|l| {
                                l.to_ascii_lowercase()
                                    .strip_prefix("content-length:")
                                    .map(|v| v.trim().parse::<usize>().unwrap_or(0))
                            })
                            .unwrap_or(0);
                        if buf.len() >= end + 4 + len {
                            seen.lock()
                                .unwrap()
                                .push(String::from_utf8_lossy(&buf[end + 4..end + 4 + len]).to_string());
                            let reply = format!(
                                "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{answer}",
                                answer.len()
                            );
                            let _ = sock.write_all(reply.as_bytes()).await;
                            return;
                        }
                    }
                }
            });
        }
    });
    Target { url, bodies }
}

async fn with_private_targets() -> TestApp {
    spawn_with(|c| c.allow_private_targets = true).await
}

#[tokio::test]
async fn outgoing_webhooks_post_the_trigger_and_answer_back() {
    let app = with_private_targets().await;
    let owner = app.create_owner().await;
    let employee = app.add_member(&owner, "employee", "Emma").await;
    let c = channel(&owner, "ops", &[&employee.id]).await;
    let t = target(200, r#"{"text": "Deploying *prod* now"}"#).await;
    let h = owner
        .post(&format!("/api/channels/{c}/outgoing-webhooks"), json!({"trigger": "!deploy", "url": t.url}))
        .await
        .expect(201)
        .body;
    let token = h["token"].as_str().unwrap().to_string();
    employee
        .post(&format!("/api/channels/{c}/messages"), json!({"client_id": "o1", "body": "hello there"}))
        .await
        .expect(201);
    employee
        .post(&format!("/api/channels/{c}/messages"), json!({"client_id": "o2", "body": "!deploy prod"}))
        .await
        .expect(201);
    let emp = employee.clone();
    let cc = c.clone();
    let answer = eventually(15, || {
        let (emp, cc) = (emp.clone(), cc.clone());
        async move { messages(&emp, &cc).await.into_iter().find(|m| m["body"] == "Deploying **prod** now") }
    })
    .await;
    assert_eq!(answer["author_id"], h["account_id"]);
    let bodies = t.bodies.lock().unwrap().clone();
    assert_eq!(bodies.len(), 1, "only the message with the trigger goes out: {bodies:?}");
    let b = &bodies[0];
    assert!(
        b.contains("trigger_word=%21deploy")
            && b.contains("text=%21deploy+prod")
            && b.contains(&format!("token={token}")),
        "{b}"
    );
    assert!(b.contains(&format!("channel_id={c}")) && b.contains("user_name=Emma+Tester"), "{b}");
    app.assert_store_consistent();
}

#[tokio::test]
async fn a_failing_target_never_blocks_posting_and_its_admin_is_told() {
    let app = with_private_targets().await;
    let owner = app.create_owner().await;
    let c = channel(&owner, "ops", &[]).await;
    let t = target(500, r#"{"error": "boom"}"#).await;
    let h = owner
        .post(&format!("/api/channels/{c}/outgoing-webhooks"), json!({"trigger": "!build", "url": t.url}))
        .await
        .expect(201)
        .body;
    let started = std::time::Instant::now();
    owner
        .post(&format!("/api/channels/{c}/messages"), json!({"client_id": "b1", "body": "!build main"}))
        .await
        .expect(201);
    assert!(started.elapsed() < Duration::from_secs(3), "posting waited for the target");
    let o = owner.clone();
    let cc = c.clone();
    eventually(15, || {
        let (o, cc) = (o.clone(), cc.clone());
        async move {
            let l = o.get(&format!("/api/channels/{cc}/webhooks")).await.body;
            l["webhooks"][0]["last_error"].as_str().filter(|e| e.contains("500")).map(|_| ())
        }
    })
    .await;
    // Retries come with backoff; after the last one the hook's creator is told in its chat.
    for _ in 0..5 {
        app.advance(Duration::from_secs(3600));
        tokio::time::sleep(Duration::from_millis(1500)).await;
    }
    let account = h["account_id"].as_str().unwrap().to_string();
    let o = owner.clone();
    let told = eventually(20, || {
        let (o, account) = (o.clone(), account.clone());
        async move {
            let chat = o.post("/api/chats", json!({"person_ids": [account]})).await.body;
            let id = chat["id"].as_str()?.to_string();
            let ms = messages(&o, &id).await;
            ms.iter()
                .find_map(|m| m["body"].as_str().filter(|b| b.contains("gave up after 5 attempts")).map(str::to_string))
        }
    })
    .await;
    assert!(told.contains("!build"), "{told}");
    assert_eq!(t.bodies.lock().unwrap().len(), 5);
    app.assert_store_consistent();
}

#[tokio::test]
async fn webhook_targets_on_private_addresses_need_the_setting() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let c = channel(&owner, "ops", &[]).await;
    for url in [
        "http://example.com/x",
        "https://127.0.0.1/x",
        "https://10.1.2.3/x",
        "https://localhost:8443/x",
        "https://[::1]/x",
        "https://192.168.0.10/x",
    ] {
        owner
            .post(&format!("/api/channels/{c}/outgoing-webhooks"), json!({"trigger": "!go", "url": url}))
            .await
            .expect_error(422, "private_target");
    }
    owner
        .post(&format!("/api/channels/{c}/outgoing-webhooks"), json!({"trigger": "!go", "url": "ftp://example.com"}))
        .await
        .expect_error(422, "invalid_url");
    owner
        .post(
            &format!("/api/channels/{c}/outgoing-webhooks"),
            json!({"trigger": "two words", "url": "https://example.com"}),
        )
        .await
        .expect_error(422, "invalid_trigger");
    owner
        .post(
            &format!("/api/channels/{c}/outgoing-webhooks"),
            json!({"trigger": "!go", "url": "https://example.com/hook"}),
        )
        .await
        .expect(201);
    owner
        .post(
            &format!("/api/channels/{c}/outgoing-webhooks"),
            json!({"trigger": "!go", "url": "https://example.com/other"}),
        )
        .await
        .expect_error(409, "trigger_taken");
}
