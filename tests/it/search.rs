//! Search: languages, permissions inside the query, freshness, syntax, filters, paging, repair.

// `[id.clone()]` reads better in these assertions than `std::slice::from_ref(&id)`.
#![allow(clippy::cloned_ref_to_slice_refs)]

use serde_json::{Value, json};

use crate::files::{post_with_files, upload};
use crate::helpers::{TestApp, User, eventually, next_n, spawn};

async fn channel(u: &User, name: &str, private: bool, members: &[&str]) -> String {
    u.post("/api/channels", json!({"name": format!("{name}{}", next_n()), "private": private, "members": members}))
        .await
        .expect(201)
        .body["id"]
        .as_str()
        .unwrap()
        .to_string()
}

async fn say(u: &User, chat: &str, body: &str) -> String {
    u.post(&format!("/api/channels/{chat}/messages"), json!({"client_id": format!("s{}", next_n()), "body": body}))
        .await
        .expect(201)
        .body["id"]
        .as_str()
        .unwrap()
        .to_string()
}

/// Waits until the index has every committed change, then searches.
async fn search(app: &TestApp, u: &User, query: &str) -> Value {
    wait_indexed(app).await;
    u.get(&format!("/api/search?{query}")).await.expect(200).body
}

async fn wait_indexed(app: &TestApp) {
    let s = app.state();
    eventually(5, || async { s.search.caught_up(&s.store.read().unwrap()).unwrap().then_some(()) }).await;
}

fn ids(v: &Value) -> Vec<String> {
    v["messages"].as_array().unwrap().iter().map(|h| h["message"]["id"].as_str().unwrap().to_string()).collect()
}

fn q(s: &str) -> String {
    format!("q={}", urlencode(s))
}

fn urlencode(s: &str) -> String {
    s.bytes().map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") }).collect()
}

#[tokio::test]
async fn search_finds_a_russian_word_by_another_grammatical_form() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let c = channel(&owner, "ru", false, &[]).await;
    let m = say(&owner, &c, "Завтра важная встреча с клиентом в десять").await;
    say(&owner, &c, "Совсем о другом").await;
    let de = say(&owner, &c, "Die Häuser sind schön und die Straße ist ruhig").await;
    let es = say(&owner, &c, "Las canciones de la reunión, por favor").await;
    let r = search(&app, &owner, &q("встречи")).await;
    assert_eq!(ids(&r), [m.clone()], "{r}");
    assert_eq!(r["messages"][0]["highlights"], json!(["встреча"]));
    assert_eq!(ids(&search(&app, &owner, &q("Встречу")).await), [m.clone()]);
    assert_eq!(ids(&search(&app, &owner, &q("клиенты")).await), [m]);
    // German and Spanish, with and without their diacritics.
    assert_eq!(ids(&search(&app, &owner, &q("haus")).await), [de.clone()]);
    assert_eq!(ids(&search(&app, &owner, &q("strasse")).await), [de]);
    assert_eq!(ids(&search(&app, &owner, &q("cancion")).await), [es.clone()]);
    assert_eq!(ids(&search(&app, &owner, &q("reunion")).await), [es]);
}

#[tokio::test]
async fn a_person_who_leaves_a_channel_no_longer_finds_its_messages() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let ann = app.add_member(&owner, "employee", "Ann").await;
    let open = channel(&owner, "open", false, &[&ann.id]).await;
    let secret = channel(&owner, "secret", true, &[]).await;
    let seen = say(&owner, &open, "budget numbers for the quarter").await;
    say(&owner, &secret, "budget numbers nobody else may read").await;
    let r = search(&app, &ann, &q("budget")).await;
    assert_eq!(ids(&r), [seen], "only the chat Ann is in");
    ann.post(&format!("/api/channels/{open}/leave"), json!({})).await.expect(204);
    let r = search(&app, &ann, &q("budget")).await;
    assert!(ids(&r).is_empty(), "{r}");
    // Asking inside a chat one is not in is a 404, as for the chat itself.
    ann.get(&format!("/api/search?q=budget&in={secret}")).await.expect(404);
    // The owner sees both.
    assert_eq!(ids(&search(&app, &owner, &q("budget")).await).len(), 2);
}

#[tokio::test]
async fn pages_are_full_whatever_is_hidden_and_run_newest_first_among_equals() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let ann = app.add_member(&owner, "employee", "Ann").await;
    let mine = channel(&owner, "mine", false, &[&ann.id]).await;
    let hidden = channel(&owner, "hidden", true, &[]).await;
    let mut visible = Vec::new();
    for i in 0..12 {
        // Hidden messages in between: pages must not come out short.
        say(&owner, &hidden, &format!("rocket launch {i}")).await;
        visible.push(say(&owner, &mine, &format!("rocket launch {i}")).await);
    }
    let p1 = search(&app, &ann, &format!("{}&limit=5", q("rocket"))).await;
    assert_eq!(ids(&p1).len(), 5);
    let mut newest: Vec<String> = visible.iter().rev().cloned().collect();
    assert_eq!(ids(&p1), newest[..5], "equal relevance: newest first");
    let c = p1["next_cursor"].as_str().unwrap();
    let p2 = search(&app, &ann, &format!("{}&limit=5&cursor={c}", q("rocket"))).await;
    assert_eq!(ids(&p2), newest[5..10]);
    let c = p2["next_cursor"].as_str().unwrap();
    let p3 = search(&app, &ann, &format!("{}&limit=5&cursor={c}", q("rocket"))).await;
    assert_eq!(ids(&p3), newest[10..]);
    assert!(p3["next_cursor"].is_null());
    newest.clear();
}

