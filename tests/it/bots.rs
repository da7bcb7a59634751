//! Bots for business processes, end to end through the API: each built-in bot's whole route
//! (return for changes, a condition step, execution, the vacation substitute, signing with a
//! password), a restart in the middle of a route, reminders, versions, visibility and the form's
//! checks.

use std::time::Duration;

use bivouac::clock::Clock;
use serde_json::{Value, json};

use crate::helpers::{TestApp, User, eventually, next_n, spawn};

/// The bot of `kind` (`invoice`, `vacation`, `signing`, `entry_pass`) as `u` sees it.
pub async fn bot_of(u: &User, kind: &str) -> Value {
    let r = u.get("/api/bots?limit=200").await.expect(200);
    r.body["bots"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["kind"] == kind)
        .unwrap_or_else(|| panic!("no {kind} bot in {}", r.text))
        .clone()
}

fn id(v: &Value) -> String {
    v["id"].as_str().unwrap_or_else(|| panic!("no id in {v}")).to_string()
}

/// The messages of `u`'s chat with bot account `account`, oldest first.
pub async fn bot_chat(u: &User, account: &str) -> Vec<Value> {
    let c = u.post("/api/chats", json!({"person_ids": [account]})).await;
    assert!(c.status == 200 || c.status == 201, "{}", c.text);
    let chat = id(&c.body);
    let r = u.get(&format!("/api/channels/{chat}/messages?limit=200")).await.expect(200);
    r.body["messages"].as_array().unwrap().clone()
}

async fn department(owner: &User, name: &str, parent: Option<&str>, head: Option<&str>) -> String {
    let r =
        owner.post("/api/departments", json!({"name": name, "parent_id": parent, "head_id": head})).await.expect(201);
    id(&r.body)
}

async fn put_in(owner: &User, who: &User, dept: &str) {
    owner.patch(&format!("/api/people/{}", who.id), json!({"departments": [dept]})).await.expect(200);
}

fn actions(q: &Value) -> Vec<String> {
    q["history"].as_array().unwrap().iter().map(|h| h["action"].as_str().unwrap().to_string()).collect()
}

async fn get_req(u: &User, q: &str) -> Value {
    u.get(&format!("/api/requests/{q}")).await.expect(200).body
}

fn waiting_ids(r: &crate::helpers::Resp) -> Vec<String> {
    r.body["requests"].as_array().unwrap().iter().map(id).collect()
}

struct Office {
    app: TestApp,
    owner: User,
    head: User,
    requester: User,
    finance: User,
    cfo: User,
    outsider: User,
}

/// A company: Sales (head: `head`) with a sub-department Sales EU that has no head, where the
/// requester works; finance and a CFO; an outsider in no department.
async fn office() -> Office {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let head = app.add_member(&owner, "employee", "Hedda").await;
    let requester = app.add_member(&owner, "employee", "Ivan").await;
    let finance = app.add_member(&owner, "employee", "Fiona").await;
    let cfo = app.add_member(&owner, "employee", "Cyrus").await;
    let outsider = app.add_member(&owner, "employee", "Otto").await;
    let sales = department(&owner, "Sales", None, Some(&head.id)).await;
    let eu = department(&owner, "Sales EU", Some(&sales), None).await;
    put_in(&owner, &requester, &eu).await;
    put_in(&owner, &head, &sales).await;
    Office { app, owner, head, requester, finance, cfo, outsider }
}

fn money(amount_minor: i64) -> Value {
    json!({"amount_minor": amount_minor, "currency": "EUR"})
}

