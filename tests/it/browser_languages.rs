//! Bivouac in Russian and German (issue 20), in real headless Chromium: a browser that reads the
//! language walks the main screens, signed out and signed in, at phone and desktop widths. On
//! every screen no English sentence of the catalogs is left (visible text, placeholders, labels
//! for screen readers and the tab title), and German and Russian words, which are long, push
//! nothing sideways.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use fantoccini::key::Key;
use serde_json::json;

use crate::browser::{Browser, js, shot};
use crate::browser_week::OVERFLOW;
use crate::helpers::{TestApp, User, next_n, send, spawn};

/// Key -> its message, one line per source line, from a catalog file.
fn messages(path: &str) -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(format!("{}/web/i18n/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    let mut key: Option<String> = None;
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !line.starts_with(char::is_whitespace)
            && let Some((k, v)) = line.split_once(" =")
        {
            key = Some(k.trim().to_string());
            out.insert(k.trim().to_string(), v.trim().to_string());
            continue;
        }
        if let Some(k) = &key {
            let e = out.get_mut(k).unwrap();
            e.push('\n');
            e.push_str(line.trim());
        }
    }
    out
}

/// The literal pieces of a message: its text with the placeables (`{ $name }`, selectors) cut
/// out, and variant markers (`[one]`) dropped.
fn pieces(message: &str) -> (Vec<String>, bool) {
    let mut out = Vec::new();
    let mut has_placeables = false;
    for line in message.lines() {
        let line = line.trim_start_matches('*');
        let line = if line.starts_with('[') { line.split_once(']').map_or("", |(_, r)| r) } else { line };
        let mut depth = 0;
        let mut cur = String::new();
        for ch in line.chars() {
            match ch {
                '{' => {
                    depth += 1;
                    has_placeables = true;
                    out.push(std::mem::take(&mut cur));
                }
                '}' => depth = 0_i32.max(depth - 1),
                _ if depth == 0 => cur.push(ch),
                _ => {}
            }
        }
        out.push(cur);
    }
    let out = out
        .into_iter()
        .map(|p| p.trim_matches(|c: char| c.is_whitespace() || ",.:;—–-()·".contains(c)).to_string())
        .filter(|p| p.chars().any(char::is_alphabetic))
        .collect();
    (out, has_placeables)
}

/// What counts as English left on a page in `lang`: whole texts (short messages without
/// placeables, such as a button's "Save") and sentence pieces (two words or more, at least ten
/// characters), taken from the English catalogs, except where the language says the same (the
/// message is identical, or the words occur in its catalog: "PDF", "SMTP", "Chats" in German).
struct English {
    whole: BTreeSet<String>,
    parts: BTreeSet<String>,
    /// Words of four letters or more that only the English catalogs have ("reply", "unread").
    words: BTreeSet<String>,
}

/// The words of a text: runs of letters (so "Test-E-Mail" gives "Test", "Mail").
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphabetic()).filter(|w| w.chars().count() >= 4)
}

fn english_for(lang: &str) -> English {
    let mut whole = BTreeSet::new();
    let mut parts = BTreeSet::new();
    let mut english_words = BTreeSet::new();
    // Everything the language says, in either catalog: words it shares with English are its own.
    let theirs: String = ["ui.ftl", "server.ftl"]
        .iter()
        .flat_map(|f| messages(&format!("{lang}/{f}")).into_values())
        .collect::<Vec<_>>()
        .join("\n");
    for file in ["ui.ftl", "server.ftl"] {
        let en = messages(&format!("en/{file}"));
        let other = messages(&format!("{lang}/{file}"));
        for (k, v) in &en {
            if other.get(k) == Some(v) {
                continue;
            }
            let (ps, placeables) = pieces(v);
            let alone = !placeables && ps.len() == 1;
            for p in &ps {
                english_words.extend(words(p).map(str::to_string));
            }
            for p in ps {
                if theirs.contains(&p) {
                    continue;
                }
                if alone {
                    whole.insert(p.clone());
                }
                if p.split_whitespace().count() >= 2 && p.chars().count() >= 10 {
                    parts.insert(p);
                }
            }
        }
    }
    // The target's own words, without its placeables' names (`{ $unread }` is not a word of it).
    let theirs_text: String = ["ui.ftl", "server.ftl"]
        .iter()
        .flat_map(|f| messages(&format!("{lang}/{f}")).into_values())
        .flat_map(|m| pieces(&m).0)
        .collect::<Vec<_>>()
        .join(" ");
    let theirs_words: BTreeSet<&str> = words(&theirs_text).collect();
    english_words.retain(|w| !theirs_words.contains(w.as_str()));
    English { whole, parts, words: english_words }
}