#[tokio::test]
async fn edits_and_deletes_are_reflected_within_a_second() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let c = channel(&owner, "edits", false, &[]).await;
    let m = say(&owner, &c, "the zeppelin leaves at noon").await;
    assert_eq!(ids(&search(&app, &owner, &q("zeppelin")).await), [m.clone()]);
    owner.patch(&format!("/api/messages/{m}"), json!({"body": "the airship leaves at noon"})).await.expect(200);
    let started = std::time::Instant::now();
    eventually(1, || async {
        let r = owner.get(&format!("/api/search?{}", q("airship"))).await.body;
        (ids(&r) == [m.clone()]).then_some(())
    })
    .await;
    assert!(started.elapsed() < std::time::Duration::from_secs(1));
    assert!(ids(&search(&app, &owner, &q("zeppelin")).await).is_empty());
    owner.delete(&format!("/api/messages/{m}")).await.expect(200);
    // A deleted message is never found, not even before the index has caught up.
    let r = owner.get(&format!("/api/search?{}", q("airship"))).await.body;
    assert!(ids(&r).is_empty(), "{r}");
}

#[tokio::test]
async fn phrases_prefixes_filters_people_channels_and_files() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let ann = app.add_member(&owner, "employee", "Annabel").await;
    let c = channel(&owner, "planning", false, &[&ann.id]).await;
    let other = channel(&owner, "misc", false, &[&ann.id]).await;
    let a = say(&owner, &c, "The quarterly plan is ready").await;
    let b = say(&owner, &c, "Plan the quarterly review").await;
    let by_ann = say(&ann, &other, "my quarterly numbers").await;
    // A phrase: these words in this order.
    assert_eq!(ids(&search(&app, &ann, &q("\"quarterly plan\"")).await), [a.clone()]);
    // All words must match, in any order.
    let mut both = ids(&search(&app, &ann, &q("plan quarterly ")).await);
    both.sort();
    let mut want = vec![a.clone(), b.clone()];
    want.sort();
    assert_eq!(both, want);
    // The word being typed matches as a prefix.
    let r = search(&app, &ann, &q("quarte")).await;
    assert_eq!(ids(&r).len(), 3);
    assert!(r["messages"][0]["highlights"][0].as_str().unwrap().to_lowercase().starts_with("quarter"));
    assert!(ids(&search(&app, &ann, &q("quarte ")).await).is_empty(), "a finished word is a word");
    // Filters.
    assert_eq!(ids(&search(&app, &ann, &format!("{}&in={other}", q("quarterly"))).await), [by_ann.clone()]);
    assert_eq!(ids(&search(&app, &ann, &format!("{}&from={}", q("quarterly"), ann.id)).await), [by_ann]);
    assert!(ids(&search(&app, &ann, &format!("{}&after=2999-01-01", q("quarterly"))).await).is_empty());
    assert_eq!(ids(&search(&app, &ann, &format!("{}&before=2999-01-01", q("quarterly"))).await).len(), 3);
    let f = upload(&owner, "Quarterly-Report.pdf", b"%PDF-1.4 not really".to_vec()).await.expect(201);
    let fid = f.body["id"].as_str().unwrap().to_string();
    let with =
        post_with_files(&owner, &c, "see attached", &[&fid]).await.expect(201).body["id"].as_str().unwrap().to_string();
    assert_eq!(ids(&search(&app, &ann, &format!("{}&has=file", q("quarterly"))).await), [with.clone()]);
    assert_eq!(ids(&search(&app, &ann, "has=file").await), [with.clone()], "filters alone list by time");
    let r = search(&app, &ann, &q("report")).await;
    assert_eq!(r["files"][0]["file"]["id"], fid.as_str());
    assert_eq!(ids(&r), [with]);
    // People and channels.
    let r = search(&app, &owner, &q("annab")).await;
    assert_eq!(r["people"][0]["id"], ann.id.as_str(), "{r}");
    let r = search(&app, &ann, &q("plann")).await;
    assert_eq!(r["channels"][0]["id"], c.as_str(), "{r}");
    ann.get("/api/search?q=x&has=image").await.expect_error(400, "invalid_query");
}

#[tokio::test]
async fn a_missing_index_is_rebuilt_at_start_without_losing_a_message() {
    let mut app = spawn().await;
    let owner = app.create_owner().await;
    let c = channel(&owner, "rebuild", false, &[]).await;
    let mut made = Vec::new();
    for i in 0..30 {
        made.push(say(&owner, &c, &format!("telescope note {i}")).await);
    }
    wait_indexed(&app).await;
    app.stop().await;
    std::fs::remove_dir_all(app.dir.path().join("search")).unwrap();
    app.restart().await;
    let owner = app.login("owner@example.com", "owner-password").await.unwrap();
    let r = search(&app, &owner, &format!("{}&limit=50", q("telescope"))).await;
    assert_eq!(ids(&r).len(), 30);
    // A lagging index (the queue ahead of it) catches up too: damage the index's position by
    // restarting right after writes.
    for i in 0..10 {
        say(&owner, &c, &format!("microscope note {i}")).await;
    }
    app.restart().await;
    let owner = app.login("owner@example.com", "owner-password").await.unwrap();
    assert_eq!(ids(&search(&app, &owner, &q("microscope")).await).len(), 10);
}