#[tokio::test]
async fn the_invoice_goes_through_return_condition_and_payment() {
    let o = office().await;
    let bot = bot_of(&o.owner, "invoice").await;
    let b = id(&bot);
    assert_eq!(bot["version"], 1);
    // Finance is named by the owner; a third step by the CFO applies above 1,000.00 EUR.
    let route = json!([
        {"kind": "department_head", "name": "Head"},
        {"kind": "people", "name": "Finance", "people": [o.finance.id]},
        {"kind": "people", "name": "CFO", "people": [o.cfo.id],
         "condition": {"field": "amount", "op": ">", "value": money(100_000)}},
    ]);
    let edited = o
        .owner
        .patch(
            &format!("/api/bots/{b}"),
            json!({"route": route, "executor": {"people": [o.finance.id], "action": "Mark paid",
            "fields": [{"key": "reference", "label": "Reference", "type": "text", "required": true},
                       {"key": "paid_on", "label": "Paid on", "type": "date", "required": true}]}}),
        )
        .await
        .expect(200);
    assert_eq!(edited.body["version"], 2);

    let values =
        json!({"payee": "ACME GmbH", "amount": money(125_000), "due_date": "2026-12-05", "description": "Servers"});
    let q = o.requester.post("/api/requests", json!({"bot_id": b, "values": values})).await.expect(201).body;
    let qid = id(&q);
    assert_eq!(q["state"], "waiting");
    assert_eq!(q["step"], 1);
    // The head of Sales EU's parent decides: Sales EU has no head.
    assert_eq!(q["waiting_for"], json!([o.head.id]));
    assert_eq!(q["title"], "Pay an invoice 1");
    assert!(q["summary"].as_str().unwrap().contains("1,250.00 EUR to ACME GmbH"), "{}", q["summary"]);

    // The head sees it waiting, with a card in the bot's chat.
    let waiting = o.head.get("/api/requests?view=waiting").await.expect(200);
    assert_eq!(waiting_ids(&waiting), vec![qid.clone()]);
    assert_eq!(o.head.get("/api/requests/waiting-count").await.body["count"], 1);
    let account = bot["account_id"].as_str().unwrap();
    let msgs = bot_chat(&o.head, account).await;
    let card = msgs.last().unwrap()["body"].as_str().unwrap().to_string();
    assert!(card.contains("Ivan Tester asks you to approve: Pay an invoice 1 — 1,250.00 EUR to ACME GmbH"), "{card}");
    assert!(card.contains(&format!("[[request:{qid}]]")), "{card}");
    assert!(bot_chat(&o.requester, account).await.last().unwrap()["body"].as_str().unwrap().contains(&qid));

    // Nobody else may decide, and an outsider does not even see it.
    o.finance.post(&format!("/api/requests/{qid}/approve"), json!({})).await.expect_error(403, "forbidden");
    o.outsider.get(&format!("/api/requests/{qid}")).await.expect_error(404, "not_found");
    o.outsider.get("/api/requests?view=all").await.expect_error(403, "forbidden");
    o.owner.get(&format!("/api/requests/{qid}")).await.expect(200);

    // Head approves; finance returns it for changes.
    let q = o.head.post(&format!("/api/requests/{qid}/approve"), json!({"comment": "ok"})).await.expect(200).body;
    assert_eq!((q["state"].as_str(), q["step"].as_i64()), (Some("waiting"), Some(2)));
    o.finance.post(&format!("/api/requests/{qid}/return"), json!({})).await.expect_error(422, "comment_required");
    let q = o
        .finance
        .post(&format!("/api/requests/{qid}/return"), json!({"comment": "Wrong payee"}))
        .await
        .expect(200)
        .body;
    assert_eq!(q["state"], "returned");
    // Only the requester edits it, then sends it again: it restarts at Finance, not at the head.
    o.finance.patch(&format!("/api/requests/{qid}"), json!({"values": values})).await.expect_error(403, "forbidden");
    let fixed = json!({"payee": "ACME Europe GmbH", "amount": money(150_000), "due_date": "2026-12-05"});
    o.requester.patch(&format!("/api/requests/{qid}"), json!({"values": fixed})).await.expect(200);
    let q = o.requester.post(&format!("/api/requests/{qid}/resubmit"), json!({})).await.expect(200).body;
    assert_eq!((q["state"].as_str(), q["step"].as_i64()), (Some("waiting"), Some(2)));
    assert_eq!(q["waiting_for"], json!([o.finance.id]));
    // Finance approves; 1,500.00 EUR > 1,000.00 EUR, so the CFO decides too.
    let q = o.finance.post(&format!("/api/requests/{qid}/approve"), json!({})).await.expect(200).body;
    assert_eq!((q["state"].as_str(), q["step"].as_i64()), (Some("waiting"), Some(3)));
    let q = o.cfo.post(&format!("/api/requests/{qid}/approve"), json!({})).await.expect(200).body;
    assert_eq!(q["state"], "approved");
    assert_eq!(q["waiting_for"], json!([o.finance.id]));
    assert!(q["can"]["execute"] == false);
    // Finance marks it paid with a reference and a date.
    let fq = get_req(&o.finance, &qid).await;
    assert_eq!(fq["can"]["execute"], true);
    o.finance
        .post(&format!("/api/requests/{qid}/execute"), json!({"values": {"reference": "PAY-1"}}))
        .await
        .expect_error(422, "invalid_value");
    let q = o
        .finance
        .post(
            &format!("/api/requests/{qid}/execute"),
            json!({"values": {"reference": "PAY-1", "paid_on": "2026-12-01"}}),
        )
        .await
        .expect(200)
        .body;
    assert_eq!(q["state"], "done");
    assert_eq!(q["execution"]["reference"], "PAY-1");
    assert_eq!(
        actions(&q),
        ["submitted", "approved", "returned", "edited", "resubmitted", "approved", "approved", "executed"]
    );
    let h = &q["history"][2];
    assert_eq!(
        (h["by"].as_str(), h["comment"].as_str(), h["step"].as_i64()),
        (Some(o.finance.id.as_str()), Some("Wrong payee"), Some(2))
    );
    let done_msg = bot_chat(&o.requester, account).await.last().unwrap()["body"].as_str().unwrap().to_string();
    assert!(done_msg.contains("carried out"), "{done_msg}");

    // A small invoice skips the CFO's step.
    let small = json!({"payee": "Paper Ltd", "amount": money(50_000), "due_date": "2026-12-24"});
    let q2 = id(&o.requester.post("/api/requests", json!({"bot_id": b, "values": small})).await.expect(201).body);
    o.head.post(&format!("/api/requests/{q2}/approve"), json!({})).await.expect(200);
    let q = o.finance.post(&format!("/api/requests/{q2}/approve"), json!({})).await.expect(200).body;
    assert_eq!(q["state"], "approved");
    assert!(actions(&q).contains(&"step_skipped".to_string()), "{:?}", actions(&q));

    // Editing the bot never changes a request under way.
    let q3 = id(&o.requester.post("/api/requests", json!({"bot_id": b, "values": small})).await.expect(201).body);
    o.owner
        .patch(&format!("/api/bots/{b}"), json!({"route": [{"kind": "people", "people": [o.cfo.id]}]}))
        .await
        .expect(200);
    let q = get_req(&o.requester, &q3).await;
    assert_eq!(q["bot_version"], 2);
    assert_eq!(q["steps"].as_array().unwrap().len(), 3);
    assert_eq!(q["waiting_for"], json!([o.head.id]));
    // Rejecting needs a reason, and then the requester is told it.
    o.head
        .post(&format!("/api/requests/{q3}/reject"), json!({"comment": "  "}))
        .await
        .expect_error(422, "comment_required");
    let q =
        o.head.post(&format!("/api/requests/{q3}/reject"), json!({"comment": "Not this year"})).await.expect(200).body;
    assert_eq!(q["state"], "rejected");
    o.head.post(&format!("/api/requests/{q3}/approve"), json!({})).await.expect_error(409, "request_state");
    let told = bot_chat(&o.requester, account).await.last().unwrap()["body"].as_str().unwrap().to_string();
    assert!(told.contains("Not this year"), "{told}");

    // Lists: mine, all (owner) with filters.
    let mine = o.requester.get("/api/requests?view=mine").await.expect(200);
    assert_eq!(waiting_ids(&mine), vec![q3.clone(), q2.clone(), qid.clone()]);
    let rejected = o.owner.get(&format!("/api/requests?view=all&state=rejected&bot_id={b}")).await.expect(200);
    assert_eq!(waiting_ids(&rejected), vec![q3.clone()]);
    let by = o.owner.get(&format!("/api/requests?view=all&requester_id={}", o.head.id)).await.expect(200);
    assert!(waiting_ids(&by).is_empty());
    o.owner.get("/api/requests?view=nonsense").await.expect_error(400, "invalid_query");
    o.app.assert_store_consistent();
}

