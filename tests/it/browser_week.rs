//! The first week of a real team (issue 13), in real headless Chromium: what an Owner and an
//! invited colleague notice in their first days. Each test would fail on the code before it.
//!
//! With `UI_SHOTS=1` the tests also leave screenshots in `/tmp/bivouac-shots/`.

use std::time::Duration;

use fantoccini::Locator;
use fantoccini::key::Key;
use serde_json::json;

use crate::browser::{Browser, js, name_of, shot, sign_in_live, wait_js, wait_js_for};
use crate::helpers::{TestApp, User, next_n, send, spawn};

/// Signs `b` in and waits for the shell (the person menu in the rail) and the live connection.
async fn channel(owner: &User, name: &str, members: &[&str], private: bool) -> String {
    let r =
        owner.post("/api/channels", json!({"name": name, "private": private, "members": members})).await.expect(201);
    r.body["id"].as_str().unwrap().to_string()
}

async fn post(u: &User, cid: &str, body: &str) -> String {
    let r = u
        .post(&format!("/api/channels/{cid}/messages"), json!({"client_id": format!("w{}", next_n()), "body": body}))
        .await
        .expect(201);
    r.body["id"].as_str().unwrap().to_string()
}

async fn reply(u: &User, cid: &str, root: &str, body: &str) -> String {
    let r = u
        .post(
            &format!("/api/channels/{cid}/messages"),
            json!({"client_id": format!("w{}", next_n()), "body": body, "thread_root": root}),
        )
        .await
        .expect(201);
    r.body["id"].as_str().unwrap().to_string()
}

/// The unread count the server holds for `u` in chat `cid`.
/// Clicks the first element matching `css` whose text contains `text`, through the page (a toast
/// over it, or a redraw since it was found, does not get in the way).
async fn press(b: &Browser, css: &str, text: &str) {
    b.find_text(css, text).await;
    let script = format!(
        "const el = [...document.querySelectorAll({css:?})].find((e) => e.textContent.includes({text:?})); el.click(); return true"
    );
    js(b, &script).await;
}

async fn server_unread(u: &User, cid: &str) -> u64 {
    u.get(&format!("/api/channels/{cid}")).await.expect(200).body["unread"].as_u64().unwrap()
}

// ----- 1. Messages read live stay read

#[tokio::test]
#[cfg_attr(
    no_chromedriver,
    ignore = "needs chromium and chromedriver (apt-get install chromium chromium-driver; CI has them)"
)]
async fn messages_read_live_stay_read_after_a_reload_and_on_every_device() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let emma = app.add_member(&owner, "employee", "Emma").await;
    let cid = channel(&owner, &format!("reading-{}", next_n()), &[&emma.id], false).await;
    post(&owner, &cid, "Sent before Emma looked").await;
    assert_eq!(server_unread(&emma, &cid).await, 1);
    let Some(desk) = Browser::start().await else { return };
    let Some(phone) = Browser::start_with(&["--window-size=390,844"]).await else { return };

    // Loading straight into the chat, with the window focused, marks it read.
    sign_in_live(&app, &desk, &emma.email, &emma.password).await;
    desk.goto(&app.url(&format!("/c/{cid}"))).await;
    desk.find_text(".chat-scroll .msg-body", "Sent before Emma looked").await;
    crate::helpers::eventually(10, || async { (server_unread(&emma, &cid).await == 0).then_some(()) }).await;

    // Her phone shows the chat list.
    sign_in_live(&app, &phone, &emma.email, &emma.password).await;
    let row_badge = format!("return !!document.querySelector('.chat-item[data-chat=\"{cid}\"] .badge')");
    wait_js(&phone, &row_badge, json!(false)).await;

    // A message arrives while she looks at the chat on her desk: she has read it. The server's
    // read position follows, and her phone's badge, raised by the message, goes away again.
    post(&owner, &cid, "Read live on the desk").await;
    desk.find_text(".chat-scroll .msg-body", "Read live on the desk").await;
    crate::helpers::eventually(10, || async { (server_unread(&emma, &cid).await == 0).then_some(()) }).await;
    wait_js(&phone, &row_badge, json!(false)).await;
    wait_js(&phone, "return document.title.startsWith('(')", json!(false)).await;

    // After a reload the message is not unread, and no "New messages" line is misplaced.
    desk.c.refresh().await.unwrap();
    desk.find_text(".chat-scroll .msg-body", "Read live on the desk").await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(js(&desk, "return document.querySelectorAll('.new-line').length").await, json!(0));
    assert_eq!(server_unread(&emma, &cid).await, 0);
    desk.close().await;
    phone.close().await;
}

// ----- 2. Thread mentions and unreads count everywhere