/// Every text a person can see or hear on the page: text of visible elements (not message bodies,
/// which are what people wrote), placeholders, labels for screen readers, titles, the tab title.
const TEXTS: &str = r#"
const out = [];
const shown = (el) => {
  for (let a = el; a; a = a.parentElement) {
    const s = getComputedStyle(a);
    if (s.display === 'none' || s.visibility === 'hidden' || a.hidden) return false;
  }
  return true;
};
const authored = '.msg-body, .preview, .hit-body, .smtp-answer, .chip, .company-name, .me-name';
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
while (walker.nextNode()) {
  const n = walker.currentNode;
  const t = n.textContent.trim();
  const el = n.parentElement;
  if (!t || !el || el.closest('script, style, noscript') || el.closest(authored) || !shown(el)) continue;
  out.push(t);
}
for (const el of document.querySelectorAll('body *')) {
  if (!shown(el)) continue;
  for (const a of ['placeholder', 'aria-label', 'title']) {
    const v = el.getAttribute(a);
    if (v && v.trim()) out.push(v.trim());
  }
}
out.push(document.title);
return { texts: out, lang: document.documentElement.lang };
"#;

/// The English pieces found on the page now; `what` names the screen in the report.
async fn english_left(b: &Browser, lang: &str, en: &English, what: &str, problems: &mut Vec<String>) {
    tokio::time::sleep(Duration::from_millis(300)).await;
    let got = js(b, TEXTS).await;
    if got["lang"] != lang {
        problems.push(format!("{what}: <html lang> is {}, not {lang}", got["lang"]));
    }
    let mut seen = BTreeSet::new();
    for t in got["texts"].as_array().unwrap().iter().filter_map(|t| t.as_str()) {
        let bare = t.trim_end_matches(['.', '…', ':']);
        if en.whole.contains(t) || en.whole.contains(bare) {
            seen.insert(format!("“{t}”"));
            continue;
        }
        for p in &en.parts {
            if t.contains(p.as_str()) {
                seen.insert(format!("“{p}” in “{}”", t.chars().take(120).collect::<String>()));
            }
        }
        // Single English words among other text ("1 reply"); addresses are what people typed.
        let prose = t.split_whitespace().filter(|w| !w.contains(['@', '/', '.', '_'])).collect::<Vec<_>>().join(" ");
        for w in words(&prose) {
            if en.words.contains(w) {
                seen.insert(format!("the word “{w}” in “{}”", t.chars().take(120).collect::<String>()));
            }
        }
    }
    for s in seen {
        problems.push(format!("{what}: English left: {s}"));
    }
}

async fn overflow(b: &Browser, what: &str, problems: &mut Vec<String>) {
    let found = js(b, OVERFLOW).await;
    for p in found.as_array().unwrap() {
        problems.push(format!("{what}: {}", p.as_str().unwrap()));
    }
    shot(b, &what.replace([' ', '/', ',', '?', '='], "-")).await;
}

/// Both checks on the screen shown now.
async fn check(b: &Browser, lang: &str, en: &English, what: &str, problems: &mut Vec<String>) {
    english_left(b, lang, en, what, problems).await;
    overflow(b, what, problems).await;
}