#[tokio::test]
async fn a_withdrawn_request_stops_waiting_and_comments_follow_the_chat_rules() {
    let o = office().await;
    let b = id(&bot_of(&o.owner, "vacation").await);
    let values =
        json!({"period": {"from": "2026-07-01", "to": "2026-07-14"}, "kind": "Paid leave", "substitute": o.finance.id});
    let qid = id(&o.requester.post("/api/requests", json!({"bot_id": b, "values": values})).await.expect(201).body);
    // Comments: participants talk; mentioning an outsider is refused.
    o.head
        .post(&format!("/api/requests/{qid}/comments"), json!({"body": format!("<@{}> who covers?", o.requester.id)}))
        .await
        .expect(201);
    o.head
        .post(&format!("/api/requests/{qid}/comments"), json!({"body": format!("<@{}> look", o.outsider.id)}))
        .await
        .expect_error(422, "mention_not_allowed");
    o.outsider
        .post(&format!("/api/requests/{qid}/comments"), json!({"body": "hi"}))
        .await
        .expect_error(404, "not_found");
    let c = o.requester.get(&format!("/api/requests/{qid}/comments")).await.expect(200);
    assert_eq!(c.body["comments"].as_array().unwrap().len(), 1);
    // Withdrawn: it no longer waits for the head.
    o.head.post(&format!("/api/requests/{qid}/withdraw"), json!({})).await.expect_error(403, "forbidden");
    let q = o.requester.post(&format!("/api/requests/{qid}/withdraw"), json!({})).await.expect(200).body;
    assert_eq!(q["state"], "withdrawn");
    assert_eq!(o.head.get("/api/requests/waiting-count").await.body["count"], 0);
    o.app.assert_store_consistent();
}