#[tokio::test]
#[cfg_attr(
    no_chromedriver,
    ignore = "needs chromium and chromedriver (apt-get install chromium chromium-driver; CI has them)"
)]
async fn thread_and_folder_unreads_and_mentions_reach_the_title_the_rail_and_the_threads_row() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let emma = app.add_member(&owner, "employee", "Emma").await;
    let cid = channel(&owner, &format!("counts-{}", next_n()), &[&emma.id], false).await;
    let root = post(&emma, &cid, "Emma asks something").await;
    emma.post("/api/folders", json!({"name": "Work", "items": [cid]})).await.expect(201);
    // Emma reads everything there is, then looks at her home screen.
    emma.post(&format!("/api/channels/{cid}/read"), json!({"message_id": root})).await.expect(200);
    let Some(b) = Browser::start().await else { return };
    sign_in_live(&app, &b, &emma.email, &emma.password).await;
    b.find(".chat-sidebar .threads-item").await;
    wait_js(&b, "return document.title", json!("Chats · Bivouac")).await;

    // A mention in the channel: the folder counts it, live.
    post(&owner, &cid, &format!("<@{}> see the folder", emma.id)).await;
    b.find_text(".folder-toggle .badge.mention", "@1").await;
    b.find_text(".folder-toggle .badge.unread", "1").await;

    // A reply in her thread that mentions her: the server says mentions 1 ...
    reply(&owner, &cid, &root, &format!("<@{}> answered in the thread", emma.id)).await;
    let threads = emma.get("/api/threads").await.expect(200);
    assert_eq!(threads.body["threads"][0]["mentions"], 1, "{}", threads.text);
    // ... and so do the Threads row (a mention, not a plain count), the rail and the tab title,
    // which add the thread to the chats: 2 unread, 2 mentions.
    b.find_text(".threads-item .badge.mention", "@1").await;
    b.find_text(".rail-btn[data-section=chats] .badge.mention", "@2").await;
    wait_js(&b, "return document.title", json!("(@ 2) Chats · Bivouac")).await;
    let label = js(&b, "return document.querySelector('.threads-item').getAttribute('aria-label')").await;
    assert_eq!(label, json!("Threads, 1 unread, 1 mention"));
    shot(&b, "thread-counts").await;
    b.close().await;
}

// ----- 3. Role changes ask once; whoever is signed out by one sees why

#[tokio::test]
#[cfg_attr(
    no_chromedriver,
    ignore = "needs chromium and chromedriver (apt-get install chromium chromium-driver; CI has them)"
)]
async fn a_role_change_asks_naming_the_effect_and_the_person_signed_out_sees_why() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let ivan = app.add_member(&owner, "admin", "Ivan").await;
    let Some(ob) = Browser::start().await else { return };
    let Some(ib) = Browser::start().await else { return };
    sign_in_live(&app, &ob, "owner@example.com", "owner-password").await;
    sign_in_live(&app, &ib, &ivan.email, &ivan.password).await;

    ob.goto(&app.url("/admin/people")).await;
    let select_css = format!("tr[data-person-id='{}'] select[aria-label^='Role of']", ivan.id);
    let select = ob.find(&select_css).await;
    // Owner is not one pick away in the select.
    let offered =
        js(&ob, &format!("return [...document.querySelector(\"{select_css}\").options].map(o => o.value)")).await;
    assert_eq!(offered, json!(["admin", "integrator", "employee", "freelancer"]));

    // A change asks first, naming what it means; Cancel leaves everything as it was.
    select.select_by_value("employee").await.unwrap();
    ob.find_text("dialog[open] h2", &format!("Make {} an employee?", name_of(&ivan))).await;
    let text = ob.find("dialog[open] p").await.text().await.unwrap();
    assert!(text.contains("will see everyone in the directory"), "{text}");
    assert!(text.contains("signed out everywhere"), "a demotion says it signs out: {text}");
    shot(&ob, "role-confirm").await;
    ob.click_text("dialog[open] button", "Cancel").await;
    ob.gone("dialog[open]").await;
    wait_js(&ob, &format!("return document.querySelector(\"{select_css}\").value"), json!("admin")).await;
    assert_eq!(owner.get(&format!("/api/people/{}", ivan.id)).await.body["role"], "admin");

    // Confirmed, it happens, and Ivan's open page sends him to sign in, saying why.
    ob.find(&select_css).await.select_by_value("employee").await.unwrap();
    ob.click("dialog[open] button[type=submit]").await;
    ob.find_text(".toast", "is now an employee").await;
    ib.find_text(".auth-card [role=alert]", "Your role was changed by Olga Owner — sign in again.").await;
    shot(&ib, "signed-out-why").await;

    // Making someone an owner is its own menu item with its own question.
    ob.click(&format!("button[aria-label='Actions for {}']", name_of(&ivan))).await;
    ob.click_text(".menu button", "Make an owner too").await;
    let q = ob.find("dialog[open] h2").await.text().await.unwrap();
    assert_eq!(q, format!("Make {} an owner too?", name_of(&ivan)));
    ob.click_text("dialog[open] button", "Cancel").await;
    assert_eq!(owner.get(&format!("/api/people/{}", ivan.id)).await.body["role"], "employee");
    ob.close().await;
    ib.close().await;
}

// ----- 4. Long names: no screen scrolls sideways, at phone and desktop widths, light and dark

