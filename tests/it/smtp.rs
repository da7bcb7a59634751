//! A real SMTP server on loopback for the tests: it speaks the protocol to lettre's real
//! transport, keeps what it receives, and can be told to refuse (5xx), defer (4xx), hang, or go
//! away and come back on the same port.
//!
//! (Written here rather than using mailin-embedded: that server cannot be stopped, which the
//! "SMTP is down, then comes up" tests need, and its TLS stack would add a C build to the tests.)

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Accept,
    /// 550 for every recipient.
    Refuse,
    /// 451 for every recipient.
    Defer,
    /// Accepts the connection and never says a word.
    Hang,
}

#[derive(Clone, Debug)]
pub struct Received {
    pub to: Vec<String>,
    /// The message as sent, with transfer encodings undone where they could hide a link.
    pub data: String,
}

impl Received {
    /// The token of the first link to `path` (`/invite` or `/reset`) in the mail.
    pub fn token(&self, path: &str) -> String {
        let marker = format!("{path}?token=");
        let at = self.data.find(&marker).unwrap_or_else(|| panic!("no {marker} link in the mail:\n{}", self.data));
        self.data[at + marker.len()..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect()
    }

    pub fn link(&self, path: &str) -> String {
        let token = self.token(path);
        let marker = format!("{path}?token={token}");
        let end = self.data.find(&marker).unwrap() + marker.len();
        let start = self.data[..end].rfind("http").unwrap();
        self.data[start..end].to_string()
    }
}

#[derive(Default)]
struct State {
    mode: Option<Mode>,
    mails: Vec<Received>,
}

pub struct Smtp {
    pub port: u16,
    state: Arc<Mutex<State>>,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl Smtp {
    /// A server on a free port.
    pub async fn start() -> Smtp {
        let mut s = Smtp::down().await;
        s.up().await;
        s
    }

    /// A port that nothing listens on yet (for "SMTP is down"); `up()` starts serving there.
    pub async fn down() -> Smtp {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        Smtp { port, state: Arc::new(Mutex::new(State { mode: Some(Mode::Accept), mails: vec![] })), task: None }
    }

    fn serve(listener: TcpListener, st: Arc<Mutex<State>>) -> tokio::task::JoinHandle<()> {
        tokio::spawn(async move {
            loop {
                let Ok((sock, _)) = listener.accept().await else { return };
                let st = st.clone();
                tokio::spawn(async move {
                    let _ = session(sock, st).await;
                });
            }
        })
    }

    /// Starts serving on this server's port.
    pub async fn up(&mut self) {
        assert!(self.task.is_none(), "already up");
        let listener = TcpListener::bind(("127.0.0.1", self.port)).await.unwrap();
        self.task = Some(Smtp::serve(listener, self.state.clone()));
    }

    pub fn stop(&mut self) {
        if let Some(t) = self.task.take() {
            t.abort();
        }
    }

    pub fn set_mode(&self, mode: Mode) {
        self.state.lock().unwrap().mode = Some(mode);
    }

    pub fn mails(&self) -> Vec<Received> {
        self.state.lock().unwrap().mails.clone()
    }

    pub fn mails_to(&self, to: &str) -> Vec<Received> {
        self.mails().into_iter().filter(|m| m.to.iter().any(|t| t.eq_ignore_ascii_case(to))).collect()
    }

    /// Waits (up to 10 s) until `n` mails to `to` have arrived, and returns the last.
    pub async fn wait_for(&self, to: &str, n: usize) -> Received {
        for _ in 0..400 {
            let got = self.mails_to(to);
            if got.len() >= n {
                return got[n - 1].clone();
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        panic!("no mail #{n} to {to} arrived; got {:?}", self.mails().iter().map(|m| &m.to).collect::<Vec<_>>());
    }
}

impl Drop for Smtp {
    fn drop(&mut self) {
        self.stop();
    }
}

async fn session(sock: tokio::net::TcpStream, st: Arc<Mutex<State>>) -> std::io::Result<()> {
    let mode = st.lock().unwrap().mode.unwrap_or(Mode::Accept);
    let (r, mut w) = sock.into_split();
    let mut r = BufReader::new(r);
    if mode == Mode::Hang {
        tokio::time::sleep(Duration::from_secs(3600)).await;
        return Ok(());
    }
    w.write_all(b"220 test.localhost ESMTP ready\r\n").await?;
    let mut to = Vec::new();
    let mut line = String::new();
    loop {
        line.clear();
        if r.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let cmd = line.trim_end().to_string();
        let upper = cmd.to_ascii_uppercase();
        let mode = st.lock().unwrap().mode.unwrap_or(Mode::Accept);
        if upper.starts_with("EHLO") {
            w.write_all(b"250-test.localhost\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n").await?;
        } else if upper.starts_with("HELO") {
            w.write_all(b"250 test.localhost\r\n").await?;
        } else if upper.starts_with("MAIL FROM") {
            to.clear();
            w.write_all(b"250 2.1.0 OK\r\n").await?;
        } else if upper.starts_with("RCPT TO") {
            match mode {
                Mode::Refuse => w.write_all(b"550 5.1.1 No such user here\r\n").await?,
                Mode::Defer => w.write_all(b"451 4.3.0 Try again later\r\n").await?,
                _ => {
                    let addr =
                        cmd[cmd.find(':').map(|i| i + 1).unwrap_or(0)..].trim().trim_matches(['<', '>']).to_string();
                    to.push(addr);
                    w.write_all(b"250 2.1.5 OK\r\n").await?;
                }
            }
        } else if upper == "DATA" {
            w.write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n").await?;
            let mut data = String::new();
            loop {
                line.clear();
                if r.read_line(&mut line).await? == 0 {
                    return Ok(());
                }
                if line == ".\r\n" || line == ".\n" {
                    break;
                }
                data.push_str(line.strip_prefix('.').filter(|_| line.starts_with("..")).unwrap_or(&line));
            }
            st.lock().unwrap().mails.push(Received { to: to.clone(), data: decode(&data) });
            w.write_all(b"250 2.0.0 OK queued as 42\r\n").await?;
        } else if upper == "QUIT" {
            w.write_all(b"221 2.0.0 Bye\r\n").await?;
            return Ok(());
        } else {
            w.write_all(b"250 OK\r\n").await?;
        }
    }
}

/// Undoes quoted-printable (soft breaks and `=XX` bytes, so UTF-8 text reads as text), appends
/// the decoded text of base64 parts and of encoded-word headers (`=?utf-8?b?...?=`), so tests
/// can find links and words whatever encoding lettre chose.
fn decode(data: &str) -> String {
    let mut out = data.replace("=\r\n", "").replace("=3D", "=");
    // Quoted-printable parts again, decoded whole (their UTF-8 bytes as text).
    let mut qp: Option<String> = None;
    for l in data.split("\r\n").flat_map(|l| l.split('\n')) {
        if l.to_ascii_lowercase().starts_with("content-transfer-encoding: quoted-printable") {
            qp = Some(String::new());
            continue;
        }
        if let Some(body) = qp.as_mut() {
            if l.starts_with("--") {
                out.push('\n');
                out.push_str(&quoted_printable(&body.replace("=\n", "")));
                qp = None;
            } else {
                body.push_str(l);
                body.push('\n');
            }
        }
    }
    // Encoded words in headers, decoded in place (`Subject: =?utf-8?b?...?=`).
    while let Some(start) = out.find("=?utf-8?b?") {
        let Some(len) = out[start + 10..].find("?=") else { break };
        let text = String::from_utf8_lossy(&b64(&out[start + 10..start + 10 + len])).into_owned();
        out.replace_range(start..start + 10 + len + 2, &text);
    }
    let mut in_b64 = false;
    let mut body = false;
    let mut chunk = String::new();
    for l in data.lines() {
        if l.to_ascii_lowercase().starts_with("content-transfer-encoding: base64") {
            in_b64 = true;
            body = false;
            continue;
        }
        if in_b64 && !body && l.is_empty() {
            body = true;
            continue;
        }
        if in_b64 && body {
            if l.is_empty() || l.starts_with("--") {
                out.push('\n');
                out.push_str(&String::from_utf8_lossy(&b64(&chunk)));
                chunk.clear();
                in_b64 = false;
            } else {
                chunk.push_str(l.trim());
            }
        }
    }
    out
}

fn quoted_printable(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16).filter(|_| c.is_ascii_digit() || c.is_ascii_uppercase());
        if b[i] == b'='
            && i + 2 < b.len()
            && let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2]))
        {
            out.push((h * 16 + l) as u8);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn b64(s: &str) -> Vec<u8> {
    let val = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' | b'-' => Some(62),
        b'/' | b'_' => Some(63),
        _ => None,
    };
    let mut out = Vec::new();
    let (mut acc, mut bits) = (0u32, 0);
    for c in s.bytes().filter_map(val) {
        acc = (acc << 6) | u32::from(c);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    out
}