#[tokio::test]
async fn a_substitute_receives_the_steps_of_an_approver_on_vacation() {
    let o = office().await;
    let vacation = bot_of(&o.owner, "vacation").await;
    let b = id(&vacation);
    let today = o.app.clock.now().date();
    let tomorrow = bivouac::clock::Timestamp(o.app.clock.now().0 + 86_400_000).date();
    // The head of Sales goes on vacation; the finance person stands in. The head's own head is
    // nobody (Sales is at the top), so the owner decides.
    let values = json!({"period": {"from": today, "to": tomorrow}, "kind": "Paid leave", "substitute": o.finance.id});
    o.head
        .post("/api/requests", json!({"bot_id": b, "values": {"period": {"from": today, "to": tomorrow}, "kind": "Paid leave", "substitute": o.head.id}}))
        .await
        .expect_error(422, "invalid_value");
    let v = o.head.post("/api/requests", json!({"bot_id": b, "values": values})).await.expect(201).body;
    assert_eq!(v["waiting_for"], json!([o.owner.id]));
    let v = o.owner.post(&format!("/api/requests/{}/approve", id(&v)), json!({})).await.expect(200).body;
    assert_eq!(v["state"], "approved");
    let away = o.requester.get(&format!("/api/people/{}/absence", o.head.id)).await.expect(200).body;
    assert_eq!(away["until"], tomorrow);
    assert_eq!(away["substitute_id"], o.finance.id);

    // Now the requester asks for a vacation: it waits for the head, and reaches the substitute.
    let mine = json!({"period": {"from": "2027-01-10", "to": "2027-01-12"}, "kind": "Unpaid leave"});
    let q = o.requester.post("/api/requests", json!({"bot_id": b, "values": mine})).await.expect(201).body;
    let qid = id(&q);
    assert_eq!(q["waiting_for"], json!([o.head.id]));
    let waiting = o.finance.get("/api/requests?view=waiting").await.expect(200);
    assert_eq!(waiting_ids(&waiting), vec![qid.clone()]);
    assert_eq!(o.finance.get("/api/requests/waiting-count").await.body["count"], 1);
    let card = bot_chat(&o.finance, vacation["account_id"].as_str().unwrap()).await;
    assert!(card.last().unwrap()["body"].as_str().unwrap().contains("stand in"), "{:?}", card.last());
    let seen = get_req(&o.finance, &qid).await;
    assert_eq!(seen["can"]["approve"], true);
    // The substitute approves on the head's behalf; the head could have too.
    assert_eq!(get_req(&o.head, &qid).await["can"]["approve"], true);
    let q = o.finance.post(&format!("/api/requests/{qid}/approve"), json!({})).await.expect(200).body;
    assert_eq!(q["state"], "approved");
    let h = q["history"].as_array().unwrap().last().unwrap().clone();
    assert_eq!((h["by"].as_str(), h["on_behalf_of"].as_str()), (Some(o.finance.id.as_str()), Some(o.head.id.as_str())));
    // After the vacation, the substitute no longer stands in.
    o.app.advance(Duration::from_secs(3 * 86_400));
    let q2 = id(&o.requester.post("/api/requests", json!({"bot_id": b, "values": mine})).await.expect(201).body);
    assert_eq!(o.finance.get("/api/requests/waiting-count").await.body["count"], 0);
    o.finance.get(&format!("/api/requests/{q2}")).await.expect_error(404, "not_found");
    let none = o.requester.get(&format!("/api/people/{}/absence", o.head.id)).await.expect(200).body;
    assert!(none.is_null(), "{none}");
    o.app.assert_store_consistent();
}

