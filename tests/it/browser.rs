//! Browser tests in a real headless Chromium, driven through chromedriver.
//!
//! Where chromedriver is missing, the tests say so and skip; with `CI=true` they fail instead.

use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

use crate::helpers::spawn;

pub struct Browser {
    pub c: Client,
    driver: Child,
}

impl Drop for Browser {
    /// Ends chromedriver and the Chromium it started: they run in their own process group, and
    /// the whole group goes (a failed test must not leave browsers behind).
    fn drop(&mut self) {
        // SAFETY: kill(2) with the negated pid of the group our child leads.
        unsafe { libc::kill(-(self.driver.id() as i32), libc::SIGKILL) };
        let _ = self.driver.wait();
    }
}

fn find_chromedriver() -> Option<String> {
    if let Ok(p) = std::env::var("CHROMEDRIVER") {
        return Some(p);
    }
    let path = std::env::var("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .map(|d| d.join("chromedriver"))
        .chain([std::path::PathBuf::from("/usr/bin/chromedriver")])
        .find(|p| p.is_file())
        .map(|p| p.display().to_string())
}

impl Browser {
    /// A fresh browser (its own profile, so its own cookies), or None where chromedriver is
    /// missing and CI is not set.
    pub async fn start() -> Option<Browser> {
        Browser::start_with(&[]).await
    }

    /// A fresh browser with more Chromium switches, e.g. `--force-dark-mode` (the system asks for
    /// dark: `prefers-color-scheme: dark` matches) or `--window-size=390,844`.
    pub async fn start_with(extra: &[&str]) -> Option<Browser> {
        let Some(driver_path) = find_chromedriver() else {
            if std::env::var("CI").is_ok_and(|v| v == "true") {
                panic!("chromedriver is missing and CI=true: install chromium and chromium-driver");
            }
            eprintln!("SKIPPED: browser test needs chromedriver (apt-get install chromium chromium-driver)");
            return None;
        };
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let driver = Command::new(&driver_path)
            .process_group(0)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let mut caps = serde_json::Map::new();
        let mut args = vec![
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-extensions",
            "--window-size=1280,900",
        ];
        let binary = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
            .into_iter()
            .find(|p| std::path::Path::new(p).exists());
        for e in extra {
            if e.starts_with("--window-size=") {
                args.retain(|a| !a.starts_with("--window-size="));
            }
            args.push(*e);
        }
        if std::env::var("BROWSER_VISIBLE").is_ok() {
            args.retain(|a| *a != "--headless=new");
        }
        let mut opts = json!({ "args": args });
        // `--lang=de`: the browser reads German (navigator.languages and Accept-Language).
        if let Some(lang) = extra.iter().find_map(|e| e.strip_prefix("--lang=")) {
            opts["prefs"] = json!({ "intl.accept_languages": lang });
        }
        if let Some(b) = binary {
            opts["binary"] = json!(b);
        }
        caps.insert("goog:chromeOptions".into(), opts);
        let url = format!("http://127.0.0.1:{port}");
        let mut last_err = String::new();
        for _ in 0..100 {
            match ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
                .capabilities(caps.clone())
                .connect(&url)
                .await
            {
                Ok(c) => return Some(Browser { c, driver }),
                Err(e) => last_err = e.to_string(),
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("cannot start a browser session: {last_err}");
    }

    pub async fn goto(&self, url: &str) {
        self.c.goto(url).await.expect("navigation");
    }

    /// Waits up to 10 s for an element matching `css`.
    pub async fn find(&self, css: &str) -> fantoccini::elements::Element {
        self.c
            .wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no element {css}: {e}"))
    }

    /// Waits up to 10 s for an element matching `css` whose text contains `text`.
    pub async fn find_text(&self, css: &str, text: &str) -> fantoccini::elements::Element {
        for _ in 0..200 {
            if let Ok(els) = self.c.find_all(Locator::Css(css)).await {
                for el in els {
                    if el.text().await.is_ok_and(|t| t.contains(text)) {
                        return el;
                    }
                }
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let body = self.c.find(Locator::Css("body")).await.unwrap().text().await.unwrap_or_default();
        panic!("no {css} containing {text:?}; the page shows:\n{body}");
    }

    pub async fn fill(&self, css: &str, value: &str) {
        let el = self.find(css).await;
        el.clear().await.unwrap();
        el.send_keys(value).await.unwrap();
    }

    pub async fn click(&self, css: &str) {
        self.find(css).await.click().await.unwrap_or_else(|e| panic!("click {css}: {e}"));
    }

    /// Types `keys` into the element matching `css`, finding it again if the page redrew it in
    /// between (a live update can replace a sidebar row at any moment).
    pub async fn keys(&self, css: &str, keys: &str) {
        let mut last = String::new();
        for _ in 0..20 {
            match self.find(css).await.send_keys(keys).await {
                Ok(()) => return,
                Err(e) => last = e.to_string(),
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("typing into {css}: {last}");
    }

    pub async fn click_text(&self, css: &str, text: &str) {
        self.find_text(css, text).await.click().await.unwrap_or_else(|e| panic!("click {css} {text:?}: {e}"));
    }

    /// Waits until no element matches `css`.
    pub async fn gone(&self, css: &str) {
        for _ in 0..200 {
            if self.c.find_all(Locator::Css(css)).await.map(|v| v.is_empty()).unwrap_or(true) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("{css} is still there");
    }

    pub async fn close(self) {
        let _ = self.c.clone().close().await;
    }
}

/// Signs in through the login form and waits for the app's rail.
pub async fn sign_in(app: &crate::helpers::TestApp, b: &Browser, email: &str, password: &str) {
    b.goto(&app.url("/login")).await;
    b.fill("input[name=email]", email).await;
    b.fill("input[name=password]", password).await;
    b.click("form button[type=submit]").await;
    b.find(".rail .me-btn").await;
}

/// Signs in and waits for the live connection too.
pub async fn sign_in_live(app: &crate::helpers::TestApp, b: &Browser, email: &str, password: &str) {
    sign_in(app, b, email, password).await;
    b.find("html[data-live=open]").await;
}

/// Runs a script in the page and answers its result.
pub async fn js(b: &Browser, script: &str) -> Value {
    b.c.execute(script, vec![]).await.unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
}

/// Polls a script until it returns `want`, for up to `secs` seconds.
pub async fn wait_js_for(b: &Browser, secs: u64, script: &str, want: Value) {
    let mut last = Value::Null;
    for _ in 0..secs * 20 {
        last = js(b, script).await;
        if last == want {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("{script}\nreturned {last}, expected {want}");
}

/// Polls a script until it returns `want`, for up to 10 s.
pub async fn wait_js(b: &Browser, script: &str, want: Value) {
    wait_js_for(b, 10, script, want).await
}

/// With `UI_SHOTS=1`, leaves a screenshot named `name` in `/tmp/bivouac-shots/`.
pub async fn shot(b: &Browser, name: &str) {
    if std::env::var("UI_SHOTS").is_err() {
        return;
    }
    let dir = std::path::Path::new("/tmp/bivouac-shots");
    let _ = std::fs::create_dir_all(dir);
    tokio::time::sleep(Duration::from_millis(300)).await;
    if let Ok(png) = b.c.screenshot().await {
        let _ = std::fs::write(dir.join(format!("{name}.png")), png);
    }
}

/// "First Last" of a signed-in test person.
pub fn name_of(u: &crate::helpers::User) -> String {
    format!("{} {}", u.person["first_name"].as_str().unwrap(), u.person["last_name"].as_str().unwrap())
}

#[tokio::test]
#[cfg_attr(
    no_chromedriver,
    ignore = "needs chromium and chromedriver (apt-get install chromium chromium-driver; CI has them)"
)]
async fn setup_link_creates_the_owner_then_logout_and_login_again() {
    let app = spawn().await;
    let Some(b) = Browser::start().await else {
        return;
    };
    let link = std::fs::read_to_string(app.dir.path().join("setup-link.txt")).unwrap();
    b.goto(link.trim()).await;
    b.fill("input[name=company]", "Acme Rope Works").await;
    b.fill("input[name=first_name]", "Olga").await;
    b.fill("input[name=last_name]", "Owner").await;
    b.fill("input[name=email]", "olga@example.com").await;
    b.fill("input[name=password]", "a long enough password").await;
    b.click("form button[type=submit]").await;
    b.find(".rail .me-btn[title='Olga Owner']").await;
    // The token left the address bar.
    assert!(!b.c.current_url().await.unwrap().as_str().contains("token"));

    // Signing out is in the person menu (the avatar in the rail), not a one-click icon in the
    // header.
    b.gone(".main-head button[aria-label='Sign out']").await;
    b.click(".rail .me-btn").await;
    b.find_text(".person-menu .me-name", "Olga Owner").await;
    b.click_text(".person-menu button[role=menuitem]", "Sign out").await;
    b.find("input[name=email]").await;
    b.fill("input[name=email]", "olga@example.com").await;
    b.fill("input[name=password]", "a wrong password").await;
    b.click("form button[type=submit]").await;
    b.find_text("[role=alert]", "Wrong email or password").await;
    b.fill("input[name=password]", "a long enough password").await;
    b.click("form button[type=submit]").await;
    b.find(".rail .me-btn[title='Olga Owner']").await;
    // A reload keeps the session.
    b.c.refresh().await.unwrap();
    b.find(".rail .me-btn[title='Olga Owner']").await;
    b.close().await;
}