/// Everything on the page that spills sideways: the page itself wider than the window, any box
/// wider than the window, and text that runs out of a box that does not clip it (a button whose
/// label runs past its edge, white on white).
pub const OVERFLOW: &str = r#"
const vw = document.documentElement.clientWidth;
const out = [];
const name = (el) => {
  const cls = typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).join('.') : '';
  return `${el.tagName.toLowerCase()}${cls} "${(el.textContent || '').trim().slice(0, 50)}"`;
};
if (document.documentElement.scrollWidth > vw + 1) {
  const far = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > vw + 1)
    .filter((e) => !e.parentElement || e.parentElement.getBoundingClientRect().right <= vw + 1).slice(0, 3).map(name);
  out.push(`the page is ${document.documentElement.scrollWidth}px wide in a ${vw}px window (past the edge: ${far.join('; ')})`);
}
const clips = (el) => {
  for (let a = el.parentElement; a; a = a.parentElement) {
    const s = getComputedStyle(a);
    if (s.overflowX !== 'visible') return true;
  }
  return false;
};
for (const el of document.querySelectorAll('body *')) {
  if (el.closest('svg')) continue;
  const s = getComputedStyle(el);
  if (s.display === 'none' || s.visibility === 'hidden') continue;
  const r = el.getBoundingClientRect();
  if (!r.width || !r.height) continue;
  if (r.width > vw + 1) out.push(`${name(el)} is ${Math.round(r.width)}px wide`);
  else if (r.right > vw + 1 && !clips(el)) out.push(`${name(el)} reaches ${Math.round(r.right)}px`);
  const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
  if (ownText && s.overflowX === 'visible' && s.display !== 'inline' && el.clientWidth && el.scrollWidth > el.clientWidth + 2) {
    out.push(`the text of ${name(el)} runs out of its box (${el.scrollWidth}px in ${el.clientWidth}px)`);
  }
}
return [...new Set(out)].slice(0, 12);
"#;

/// 60 characters: the company, a person, a channel; and an unbroken word.
const COMPANY: &str = "Vereinigte Seilerei- und Bergsteigerbedarfsgesellschaft Nord";
const FIRST: &str = "Maximiliane-Konstanze";
const LAST: &str = "von Hohenzollern-Sigmaringen-Oberlausitz";
const CHANNEL: &str = "quarterly-planning-for-the-northern-european-sales-territory";
const UNBROKEN: &str = "Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenberechnungsformular";

struct LongWorld {
    app: TestApp,
    cid: String,
    root: String,
    invite_token: String,
    person: String,
}

async fn long_world() -> LongWorld {
    let app = spawn().await;
    let client = app.client();
    let r = send(
        &client,
        "POST",
        &app.url("/api/setup"),
        Some(json!({"token": app.setup_token(), "first_name": FIRST, "last_name": LAST, "email": "owner@example.com",
            "password": "owner-password", "company_name": COMPANY})),
        None,
    )
    .await
    .expect(201);
    let owner = User::from_session(client, &app.url(""), &r, "owner-password");
    let emma = app.add_member(&owner, "employee", "Emma").await;
    owner
        .patch(&format!("/api/people/{}", emma.id), json!({"first_name": "Alexandrina-Wilhelmina", "last_name": "Featherstonehaugh-Cholmondeley-Marjoribanks", "title": UNBROKEN}))
        .await
        .expect(200);
    let dept = owner.post("/api/departments", json!({"name": format!("{UNBROKEN} department")})).await.expect(201);
    owner.post("/api/departments", json!({"name": COMPANY, "parent_id": dept.body["id"]})).await.expect(201);
    let cid = channel(&owner, CHANNEL, &[&emma.id], true).await;
    owner
        .patch(&format!("/api/channels/{cid}"), json!({"description": format!("{UNBROKEN} {UNBROKEN}")}))
        .await
        .expect(200);
    let root =
        post(&emma, &cid, &format!("{UNBROKEN}{UNBROKEN} https://example.com/{UNBROKEN}/{UNBROKEN}?q={UNBROKEN}"))
            .await;
    reply(&owner, &cid, &root, &format!("**{UNBROKEN}** `{UNBROKEN}{UNBROKEN}`")).await;
    owner.post("/api/chats", json!({"person_ids": [emma.id]})).await;
    // An invitation not yet accepted, for the invitation page, with a long company and name.
    app.invite(&owner, FIRST, LAST, "maximiliane.von.hohenzollern-sigmaringen@example.com", "employee").await;
    let invite_token =
        app.smtp.wait_for("maximiliane.von.hohenzollern-sigmaringen@example.com", 1).await.token("/invite");
    LongWorld { app, cid, root, invite_token, person: emma.id }
}

/// Checks the page now; `what` names it in the report.
async fn no_overflow(b: &Browser, what: &str, problems: &mut Vec<String>) {
    tokio::time::sleep(Duration::from_millis(250)).await;
    let found = js(b, OVERFLOW).await;
    for p in found.as_array().unwrap() {
        problems.push(format!("{what}: {}", p.as_str().unwrap()));
    }
    shot(b, &what.replace([' ', '/', ','], "-")).await;
}

