//! The sidebar: pins, folders, department folders, live updates, clean-up and refusals.

use serde_json::{Value, json};

use crate::helpers::{User, next_n, spawn};
use crate::live::Live;

async fn chat(owner: &User, name: &str, members: &[&User]) -> String {
    let ids: Vec<&str> = members.iter().map(|u| u.id.as_str()).collect();
    owner.post("/api/channels", json!({"name": name, "members": ids})).await.expect(201).body["id"]
        .as_str()
        .unwrap()
        .to_string()
}

fn folder<'a>(s: &'a Value, name: &str) -> &'a Value {
    s["folders"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"] == name)
        .unwrap_or_else(|| panic!("no folder {name}: {s}"))
}

#[tokio::test]
async fn pins_and_folders_are_kept_per_person_and_live() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let emp = app.add_member(&owner, "employee", "Ema").await;
    let a = chat(&owner, "alpha", &[&emp]).await;
    let b = chat(&owner, "beta", &[&emp]).await;
    let c = chat(&owner, "gamma", &[]).await;
    let empty = emp.get("/api/sidebar").await.expect(200);
    assert_eq!(empty.body, json!({"pinned_chats": [], "pinned_people": [], "folders": []}));

    // A second tab of the same person hears about every change.
    let mut tab = Live::connect(&app, &emp).await;
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    let r = emp.put("/api/sidebar/pinned-chats", json!({"ids": [b, a]})).await.expect(200);
    assert_eq!(r.body["pinned_chats"], json!([b, a]), "in the person's own order");
    assert_eq!(tab.next("sidebar.updated").await["pinned_chats"], json!([b, a]));
    emp.put("/api/sidebar/pinned-chats", json!({"ids": [c]})).await.expect_error(404, "not_found");
    emp.put("/api/sidebar/pinned-chats", json!({"ids": [a, a]})).await.expect_error(422, "duplicate_ids");
    emp.put("/api/sidebar/pinned-people", json!({"ids": [owner.id]})).await.expect(200);
    emp.put("/api/sidebar/pinned-people", json!({"ids": ["0000000000000"]})).await.expect_error(404, "not_found");
    // The owner's sidebar is untouched.
    assert_eq!(owner.get("/api/sidebar").await.body["pinned_chats"], json!([]));

    // Folders: unread sums, several folders per chat, duplicate names refused.
    let sales =
        emp.post("/api/folders", json!({"name": "Sales"})).await.expect(201).body["id"].as_str().unwrap().to_string();
    emp.post("/api/folders", json!({"name": "sales"})).await.expect_error(409, "folder_exists");
    let ops = emp.post("/api/folders", json!({"name": "Ops", "items": [a]})).await.expect(201).body["id"]
        .as_str()
        .unwrap()
        .to_string();
    emp.patch(&format!("/api/folders/{sales}"), json!({"items": [a, b]})).await.expect(200);
    emp.patch(&format!("/api/folders/{sales}"), json!({"items": [c]})).await.expect_error(404, "not_found");
    for i in 0..2 {
        let cid = format!("c{}", next_n());
        owner
            .post(
                &format!("/api/channels/{a}/messages"),
                json!({"client_id": cid, "body": format!("hi {i} <@{}>", emp.id)}),
            )
            .await
            .expect(201);
    }
    let cid = format!("c{}", next_n());
    owner.post(&format!("/api/channels/{b}/messages"), json!({"client_id": cid, "body": "hi"})).await.expect(201);
    let s = emp.get("/api/sidebar").await.expect(200).body;
    assert_eq!(folder(&s, "Sales")["unread"], 3);
    assert_eq!(folder(&s, "Sales")["mentions"], 2);
    assert_eq!(folder(&s, "Ops")["unread"], 2);
    // Renaming, collapsing, reordering.
    emp.patch(&format!("/api/folders/{ops}"), json!({"name": "Operations", "collapsed": true, "position": 0}))
        .await
        .expect(200);
    let s = emp.get("/api/sidebar").await.expect(200).body;
    assert_eq!(s["folders"][0]["name"], "Operations");
    assert_eq!(s["folders"][0]["collapsed"], true);
    emp.put("/api/sidebar/folder-order", json!({"ids": [sales]})).await.expect_error(422, "folders_changed");
    emp.put("/api/sidebar/folder-order", json!({"ids": [sales, ops]})).await.expect(200);
    assert_eq!(emp.get("/api/sidebar").await.body["folders"][0]["name"], "Sales");
    emp.patch(&format!("/api/folders/{ops}"), json!({"position": 7})).await.expect_error(422, "invalid_position");

    // Leaving a chat takes it out of pins and folders.
    emp.post(&format!("/api/channels/{a}/leave"), json!({})).await.expect(204);
    let s = emp.get("/api/sidebar").await.expect(200).body;
    assert_eq!(s["pinned_chats"], json!([b]));
    assert_eq!(folder(&s, "Sales")["items"], json!([b]));
    assert_eq!(folder(&s, "Operations")["items"], json!([]));
    // Deleting a folder keeps the chats.
    emp.delete(&format!("/api/folders/{sales}")).await.expect(200);
    assert!(emp.get("/api/channels").await.body.as_array().unwrap().iter().any(|x| x["id"] == b.as_str()));
    emp.delete(&format!("/api/folders/{sales}")).await.expect_error(404, "not_found");
    app.assert_store_consistent();
}