#[tokio::test]
async fn each_signer_confirms_with_a_password_and_the_file_hash_is_kept() {
    let o = office().await;
    let signing = bot_of(&o.owner, "signing").await;
    let b = id(&signing);
    o.owner
        .patch(&format!("/api/bots/{b}"), json!({"route": [{"kind": "people", "name": "Signers", "people": [o.head.id, o.cfo.id], "all": true, "sign": true}]}))
        .await
        .expect(200);
    let sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    let doc = json!({"name": "contract.pdf", "size": 4, "sha256": sha});
    o.requester
        .post("/api/requests", json!({"bot_id": b, "values": {"document": {"name": "x.pdf", "sha256": "nothex"}}}))
        .await
        .expect_error(422, "invalid_value");
    let qid = id(&o
        .requester
        .post("/api/requests", json!({"bot_id": b, "values": {"document": doc}}))
        .await
        .expect(201)
        .body);
    assert_eq!(get_req(&o.head, &qid).await["can"]["sign"], true);
    o.head.post(&format!("/api/requests/{qid}/approve"), json!({})).await.expect_error(422, "password_required");
    o.head
        .post(&format!("/api/requests/{qid}/approve"), json!({"password": "not-mine-at-all"}))
        .await
        .expect_error(422, "wrong_password");
    let q = o
        .head
        .post(&format!("/api/requests/{qid}/approve"), json!({"password": o.head.password}))
        .await
        .expect(200)
        .body;
    // Both must sign: it still waits, now for the CFO only.
    assert_eq!(q["state"], "waiting");
    assert_eq!(q["waiting_for"], json!([o.cfo.id]));
    let q =
        o.cfo.post(&format!("/api/requests/{qid}/approve"), json!({"password": o.cfo.password})).await.expect(200).body;
    assert_eq!(q["state"], "approved");
    let sigs = q["signatures"].as_array().unwrap();
    assert_eq!(sigs.len(), 2);
    assert_eq!(sigs[0]["by"], o.head.id);
    assert_eq!(sigs[1]["by"], o.cfo.id);
    assert!(sigs.iter().all(|s| s["sha256"] == sha && s["file_name"] == "contract.pdf"));
    assert_eq!(actions(&q), ["submitted", "signed", "signed"]);
    o.app.assert_store_consistent();
}

#[tokio::test]
async fn a_route_survives_a_restart_and_reminds_once_a_day() {
    let mut o = office().await;
    let bot = bot_of(&o.owner, "vacation").await;
    let b = id(&bot);
    let account = bot["account_id"].as_str().unwrap().to_string();
    let values = json!({"period": {"from": "2027-02-01", "to": "2027-02-03"}, "kind": "Other"});
    let qid = id(&o.requester.post("/api/requests", json!({"bot_id": b, "values": values})).await.expect(201).body);
    assert_eq!(bot_chat(&o.head, &account).await.len(), 1);
    o.app.restart().await;
    // Sessions live in the data file: the same people go on after the restart.
    let q = get_req(&o.head, &qid).await;
    assert_eq!((q["state"].as_str(), q["step"].as_i64()), (Some("waiting"), Some(1)));
    // 25 hours later the head is reminded, once.
    o.app.advance(Duration::from_secs(25 * 3600));
    let head = o.head.clone();
    let acct = account.clone();
    eventually(20, || {
        let (head, acct) = (head.clone(), acct.clone());
        async move { (bot_chat(&head, &acct).await.len() == 2).then_some(()) }
    })
    .await;
    let last = bot_chat(&o.head, &account).await.last().unwrap()["body"].as_str().unwrap().to_string();
    assert!(last.contains("Still waiting for your decision (25 hours)"), "{last}");
    tokio::time::sleep(Duration::from_secs(5)).await;
    assert_eq!(bot_chat(&o.head, &account).await.len(), 2, "one reminder, not one per sweep");
    // A restart does not repeat it; a day later comes the next.
    o.app.restart().await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(bot_chat(&o.head, &account).await.len(), 2);
    o.app.advance(Duration::from_secs(24 * 3600));
    eventually(20, || {
        let (head, acct) = (head.clone(), acct.clone());
        async move { (bot_chat(&head, &acct).await.len() == 3).then_some(()) }
    })
    .await;
    let q = o.head.post(&format!("/api/requests/{qid}/approve"), json!({})).await.expect(200).body;
    assert_eq!(q["state"], "approved");
    assert_eq!(actions(&q), ["submitted", "reminded", "reminded", "approved"]);
    o.app.assert_store_consistent();
}

