//! Hostile input, generated: arbitrary bodies, query strings and WebSocket frames to every
//! route, and random sequences of calls by random roles, asserting no 5xx and that the policy's
//! promises (who sees what) hold after every step.

use std::collections::BTreeSet;

use futures_util::SinkExt;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;

use crate::helpers::{TestApp, User, next_n, spawn};
use crate::matrix::TABLE;

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap()
}

/// `HOSTILE_CASES` cases (or `default`); failures are reported, not saved to a file.
fn config(default: u32) -> Config {
    let cases = std::env::var("HOSTILE_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(default);
    Config { failure_persistence: None, ..Config::with_cases(cases) }
}

/// An arbitrary JSON value, a few levels deep.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(|f| json!(f)),
        ".{0,40}".prop_map(Value::String),
        "[0-9a-z]{13}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::btree_map(
                prop_oneof![
                    Just("name".to_string()),
                    Just("body".to_string()),
                    Just("email".to_string()),
                    Just("ids".to_string()),
                    Just("person_ids".to_string()),
                    Just("role".to_string()),
                    Just("client_id".to_string()),
                    ".{0,12}"
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Concrete paths for a route template: ids that exist, that do not, and that are garbage.
fn paths(route: &str, real: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for id in real.iter().map(String::as_str).chain(["0000000000000", "%00", "..", "zzzzzzzzzzzzz"]) {
        out.push(route.replace("{id}", id).replace("{person_id}", id));
    }
    out
}

#[test]
fn arbitrary_bodies_and_queries_never_get_a_5xx() {
    let rt = runtime();
    let (app, owner, real) = rt.block_on(async {
        let app = spawn().await;
        let owner = app.create_owner().await;
        let chat = owner.post("/api/channels", json!({"name": "target"})).await.expect(201).body["id"]
            .as_str()
            .unwrap()
            .to_string();
        let msg = owner
            .post(&format!("/api/channels/{chat}/messages"), json!({"client_id": "h1", "body": "x"}))
            .await
            .expect(201)
            .body["id"]
            .as_str()
            .unwrap()
            .to_string();
        let id = owner.id.clone();
        (app, owner, vec![chat, msg, id])
    });
    let mut routes: Vec<(String, String)> = Vec::new();
    for (_, route, _) in TABLE {
        let (method, path) = route.split_once(' ').unwrap();
        if *route == "DELETE /api/session" {
            continue;
        }
        for p in paths(path, &real) {
            routes.push((method.to_string(), p));
        }
    }
    for route in crate::matrix::PUBLIC {
        let (method, path) = route.split_once(' ').unwrap();
        routes.push((method.to_string(), path.to_string()));
    }
    let n = routes.len();
    let mut runner = TestRunner::new(config(400));
    let strategy = (0..n, json_value(), proptest::collection::vec(any::<u8>(), 0..300), any::<bool>(), "[ -~]{0,60}");
    runner
        .run(&strategy, |(i, value, raw, use_raw, query)| {
            let (method, path) = &routes[i];
            let status = rt.block_on(async {
                let url = format!("{}?{}", app.url(path), query);
                let mut req = owner.client.request(method.parse().unwrap(), &url).header("X-CSRF-Token", &owner.csrf);
                if method != "GET" {
                    req = req.header("content-type", "application/json");
                    req = if use_raw { req.body(raw.clone()) } else { req.body(value.to_string()) };
                }
                req.send().await.map(|r| r.status().as_u16()).unwrap_or(0)
            });
            prop_assert!(status != 0 && status < 500, "{method} {path}?{query}: {status}");
            Ok(())
        })
        .unwrap();
    rt.block_on(async {
        app.anon("GET", "/healthz", None).await.expect(200);
        app.assert_store_consistent();
    });
}

#[test]
fn arbitrary_websocket_frames_never_hurt_the_server() {
    let rt = runtime();
    let (app, owner) = rt.block_on(async {
        let app = spawn().await;
        let owner = app.create_owner().await;
        (app, owner)
    });
    let mut runner = TestRunner::new(config(60));
    runner
        .run(
            &proptest::collection::vec(prop_oneof![".{0,200}", json_value().prop_map(|v| v.to_string())], 1..20),
            |frames| {
                rt.block_on(async {
                    let mut live = crate::live::Live::connect(&app, &owner).await;
                    for f in frames {
                        if live.ws.send(Message::Text(f.into())).await.is_err() {
                            break;
                        }
                    }
                });
                let ok = rt.block_on(owner.get("/api/channels")).status;
                prop_assert_eq!(ok, 200);
                Ok(())
            },
        )
        .unwrap();
}

/// One call of the random sequence.
#[derive(Clone, Debug)]
enum Op {
    CreateChannel,
    OpenChat(usize),
    Join(usize),
    Leave(usize),
    AddMember(usize, usize),
    Post(usize, Option<usize>),
    Edit(usize),
    Delete(usize),
    ChangeRole(usize, usize),
    Pin(usize),
}

fn op() -> impl Strategy<Value = (usize, Op)> {
    let i = 0..6usize;
    (
        0..5usize,
        prop_oneof![
            Just(Op::CreateChannel),
            i.clone().prop_map(Op::OpenChat),
            i.clone().prop_map(Op::Join),
            i.clone().prop_map(Op::Leave),
            (i.clone(), i.clone()).prop_map(|(a, b)| Op::AddMember(a, b)),
            (i.clone(), proptest::option::of(i.clone())).prop_map(|(a, b)| Op::Post(a, b)),
            i.clone().prop_map(Op::Edit),
            i.clone().prop_map(Op::Delete),
            (i.clone(), 0..5usize).prop_map(|(a, b)| Op::ChangeRole(a, b)),
            i.prop_map(Op::Pin),
        ],
    )
}

const ROLES: [&str; 5] = ["owner", "admin", "integrator", "employee", "freelancer"];

/// Everyone's promises after a step: no role shown to those who may not see roles; a Freelancer's
/// directory holds only his direct partners; every listed chat can be read; no other can.
async fn check_promises(users: &[User], chats: &BTreeSet<String>) -> Result<(), String> {
    for u in users {
        let me = u.get("/api/session").await;
        if me.status != 200 {
            continue;
        }
        let role = me.body["person"]["role"].as_str().unwrap_or("").to_string();
        let people = u.get("/api/people").await;
        let list = people.body["people"].as_array().cloned().unwrap_or_default();
        if (role == "employee" || role == "freelancer")
            && let Some(p) = list.iter().find(|p| p["id"] != u.id.as_str() && p.get("role").is_some())
        {
            return Err(format!("a {role} sees a role: {p}"));
        }
        let mine = u.get("/api/channels?archived=true").await;
        let mine: BTreeSet<String> =
            mine.body.as_array().unwrap().iter().map(|c| c["id"].as_str().unwrap().to_string()).collect();
        if role == "freelancer" {
            let mut partners = BTreeSet::from([u.id.clone()]);
            for c in &mine {
                let d = u.get(&format!("/api/channels/{c}")).await;
                if d.body["kind"] == "direct" {
                    partners
                        .extend(d.body["members"].as_array().unwrap().iter().map(|m| m.as_str().unwrap().to_string()));
                }
            }
            for p in &list {
                if !partners.contains(p["id"].as_str().unwrap()) {
                    return Err(format!("a freelancer sees {p}, who is not a direct partner"));
                }
            }
        }
        for c in chats {
            let r = u.get(&format!("/api/channels/{c}/messages")).await;
            let readable = r.status == 200;
            if readable != mine.contains(c) {
                return Err(format!("{role}: chat {c} readable={readable} but listed={}", mine.contains(c)));
            }
        }
    }
    Ok(())
}

#[test]
fn random_calls_by_random_roles_keep_the_promises() {
    use std::cell::RefCell;
    let rt = runtime();
    let (app, users): (TestApp, Vec<User>) = rt.block_on(async {
        let app = spawn().await;
        let owner = app.create_owner().await;
        let mut users = vec![owner.clone()];
        for role in &ROLES[1..] {
            users.push(app.add_member(&owner, role, "Rand").await);
        }
        (app, users)
    });
    let users = RefCell::new(users);
    let chats: RefCell<BTreeSet<String>> = RefCell::new(BTreeSet::new());
    let messages: RefCell<Vec<String>> = RefCell::new(Vec::new());
    let mut runner = TestRunner::new(config(12));
    runner
        .run(&proptest::collection::vec(op(), 1..25), |ops| {
            rt.block_on(async {
                for (who, op) in ops {
                    let everyone = users.borrow().clone();
                    let u = &everyone[who];
                    let pick = |i: usize| {
                        chats.borrow().iter().nth(i % chats.borrow().len().max(1)).cloned().unwrap_or_default()
                    };
                    let person = |i: usize| everyone[i % everyone.len()].id.clone();
                    let message = |i: usize| {
                        let m = messages.borrow();
                        (!m.is_empty()).then(|| m[i % m.len()].clone())
                    };
                    let r = match &op {
                        Op::CreateChannel => {
                            u.post(
                                "/api/channels",
                                json!({"name": format!("r{}", next_n()), "private": next_n().is_multiple_of(2)}),
                            )
                            .await
                        }
                        Op::OpenChat(i) => u.post("/api/chats", json!({"person_ids": [person(*i)]})).await,
                        Op::Join(i) => u.post(&format!("/api/channels/{}/join", pick(*i)), json!({})).await,
                        Op::Leave(i) => u.post(&format!("/api/channels/{}/leave", pick(*i)), json!({})).await,
                        Op::AddMember(i, j) => {
                            u.post(&format!("/api/channels/{}/members", pick(*i)), json!({"person_ids": [person(*j)]}))
                                .await
                        }
                        Op::Post(i, mention) => {
                            let body = match mention {
                                Some(m) => format!("hi <@{}>", person(*m)),
                                None => "hi".into(),
                            };
                            u.post(
                                &format!("/api/channels/{}/messages", pick(*i)),
                                json!({"client_id": format!("p{}", next_n()), "body": body}),
                            )
                            .await
                        }
                        Op::Edit(i) => match message(*i) {
                            Some(id) => u.patch(&format!("/api/messages/{id}"), json!({"body": "edited"})).await,
                            None => continue,
                        },
                        Op::Delete(i) => match message(*i) {
                            Some(id) => u.delete(&format!("/api/messages/{id}")).await,
                            None => continue,
                        },
                        Op::ChangeRole(i, role) if i % everyone.len() != 0 => {
                            u.patch(&format!("/api/people/{}", person(*i)), json!({"role": ROLES[1 + role % 4]})).await
                        }
                        Op::ChangeRole(..) => continue,
                        Op::Pin(i) => u.put("/api/sidebar/pinned-chats", json!({"ids": [pick(*i)]})).await,
                    };
                    prop_assert!(r.status < 500, "{op:?} by {}: {} {}", ROLES[who], r.status, r.text);
                    if r.status == 201
                        && let Some(id) = r.body["id"].as_str()
                    {
                        if r.body.get("kind").is_some() {
                            chats.borrow_mut().insert(id.to_string());
                        } else if r.body.get("channel_id").is_some() {
                            messages.borrow_mut().push(id.to_string());
                        }
                    }
                    // A downgrade ends the person's sessions: sign them in again.
                    for (k, u) in everyone.iter().enumerate() {
                        if u.get("/api/session").await.status == 401 {
                            let fresh =
                                app.login(&u.email, &u.password).await.map_err(|r| TestCaseError::fail(r.text))?;
                            users.borrow_mut()[k] = fresh;
                        }
                    }
                    let now = users.borrow().clone();
                    let known = chats.borrow().clone();
                    check_promises(&now, &known).await.map_err(TestCaseError::fail)?;
                }
                Ok(())
            })
        })
        .unwrap();
    rt.block_on(async { app.assert_store_consistent() });
}
