//! Messaging over the API: channels, chats, paging, idempotency, threads, unread and mention
//! counts, edits and deletes, bad input, the Freelancer rules, and index consistency.

use std::collections::BTreeSet;

use serde_json::{Value, json};

use crate::helpers::{User, next_n, spawn};

async fn post(u: &User, chat: &str, body: &str) -> Value {
    let cid = format!("c{}", next_n());
    u.post(&format!("/api/channels/{chat}/messages"), json!({"client_id": cid, "body": body})).await.expect(201).body
}

async fn reply(u: &User, chat: &str, root: &str, body: &str) -> Value {
    let cid = format!("c{}", next_n());
    u.post(&format!("/api/channels/{chat}/messages"), json!({"client_id": cid, "body": body, "thread_root": root}))
        .await
        .expect(201)
        .body
}

/// The items of a list answer: a bare array, or the array under the page's one list field.
fn items(list: &Value) -> &Vec<Value> {
    match list {
        Value::Array(a) => a,
        Value::Object(m) => m.values().find_map(Value::as_array).expect("a page has its items"),
        other => panic!("not a list: {other}"),
    }
}

fn find<'a>(list: &'a Value, id: &str) -> Option<&'a Value> {
    items(list).iter().find(|c| c["id"] == id)
}

#[tokio::test]
async fn channel_lifecycle() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let emp = app.add_member(&owner, "employee", "Ema").await;
    let r = emp
        .post("/api/channels", json!({"name": "Sales", "description": "Deals and leads", "private": false}))
        .await
        .expect(201);
    let sales = r.body["id"].as_str().unwrap().to_string();
    assert_eq!(r.body["kind"], "channel");
    assert_eq!(r.body["member_count"], 1);
    emp.post("/api/channels", json!({"name": "sales"})).await.expect_error(409, "channel_name_taken");
    emp.post("/api/channels", json!({"name": "  "})).await.expect_error(422, "invalid_name");
    let secret = owner.post("/api/channels", json!({"name": "Board", "private": true})).await.expect(201).body["id"]
        .as_str()
        .unwrap()
        .to_string();

    // Browse lists public channels only; joining works for public ones.
    let browse = owner.get("/api/channels/browse").await.expect(200);
    assert!(find(&browse.body, &sales).is_some_and(|c| c["joined"] == false));
    let emp_browse = emp.get("/api/channels/browse").await.expect(200);
    assert!(find(&emp_browse.body, &secret).is_none(), "private channels are not listed");
    emp.get(&format!("/api/channels/{secret}")).await.expect_error(404, "not_found");
    emp.post(&format!("/api/channels/{secret}/join"), json!({})).await.expect_error(404, "not_found");
    owner.post(&format!("/api/channels/{sales}/join"), json!({})).await.expect(200);
    let mine = owner.get("/api/channels").await.expect(200);
    assert!(find(&mine.body, &sales).is_some());
    // Members only read; non-members get 404.
    let third = app.add_member(&owner, "employee", "Theo").await;
    third.get(&format!("/api/channels/{sales}/messages")).await.expect_error(404, "not_found");
    post(&owner, &sales, "hello").await;
    let c = third.get(&format!("/api/channels/{sales}")).await.expect(200);
    assert_eq!(c.body["joined"], false, "public channel details are visible to colleagues");
    // Only the creator or an admin manages it.
    third.post(&format!("/api/channels/{sales}/join"), json!({})).await.expect(200);
    third.patch(&format!("/api/channels/{sales}"), json!({"name": "Mine"})).await.expect_error(403, "forbidden");
    let r = emp
        .patch(&format!("/api/channels/{sales}"), json!({"name": "Sales EU", "description": "Europe"}))
        .await
        .expect(200);
    assert_eq!(r.body["name"], "Sales EU");
    // Leaving; then archiving makes it read-only and hidden by default.
    third.post(&format!("/api/channels/{sales}/leave"), json!({})).await.expect(204);
    assert!(find(&third.get("/api/channels").await.body, &sales).is_none());
    owner.patch(&format!("/api/channels/{sales}"), json!({"archived": true})).await.expect(200);
    let cid = format!("c{}", next_n());
    emp.post(&format!("/api/channels/{sales}/messages"), json!({"client_id": cid, "body": "late"}))
        .await
        .expect_error(409, "channel_archived");
    assert!(find(&emp.get("/api/channels").await.body, &sales).is_none(), "archived chats are hidden by default");
    assert!(find(&emp.get("/api/channels?archived=true").await.body, &sales).is_some());
    let history = emp.get(&format!("/api/channels/{sales}/messages")).await.expect(200);
    assert_eq!(history.body["messages"][0]["body"], "hello", "archived history stays readable");
    app.assert_store_consistent();
}

