//! Notifications, presence and reactions in a real Chromium: the manifest and service worker
//! pass Chromium's own installability check and the offline page shows without a network;
//! presence reaches another browser; reactions added in one browser appear live in another.

use std::time::Duration;

use fantoccini::Locator;
use fantoccini::actions::{InputSource, MouseActions, PointerAction};
use serde_json::{Value, json};

use crate::browser::{Browser, sign_in_live};
use crate::helpers::{next_n, spawn};

/// A Chrome DevTools Protocol command, through chromedriver's `goog/cdp/execute`.
#[derive(Debug)]
struct Cdp(&'static str, Value);

impl fantoccini::wd::WebDriverCompatibleCommand for Cdp {
    fn endpoint(&self, base: &reqwest::Url, session: Option<&str>) -> Result<reqwest::Url, url_error::ParseError> {
        base.join(&format!("session/{}/goog/cdp/execute", session.unwrap_or("")))
    }

    fn method_and_body(&self, _: &reqwest::Url) -> (reqwest::Method, Option<String>) {
        (reqwest::Method::POST, Some(json!({"cmd": self.0, "params": self.1}).to_string()))
    }
}

mod url_error {
    pub type ParseError = <reqwest::Url as std::str::FromStr>::Err;
}

async fn js(b: &Browser, script: &str) -> Value {
    b.c.execute(script, vec![]).await.unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
}

async fn wait_js(b: &Browser, script: &str, want: Value) {
    let mut last = Value::Null;
    for _ in 0..300 {
        last = js(b, script).await;
        if last == want {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("{script}\nreturned {last}, expected {want}");
}

#[tokio::test]
#[cfg_attr(
    no_chromedriver,
    ignore = "needs chromium and chromedriver (apt-get install chromium chromium-driver; CI has them)"
)]
async fn the_app_is_installable_and_shows_its_offline_page() {
    let mut app = spawn().await;
    let owner = app.create_owner().await;
    let Some(b) = Browser::start().await else { return };
    sign_in_live(&app, &b, &owner.email, &owner.password).await;
    // The service worker takes control.
    wait_js(&b, "return !!navigator.serviceWorker.controller || (location.reload(), false)", json!(true)).await;
    b.find("html[data-live=open]").await;
    let errors = b.c.issue_cmd(Cdp("Page.getInstallabilityErrors", json!({}))).await.expect("CDP answers");
    let list = errors["installabilityErrors"].as_array().cloned().unwrap_or_default();
    assert!(list.is_empty(), "Chromium finds the app not installable: {errors}");
    let manifest = b.c.issue_cmd(Cdp("Page.getAppManifest", json!({}))).await.unwrap();
    assert!(manifest["url"].as_str().unwrap_or("").ends_with("/manifest.webmanifest"), "{manifest}");

    // The service worker keeps no API answer.
    let cached = js(
        &b,
        "const done = arguments[arguments.length - 1]; return caches.keys().then(async ks => { \
           const urls = []; for (const k of ks) { for (const r of await (await caches.open(k)).keys()) urls.push(r.url); } return urls; })",
    )
    .await;
    let urls: Vec<String> = serde_json::from_value(cached).unwrap_or_default();
    assert!(!urls.is_empty() && urls.iter().all(|u| !u.contains("/api/")), "{urls:?}");

    // The server cannot be reached: a page load shows the offline page, not the browser's error.
    app.stop().await;
    let _ = b.c.goto(&app.url("/people")).await;
    b.find_text("h1", "You are offline").await;
    b.close().await;
}

#[tokio::test]
#[cfg_attr(
    no_chromedriver,
    ignore = "needs chromium and chromedriver (apt-get install chromium chromium-driver; CI has them)"
)]
async fn presence_and_reactions_reach_another_browser_live() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let emma = app.add_member(&owner, "employee", "Emma").await;
    let c = owner.post("/api/channels", json!({"name": "lounge", "members": [emma.id]})).await.expect(201).body["id"]
        .as_str()
        .unwrap()
        .to_string();
    emma.post("/api/chats", json!({"person_ids": [owner.id]})).await.expect(201);
    let cid = format!("b{}", next_n());
    owner
        .post(&format!("/api/channels/{c}/messages"), json!({"client_id": cid, "body": "Friday demo?"}))
        .await
        .expect(201);

    let Some(eb) = Browser::start().await else { return };
    sign_in_live(&app, &eb, &emma.email, &emma.password).await;
    // Olga is offline; when she signs in, Emma sees her online.
    let dot = format!(".chat-sidebar [data-presence-of='{}']", owner.id);
    wait_js(&eb, &format!("return document.querySelector(\"{dot}\")?.dataset.presence || null"), json!("offline"))
        .await;
    let Some(ob) = Browser::start().await else { return };
    sign_in_live(&app, &ob, &owner.email, &owner.password).await;
    wait_js(&eb, &format!("return document.querySelector(\"{dot}\")?.dataset.presence || null"), json!("online")).await;

    // Emma reacts in her browser; Olga sees it live in hers.
    ob.goto(&app.url(&format!("/c/{c}"))).await;
    ob.find_text(".msg .msg-body", "Friday demo?").await;
    eb.goto(&app.url(&format!("/c/{c}"))).await;
    let row = eb.find_text(".msg", "Friday demo?").await;
    let hover = MouseActions::new("mouse".into()).then(PointerAction::MoveToElement {
        element: row.clone(),
        duration: None,
        x: 0.0,
        y: 0.0,
    });
    eb.c.perform_actions(hover).await.unwrap();
    eb.click(".msg .react-btn").await;
    eb.fill(".emoji-picker input", "thumbs").await;
    eb.click(".emoji-picker .emoji-cell").await;
    eb.find(".reaction.mine").await;
    let chip = ob.find(".msg .reaction").await;
    assert!(chip.text().await.unwrap().contains('1'));
    let label = chip.attr("aria-label").await.unwrap().unwrap_or_default();
    assert!(label.contains("Emma"), "who reacted is named: {label}");
    // Olga adds hers by clicking the chip: 2, live in Emma's browser too.
    chip.click().await.unwrap();
    wait_js(&eb, "return document.querySelector('.msg .reaction .count')?.textContent || null", json!("2")).await;
    assert!(ob.c.find(Locator::Css(".reaction.mine")).await.is_ok());
    eb.close().await;
    ob.close().await;
}