#[tokio::test]
async fn a_pinned_colleague_out_of_sight_loses_the_pin() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let emp = app.add_member(&owner, "employee", "Ema").await;
    let fl = app.add_member(&owner, "freelancer", "Fred").await;
    fl.put("/api/sidebar/pinned-people", json!({"ids": [emp.id]})).await.expect_error(404, "not_found");
    emp.post("/api/chats", json!({"person_ids": [fl.id]})).await.expect(201);
    fl.put("/api/sidebar/pinned-people", json!({"ids": [emp.id]})).await.expect(200);
    emp.put("/api/sidebar/pinned-people", json!({"ids": [fl.id]})).await.expect(200);
    owner.patch(&format!("/api/people/{}", emp.id), json!({"active": false})).await.expect(200);
    assert_eq!(fl.get("/api/sidebar").await.body["pinned_people"], json!([]), "a deactivated colleague drops off");
    owner.delete(&format!("/api/people/{}", fl.id)).await.expect(204);
    owner.patch(&format!("/api/people/{}", emp.id), json!({"active": true})).await.expect(200);
    let emp = app.login(&emp.email, &emp.password).await.unwrap();
    assert_eq!(emp.get("/api/sidebar").await.body["pinned_people"], json!([]), "a deleted colleague drops off");
}

#[tokio::test]
async fn department_folders_reach_every_member_now_and_later() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let ema = app.add_member(&owner, "employee", "Ema").await;
    let dep = owner.post("/api/departments", json!({"name": "Sales"})).await.expect(201).body["id"]
        .as_str()
        .unwrap()
        .to_string();
    owner.patch(&format!("/api/people/{}", ema.id), json!({"departments": [dep]})).await.expect(200);
    let deals = chat(&owner, "deals", &[&ema]).await;
    let leads = chat(&owner, "leads", &[]).await;
    ema.post("/api/department-folders", json!({"department_id": dep, "name": "Sales"}))
        .await
        .expect_error(403, "forbidden");
    let f = owner
        .post("/api/department-folders", json!({"department_id": dep, "name": "Sales", "items": [deals, leads]}))
        .await
        .expect(201);
    let fid = f.body["id"].as_str().unwrap().to_string();
    let s = ema.get("/api/sidebar").await.expect(200).body;
    assert_eq!(s["folders"][0]["department_id"], dep.as_str());
    assert_eq!(s["folders"][0]["items"], json!([deals]), "only the chats this member is in");
    // A person who joins the department later gets it too.
    let late = app.add_member(&owner, "employee", "Leo").await;
    assert_eq!(late.get("/api/sidebar").await.body["folders"], json!([]));
    owner.patch(&format!("/api/people/{}", late.id), json!({"departments": [dep]})).await.expect(200);
    owner.post(&format!("/api/channels/{leads}/members"), json!({"person_ids": [late.id]})).await.expect(200);
    let s = late.get("/api/sidebar").await.expect(200).body;
    assert_eq!(s["folders"][0]["name"], "Sales");
    assert_eq!(s["folders"][0]["items"], json!([leads]));
    // A member may hide it (and show it again), but not rename or delete it.
    ema.patch(&format!("/api/folders/{fid}"), json!({"hidden": true})).await.expect(200);
    assert_eq!(ema.get("/api/sidebar").await.body["folders"][0]["hidden"], true);
    ema.patch(&format!("/api/folders/{fid}"), json!({"name": "Mine"})).await.expect_error(403, "department_folder");
    ema.delete(&format!("/api/folders/{fid}")).await.expect_error(403, "department_folder");
    owner.get("/api/department-folders").await.expect(200);
    owner.delete(&format!("/api/department-folders/{fid}")).await.expect(204);
    assert_eq!(ema.get("/api/sidebar").await.body["folders"], json!([]));
}

#[tokio::test]
async fn folder_limits_are_enforced() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    for i in 0..50 {
        owner.post("/api/folders", json!({"name": format!("f{i}")})).await.expect(201);
    }
    owner.post("/api/folders", json!({"name": "one too many"})).await.expect_error(422, "too_many_folders");
    owner.post("/api/folders", json!({"name": ""})).await.expect_error(422, "invalid_name");
}