#[tokio::test]
async fn a_direct_chat_is_found_again_and_groups_are_new() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let a = app.add_member(&owner, "employee", "Ann").await;
    let b = app.add_member(&owner, "employee", "Ben").await;
    let first = a.post("/api/chats", json!({"person_ids": [b.id]})).await.expect(201);
    let id = first.body["id"].as_str().unwrap().to_string();
    assert_eq!(first.body["kind"], "direct");
    assert_eq!(first.body["name"], "Ben Tester");
    let again = a.post("/api/chats", json!({"person_ids": [b.id]})).await.expect(200);
    assert_eq!(again.body["id"], id.as_str());
    let theirs = b.post("/api/chats", json!({"person_ids": [a.id]})).await.expect(200);
    assert_eq!(theirs.body["id"], id.as_str());
    assert_eq!(theirs.body["name"], "Ann Tester");
    let group = a.post("/api/chats", json!({"person_ids": [b.id, owner.id]})).await.expect(201);
    assert_eq!(group.body["kind"], "group");
    assert_ne!(group.body["id"], id.as_str());
    a.post("/api/chats", json!({"person_ids": [a.id]})).await.expect_error(422, "no_people");
    a.post("/api/chats", json!({"person_ids": ["0000000000000"]})).await.expect_error(404, "not_found");
    a.post(&format!("/api/channels/{id}/leave"), json!({})).await.expect_error(422, "direct_chat");
    a.post(&format!("/api/channels/{id}/members"), json!({"person_ids": [owner.id]}))
        .await
        .expect_error(403, "direct_chat");
    app.assert_store_consistent();
}

#[tokio::test]
async fn paging_returns_every_message_once_and_retries_are_idempotent() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let chat =
        owner.post("/api/channels", json!({"name": "log"})).await.expect(201).body["id"].as_str().unwrap().to_string();
    let mut posted = Vec::new();
    for i in 0..123 {
        posted.push(post(&owner, &chat, &format!("n{i}")).await["id"].as_str().unwrap().to_string());
    }
    // Backwards from the newest, 50 at a time.
    let mut got = Vec::new();
    let mut before: Option<String> = None;
    loop {
        let url = match &before {
            Some(b) => format!("/api/channels/{chat}/messages?limit=50&before={b}"),
            None => format!("/api/channels/{chat}/messages?limit=50"),
        };
        let page = owner.get(&url).await.expect(200);
        let msgs = page.body["messages"].as_array().unwrap();
        let ids: Vec<String> = msgs.iter().map(|m| m["id"].as_str().unwrap().to_string()).collect();
        let mut sorted = ids.clone();
        sorted.sort();
        assert_eq!(ids, sorted, "newest last within a page");
        got.splice(0..0, ids.clone());
        if page.body["has_more"] == false {
            break;
        }
        before = Some(ids[0].clone());
    }
    assert_eq!(got, posted, "every message exactly once, in order");
    // Forwards from the start.
    let page = owner.get(&format!("/api/channels/{chat}/messages?after={}&limit=10", posted[4])).await.expect(200);
    let ids: Vec<&str> = page.body["messages"].as_array().unwrap().iter().map(|m| m["id"].as_str().unwrap()).collect();
    assert_eq!(ids, posted[5..15].iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(page.body["has_more"], true);
    // The same client id twice: stored once.
    let body = json!({"client_id": "retry-1", "body": "only once"});
    let first = owner.post(&format!("/api/channels/{chat}/messages"), body.clone()).await.expect(201);
    let second = owner.post(&format!("/api/channels/{chat}/messages"), body).await.expect(200);
    assert_eq!(first.body["id"], second.body["id"]);
    let last = owner.get(&format!("/api/channels/{chat}/messages?limit=2")).await.expect(200);
    assert_eq!(last.body["messages"].as_array().unwrap().iter().filter(|m| m["body"] == "only once").count(), 1);
    owner.get(&format!("/api/channels/{chat}/messages?limit=500")).await.expect(200);
    app.assert_store_consistent();
}