#[tokio::test]
async fn forms_and_definitions_are_checked_field_by_field() {
    let o = office().await;
    let b = id(&bot_of(&o.owner, "invoice").await);
    let post = |values: Value| {
        let u = o.requester.clone();
        let b = b.clone();
        async move { u.post("/api/requests", json!({"bot_id": b, "values": values})).await }
    };
    post(json!({})).await.expect_error(422, "invalid_value");
    let bad_money =
        json!({"payee": "A", "amount": {"amount_minor": 12.5, "currency": "EUR"}, "due_date": "2026-12-01"});
    let r = post(bad_money).await.expect_error(422, "invalid_value");
    assert!(r.body["error"]["message"].as_str().unwrap().contains("Amount"), "{}", r.text);
    post(json!({"payee": "A", "amount": money(100), "due_date": "2026-13-01"}))
        .await
        .expect_error(422, "invalid_value");
    post(json!({"payee": "A", "amount": money(100), "due_date": "2026-12-01", "nope": 1}))
        .await
        .expect_error(422, "invalid_value");
    // In Russian, the same error in Russian.
    let r = o
        .requester
        .client
        .post(o.app.url("/api/requests"))
        .header("X-CSRF-Token", &o.requester.csrf)
        .header("Accept-Language", "ru")
        .json(&json!({"bot_id": b, "values": {}}))
        .send()
        .await
        .unwrap();
    let text = r.text().await.unwrap();
    assert!(text.contains("обязательное поле"), "{text}");
    // Definitions.
    for bad in [
        json!({"name": "", "route": [{"kind": "role", "role": "admin"}]}),
        json!({"name": "X", "route": []}),
        json!({"name": "X", "fields": [{"key": "A b", "label": "A", "type": "text"}], "route": [{"kind": "department_head"}]}),
        json!({"name": "X", "fields": [{"key": "a", "label": "A", "type": "colour"}], "route": [{"kind": "department_head"}]}),
        json!({"name": "X", "fields": [{"key": "a", "label": "A", "type": "choice"}], "route": [{"kind": "department_head"}]}),
        json!({"name": "X", "route": [{"kind": "head_of"}]}),
        json!({"name": "X", "fields": [{"key": "a", "label": "A", "type": "text"}],
               "route": [{"kind": "department_head", "condition": {"field": "a", "op": ">", "value": 1}}]}),
        json!({"name": "X", "fields": [{"key": "n", "label": "N", "type": "number"}],
               "route": [{"kind": "department_head", "condition": {"field": "n", "op": "~", "value": 1}}]}),
    ] {
        o.owner.post("/api/bots", bad.clone()).await.expect_error(422, "invalid_bot");
    }
    o.owner
        .post("/api/bots", json!({"name": "X", "route": [{"kind": "nobody"}]}))
        .await
        .expect_error(422, "invalid_bot");
    o.requester
        .post("/api/bots", json!({"name": "X", "route": [{"kind": "department_head"}]}))
        .await
        .expect_error(403, "forbidden");
    // A custom bot with a role step: every admin may decide, any one of them.
    let admin = o.app.add_member(&o.owner, "admin", "Ada").await;
    let custom = o
        .owner
        .post("/api/bots", json!({"name": format!("Laptop {}", next_n()), "icon": "💻",
            "fields": [{"key": "model", "label": "Model", "type": "choice", "options": ["Air", "Pro"], "required": true},
                       {"key": "count", "label": "Count", "type": "number", "min": 1, "max": 3}],
            "route": [{"kind": "role", "role": "admin"}], "watchers": [o.cfo.id]}))
        .await
        .expect(201)
        .body;
    let c = id(&custom);
    o.requester
        .post("/api/requests", json!({"bot_id": c, "values": {"model": "Pro", "count": 4}}))
        .await
        .expect_error(422, "invalid_value");
    let q = o
        .requester
        .post("/api/requests", json!({"bot_id": c, "values": {"model": "Pro", "count": 2}}))
        .await
        .expect(201)
        .body;
    assert_eq!(q["waiting_for"], json!([admin.id]));
    // The watcher sees it and is told the outcome.
    get_req(&o.cfo, &id(&q)).await;
    o.app.assert_store_consistent();
}