async fn check_every_screen(w: &LongWorld, b: &Browser, mode: &str, problems: &mut Vec<String>) {
    let app = &w.app;
    for (wd, ht) in [(390, 844), (1440, 900)] {
        b.c.set_window_size(wd, ht).await.unwrap();
        let at = |s: &str| format!("{s} at {wd}px, {mode}");
        // Before signing in.
        let _ = js(b, "return fetch('/api/session', {method: 'DELETE'}).then(() => true)").await;
        b.c.delete_all_cookies().await.unwrap();
        b.goto(&app.url(&format!("/invite?token={}", w.invite_token))).await;
        b.find_text(".auth-card h1", "Join").await;
        no_overflow(b, &at("invitation page"), problems).await;
        b.goto(&app.url("/login")).await;
        b.find("input[name=email]").await;
        b.click("form button[type=submit]").await;
        no_overflow(b, &at("sign-in with errors"), problems).await;
        b.goto(&app.url("/forgot")).await;
        b.find("input[name=email]").await;
        no_overflow(b, &at("forgot password"), problems).await;
        // Signed in as the owner with the long name.
        b.goto(&app.url("/login")).await;
        b.fill("input[name=email]", "owner@example.com").await;
        b.fill("input[name=password]", "owner-password").await;
        b.click("form button[type=submit]").await;
        b.find(".rail .me-btn").await;
        for (path, ready) in [
            ("/".to_string(), ".home-empty"),
            (format!("/c/{}", w.cid), ".chat-view .composer-input"),
            (format!("/c/{}?thread={}", w.cid, w.root), ".thread-replies .msg-body"),
            ("/threads".to_string(), ".threads-page"),
            ("/people".to_string(), ".people-grid .person-card"),
            ("/people/structure".to_string(), ".tree-node"),
            ("/admin/people".to_string(), "tbody tr"),
            ("/admin/invitations".to_string(), "tbody tr"),
            ("/admin/audit".to_string(), "tbody tr"),
            ("/admin/mail".to_string(), ".card"),
            ("/admin/company".to_string(), "input[name=name]"),
            ("/me".to_string(), "input[name=first_name]"),
        ] {
            b.goto(&app.url(&path)).await;
            b.find(ready).await;
            no_overflow(b, &at(&path), problems).await;
        }
        // The chat's details panel, a person's card, the person menu and the New message dialog.
        b.goto(&app.url(&format!("/c/{}", w.cid))).await;
        press(b, ".members-btn", "").await;
        b.find(".panel .chat-details").await;
        no_overflow(b, &at("chat details"), problems).await;
        b.goto(&app.url("/people")).await;
        b.click(&format!(".person-card[data-person-id='{}']", w.person)).await;
        b.find(".panel .person-panel").await;
        no_overflow(b, &at("person card"), problems).await;
        b.click(".rail .me-btn").await;
        b.find(".person-menu").await;
        no_overflow(b, &at("person menu"), problems).await;
        b.c.active_element().await.unwrap().send_keys(&Key::Escape.to_string()).await.unwrap();
        b.goto(&app.url("/")).await;
        b.find(".home-actions").await;
        // (On a phone the home screen is the chat list; the button is behind it.)
        js(b, "[...document.querySelectorAll('.home-actions button')].find((e) => e.textContent.includes('New message')).click(); return true").await;
        b.find("dialog[open] .picker-option").await;
        no_overflow(b, &at("new message"), problems).await;
    }
}

#[tokio::test]
#[cfg_attr(
    no_chromedriver,
    ignore = "needs chromium and chromedriver (apt-get install chromium chromium-driver; CI has them)"
)]
async fn long_names_never_push_a_screen_sideways_on_a_phone_or_a_desktop_light_or_dark() {
    let w = long_world().await;
    let mut problems = Vec::new();
    for mode in ["light", "dark"] {
        let args: &[&str] = if mode == "dark" { &["--force-dark-mode"] } else { &[] };
        let Some(b) = Browser::start_with(args).await else { return };
        b.goto(&w.app.url("/login")).await;
        let dark = js(&b, "return matchMedia('(prefers-color-scheme: dark)').matches").await;
        assert_eq!(dark, json!(mode == "dark"), "the browser is in {mode} mode");
        check_every_screen(&w, &b, mode, &mut problems).await;
        b.close().await;
    }
    assert!(problems.is_empty(), "{} overflows:\n{}", problems.len(), problems.join("\n"));
}

// ----- 5. The keyboard in "New message", in editing, and along the messages