#[tokio::test]
async fn threads_unread_and_mentions() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let emp = app.add_member(&owner, "employee", "Ema").await;
    let chat = owner.post("/api/channels", json!({"name": "team", "members": [emp.id]})).await.expect(201).body["id"]
        .as_str()
        .unwrap()
        .to_string();
    let unread = |list: &Value| {
        let c = find(list, &chat).unwrap();
        (c["unread"].as_u64().unwrap(), c["mentions"].as_u64().unwrap())
    };
    assert_eq!(unread(&emp.get("/api/channels").await.body), (0, 0));
    let root = post(&emp, &chat, "Question about the offer").await;
    let root_id = root["id"].as_str().unwrap().to_string();
    post(&owner, &chat, "one").await;
    post(&owner, &chat, &format!("two, <@{}> please look", emp.id)).await;
    let three = post(&owner, &chat, "three").await;
    assert_eq!(unread(&emp.get("/api/channels").await.body), (3, 1));
    assert_eq!(unread(&owner.get("/api/channels").await.body), (0, 0), "one's own posts are read");
    let r = emp.post(&format!("/api/channels/{chat}/read"), json!({"message_id": three["id"]})).await.expect(200);
    assert_eq!(r.body["unread"], 0);
    assert_eq!(unread(&emp.get("/api/channels").await.body), (0, 0));

    // Replies: the root shows the count; its author follows and sees unread.
    reply(&owner, &chat, &root_id, "answer 1").await;
    let r2 = reply(&owner, &chat, &root_id, &format!("answer 2 <@{}>", emp.id)).await;
    let t = emp.get(&format!("/api/messages/{root_id}/thread")).await.expect(200);
    assert_eq!(t.body["root"]["reply_count"], 2);
    assert!(t.body["root"]["last_reply_at"].is_string());
    assert_eq!(t.body["replies"].as_array().unwrap().len(), 2);
    assert_eq!(t.body["following"], true);
    assert_eq!(t.body["unread"], 2);
    let threads = emp.get("/api/threads").await.expect(200);
    assert_eq!(threads.body["threads"][0]["unread"], 2);
    assert_eq!(threads.body["threads"][0]["mentions"], 1);
    // Replies do not count as unread in the channel itself.
    assert_eq!(unread(&emp.get("/api/channels").await.body), (0, 0));
    emp.post(&format!("/api/messages/{root_id}/read"), json!({"message_id": r2["id"]})).await.expect(200);
    assert_eq!(emp.get("/api/threads").await.body["threads"][0]["unread"], 0);
    // The thread as a reply's id gives the same thread; bad roots are refused.
    let via_reply = emp.get(&format!("/api/messages/{}/thread", r2["id"].as_str().unwrap())).await.expect(200);
    assert_eq!(via_reply.body["root"]["id"], root_id.as_str());
    let cid = format!("c{}", next_n());
    owner
        .post(
            &format!("/api/channels/{chat}/messages"),
            json!({"client_id": cid, "body": "x", "thread_root": r2["id"]}),
        )
        .await
        .expect_error(422, "invalid_thread_root");
    let other = owner.post("/api/channels", json!({"name": "other"})).await.expect(201).body["id"]
        .as_str()
        .unwrap()
        .to_string();
    let cid = format!("c{}", next_n());
    owner
        .post(
            &format!("/api/channels/{other}/messages"),
            json!({"client_id": cid, "body": "x", "thread_root": root_id}),
        )
        .await
        .expect_error(422, "invalid_thread_root");
    let cid = format!("c{}", next_n());
    owner
        .post(
            &format!("/api/channels/{chat}/messages"),
            json!({"client_id": cid, "body": "x", "thread_root": "0000000000000"}),
        )
        .await
        .expect_error(422, "invalid_thread_root");
    // Unfollowing stops the thread's unread.
    emp.delete(&format!("/api/messages/{root_id}/follow")).await.expect(204);
    reply(&owner, &chat, &root_id, "answer 3").await;
    assert!(items(&emp.get("/api/threads").await.body).is_empty());
    app.assert_store_consistent();
}

