//! The chats UI in a real browser: live chat between two people in a channel and a thread,
//! message text that stays text, and pins and folders that survive a reload (set through the
//! menus, HTML5 drag and drop and the keyboard).

use fantoccini::Locator;
use fantoccini::actions::{InputSource, MouseActions, PointerAction};
use fantoccini::elements::Element;
use fantoccini::key::Key;
use serde_json::{Value, json};

use crate::browser::{Browser, js, sign_in_live, wait_js};
use crate::helpers::{TestApp, User, next_n, spawn};

/// Signs `b` in and waits for the chats sidebar and the live connection.
/// Opens a chat by its address and waits until it is ready to write and live.
async fn open_chat(app: &TestApp, b: &Browser, id: &str) {
    b.goto(&app.url(&format!("/c/{id}"))).await;
    b.find(".chat-view .composer-input").await;
    b.find("html[data-live=open]").await;
}

/// Types `text` into the composer matched by `css` and presses Enter.
async fn send(b: &Browser, css: &str, text: &str) {
    let el = b.find(css).await;
    el.send_keys(text).await.unwrap();
    el.send_keys(&Key::Enter.to_string()).await.unwrap();
}

async fn hover(b: &Browser, el: &Element) {
    let a = MouseActions::new("mouse".into()).then(PointerAction::MoveToElement {
        element: el.clone(),
        duration: None,
        x: 0.0,
        y: 0.0,
    });
    b.c.perform_actions(a).await.unwrap();
}

async fn channel(owner: &User, name: &str, members: &[&str]) -> String {
    let r = owner.post("/api/channels", json!({"name": name, "private": false, "members": members})).await.expect(201);
    r.body["id"].as_str().unwrap().to_string()
}

#[tokio::test]
#[cfg_attr(
    no_chromedriver,
    ignore = "needs chromium and chromedriver (apt-get install chromium chromium-driver; CI has them)"
)]
async fn two_people_chat_live_in_a_channel_and_in_a_thread() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let emma = app.add_member(&owner, "employee", "Emma").await;
    let cid = channel(&owner, &format!("live-{}", next_n()), &[&emma.id]).await;
    let Some(olga) = Browser::start().await else {
        return;
    };
    let Some(eb) = Browser::start().await else {
        return;
    };
    sign_in_live(&app, &olga, "owner@example.com", "owner-password").await;
    sign_in_live(&app, &eb, &emma.email, &emma.password).await;
    open_chat(&app, &olga, &cid).await;
    open_chat(&app, &eb, &cid).await;

    // Each sees the other's message appear without a reload.
    send(&olga, ".chat-view .composer-input", "Hello from Olga").await;
    eb.find_text(".chat-scroll .msg-body", "Hello from Olga").await;
    send(&eb, ".chat-view .composer-input", "Hi Olga, Emma here").await;
    olga.find_text(".chat-scroll .msg-body", "Hi Olga, Emma here").await;
    // Both sent messages were acknowledged (no longer greyed as pending).
    olga.gone(".chat-scroll .msg.local").await;
    eb.gone(".chat-scroll .msg.local").await;

    // Olga opens the thread of Emma's message from its hover toolbar and replies there.
    let msg = olga.find_text(".chat-scroll .msg", "Emma here").await;
    hover(&olga, &msg).await;
    msg.find(Locator::Css("button[aria-label='Reply in thread']")).await.unwrap().click().await.unwrap();
    olga.find_text(".thread-root .msg-body", "Emma here").await;
    send(&olga, ".thread-view .composer-input", "Replying in the thread").await;
    olga.find_text(".thread-replies .msg-body", "Replying in the thread").await;

    // Emma sees the reply count under her message, opens the thread and sees the reply.
    eb.find_text(".chat-scroll .msg-replies", "1 reply").await;
    eb.click_text(".chat-scroll .msg-replies", "1 reply").await;
    eb.find_text(".thread-replies .msg-body", "Replying in the thread").await;
    // Emma answers in the thread: Olga sees it live in her open panel, and the count grows.
    send(&eb, ".thread-view .composer-input", "Answer in the thread").await;
    olga.find_text(".thread-replies .msg-body", "Answer in the thread").await;
    olga.find_text(".chat-scroll .msg-replies", "2 replies").await;
    eb.find_text(".chat-scroll .msg-replies", "2 replies").await;
    // Replies stay in the thread, not in the channel's history.
    let top =
        js(&olga, "return [...document.querySelectorAll('.chat-scroll .msg-body')].map(e => e.textContent).join('|')")
            .await;
    assert!(!top.as_str().unwrap().contains("Answer in the thread"), "a reply leaked into the channel: {top}");

    // Olga (the owner) moderates the channel: she may delete Emma's message. Emma may not delete
    // Olga's.
    let open_menu = |text: &str| {
        format!(
            "const row = [...document.querySelectorAll('.chat-scroll .msg')].find(m => m.textContent.includes('{text}'));
             row.querySelector('button.msg-more').click();
             return true;"
        )
    };
    js(&olga, &open_menu("Emma here")).await;
    olga.find_text(".menu button", "Delete message").await;
    js(&eb, &open_menu("Hello from Olga")).await;
    eb.find_text(".menu button", "Reply in thread").await;
    let menu = "return [...document.querySelectorAll('.menu button')].map(b => b.textContent)";
    assert_eq!(
        js(&eb, menu).await,
        json!(["Reply in thread", "Copy link to message", "Mark unread from here", "Remind me…"])
    );

    // The server has both replies under Emma's message.
    let page = owner.get(&format!("/api/channels/{cid}/messages")).await.expect(200);
    let root =
        page.body["messages"].as_array().unwrap().iter().find(|m| m["body"] == "Hi Olga, Emma here").unwrap().clone();
    assert_eq!(root["reply_count"], 2);
    olga.close().await;
    eb.close().await;
}

