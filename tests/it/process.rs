//! The real `bivouac` binary as a child process, for tests that stop, kill and restart it.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::Duration;

use serde_json::{Value, json};

use crate::helpers::{Resp, User, send};

pub const BIN: &str = env!("CARGO_BIN_EXE_bivouac");

pub struct Server {
    pub child: Child,
    pub port: u16,
    pub dir: PathBuf,
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

impl Server {
    /// Starts `bivouac` on `dir` and waits until it is ready.
    pub async fn start(dir: &Path, port: u16) -> Server {
        let log = std::fs::File::create(dir.with_extension("log")).unwrap();
        let child = Command::new(BIN)
            .args([
                "--data-dir",
                dir.to_str().unwrap(),
                "--listen",
                &format!("127.0.0.1:{port}"),
                "--log",
                "warn",
                "--min-free-disk",
                "0",
            ])
            .env_clear()
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("bivouac starts");
        let s = Server { child, port, dir: dir.to_path_buf() };
        let client = reqwest::Client::new();
        for _ in 0..400 {
            if client.get(s.url("/readyz")).send().await.is_ok_and(|r| r.status() == 200) {
                return s;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        panic!(
            "bivouac did not become ready; log: {}",
            std::fs::read_to_string(dir.with_extension("log")).unwrap_or_default()
        );
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://localhost:{}{path}", self.port)
    }

    pub fn signal(&self, sig: i32) {
        // SAFETY: kill(2) on our own child's pid.
        let rc = unsafe { libc::kill(self.child.id() as i32, sig) };
        assert_eq!(rc, 0, "kill failed");
    }

    /// Waits (up to 40 s) for the process to exit.
    pub fn wait(&mut self) -> ExitStatus {
        for _ in 0..800 {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        panic!("bivouac did not exit within 40s");
    }

    /// Creates the owner through the setup link file and signs in.
    pub async fn owner(&self) -> User {
        let link = std::fs::read_to_string(self.dir.join("setup-link.txt")).unwrap();
        let token = link.trim().split("token=").nth(1).unwrap().to_string();
        let client = reqwest::Client::builder().cookie_store(true).build().unwrap();
        let body = json!({"token": token, "first_name": "Olga", "last_name": "Owner", "email": "owner@example.com", "password": "owner-password"});
        let r = send(&client, "POST", &self.url("/api/setup"), Some(body), None).await.expect(201);
        User::from_session(client, &self.url(""), &r, "owner-password")
    }

    pub async fn login(&self) -> User {
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

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs `bivouac <args>` to completion; returns (success, stdout + stderr).
pub fn run(args: &[&str]) -> (bool, String) {
    let out = Command::new(BIN).args(args).env_clear().output().expect("bivouac runs");
    (out.status.success(), format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
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