#[tokio::test]
async fn edits_deletes_and_who_may_do_them() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let emp = app.add_member(&owner, "employee", "Ema").await;
    let bob = app.add_member(&owner, "employee", "Bob").await;
    let chat =
        emp.post("/api/channels", json!({"name": "floor", "members": [bob.id, owner.id]})).await.expect(201).body["id"]
            .as_str()
            .unwrap()
            .to_string();
    let m = post(&emp, &chat, "typo hre").await;
    let id = m["id"].as_str().unwrap().to_string();
    let r = emp.patch(&format!("/api/messages/{id}"), json!({"body": "typo here"})).await.expect(200);
    assert_eq!(r.body["body"], "typo here");
    assert!(r.body["edited_at"].is_string());
    bob.patch(&format!("/api/messages/{id}"), json!({"body": "mine now"})).await.expect_error(403, "forbidden");
    bob.delete(&format!("/api/messages/{id}")).await.expect_error(403, "forbidden");
    // An admin moderates channels...
    let r = owner.delete(&format!("/api/messages/{id}")).await.expect(200);
    assert_eq!(r.body["deleted"], true);
    assert_eq!(r.body["body"], "");
    let history = bob.get(&format!("/api/channels/{chat}/messages")).await.expect(200);
    assert_eq!(history.body["messages"][0]["deleted"], true, "a visible deleted marker stays");
    emp.patch(&format!("/api/messages/{id}"), json!({"body": "again"})).await.expect_error(409, "message_deleted");
    // ...but not direct chats.
    let dm = emp.post("/api/chats", json!({"person_ids": [bob.id]})).await.expect(201).body["id"]
        .as_str()
        .unwrap()
        .to_string();
    let private = post(&emp, &dm, "just us").await;
    owner.delete(&format!("/api/messages/{}", private["id"].as_str().unwrap())).await.expect_error(404, "not_found");
    owner.get("/api/messages/0000000000000/thread").await.expect_error(404, "not_found");
    app.assert_store_consistent();
}

#[tokio::test]
async fn bad_posts_get_clear_errors_and_change_nothing() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let emp = app.add_member(&owner, "employee", "Ema").await;
    let chat =
        owner.post("/api/channels", json!({"name": "x"})).await.expect(201).body["id"].as_str().unwrap().to_string();
    let url = format!("/api/channels/{chat}/messages");
    owner.post(&url, json!({"client_id": "a1", "body": "   "})).await.expect_error(422, "empty_body");
    owner.post(&url, json!({"client_id": "a2", "body": "x".repeat(10_001)})).await.expect_error(422, "body_too_long");
    owner.post(&url, json!({"client_id": "has space", "body": "x"})).await.expect_error(422, "invalid_client_id");
    owner.post(&url, json!({"body": "x"})).await.expect_error(422, "invalid_input");
    owner
        .post(&url, json!({"client_id": "a3", "body": format!("hi <@{}>", emp.id)}))
        .await
        .expect_error(422, "mention_not_allowed");
    owner
        .post(&url, json!({"client_id": "a4", "body": "hi <@0000000000000>"}))
        .await
        .expect_error(422, "mention_not_allowed");
    emp.post(&url, json!({"client_id": "a5", "body": "let me in"})).await.expect_error(404, "not_found");
    owner
        .post("/api/channels/0000000000000/messages", json!({"client_id": "a6", "body": "x"}))
        .await
        .expect_error(404, "not_found");
    owner
        .post("/api/channels/garbage/messages", json!({"client_id": "a7", "body": "x"}))
        .await
        .expect_error(404, "not_found");
    // The markup is stored as text: rendering it safely is the UI's job, checked in the browser.
    let m = post(&owner, &chat, "<img src=x onerror=alert(1)>").await;
    assert_eq!(m["body"], "<img src=x onerror=alert(1)>");
    let history = owner.get(&url).await.expect(200);
    assert_eq!(history.body["messages"].as_array().unwrap().len(), 1, "nothing half-stored");
    app.assert_store_consistent();
}