#[tokio::test]
#[cfg_attr(
    no_chromedriver,
    ignore = "needs chromium and chromedriver (apt-get install chromium chromium-driver; CI has them)"
)]
async fn new_message_opens_with_enter_and_editing_and_tabbing_stay_keyboard_friendly() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let ivan = app.add_member(&owner, "employee", "Ivan").await;
    app.add_member(&owner, "employee", "Ivy").await;
    let Some(b) = Browser::start().await else { return };
    sign_in_live(&app, &b, "owner@example.com", "owner-password").await;

    // Enter picks the highlighted person and clears the search; Enter again opens the chat.
    b.click_text(".home-actions button", "New message").await;
    let input = b.find("dialog[open] input[role=combobox]").await;
    input.send_keys("Ivan").await.unwrap();
    b.find_text("dialog[open] .picker-option.active", "Ivan Tester").await;
    input.send_keys(&Key::Enter.to_string()).await.unwrap();
    b.find_text("dialog[open] .picker-chips", "Ivan Tester").await;
    wait_js(&b, "return document.querySelector('dialog[open] input[role=combobox]').value", json!("")).await;
    b.find("dialog[open] .picker-option").await;
    input.send_keys(&Key::Enter.to_string()).await.unwrap();
    b.gone("dialog[open]").await;
    b.find_text(".main-head h1", &name_of(&ivan)).await;
    b.find(".chat-view .composer-input").await;

    // Three messages; each costs one Tab stop.
    let composer = b.find(".chat-view .composer-input").await;
    for text in ["first", "second", "third"] {
        composer.send_keys(text).await.unwrap();
        composer.send_keys(&Key::Enter.to_string()).await.unwrap();
        b.find_text(".chat-scroll .msg-body", text).await;
    }
    b.gone(".chat-scroll .msg.local").await;
    let stops = js(
        &b,
        "return [...document.querySelectorAll('.chat-scroll .msg')].map((m) => [...m.querySelectorAll('a[href], button, input, textarea, select, [tabindex]')]
            .filter((e) => e.tabIndex >= 0 && !e.disabled).length)",
    )
    .await;
    assert_eq!(stops, json!([1, 1, 1]), "Tab stops per message");

    // Up edits the last message; Esc leaves the edit and puts the focus back in the composer.
    composer.click().await.unwrap();
    composer.send_keys(&Key::Up.to_string()).await.unwrap();
    b.find(".chat-scroll textarea.edit-input").await;
    b.c.active_element().await.unwrap().send_keys(&Key::Escape.to_string()).await.unwrap();
    b.gone(".chat-scroll textarea.edit-input").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let focused = js(&b, "return document.activeElement.classList.contains('composer-input')").await;
    assert_eq!(focused, json!(true), "the composer has the focus after Esc");
    b.close().await;
}

// ----- 6. Long names in headers, cards and panels; a private channel's lock

#[tokio::test]
#[cfg_attr(
    no_chromedriver,
    ignore = "needs chromium and chromedriver (apt-get install chromium chromium-driver; CI has them)"
)]
async fn long_names_show_whole_in_the_header_the_panel_and_people_cards() {
    let w = long_world().await;
    let app = &w.app;
    let Some(b) = Browser::start_with(&["--window-size=1440,900"]).await else { return };
    sign_in_live(app, &b, "owner@example.com", "owner-password").await;
    b.goto(&app.url(&format!("/c/{}", w.cid))).await;
    b.find(".chat-view .composer-input").await;

    // The header is the chat's: the whole name fits, with the lock the sidebar shows, no "#".
    b.find_text(".main-head h1 .title-text", CHANNEL).await;
    let fits = "const t = document.querySelector('.main-head h1 .title-text'); return t.scrollWidth <= t.clientWidth";
    assert_eq!(js(&b, fits).await, json!(true), "the title is not cut");
    b.find(".main-head h1 .title-icon[aria-label='Private channel']").await;
    assert!(
        !js(&b, "return document.querySelector('.main-head h1').textContent").await.as_str().unwrap().contains('#')
    );
    b.find(&format!(".chat-item[data-chat='{}'] .icon-svg", w.cid)).await;
    // Neither the person's name nor the company repeats in the header.
    let head = js(&b, "return document.querySelector('.main-head').textContent").await;
    assert!(!head.as_str().unwrap().contains(COMPANY) && !head.as_str().unwrap().contains(LAST), "{head}");
    // The company heads the sidebar.
    b.find_text(".sidebar-head .company-name", COMPANY).await;

    // The side panel shows the whole name (on two lines if it must).
    press(&b, ".members-btn", "").await;
    b.find_text(".panel-head h2 .title-text", CHANNEL).await;
    let whole = "const t = document.querySelector('.panel-head h2 .title-text');
        return [t.scrollWidth, t.clientWidth, t.scrollHeight, t.clientHeight]";
    let [sw, cw, sh, ch] = serde_json::from_value::<[i64; 4]>(js(&b, whole).await).unwrap();
    assert!(sw <= cw && sh <= ch + 1, "the panel's title is not cut: {sw}x{sh} in {cw}x{ch}");

    // People cards show whole names.
    b.goto(&app.url("/people")).await;
    let card = format!(".person-card[data-person-id='{}'] strong", w.person);
    b.find_text(&card, "Featherstonehaugh-Cholmondeley-Marjoribanks").await;
    let shown = format!(
        "const t = document.querySelector(\"{card}\"); return t.scrollWidth <= t.clientWidth && t.scrollHeight <= t.clientHeight + 1"
    );
    assert_eq!(js(&b, &shown).await, json!(true), "the card shows the whole name");
    shot(&b, "long-names").await;
    b.close().await;
}