#[tokio::test]
async fn an_approved_entry_pass_gets_a_code_a_qr_code_and_a_front_desk_page() {
    let o = office().await;
    let pass = bot_of(&o.owner, "entry_pass").await;
    let b = id(&pass);
    o.owner
        .patch(
            &format!("/api/bots/{b}"),
            json!({"route": [{"kind": "people", "name": "Security", "people": [o.cfo.id]}]}),
        )
        .await
        .expect(200);
    let today = o.app.clock.now().date();
    let values = json!({"visitor": "Vera Visitor", "company": "Globex", "date": today, "from_time": "09:00",
        "to_time": "12:00", "host": o.requester.id, "car_plate": "B-XY 123"});
    let qid = id(&o.requester.post("/api/requests", json!({"bot_id": b, "values": values})).await.expect(201).body);
    assert!(get_req(&o.requester, &qid).await.get("pass_code").is_none());
    o.requester.get(&format!("/api/requests/{qid}/pass.svg")).await.expect_error(404, "not_found");
    let q = o.cfo.post(&format!("/api/requests/{qid}/approve"), json!({})).await.expect(200).body;
    let code = q["pass_code"].as_str().unwrap().to_string();
    assert_eq!(code.len(), 10);
    let svg = o.requester.get(&format!("/api/requests/{qid}/pass.svg")).await.expect(200);
    assert!(
        svg.header("content-type").unwrap().starts_with("image/svg+xml") && svg.text.contains("<path d=\"M"),
        "{}",
        svg.text
    );
    o.outsider.get(&format!("/api/requests/{qid}/pass.svg")).await.expect_error(404, "not_found");
    // The front desk needs no account: the code shows only this pass's validity.
    let check = o.app.anon("GET", &format!("/api/passes/{code}"), None).await.expect(200).body;
    assert_eq!((check["valid"].as_bool(), check["visitor"].as_str()), (Some(true), Some("Vera Visitor")));
    assert!(check.get("host").is_none() && check.get("requester_id").is_none(), "{check}");
    let page = o.app.anon("GET", &format!("/pass/{}", code.to_lowercase()), None).await.expect(200);
    assert!(
        page.text.contains("Valid today.") && page.text.contains("Vera Visitor") && page.text.contains("09:00 – 12:00"),
        "{}",
        page.text
    );
    o.app.anon("GET", "/api/passes/NOSUCHCODE", None).await.expect_error(404, "not_found");
    let unknown = o.app.anon("GET", "/pass/NOSUCHCODE", None).await.expect(200);
    assert!(unknown.text.contains("There is no pass with this code."));
    // The next day it is no longer valid.
    o.app.advance(Duration::from_secs(86_400));
    let check = o.app.anon("GET", &format!("/api/passes/{code}"), None).await.expect(200).body;
    assert_eq!(check["valid"], false);
    assert!(check["status"].as_str().unwrap().contains("was for"), "{check}");
    o.app.assert_store_consistent();
}