#[tokio::test]
async fn freelancers_see_and_mention_only_direct_partners() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let fl = app.add_member(&owner, "freelancer", "Fred").await;
    let emp = app.add_member(&owner, "employee", "Ema").await;
    let stranger = app.add_member(&owner, "employee", "Stan").await;
    let public =
        emp.post("/api/channels", json!({"name": "public"})).await.expect(201).body["id"].as_str().unwrap().to_string();
    fl.post("/api/channels", json!({"name": "mine"})).await.expect_error(403, "forbidden");
    fl.get("/api/channels/browse").await.expect_error(403, "forbidden");
    fl.post(&format!("/api/channels/{public}/join"), json!({})).await.expect_error(404, "not_found");
    fl.post("/api/chats", json!({"person_ids": [emp.id]})).await.expect_error(404, "not_found");
    // Added to a channel by someone who may, he reads it.
    let project = emp
        .post("/api/channels", json!({"name": "project", "members": [fl.id, stranger.id]}))
        .await
        .expect(201)
        .body["id"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(find(&fl.get("/api/channels").await.body, &project).is_some());
    let url = format!("/api/channels/{project}/messages");
    let r = fl
        .post(&url, json!({"client_id": "f1", "body": format!("hi <@{}>", emp.id)}))
        .await
        .expect_error(422, "mention_not_allowed");
    assert!(r.body["error"]["message"].as_str().unwrap().contains("direct chat"));
    // Once Ema opens a direct chat with him, he sees and mentions her; still not Stan.
    emp.post("/api/chats", json!({"person_ids": [fl.id]})).await.expect(201);
    fl.post(&url, json!({"client_id": "f2", "body": format!("hi <@{}>", emp.id)})).await.expect(201);
    fl.post(&url, json!({"client_id": "f3", "body": format!("hi <@{}>", stranger.id)}))
        .await
        .expect_error(422, "mention_not_allowed");
    fl.get(&format!("/api/people/{}", stranger.id)).await.expect_error(404, "not_found");
    // In a shared chat he sees who is there by name (never their cards).
    let names = fl.get(&format!("/api/channels/{project}/members")).await.expect(200);
    let stan = find(&names.body, &stranger.id).expect("Stan is named");
    assert_eq!(stan["first_name"], "Stan");
    assert!(stan.get("email").is_none() && stan.get("role").is_none());
    fl.get(&format!("/api/channels/{public}/members")).await.expect_error(404, "not_found");
    app.assert_store_consistent();
}

#[tokio::test]
async fn indexes_stay_consistent_through_a_random_sequence() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let mut people = vec![owner.clone()];
    for name in ["Ann", "Bo", "Cy"] {
        people.push(app.add_member(&owner, "employee", name).await);
    }
    let mut chats = Vec::new();
    for i in 0..3 {
        let ids: Vec<&str> = people[1..].iter().map(|u| u.id.as_str()).collect();
        chats.push(
            owner.post("/api/channels", json!({"name": format!("c{i}"), "members": ids})).await.expect(201).body["id"]
                .as_str()
                .unwrap()
                .to_string(),
        );
    }
    chats.push(
        people[1].post("/api/chats", json!({"person_ids": [people[2].id]})).await.expect(201).body["id"]
            .as_str()
            .unwrap()
            .to_string(),
    );
    let mut seed: u64 = 0x2545F4914F6CDD1D;
    let mut rand = |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    let mut messages: Vec<(String, String, usize)> = Vec::new();
    for _ in 0..250 {
        let who = rand(people.len());
        let chat = chats[rand(chats.len())].clone();
        let u = &people[who];
        match rand(10) {
            0..=4 => {
                let mention = &people[rand(people.len())].id;
                let cid = format!("c{}", next_n());
                let r = u
                    .post(
                        &format!("/api/channels/{chat}/messages"),
                        json!({"client_id": cid, "body": format!("hey <@{mention}>")}),
                    )
                    .await;
                if r.status == 201 {
                    messages.push((r.body["id"].as_str().unwrap().to_string(), chat, who));
                }
            }
            5 if !messages.is_empty() => {
                let (root, chat, _) = messages[rand(messages.len())].clone();
                let cid = format!("c{}", next_n());
                let _ = u
                    .post(
                        &format!("/api/channels/{chat}/messages"),
                        json!({"client_id": cid, "body": "re", "thread_root": root}),
                    )
                    .await;
            }
            6 if !messages.is_empty() => {
                let (id, _, author) = messages[rand(messages.len())].clone();
                let _ = people[author].patch(&format!("/api/messages/{id}"), json!({"body": "edited"})).await;
            }
            7 if !messages.is_empty() => {
                let (id, _, author) = messages[rand(messages.len())].clone();
                let _ = people[author].delete(&format!("/api/messages/{id}")).await;
            }
            8 => {
                let _ = u.post(&format!("/api/channels/{chat}/leave"), json!({})).await;
            }
            _ => {
                let who = &people[rand(people.len())].id;
                let _ = owner.post(&format!("/api/channels/{chat}/members"), json!({"person_ids": [who]})).await;
            }
        }
    }
    app.assert_store_consistent();
    let distinct: BTreeSet<&String> = messages.iter().map(|m| &m.0).collect();
    assert_eq!(distinct.len(), messages.len());
}