// ----- 7. Forms with every error at once; messages sent offline go out when back

#[tokio::test]
#[cfg_attr(
    no_chromedriver,
    ignore = "needs chromium and chromedriver (apt-get install chromium chromium-driver; CI has them)"
)]
async fn forms_show_every_error_beside_its_field_and_offline_messages_retry_by_themselves() {
    let mut app = spawn().await;
    let Some(b) = Browser::start().await else { return };
    let link = std::fs::read_to_string(app.dir.path().join("setup-link.txt")).unwrap();

    // The empty setup form: every field says what it needs, at once; no banner.
    b.goto(link.trim()).await;
    b.click("form button[type=submit]").await;
    let errors = "return [...document.querySelectorAll('.field-error')].map((e) => e.textContent).filter(Boolean)";
    wait_js(
        &b,
        errors,
        json!([
            "Enter the name of your company (or team).",
            "Enter your first name.",
            "Enter your last name.",
            "Enter an email address.",
            "The password must have at least 8 characters."
        ]),
    )
    .await;
    assert_eq!(js(&b, "return document.querySelector('form .alert').hidden").await, json!(true));
    shot(&b, "setup-errors").await;

    // An empty sign-in says which field is empty.
    let owner = app.create_owner().await;
    b.goto(&app.url("/login")).await;
    b.click("form button[type=submit]").await;
    wait_js(&b, errors, json!(["Enter the email address you sign in with.", "Enter your password."])).await;
    b.fill("input[name=email]", "owner@example.com").await;
    b.click("form button[type=submit]").await;
    wait_js(&b, errors, json!(["Enter your password."])).await;

    // A message written while the server is away goes out by itself once it is back.
    b.fill("input[name=password]", "owner-password").await;
    b.click("form button[type=submit]").await;
    b.find(".rail .me-btn").await;
    let cid = channel(&owner, "offline", &[], false).await;
    b.goto(&app.url(&format!("/c/{cid}"))).await;
    b.find(".chat-view .composer-input").await;
    b.find("html[data-live=open]").await;
    app.stop().await;
    let composer = b.find(".chat-view .composer-input").await;
    composer.send_keys("written while offline").await.unwrap();
    composer.send_keys(&Key::Enter.to_string()).await.unwrap();
    b.find_text(".chat-scroll .msg.local.failed", "written while offline").await;
    app.restart().await;
    // The live connection comes back after its backoff; the message goes out without a click.
    wait_js_for(&b, 40, "return !document.querySelector('.chat-scroll .msg.local')", json!(true)).await;
    let page = owner.get(&format!("/api/channels/{cid}/messages")).await.expect(200);
    let bodies: Vec<&str> =
        page.body["messages"].as_array().unwrap().iter().map(|m| m["body"].as_str().unwrap()).collect();
    assert_eq!(bodies, vec!["written while offline"]);
    b.close().await;
}

// ----- 8 and 9. Onboarding and the everyday basics