/// Waits until the main pane has drawn (no skeleton left in it).
async fn settled(b: &Browser) {
    let script = "const m = document.querySelector('#main-body'); \
        return !!m && m.children.length > 0 && !m.querySelector('[aria-busy=true]')";
    for _ in 0..200 {
        if js(b, script).await == json!(true) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

struct World {
    app: TestApp,
    cid: String,
    root: String,
    invite_token: String,
    person: String,
}

/// A workspace set up in `lang` by an Owner who reads it: a colleague, a department with its head,
/// a channel with a thread, a direct chat, a pending invitation. What people wrote is in names
/// and words of no catalog.
async fn world(lang: &str) -> World {
    let app = spawn().await;
    let client = app.client();
    let r = send(
        &client,
        "POST",
        &app.url("/api/setup"),
        Some(json!({"token": app.setup_token(), "first_name": "Katarina", "last_name": "Wolkowa",
            "email": "owner@example.com", "password": "owner-password", "company_name": "Seilwerk Nord",
            "language": lang})),
        None,
    )
    .await
    .expect(201);
    let owner = User::from_session(client, &app.url(""), &r, "owner-password");
    owner.patch("/api/me", json!({"language": lang})).await.expect(200);
    let emil = app.add_member(&owner, "employee", "Emil").await;
    owner
        .patch(&format!("/api/people/{}", emil.id), json!({"last_name": "Brandtmeier", "title": "Seilprüfer"}))
        .await
        .expect(200);
    let dept = owner.post("/api/departments", json!({"name": "Prüflabor", "head_id": emil.id})).await.expect(201);
    owner.patch(&format!("/api/people/{}", emil.id), json!({"departments": [dept.body["id"]]})).await.expect(200);
    let c = owner
        .post("/api/channels", json!({"name": "labor", "description": "Zugversuche", "members": [emil.id]}))
        .await
        .expect(201);
    let cid = c.body["id"].as_str().unwrap().to_string();
    let post = |u: &User, body: &str, root: Option<&str>| {
        let mut b = json!({"client_id": format!("l{}", next_n()), "body": body});
        if let Some(r) = root {
            b["thread_root"] = json!(r);
        }
        (u.clone(), format!("/api/channels/{cid}/messages"), b)
    };
    let (u, path, body) = post(&emil, "Probe 7 hielt 9 kN", None);
    let root = u.post(&path, body).await.expect(201).body["id"].as_str().unwrap().to_string();
    let (u, path, body) = post(&owner, "Sehr gut", Some(&root));
    u.post(&path, body).await.expect(201);
    owner.post("/api/chats", json!({"person_ids": [emil.id]})).await;
    app.invite(&owner, "Dmitri", "Sokolow", "dmitri@example.com", "freelancer").await;
    let invite_token = app.smtp.wait_for("dmitri@example.com", 1).await.token("/invite");
    World { app, cid, root, invite_token, person: emil.id }
}

async fn walk(w: &World, b: &Browser, lang: &str, en: &English, problems: &mut Vec<String>) {
    let app = &w.app;
    b.goto(&app.url("/login")).await;
    for (wd, ht) in [(390, 844), (1440, 900)] {
        b.c.set_window_size(wd, ht).await.unwrap();
        let at = |s: &str| format!("{lang}, {s} at {wd}px");
        // Signed out: the browser's language.
        let _ = js(b, "return fetch('/api/session', {method: 'DELETE'}).then(() => true)").await;
        b.c.delete_all_cookies().await.unwrap();
        let _ = js(b, "localStorage.clear(); return true").await;
        b.goto(&app.url(&format!("/invite?token={}", w.invite_token))).await;
        b.find(".auth-card form").await;
        check(b, lang, en, &at("invitation page"), problems).await;
        b.goto(&app.url("/login")).await;
        b.find("input[name=email]").await;
        b.click("form button[type=submit]").await;
        b.find(".field-error:not(:empty)").await;
        check(b, lang, en, &at("sign-in with errors"), problems).await;
        b.fill("input[name=email]", "owner@example.com").await;
        b.fill("input[name=password]", "a wrong password").await;
        b.click("form button[type=submit]").await;
        b.find(".auth-card [role=alert]:not([hidden])").await;
        check(b, lang, en, &at("sign-in refused"), problems).await;
        b.goto(&app.url("/forgot")).await;
        b.find("input[name=email]").await;
        check(b, lang, en, &at("forgot password"), problems).await;
        // Signed in: the person's own choice.
        b.goto(&app.url("/login")).await;
        b.fill("input[name=email]", "owner@example.com").await;
        b.fill("input[name=password]", "owner-password").await;
        b.click("form button[type=submit]").await;
        b.find(".rail .me-btn").await;
        for path in [
            "/".to_string(),
            format!("/c/{}", w.cid),
            format!("/c/{}?thread={}", w.cid, w.root),
            "/threads".to_string(),
            "/search?q=Probe".to_string(),
            "/people".to_string(),
            "/people/structure".to_string(),
            "/admin/people".to_string(),
            "/admin/invitations".to_string(),
            "/admin/audit".to_string(),
            "/admin/mail".to_string(),
            "/admin/company".to_string(),
            "/me".to_string(),
            "/bots/waiting".to_string(),
            "/bots/new".to_string(),
            "/bots/manage".to_string(),
            "/bots/integrations".to_string(),
        ] {
            b.goto(&app.url(&path)).await;
            b.find(".rail .me-btn").await;
            settled(b).await;
            check(b, lang, en, &at(&path), problems).await;
        }
        // The chat's details, a person's card, the person menu, and the dialogs.
        b.goto(&app.url(&format!("/c/{}", w.cid))).await;
        settled(b).await;
        js(b, "document.querySelector('.members-btn').click(); return true").await;
        b.find(".panel .chat-details").await;
        check(b, lang, en, &at("chat details"), problems).await;
        b.goto(&app.url("/people")).await;
        b.click(&format!(".person-card[data-person-id='{}']", w.person)).await;
        b.find(".panel .person-panel").await;
        check(b, lang, en, &at("person card"), problems).await;
        b.click(".rail .me-btn").await;
        b.find(".person-menu").await;
        check(b, lang, en, &at("person menu"), problems).await;
        b.c.active_element().await.unwrap().send_keys(&Key::Escape.to_string()).await.unwrap();
        b.goto(&app.url("/")).await;
        b.find(".home-actions").await;
        js(b, "document.querySelector('.home-actions button.primary').click(); return true").await;
        b.find("dialog[open] .picker-option").await;
        check(b, lang, en, &at("new message"), problems).await;
        b.goto(&app.url("/admin/people")).await;
        settled(b).await;
        js(b, "document.querySelector('.head-actions button.primary').click(); return true").await;
        b.find("dialog[open] input[name=first_name]").await;
        b.click("dialog[open] button[type=submit]").await;
        b.find("dialog[open] .field-error:not(:empty)").await;
        check(b, lang, en, &at("invite dialog with errors"), problems).await;
    }
}

#[tokio::test]
#[cfg_attr(
    no_chromedriver,
    ignore = "needs chromium and chromedriver (apt-get install chromium chromium-driver; CI has them)"
)]
async fn russian_and_german_screens_have_no_english_left_and_nothing_spills_sideways() {
    let mut problems = Vec::new();
    for lang in ["ru", "de"] {
        let en = english_for(lang);
        assert!(en.whole.contains("Save") && en.parts.iter().any(|p| p.starts_with("Pick a conversation")));
        let w = world(lang).await;
        // The check itself finds English where there is some: the sign-in page of an English browser.
        let Some(b) = Browser::start_with(&["--lang=en-US"]).await else { return };
        b.goto(&w.app.url("/login")).await;
        b.find("input[name=email]").await;
        let mut english = Vec::new();
        english_left(&b, "en", &en, "control", &mut english).await;
        assert!(english.iter().any(|p| p.contains("Forgot your password")), "{english:?}");
        b.close().await;
        let Some(b) = Browser::start_with(&[&format!("--lang={lang}")]).await else { return };
        walk(&w, &b, lang, &en, &mut problems).await;
        b.close().await;
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn the_english_pieces_are_the_sentences_people_would_see() {
    let en = english_for("de");
    assert!(en.whole.contains("Cancel"));
    assert!(en.parts.contains("Pick a conversation on the left, or start a new one"), "{:?}", en.parts.len());
    // Placeables are cut out; the words around them stay.
    assert!(en.parts.iter().any(|p| p.starts_with("will be signed out everywhere at once")), "{:?}", en.parts);
    // Words German shares are not English left.
    assert!(!en.whole.contains("Chats") && !en.whole.contains("PDF"));
    assert!(en.words.contains("replies") && en.words.contains("unread") && !en.words.contains("Bivouac"));
}

/// Choosing a language on the account page switches this tab at once, the person's other tabs
/// live (no reload), and the server's answers; "as the browser" goes back to the browser's.
#[tokio::test]
#[cfg_attr(
    no_chromedriver,
    ignore = "needs chromium and chromedriver (apt-get install chromium chromium-driver; CI has them)"
)]
async fn a_chosen_language_switches_every_tab_without_a_reload() {
    let app = spawn().await;
    app.create_owner().await;
    let Some(a) = Browser::start_with(&["--lang=en-US"]).await else { return };
    let Some(b) = Browser::start_with(&["--lang=en-US"]).await else { return };
    for t in [&a, &b] {
        t.goto(&app.url("/login")).await;
        t.fill("input[name=email]", "owner@example.com").await;
        t.fill("input[name=password]", "owner-password").await;
        t.click("form button[type=submit]").await;
        t.find(".rail .me-btn").await;
    }
    b.goto(&app.url("/people")).await;
    b.find_text(".main-head h1", "People").await;
    b.find("html[data-live=open]").await;
    // A marker that survives only while the page is not reloaded.
    js(&b, "window.stillHere = true; return true").await;
    a.goto(&app.url("/me")).await;
    a.find("select[name=language]").await;
    js(&a, "const s = document.querySelector('select[name=language]'); s.value = 'de'; return true").await;
    js(&a, "[...document.querySelectorAll('form')].find((f) => f.querySelector('select[name=language]')).requestSubmit(); return true").await;
    a.find_text(".main-head h1", "Ihr Konto").await;
    a.find("html[lang=de]").await;
    // The other tab follows live, on the screen it shows.
    b.find_text(".main-head h1", "Personen").await;
    b.find("html[lang=de]").await;
    assert_eq!(js(&b, "return window.stillHere === true").await, json!(true), "no reload");
    // The server answers in German too, whatever the browser sends.
    let r =
        js(&b, "return fetch('/api/people/0000000000002').then((r) => r.json()).then((j) => j.error.message)").await;
    assert_eq!(r, json!("Person nicht gefunden, oder Sie dürfen es nicht sehen."));
    // Back to the browser's language.
    a.find("select[name=language]").await;
    js(&a, "const s = document.querySelector('select[name=language]'); s.value = ''; return true").await;
    js(&a, "[...document.querySelectorAll('form')].find((f) => f.querySelector('select[name=language]')).requestSubmit(); return true").await;
    a.find_text(".main-head h1", "Your account").await;
    b.find_text(".main-head h1", "People").await;
    a.close().await;
    b.close().await;
}