#[tokio::test]
async fn all_requests_export_as_csv_with_formulas_neutralised() {
    let o = office().await;
    let b = id(&bot_of(&o.owner, "invoice").await);
    let values = json!({"payee": "=HYPERLINK(\"http://evil\",\"x\")", "amount": money(1_000), "due_date": "2026-12-01",
        "description": "two\nlines, with \"quotes\""});
    o.requester.post("/api/requests", json!({"bot_id": b, "values": values})).await.expect(201);
    o.requester.get("/api/requests/export").await.expect_error(403, "forbidden");
    let r = o.owner.get(&format!("/api/requests/export?bot_id={b}&state=waiting")).await.expect(200);
    assert!(r.header("content-type").unwrap().starts_with("text/csv"));
    let lines: Vec<&str> = r.text.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "number,bot,title,requester,state,step,created_at,updated_at,summary,values,Payee,Amount,Due date,Invoice,Description"
    );
    assert!(r.text.contains("Ivan Tester,waiting,1,"), "{}", r.text);
    // The payee's own column starts with `=`: neutralised, and quoted for its commas and quotes.
    assert!(r.text.contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",10.00 EUR,2026-12-01,,"), "{}", r.text);
    assert!(r.text.contains("two\nlines, with \"\"quotes\"\""), "{}", r.text);
    let none = o.owner.get("/api/requests/export?state=done").await.expect(200);
    assert_eq!(none.text.split("\r\n").filter(|l| !l.is_empty()).count(), 1);
}

/// Uploads `bytes` as `u` and answers the upload (`{id, name, size, sha256, …}`).
async fn upload(u: &User, name: &str, bytes: &[u8]) -> Value {
    let r = u
        .client
        .post(format!("{}/api/files", u.base))
        .query(&[("name", name)])
        .header("X-CSRF-Token", &u.csrf)
        .body(bytes.to_vec())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    r.json().await.unwrap()
}

/// What `u` gets for the file: the status and the bytes.
async fn download(u: &User, file: &str) -> (u16, Vec<u8>) {
    let r = u.client.get(format!("{}/api/files/{file}", u.base)).send().await.unwrap();
    (r.status().as_u16(), r.bytes().await.unwrap().to_vec())
}

#[tokio::test]
async fn an_invoice_file_goes_with_the_request_to_those_who_see_it() {
    let o = office().await;
    let b = id(&bot_of(&o.owner, "invoice").await);
    let pdf = b"%PDF-1.4\n% the invoice of ACME GmbH, number 12\n%%EOF\n";
    let up = upload(&o.requester, "acme-12.pdf", pdf).await;
    let file = id(&up);
    let values = json!({"payee": "ACME GmbH", "amount": money(50_000), "due_date": "2026-12-05",
        "description": "Servers", "invoice": {"file_id": file, "name": "forged.exe", "sha256": "0".repeat(64)}});

    // Someone else's upload cannot be given: the form names the field.
    let r = o.outsider.post("/api/requests", json!({"bot_id": b, "values": values})).await.expect(422);
    assert!(
        r.text.contains("invoice") || r.body["error"]["message"].as_str().unwrap().contains("nvoice"),
        "{}",
        r.text
    );

    let q = o.requester.post("/api/requests", json!({"bot_id": b, "values": values})).await.expect(201).body;
    // The name, size and hash are the stored file's, not what the form said.
    let inv = &q["values"]["invoice"];
    assert_eq!(inv["name"], "acme-12.pdf");
    assert_eq!(inv["size"], pdf.len());
    assert_eq!(inv["sha256"], up["sha256"]);
    assert_eq!(inv["file_id"], file);

    // The approver (head of the requester's department) downloads it; the outsider learns nothing.
    assert_eq!(download(&o.head, &file).await, (200, pdf.to_vec()));
    assert_eq!(download(&o.requester, &file).await, (200, pdf.to_vec()));
    assert_eq!(download(&o.outsider, &file).await.0, 404);

    // The same upload cannot go into a second request, nor into a message.
    o.requester.post("/api/requests", json!({"bot_id": b, "values": values})).await.expect(422);
    let chat = o.requester.post("/api/chats", json!({"person_ids": [o.head.id]})).await;
    let chat = id(&chat.body);
    let posted = o
        .requester
        .post(&format!("/api/channels/{chat}/messages"), json!({"client_id": "f1", "body": "see", "file_ids": [file]}))
        .await;
    assert!(posted.status >= 400 && posted.status < 500, "{}", posted.text);
    assert_eq!(download(&o.head, &file).await, (200, pdf.to_vec()), "still there for the approver");

    // A file given to a request is not an upload nobody used: a day later it is still there,
    // and the data file checks clean.
    let store = o.app.state().store.clone();
    o.app.advance(Duration::from_secs(25 * 3600));
    assert_eq!(bivouac::files::collect_pending(&store).await.unwrap(), 0);
    assert_eq!(download(&o.head, &file).await, (200, pdf.to_vec()));
    o.app.assert_store_consistent();
}
