//! Tests' conveniences over the real `bivouac` binary as a child process (`support::process`), for
//! tests that stop, kill and restart it: the signed-in owner, a write load, reading a chat back.

use serde_json::{Value, json};

use crate::helpers::{Resp, User, send};
use crate::support::process::Server;

/// The signed-in owner of a server started on a fresh data directory: what the tests do first.
pub trait ServerExt {
    /// Creates the owner through the setup link file and signs in.
    async fn owner(&self) -> User;
    /// Signs the owner in again (after a restart).
    async fn login(&self) -> User;
}

impl ServerExt for Server {
    async fn owner(&self) -> User {
        let link = std::fs::read_to_string(self.dir.join("setup-link.txt")).unwrap();
        let token = link.trim().split("token=").nth(1).unwrap().to_string();
        let client = reqwest::Client::builder().cookie_store(true).build().unwrap();
        let body = json!({"token": token, "first_name": "Olga", "last_name": "Owner", "email": "owner@example.com", "password": "owner-password"});
        let r = send(&client, "POST", &self.url("/api/setup"), Some(body), None).await.expect(201);
        User::from_session(client, &self.url(""), &r, "owner-password")
    }

    async fn login(&self) -> User {
        let client = reqwest::Client::builder().cookie_store(true).build().unwrap();
        let r = send(
            &client,
            "POST",
            &self.url("/api/session"),
            Some(json!({"email": "owner@example.com", "password": "owner-password"})),
            None,
        )
        .await
        .expect(200);
        User::from_session(client, &self.url(""), &r, "owner-password")
    }
}

/// Posts messages into `chat` from `writers` concurrent tasks until one fails (the server went
/// away) or `stop` is set; returns the ids the server acknowledged.
pub async fn write_load(
    user: &User,
    chat: &str,
    writers: usize,
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
) -> Vec<String> {
    let mut tasks = Vec::new();
    for w in 0..writers {
        let (u, chat, stop) = (user.clone(), chat.to_string(), stop.clone());
        tasks.push(tokio::spawn(async move {
            let mut acked = Vec::new();
            for i in 0.. {
                if stop.load(std::sync::atomic::Ordering::SeqCst) {
                    break;
                }
                let body = json!({"client_id": format!("w{w}-{i}"), "body": format!("load {w}/{i}")});
                let r: Resp = match u
                    .client
                    .post(format!("{}/api/channels/{chat}/messages", user_base(&u)))
                    .header("X-CSRF-Token", &u.csrf)
                    .json(&body)
                    .send()
                    .await
                {
                    Ok(res) => {
                        let status = res.status().as_u16();
                        let text = res.text().await.unwrap_or_default();
                        Resp {
                            status,
                            headers: Default::default(),
                            body: serde_json::from_str(&text).unwrap_or(Value::Null),
                            text,
                        }
                    }
                    Err(_) => break,
                };
                if r.status != 201 {
                    break;
                }
                acked.push(r.body["id"].as_str().unwrap().to_string());
            }
            acked
        }));
    }
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await.unwrap());
    }
    all
}

fn user_base(u: &User) -> String {
    u.base.clone()
}

/// Every top-level message id of `chat`, oldest first.
pub async fn all_messages(user: &User, chat: &str) -> Vec<String> {
    let mut ids = Vec::new();
    let mut before: Option<String> = None;
    loop {
        let url = match &before {
            Some(b) => format!("/api/channels/{chat}/messages?limit=200&before={b}"),
            None => format!("/api/channels/{chat}/messages?limit=200"),
        };
        let page = user.get(&url).await.expect(200);
        let got: Vec<String> =
            page.body["messages"].as_array().unwrap().iter().map(|m| m["id"].as_str().unwrap().to_string()).collect();
        if got.is_empty() {
            break;
        }
        before = Some(got[0].clone());
        ids.splice(0..0, got);
        if page.body["has_more"] == false {
            break;
        }
    }
    ids
}
