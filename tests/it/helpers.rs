//! The test harness: a real server on port 0 with a fresh data directory and a clock the test can
//! move, and typed helpers for signed-in people.

use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use bivouac::app::{Application, Running};
use bivouac::clock::ManualClock;
use bivouac::config::Config;
use reqwest::header::HeaderMap;
use serde_json::{Value, json};

use crate::smtp::Smtp;

/// Everything the server logged during this test binary's run (all tests share one subscriber).
pub fn logs() -> String {
    String::from_utf8_lossy(&LOGS.lock().unwrap()).into_owned()
}

static LOGS: Mutex<Vec<u8>> = Mutex::new(Vec::new());

struct LogWriter;

impl Write for LogWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        LOGS.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn init_logs() {
    static ONCE: OnceLock<()> = OnceLock::new();
    ONCE.get_or_init(|| {
        let filter = tracing_subscriber::EnvFilter::new("info,bivouac=debug");
        let _ = tracing_subscriber::fmt().with_env_filter(filter).with_writer(|| LogWriter).with_ansi(false).try_init();
    });
}

pub struct TestApp {
    /// `http://localhost:<port>`: the server's base_url, where cookies and Origin checks agree.
    pub base: String,
    pub dir: Arc<tempfile::TempDir>,
    pub clock: Arc<ManualClock>,
    pub config: Config,
    pub port: u16,
    /// The SMTP server this app sends mail to.
    pub smtp: Smtp,
    running: Option<Running>,
}

pub async fn spawn() -> TestApp {
    spawn_with(|_| {}).await
}

pub async fn spawn_with(tweak: impl FnOnce(&mut Config)) -> TestApp {
    spawn_with_smtp(Smtp::start().await, tweak).await
}

/// An app whose mail goes to `smtp` (which may be down).
pub async fn spawn_with_smtp(smtp: Smtp, tweak: impl FnOnce(&mut Config)) -> TestApp {
    init_logs();
    let dir = Arc::new(tempfile::tempdir().expect("temp dir"));
    let mut config = Config::for_data_dir(dir.path());
    config.listen = "127.0.0.1:0".parse().unwrap();
    config.workers = 2;
    // Low enough that a test machine with little free space still writes.
    config.min_free_disk = 0;
    config.smtp.host = Some("127.0.0.1".into());
    config.smtp.port = smtp.port;
    config.smtp.security = bivouac::config::SmtpSecurity::None;
    config.smtp.timeout = Duration::from_secs(2);
    tweak(&mut config);
    let clock = Arc::new(ManualClock::default());
    let mut app = TestApp { base: String::new(), dir, clock, config, port: 0, smtp, running: None };
    app.start().await;
    app
}

impl TestApp {
    async fn start(&mut self) {
        // After a restart the old listener may linger a moment on a busy machine.
        let mut tries = 0;
        let built = loop {
            match Application::build(self.config.clone(), self.clock.clone()).await {
                Ok(b) => break b,
                Err(e) if e.contains("in use") && tries < 50 => {
                    tries += 1;
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Err(e) => panic!("the app builds: {e}"),
            }
        };
        let running = built.start();
        self.base = running.state.base_url.clone();
        self.port = running.port;
        self.running = Some(running);
    }

    pub fn state(&self) -> &bivouac::http::AppState {
        &self.running.as_ref().expect("running").state
    }

    /// Graceful stop, then a fresh start on the same data directory and port.
    pub async fn restart(&mut self) {
        self.stop().await;
        self.config.listen = format!("127.0.0.1:{}", self.port).parse().unwrap();
        self.start().await;
    }

    pub async fn stop(&mut self) {
        if let Some(r) = self.running.take() {
            r.stop().await;
        }
    }

    pub fn advance(&self, d: Duration) {
        self.clock.advance(d);
    }

    pub fn setup_token(&self) -> String {
        let link = std::fs::read_to_string(self.dir.path().join("setup-link.txt")).expect("setup link file");
        link.trim().split("token=").nth(1).expect("token in link").to_string()
    }

    /// The server's address for requests: always `http://localhost:<port>`, whatever base_url
    /// says (cookies are per host, so they survive a restart on a new port).
    pub fn url(&self, path: &str) -> String {
        format!("http://localhost:{}{path}", self.port)
    }

    /// A client with its own cookie jar: one browser.
    pub fn client(&self) -> reqwest::Client {
        reqwest::Client::builder().cookie_store(true).build().unwrap()
    }

    /// Sends a request with no session.
    pub async fn anon(&self, method: &str, path: &str, body: Option<Value>) -> Resp {
        send(&self.client(), method, &self.url(path), body, None).await
    }

    pub async fn create_owner(&self) -> User {
        let client = self.client();
        let body = json!({
            "token": self.setup_token(), "first_name": "Olga", "last_name": "Owner",
            "email": "owner@example.com", "password": "owner-password", "company_name": "Acme"
        });
        let r = send(&client, "POST", &self.url("/api/setup"), Some(body), None).await.expect(201);
        User::from_session(client, &self.url(""), &r, "owner-password")
    }

    /// Signs in with a fresh client.
    pub async fn login(&self, email: &str, password: &str) -> Result<User, Resp> {
        let client = self.client();
        let r =
            send(&client, "POST", &self.url("/api/session"), Some(json!({"email": email, "password": password})), None)
                .await;
        if r.status == 200 { Ok(User::from_session(client, &self.url(""), &r, password)) } else { Err(r) }
    }

    /// Invites `email` as `role` on behalf of `by`; returns the 201 answer.
    pub async fn invite(&self, by: &User, first: &str, last: &str, email: &str, role: &str) -> Resp {
        by.post("/api/invitations", json!({"first_name": first, "last_name": last, "email": email, "role": role}))
            .await
            .expect(201)
    }

    /// Accepts the invitation in the `n`-th mail to `email` with a fresh browser.
    pub async fn accept_mail(&self, email: &str, n: usize, password: &str) -> Result<User, Resp> {
        let token = self.smtp.wait_for(email, n).await.token("/invite");
        let client = self.client();
        let r = send(
            &client,
            "POST",
            &self.url("/api/invitations/accept"),
            Some(json!({"token": token, "password": password})),
            None,
        )
        .await;
        if r.status == 201 { Ok(User::from_session(client, &self.url(""), &r, password)) } else { Err(r) }
    }

    /// A new member with `role`, invited by `by`, who has accepted and is signed in.
    pub async fn add_member(&self, by: &User, role: &str, first: &str) -> User {
        static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let email = format!("{}.{n}@example.com", first.to_lowercase());
        self.invite(by, first, "Tester", &email, role).await;
        self.accept_mail(&email, 1, &format!("password-of-{first}")).await.expect("accepting the invitation")
    }

    /// The store's index verification and invariants: must find nothing wrong.
    pub fn assert_store_consistent(&self) {
        let problems = self.state().store.verify().expect("verify runs");
        assert!(problems.is_empty(), "store problems: {problems:#?}");
    }
}

/// A response, read whole.
#[derive(Debug, Clone)]
pub struct Resp {
    pub status: u16,
    pub headers: HeaderMap,
    pub text: String,
    pub body: Value,
}

impl Resp {
    /// Panics, showing the body, unless the status is `status`.
    #[track_caller]
    pub fn expect(self, status: u16) -> Resp {
        assert_eq!(self.status, status, "unexpected status; body: {}", self.text);
        self
    }

