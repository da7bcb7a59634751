//! The bots' rows of the role matrix (`matrix.rs`): the concrete request for each row, in a world
//! where the owner has made a bot whose route names the people the row needs.

use serde_json::{Value, json};

use crate::helpers::{User, next_n};

/// A bot with one optional text field, a route of `approvers` (any one decides) and, if given,
/// an execution step by `executors`.
pub async fn make_bot(owner: &User, approvers: &[&str], executors: &[&str]) -> String {
    let mut body = json!({
        "name": format!("Matrix bot {}", next_n()),
        "fields": [{"key": "t", "label": "Text", "type": "text"}],
        "route": [{"kind": "people", "people": approvers}],
    });
    if !executors.is_empty() {
        body["executor"] = json!({"people": executors});
    }
    let r = owner.post("/api/bots", body).await.expect(201);
    r.body["id"].as_str().unwrap().to_string()
}

pub async fn make_request(by: &User, bot: &str) -> String {
    let r = by.post("/api/requests", json!({"bot_id": bot, "values": {"t": "x"}})).await.expect(201);
    r.body["id"].as_str().unwrap().to_string()
}

/// (method, path, body) for a `bots:` row.
pub async fn request(
    owner: &User,
    actor: &User,
    colleague: &User,
    shared: &str,
    is_owner: bool,
    is_freelancer: bool,
    key: &str,
) -> (&'static str, String, Option<Value>) {
    // Someone other than the actor who decides the actor's own requests.
    let other = if is_owner { colleague } else { owner };
    match key {
        "bots: list bots" => ("GET", "/api/bots".into(), None),
        "bots: one bot" => ("GET", format!("/api/bots/{}", make_bot(owner, &[&owner.id], &[]).await), None),
        "bots: create bot" => {
            ("POST", "/api/bots".into(), Some(json!({"name": "Mine", "route": [{"kind": "department_head"}]})))
        }
        "bots: edit bot" => {
            let b = make_bot(owner, &[&owner.id], &[]).await;
            ("PATCH", format!("/api/bots/{b}"), Some(json!({"description": "changed"})))
        }
        "bots: delete bot" => ("DELETE", format!("/api/bots/{}", make_bot(owner, &[&owner.id], &[]).await), None),
        "bots: my requests" => ("GET", "/api/requests?view=mine".into(), None),
        "bots: all requests" => ("GET", "/api/requests?view=all".into(), None),
        "bots: waiting count" => ("GET", "/api/requests/waiting-count".into(), None),
        "bots: start request" => {
            let b = make_bot(owner, &[&other.id], &[]).await;
            ("POST", "/api/requests".into(), Some(json!({"bot_id": b, "values": {"t": "hello"}})))
        }
        "bots: someone else's request" => {
            let third = if is_owner { owner } else { colleague };
            let approver = if is_owner { colleague } else { owner };
            let b = make_bot(owner, &[&approver.id], &[]).await;
            let q = make_request(third, &b).await;
            ("GET", format!("/api/requests/{q}"), None)
        }
        "bots: request I approve"
        | "bots: approve"
        | "bots: reject"
        | "bots: return"
        | "bots: comments"
        | "bots: comment" => {
            let b = make_bot(owner, &[&actor.id], &[]).await;
            let q = make_request(colleague, &b).await;
            match key {
                "bots: request I approve" => ("GET", format!("/api/requests/{q}"), None),
                "bots: approve" => ("POST", format!("/api/requests/{q}/approve"), Some(json!({}))),
                "bots: reject" => ("POST", format!("/api/requests/{q}/reject"), Some(json!({"comment": "no"}))),
                "bots: return" => ("POST", format!("/api/requests/{q}/return"), Some(json!({"comment": "fix"}))),
                "bots: comments" => ("GET", format!("/api/requests/{q}/comments"), None),
                _ => ("POST", format!("/api/requests/{q}/comments"), Some(json!({"body": "a word"}))),
            }
        }
        "bots: approve someone else's step" => {
            let approver = if is_owner { colleague } else { owner };
            let b = make_bot(owner, &[&approver.id], &[]).await;
            let q = make_request(colleague, &b).await;
            ("POST", format!("/api/requests/{q}/approve"), Some(json!({})))
        }
        "bots: withdraw own request" | "bots: edit returned request" | "bots: resubmit" => {
            let q = if is_freelancer {
                // A freelancer makes no requests: he is the approver of a colleague's.
                let b = make_bot(owner, &[&actor.id], &[]).await;
                make_request(colleague, &b).await
            } else {
                let b = make_bot(owner, &[&other.id], &[]).await;
                let q = make_request(actor, &b).await;
                if key != "bots: withdraw own request" {
                    other.post(&format!("/api/requests/{q}/return"), json!({"comment": "fix it"})).await.expect(200);
                }
                q
            };
            match key {
                "bots: withdraw own request" => ("POST", format!("/api/requests/{q}/withdraw"), Some(json!({}))),
                "bots: edit returned request" => {
                    ("PATCH", format!("/api/requests/{q}"), Some(json!({"values": {"t": "fixed"}})))
                }
                _ => ("POST", format!("/api/requests/{q}/resubmit"), Some(json!({}))),
            }
        }
        "bots: execute" => {
            let approver = if is_owner { colleague } else { owner };
            let b = make_bot(owner, &[&approver.id], &[&actor.id]).await;
            let q = make_request(colleague, &b).await;
            approver.post(&format!("/api/requests/{q}/approve"), json!({})).await.expect(200);
            ("POST", format!("/api/requests/{q}/execute"), Some(json!({"comment": "done"})))
        }
        "bots: pass qr" => {
            // An approved entry pass the actor decided.
            let pass = crate::bots::bot_of(owner, "entry_pass").await;
            let b = pass["id"].as_str().unwrap().to_string();
            owner
                .patch(&format!("/api/bots/{b}"), json!({"route": [{"kind": "people", "people": [actor.id]}]}))
                .await
                .expect(200);
            let values = json!({"visitor": "Vera Visitor", "date": "2030-01-01", "from_time": "09:00", "to_time": "12:00", "host": colleague.id});
            let q = colleague.post("/api/requests", json!({"bot_id": b, "values": values})).await.expect(201).body;
            let q = q["id"].as_str().unwrap().to_string();
            actor.post(&format!("/api/requests/{q}/approve"), json!({})).await.expect(200);
            ("GET", format!("/api/requests/{q}/pass.svg"), None)
        }
        "bots: bot accounts" => ("GET", "/api/bot-accounts".into(), None),
        "bots: create bot account" => ("POST", "/api/bot-accounts".into(), Some(json!({"name": "Deploy bot"}))),
        "bots: rotate token" | "bots: revoke token" => {
            let a = owner.post("/api/bot-accounts", json!({"name": format!("CI {}", next_n())})).await.expect(201);
            let path = format!("/api/bot-accounts/{}/token", a.body["id"].as_str().unwrap());
            if key == "bots: rotate token" { ("POST", path, Some(json!({}))) } else { ("DELETE", path, None) }
        }
        "bots: webhooks" => ("GET", format!("/api/channels/{shared}/webhooks"), None),
        "bots: create webhook" => {
            ("POST", format!("/api/channels/{shared}/webhooks"), Some(json!({"name": "Alertmanager"})))
        }
        "bots: create outgoing webhook" => (
            "POST",
            format!("/api/channels/{shared}/outgoing-webhooks"),
            Some(json!({"trigger": format!("!t{}", next_n()), "url": "https://example.com/hook"})),
        ),
        "bots: delete webhook" => {
            let h =
                owner.post(&format!("/api/channels/{shared}/webhooks"), json!({"name": "Old hook"})).await.expect(201);
            ("DELETE", format!("/api/webhooks/{}", h.body["id"].as_str().unwrap()), None)
        }
        "bots: export" => ("GET", "/api/requests/export".into(), None),
        "bots: absence" => ("GET", format!("/api/people/{}/absence", owner.id), None),
        other => panic!("no request for row {other}"),
    }
}