#[tokio::test]
#[cfg_attr(
    no_chromedriver,
    ignore = "needs chromium and chromedriver (apt-get install chromium chromium-driver; CI has them)"
)]
async fn status_settings_and_a_muted_chat_are_set_in_the_browser() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let c = owner.post("/api/channels", json!({"name": "noisy"})).await.expect(201).body["id"]
        .as_str()
        .unwrap()
        .to_string();
    let Some(b) = Browser::start().await else { return };
    sign_in_live(&app, &b, &owner.email, &owner.password).await;

    // Status, do-not-disturb and the email delay, through the dialog.
    b.click(".rail .me-btn").await;
    b.click_text(".menu button", "Status and notifications").await;
    b.fill(".notify-settings input[name=status_emoji]", "🌴").await;
    b.fill(".notify-settings input[name=status_text]", "On vacation until 12 Dec").await;
    js(
        &b,
        "const s = document.querySelector('.notify-settings select[name=email_delay]'); s.value = '60'; return true",
    )
    .await;
    b.click(".notify-settings button[type=submit]").await;
    b.gone("dialog[open]").await;
    let s = owner.get("/api/me/settings").await.expect(200);
    assert_eq!(s.body["status_text"], "On vacation until 12 Dec");
    assert_eq!(s.body["status_emoji"], "🌴");
    assert_eq!(s.body["notify"]["email_delay"], 60);

    // Muting a chat from its bell: the server has it, and it leaves the tab title's count.
    b.goto(&app.url(&format!("/c/{c}"))).await;
    b.find(".chat-view .composer-input").await;
    b.click(".notify-toggle").await;
    b.click_text(".menu button", "Nothing").await;
    wait_js(&b, "return document.querySelector('.notify-toggle')?.dataset.level || null", json!("none")).await;
    let view = owner.get(&format!("/api/channels/{c}")).await.expect(200);
    assert_eq!(view.body["notify"], "none");
    b.close().await;
}