#[tokio::test]
#[cfg_attr(
    no_chromedriver,
    ignore = "needs chromium and chromedriver (apt-get install chromium chromium-driver; CI has them)"
)]
async fn a_new_workspace_starts_with_general_invites_the_team_and_has_the_everyday_basics() {
    let app = spawn().await;
    let Some(b) = Browser::start().await else { return };
    let link = std::fs::read_to_string(app.dir.path().join("setup-link.txt")).unwrap();
    b.goto(link.trim()).await;
    b.fill("input[name=company]", "Acme Rope Works").await;
    b.fill("input[name=first_name]", "Olga").await;
    b.fill("input[name=last_name]", "Owner").await;
    b.fill("input[name=email]", "olga@example.com").await;
    b.fill("input[name=password]", "a long enough password").await;
    b.click("form button[type=submit]").await;

    // The empty workspace's first screen offers to invite the team; #general is there.
    b.find_text(".home-actions button.primary", "Invite your team").await;
    b.gone(".home-actions button.primary[aria-label='New message']").await;
    assert!(
        !js(&b, "return document.querySelector('.home-actions').textContent")
            .await
            .as_str()
            .unwrap()
            .contains("New message")
    );
    b.find_text(".chat-sidebar .chat-item", "general").await;
    shot(&b, "first-screen").await;

    b.click_text(".home-actions button", "Invite your team").await;
    b.fill("dialog input[name=first_name]", "Carla").await;
    b.fill("dialog input[name=last_name]", "Colleague").await;
    b.fill("dialog input[name=email]", "carla@example.com").await;
    b.click("dialog button[type=submit]").await;
    b.gone("dialog[open]").await;
    let token = app.smtp.wait_for("carla@example.com", 1).await.token("/invite");
    let Some(c) = Browser::start().await else { return };
    c.goto(&app.url(&format!("/invite?token={token}"))).await;
    c.fill("input[name=password]", "carla-password").await;
    c.fill("input[name=password_repeat]", "carla-password").await;
    c.click("form button[type=submit]").await;
    // Carla starts in #general.
    c.find_text(".chat-sidebar .chat-item", "general").await;

    // A person's card has "Message": it opens the direct chat.
    b.goto(&app.url("/people")).await;
    b.click_text(".person-card", "Carla Colleague").await;
    b.click_text(".panel button", "Message").await;
    b.find_text(".main-head h1", "Carla Colleague").await;
    b.find(".chat-view .composer-input").await;
    assert!(b.c.current_url().await.unwrap().path().starts_with("/c/"));

    // Everyone changes their own name, title and password from the person menu.
    c.click(".rail .me-btn").await;
    c.click_text(".person-menu button", "Your account").await;
    c.fill("input[name=title]", "Rope tester").await;
    press(&c, "form[aria-label='Your name and job title'] button", "Save").await;
    c.find_text(".toast", "saved").await;
    c.fill("input[name=current_password]", "not my password").await;
    c.fill("input[name=password]", "carla-new-password").await;
    c.fill("input[name=password_repeat]", "carla-new-password").await;
    press(&c, "form[aria-label='Change your password'] button", "Change password").await;
    c.find_text(".field-error", "current password is not right").await;
    c.fill("input[name=current_password]", "carla-password").await;
    press(&c, "form[aria-label='Change your password'] button", "Change password").await;
    c.find_text("form[aria-label='Change your password'] .alert.success", "password is changed").await;
    shot(&c, "account").await;
    let carla = app.login("carla@example.com", "carla-new-password").await.expect("the new password works");
    assert_eq!(carla.person["title"], "Rope tester");

    // The Owner renames the company and picks a bright yellow: the buttons stay readable.
    b.click(".rail .me-btn").await;
    b.click_text(".person-menu button", "Company name and colour").await;
    b.fill("input[name=name]", "Acme Ropes and Knots").await;
    b.fill("input[name=accent_color]", "#ffff00").await;
    press(&b, "form button", "Save").await;
    b.find_text(".toast", "saved").await;
    b.find_text(".sidebar-head .company-name", "Acme Ropes and Knots").await;
    let contrast = r#"
        const lum = (c) => { const [r, g, b] = c.match(/\d+/g).slice(0, 3).map(Number).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
            return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
        const btn = document.querySelector('form .btn.primary');
        const s = getComputedStyle(btn);
        const [a, b] = [lum(s.backgroundColor), lum(s.color)];
        return [s.backgroundColor !== 'rgb(15, 118, 110)', (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) >= 4.5];
    "#;
    wait_js(&b, contrast, json!([true, true])).await;
    shot(&b, "company-colour").await;
    b.close().await;
    c.close().await;
}

#[tokio::test]
#[cfg_attr(
    no_chromedriver,
    ignore = "needs chromium and chromedriver (apt-get install chromium chromium-driver; CI has them)"
)]
async fn department_counts_on_the_people_pages_include_sub_departments() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let sales = owner.post("/api/departments", json!({"name": "Sales"})).await.expect(201).body["id"].clone();
    let emea = owner.post("/api/departments", json!({"name": "EMEA", "parent_id": sales})).await.expect(201).body["id"]
        .clone();
    for (n, dep) in [("Ann", &sales), ("Bob", &emea), ("Cid", &emea)] {
        let p = app.add_member(&owner, "employee", n).await;
        owner.patch(&format!("/api/people/{}", p.id), json!({"departments": [dep]})).await.expect(200);
    }
    let Some(b) = Browser::start().await else { return };
    sign_in_live(&app, &b, "owner@example.com", "owner-password").await;
    b.goto(&app.url("/people")).await;
    let count = format!(".sidebar a[href='/people?department={}'] .count", sales.as_str().unwrap());
    b.find_text(&count, "3").await;
    b.goto(&app.url("/people/structure")).await;
    b.find_text(".tree-node .member-count", "3 in it and its sub-departments (1 directly)").await;
    b.close().await;
}

/// README's path without a mail server: invite, copy the link, and the colleague joins with it.
#[tokio::test]
#[cfg_attr(
    no_chromedriver,
    ignore = "needs chromium and chromedriver (apt-get install chromium chromium-driver; CI has them)"
)]
async fn without_a_mail_server_the_owner_hands_over_the_invitation_link() {
    let app = crate::helpers::spawn_with(|c| c.smtp.host = None).await;
    app.create_owner().await;
    let Some(b) = Browser::start().await else { return };
    sign_in_live(&app, &b, "owner@example.com", "owner-password").await;
    b.goto(&app.url("/admin/people")).await;
    b.click_text(".main-head button", "Invite people").await;
    b.fill("dialog input[name=first_name]", "Carla").await;
    b.fill("dialog input[name=last_name]", "Colleague").await;
    b.fill("dialog input[name=email]", "carla@example.com").await;
    b.click("dialog button[type=submit]").await;
    b.find_text(".toast", "copy its link").await;
    b.goto(&app.url("/admin/invitations")).await;
    b.click("button[aria-label='More actions for the invitation of Carla Colleague']").await;
    b.click_text(".menu button", "Copy invitation link").await;
    let input = b.find("dialog[open] input[name=invitation_link]").await;
    let link = input.prop("value").await.unwrap().unwrap();
    assert!(link.starts_with(&format!("{}/invite?token=", app.base)), "{link}");
    shot(&b, "invitation-link").await;
    let Some(c) = Browser::start().await else { return };
    c.goto(&link).await;
    c.fill("input[name=password]", "carla-password").await;
    c.fill("input[name=password_repeat]", "carla-password").await;
    c.click("form button[type=submit]").await;
    c.find(".rail .me-btn[title='Carla Colleague']").await;
    b.close().await;
    c.close().await;
}