    /// The error code of a `{"error":{"code",...}}` body.
    pub fn code(&self) -> &str {
        self.body["error"]["code"].as_str().unwrap_or("")
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// Asserts a 4xx with a JSON error body that has this code and a message.
    #[track_caller]
    pub fn expect_error(self, status: u16, code: &str) -> Resp {
        assert_eq!(self.status, status, "unexpected status; body: {}", self.text);
        assert_eq!(self.code(), code, "unexpected error code; body: {}", self.text);
        assert!(
            !self.body["error"]["message"].as_str().unwrap_or("").is_empty(),
            "error without message: {}",
            self.text
        );
        self
    }
}

pub async fn send(client: &reqwest::Client, method: &str, url: &str, body: Option<Value>, csrf: Option<&str>) -> Resp {
    let mut req = client.request(method.parse().unwrap(), url);
    if let Some(b) = body {
        req = req.json(&b);
    }
    if let Some(c) = csrf {
        req = req.header("X-CSRF-Token", c);
    }
    let res = req.send().await.expect("request sent");
    let status = res.status().as_u16();
    let headers = res.headers().clone();
    let text = res.text().await.unwrap_or_default();
    let body = serde_json::from_str(&text).unwrap_or(Value::Null);
    Resp { status, headers, text, body }
}

/// A signed-in person: their own cookie jar and CSRF token.
#[derive(Clone)]
pub struct User {
    pub client: reqwest::Client,
    pub csrf: String,
    pub id: String,
    pub email: String,
    pub password: String,
    pub person: Value,
    /// `bivouac_session=...`, for clients that are not reqwest (WebSockets).
    pub cookie: String,
    pub base: String,
}

impl std::fmt::Debug for User {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "User({})", self.email)
    }
}

impl User {
    pub fn from_session(client: reqwest::Client, base: &str, r: &Resp, password: &str) -> User {
        User {
            client,
            csrf: r.body["csrf_token"].as_str().expect("csrf_token").to_string(),
            id: r.body["person"]["id"].as_str().expect("person.id").to_string(),
            email: r.body["person"]["email"].as_str().unwrap_or("").to_string(),
            password: password.to_string(),
            person: r.body["person"].clone(),
            cookie: r.header("set-cookie").and_then(|c| c.split(';').next()).unwrap_or("").to_string(),
            base: base.to_string(),
        }
    }

    pub async fn req(&self, method: &str, path: &str, body: Option<Value>) -> Resp {
        send(&self.client, method, &format!("{}{path}", self.base), body, Some(&self.csrf)).await
    }

    pub async fn get(&self, path: &str) -> Resp {
        self.req("GET", path, None).await
    }

    pub async fn post(&self, path: &str, body: Value) -> Resp {
        self.req("POST", path, Some(body)).await
    }

    pub async fn patch(&self, path: &str, body: Value) -> Resp {
        self.req("PATCH", path, Some(body)).await
    }

    pub async fn put(&self, path: &str, body: Value) -> Resp {
        self.req("PUT", path, Some(body)).await
    }

    pub async fn delete(&self, path: &str) -> Resp {
        self.req("DELETE", path, None).await
    }

    /// The same request without the CSRF header.
    pub async fn without_csrf(&self, method: &str, path: &str, body: Option<Value>) -> Resp {
        send(&self.client, method, &format!("{}{path}", self.base), body, None).await
    }
}

/// Polls `f` until it returns Some, for up to `secs` seconds.
pub async fn eventually<T, F, Fut>(secs: u64, mut f: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    let deadline = tokio::time::Instant::now() + Duration::from_secs(secs);
    loop {
        if let Some(v) = f().await {
            return v;
        }
        assert!(tokio::time::Instant::now() < deadline, "condition not met within {secs}s");
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

/// A number unique within this test run (for client ids, emails, names).
pub fn next_n() -> usize {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    N.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}