#[tokio::test]
#[cfg_attr(
    no_chromedriver,
    ignore = "needs chromium and chromedriver (apt-get install chromium chromium-driver; CI has them)"
)]
async fn message_text_stays_text_and_bold_renders_as_strong() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let cid = channel(&owner, &format!("text-{}", next_n()), &[]).await;
    let Some(b) = Browser::start().await else {
        return;
    };
    sign_in_live(&app, &b, "owner@example.com", "owner-password").await;
    open_chat(&app, &b, &cid).await;

    let evil = "<img src=x onerror=alert(1)>";
    send(&b, ".chat-view .composer-input", evil).await;
    b.find_text(".chat-scroll .msg-body", evil).await;
    // Once stored, the row is redrawn from the server's copy: read it after that.
    b.gone(".chat-scroll .msg.local").await;
    let body = b.find_text(".chat-scroll .msg-body", evil).await;
    assert_eq!(body.text().await.unwrap().trim(), evil);
    // No element was made from it: no <img> anywhere in the messages (an alert would also
    // have broken every later WebDriver command).
    assert!(b.c.find_all(Locator::Css(".messages img")).await.unwrap().is_empty());
    assert_eq!(js(&b, "return document.querySelectorAll('img').length").await, json!(0));

    send(&b, ".chat-view .composer-input", "this is **bold** and _slanted_ with `code`").await;
    b.find_text(".chat-scroll .msg-body", "this is").await;
    b.gone(".chat-scroll .msg.local").await;
    let strong = b.find_text(".chat-scroll .msg-body strong", "bold").await;
    assert_eq!(strong.text().await.unwrap(), "bold");
    b.find_text(".chat-scroll .msg-body em", "slanted").await;
    b.find_text(".chat-scroll .msg-body code", "code").await;
    let shown = b.find_text(".chat-scroll .msg-body", "this is").await.text().await.unwrap();
    assert_eq!(shown.trim(), "this is bold and slanted with code");

    // Stored as typed.
    let page = owner.get(&format!("/api/channels/{cid}/messages")).await.expect(200);
    let bodies: Vec<&str> =
        page.body["messages"].as_array().unwrap().iter().map(|m| m["body"].as_str().unwrap()).collect();
    assert_eq!(bodies, vec![evil, "this is **bold** and _slanted_ with `code`"]);

    // After a reload the history renders the same way.
    b.c.refresh().await.unwrap();
    b.find_text(".chat-scroll .msg-body", evil).await;
    b.find_text(".chat-scroll .msg-body strong", "bold").await;
    assert_eq!(js(&b, "return document.querySelectorAll('img').length").await, json!(0));
    b.close().await;
}