// ----- 12. Opened at another address than base_url: the page says what to set

#[tokio::test]
#[cfg_attr(
    no_chromedriver,
    ignore = "needs chromium and chromedriver (apt-get install chromium chromium-driver; CI has them)"
)]
async fn a_page_opened_at_another_address_says_to_set_base_url() {
    let app = spawn().await;
    let Some(b) = Browser::start().await else { return };
    // The server thinks it is http://localhost:<port>; someone opens it by its IP address.
    let other = format!("http://127.0.0.1:{}", app.port);
    b.goto(&format!("{other}/")).await;
    let banner = b.find_text(".address-banner", "base_url").await.text().await.unwrap();
    assert!(banner.contains(&other) && banner.contains(&app.base), "{banner}");
    assert!(banner.contains(&format!("--base-url {other}")), "{banner}");
    shot(&b, "address-banner").await;
    // At its own address, no banner.
    b.goto(&app.url("/")).await;
    b.find(".auth-card").await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(b.c.find_all(Locator::Css(".address-banner")).await.unwrap().is_empty());
    b.close().await;
}

// ----- 11. The screenshot in README

/// README's picture: a workspace with a few people talking, at 1440×900, light mode. Every run
/// checks the scene renders (a thread open beside the channel); with `BIVOUAC_SCREENSHOT=1` it also
/// writes `docs/screenshot.png`: `BIVOUAC_SCREENSHOT=1 cargo test --test it screenshot`.
#[tokio::test]
#[cfg_attr(
    no_chromedriver,
    ignore = "needs chromium and chromedriver (apt-get install chromium chromium-driver; CI has them)"
)]
async fn screenshot() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    owner.patch("/api/workspace", json!({"name": "Acme Rope Works"})).await.expect(200);
    let people =
        [("Ivan", "Petrov", "Sales lead"), ("Mara", "Lindqvist", "Rope engineer"), ("Tom", "Okafor", "Support")];
    let mut users = Vec::new();
    for (first, last, title) in people {
        let u = app.add_member(&owner, "employee", first).await;
        u.patch("/api/me", json!({"last_name": last, "title": title})).await.expect(200);
        users.push(u);
    }
    let ids: Vec<&str> = users.iter().map(|u| u.id.as_str()).collect();
    let cid = channel(&owner, "rope-testing", &ids, false).await;
    owner
        .patch(&format!("/api/channels/{cid}"), json!({"description": "Break tests, knots and the lab schedule"}))
        .await
        .expect(200);
    channel(&owner, "sales", &ids, false).await;
    channel(&owner, "support", &ids, true).await;
    owner.post("/api/chats", json!({"person_ids": [users[0].id]})).await;
    post(&users[1], &cid, "Morning! The **11 mm dynamic** batch finished its drop tests overnight.").await;
    post(&users[1], &cid, "All 40 samples held past 9 kN; the report is in the lab folder.").await;
    let root = post(
        &users[0],
        &cid,
        &format!("Great news. <@{}>, can we quote the climbing gym in Lyon this week?", owner.id),
    )
    .await;
    reply(&owner, &cid, &root, "Yes, I will send the quote today.").await;
    reply(&users[2], &cid, &root, "They asked about delivery times too.").await;
    post(&users[2], &cid, "Reminder: `v2 knot guide` goes out to customers on Friday.").await;
    let Some(b) = Browser::start_with(&["--window-size=1440,900"]).await else { return };
    sign_in_live(&app, &b, "owner@example.com", "owner-password").await;
    b.goto(&app.url(&format!("/c/{cid}?thread={root}"))).await;
    b.find(".thread-replies .msg-body").await;
    b.find_text(".chat-scroll .msg-body", "Friday").await;
    tokio::time::sleep(Duration::from_millis(800)).await;
    let png = b.c.screenshot().await.unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "a PNG");
    let width = u32::from_be_bytes(png[16..20].try_into().unwrap());
    assert_eq!(width, 1440, "the picture is as wide as the window");
    if std::env::var("BIVOUAC_SCREENSHOT").is_ok_and(|v| v == "1") {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/screenshot.png");
        std::fs::create_dir_all(concat!(env!("CARGO_MANIFEST_DIR"), "/docs")).unwrap();
        std::fs::write(path, png).unwrap();
        eprintln!("wrote {path}");
    }
    b.close().await;
}