/// The ids of pinned chats and of each folder's chats, as the sidebar shows them.
const SIDEBAR_STATE: &str = "return {
  pinned: [...document.querySelectorAll('[data-drop=pinned] .chat-item')].map(a => a.dataset.chat),
  folders: Object.fromEntries([...document.querySelectorAll('.folder')].map(f =>
    [f.querySelector('.folder-toggle .name').textContent, [...f.querySelectorAll('.chat-item')].map(a => a.dataset.chat)])),
}";

#[tokio::test]
#[cfg_attr(
    no_chromedriver,
    ignore = "needs chromium and chromedriver (apt-get install chromium chromium-driver; CI has them)"
)]
async fn pins_and_folders_set_by_menu_drag_and_keyboard_survive_a_reload() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let n = next_n();
    let alpha = channel(&owner, &format!("alpha-{n}"), &[]).await;
    let beta = channel(&owner, &format!("beta-{n}"), &[]).await;
    let Some(b) = Browser::start().await else {
        return;
    };
    sign_in_live(&app, &b, "owner@example.com", "owner-password").await;

    // The chat list arrives in pages (a bare array, the next page named in X-Next-After): loading
    // it all follows them to the end, however small.
    let mut ids: Vec<Value> = owner.get("/api/channels?limit=200").await.expect(200).body.as_array().unwrap().clone();
    ids.sort_by_key(|c| c["id"].as_str().unwrap().to_string());
    let ids: Vec<Value> = ids.iter().map(|c| c["id"].clone()).collect();
    assert!(ids.len() >= 2);
    let all = "return import('/app/paged.js')
        .then(m => m.loadAll('/api/channels', null, {}, { limit: 1 }))
        .then(list => list.map(c => c.id).sort())";
    assert_eq!(js(&b, all).await, json!(ids));

    // Pin alpha from its "…" menu.
    let row = b.find(&format!(".chat-row[data-zone=channels][data-chat='{alpha}']")).await;
    hover(&b, &row).await;
    row.find(Locator::Css(".item-more")).await.unwrap().click().await.unwrap();
    b.click_text(".menu button", "Pin to top").await;
    b.find(&format!("[data-drop=pinned] .chat-item[data-chat='{alpha}']")).await;

    // Create a folder from the "+" menu.
    b.click(".sidebar-head button[aria-haspopup=menu]").await;
    b.click_text(".menu button", "New folder").await;
    b.fill("dialog input[name=name]", "Clients").await;
    b.click("dialog button[type=submit]").await;
    b.gone("dialog").await;
    b.find_text(".folder .folder-toggle", "Clients").await;

    // Drag beta onto the folder with HTML5 drag events.
    let dropped = js(&b, &format!(
        "const src = document.querySelector(\".chat-item[data-zone=channels][data-chat='{beta}']\");
         const folder = [...document.querySelectorAll('.folder')].find(f => f.textContent.includes('Clients'));
         const dst = folder.querySelector('.folder-head');
         const dt = new DataTransfer();
         const fire = (el, type) => el.dispatchEvent(new DragEvent(type, {{ bubbles: true, cancelable: true, dataTransfer: dt }}));
         fire(src, 'dragstart');
         fire(dst, 'dragenter');
         const accepted = !fire(dst, 'dragover');
         fire(dst, 'drop');
         fire(src, 'dragend');
         return accepted;"
    )).await;
    assert_eq!(dropped, json!(true), "the folder must accept the drop (dragover default prevented)");
    b.find(&format!(".folder .chat-item[data-zone=folder][data-chat='{beta}']")).await;

    // Reload: the pin and the folder with its chat are where they were.
    b.c.refresh().await.unwrap();
    b.find(&format!("[data-drop=pinned] .chat-item[data-chat='{alpha}']")).await;
    wait_js(&b, SIDEBAR_STATE, json!({"pinned": [alpha], "folders": {"Clients": [beta]}})).await;
    let s = owner.get("/api/sidebar").await.expect(200);
    assert_eq!(s.body["pinned_chats"], json!([alpha]));
    let folders = s.body["folders"].as_array().unwrap();
    assert_eq!(folders.len(), 1);
    assert_eq!(folders[0]["name"], "Clients");
    assert_eq!(folders[0]["items"], json!([beta]));

    // The keyboard way: Shift+F10 opens beta's menu, pin it; then Alt+Shift+Up moves it above alpha.
    b.keys(&format!(".folder .chat-item[data-chat='{beta}']"), &format!("{}{}", Key::Shift, Key::F10)).await;
    b.click_text(".menu button", "Pin to top").await;
    let pinned_beta = format!("[data-drop=pinned] .chat-item[data-chat='{beta}']");
    wait_js(&b, SIDEBAR_STATE, json!({"pinned": [alpha, beta], "folders": {"Clients": [beta]}})).await;
    b.keys(&pinned_beta, &format!("{}{}{}", Key::Alt, Key::Shift, Key::Up)).await;
    wait_js(&b, SIDEBAR_STATE, json!({"pinned": [beta, alpha], "folders": {"Clients": [beta]}})).await;
    // The moved item keeps the focus, so it can be moved again.
    wait_js(&b, "return document.activeElement.dataset.key", json!(format!("pinned:{beta}"))).await;

    // A second folder, reordered above the first by dragging its header, then back by keyboard.
    b.click(".sidebar-head button[aria-haspopup=menu]").await;
    b.click_text(".menu button", "New folder").await;
    b.fill("dialog input[name=name]", "Later").await;
    b.click("dialog button[type=submit]").await;
    b.find_text(".folder .folder-toggle", "Later").await;
    js(&b, "const heads = [...document.querySelectorAll('.folder')];
            const src = heads.find(f => f.textContent.includes('Later')).querySelector('.folder-toggle');
            const dst = heads.find(f => f.textContent.includes('Clients')).querySelector('.folder-head');
            const dt = new DataTransfer();
            const fire = (el, type) => el.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
            fire(src, 'dragstart'); fire(dst, 'dragover'); fire(dst, 'drop'); fire(src, 'dragend');
            return true;").await;
    let order = "return [...document.querySelectorAll('.folder .folder-toggle .name')].map(e => e.textContent)";
    wait_js(&b, order, json!(["Later", "Clients"])).await;
    b.keys(".folder-toggle[aria-label^='Folder Later']", &format!("{}{}{}", Key::Alt, Key::Shift, Key::Down)).await;
    wait_js(&b, order, json!(["Clients", "Later"])).await;

    b.c.refresh().await.unwrap();
    b.find(&pinned_beta).await;
    wait_js(&b, SIDEBAR_STATE, json!({"pinned": [beta, alpha], "folders": {"Clients": [beta], "Later": []}})).await;
    let s = owner.get("/api/sidebar").await.expect(200);
    assert_eq!(s.body["pinned_chats"], json!([beta, alpha]));
    let names: Vec<&str> = s.body["folders"].as_array().unwrap().iter().map(|f| f["name"].as_str().unwrap()).collect();
    assert_eq!(names, vec!["Clients", "Later"]);
    b.close().await;
}
