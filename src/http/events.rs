//! `GET /api/events`: one WebSocket per browser tab.
//!
//! Same-origin only (the `Origin` header must match `base_url`, else 403), authenticated by the
//! session cookie. The server sends JSON frames from the hub; the client may send `ping`,
//! `typing` and `focus` (`{"visible", "focused"}`: the tab's state, which also counts as activity). Heartbeats find dead peers; oversized, binary or flooding input closes the socket;
//! the session's absolute lifetime is enforced on open sockets too.

use std::time::{Duration, Instant};

use actix_web::{HttpRequest, HttpResponse, web};
use actix_ws::{CloseCode, CloseReason, Message};
use tokio::sync::mpsc;

use super::session::SignedIn;
use super::state::AppState;
use crate::error::{Error, Result};
use crate::ids::{ChannelId, PersonId};
use crate::msg;
use crate::realtime::{Closing, Hub, Out, QUEUE};

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/api/events").get(connect));
}
/// Close code for "your session ended: sign in again" (application range 4000-4999; 1008 is
/// kept for a client that broke the rules, e.g. by flooding, which must not be sent to sign in).
const SESSION_ENDED: CloseCode = CloseCode::Other(4001);
/// Close code for "you opened more live connections than one person may; this oldest one gives
/// way" (the client should not reconnect by itself).
const TOO_MANY: CloseCode = CloseCode::Other(4002);
/// The largest frame a client may send.
const MAX_CLIENT_FRAME: usize = 4096;
const HEARTBEAT: Duration = Duration::from_secs(20);
/// A typing notice per chat per connection at most this often; more are dropped.
const TYPING_EVERY: Duration = Duration::from_secs(2);
/// More client frames than this in one second closes the connection.
const MAX_CLIENT_RATE: u32 = 50;

/// `scheme://host[:port]` of a URL.
fn origin_of(url: &str) -> &str {
    let after_scheme = url.find("://").map(|i| i + 3).unwrap_or(0);
    match url[after_scheme..].find('/') {
        Some(i) => &url[..after_scheme + i],
        None => url,
    }
}

pub async fn connect(
    req: HttpRequest,
    body: web::Payload,
    state: web::Data<AppState>,
    me: SignedIn,
) -> Result<HttpResponse> {
    let origin = req.headers().get("origin").and_then(|v| v.to_str().ok()).unwrap_or("");
    if !origin.eq_ignore_ascii_case(origin_of(&state.base_url)) {
        return Err(Error::forbidden("bad_origin", msg!("bad-origin")));
    }
    let (response, session, stream) = actix_ws::handle(&req, body)
        .map_err(|e| Error::bad_request("not_websocket", msg!("not-websocket", detail = e.to_string())))?;
    let (out_tx, out_rx) = mpsc::channel(QUEUE);
    let hub = state.hub.clone();
    let Some(id) = hub.register(me.person.id, me.key, out_tx) else {
        return Err(Error::unavailable("shutting_down", msg!("shutting-down-reconnect")));
    };
    let stream = stream.max_frame_size(MAX_CLIENT_FRAME);
    let alive = SessionCheck { state: state.clone(), key: me.key };
    actix_web::rt::spawn(run(session, stream, out_rx, hub, id, me.person.id, alive));
    Ok(response)
}

fn close_reason(code: CloseCode, text: &str) -> Option<CloseReason> {
    Some(CloseReason { code, description: Some(text.to_string()) })
}

/// The session a socket was opened with, looked at again on every heartbeat: a socket never
/// outlives its session by more than one heartbeat, whatever ended it (sign-out, a new sign-in in
/// the same browser, the idle timeout, the absolute lifetime, losing access). Ends that happen by
/// a write close the socket at once anyway (`Event::EndSession`); this catches those that happen
/// by time passing.
struct SessionCheck {
    state: web::Data<AppState>,
    key: crate::crypto::TokenHash,
}

impl SessionCheck {
    fn alive(&self) -> bool {
        let s = &self.state;
        s.store.read().is_ok_and(|r| crate::auth::live_session(&r, &self.key, s.lifetimes(), &s.activity).is_ok())
    }

    /// The close for an ended session: code 4001, and why it ended when someone ended it
    /// (`role_changed`, `deactivated`, ...; `GET /api/session` then answers with the words).
    fn ended(&self) -> Option<CloseReason> {
        let why =
            self.state.store.read().ok().and_then(|r| crate::store::sessions::ended(&r, &self.key).ok().flatten());
        match why {
            Some(end) => close_reason(SESSION_ENDED, &format!("session ended: {}; sign in again", end.reason.as_str())),
            None => close_reason(SESSION_ENDED, "session ended; sign in again"),
        }
    }
}

async fn run(
    mut session: actix_ws::Session,
    mut stream: actix_ws::MessageStream,
    mut out: mpsc::Receiver<Out>,
    hub: Hub,
    id: u64,
    person: PersonId,
    alive: SessionCheck,
) {
    let mut heartbeat = tokio::time::interval(HEARTBEAT);
    heartbeat.tick().await;
    let mut last_heard = Instant::now();
    let mut typed: Vec<(ChannelId, Instant)> = Vec::new();
    let (mut window, mut in_window) = (Instant::now(), 0u32);
    let reason = loop {
        tokio::select! {
            item = out.recv() => match item {
                Some(Out::Frame(f)) => {
                    if session.text(f).await.is_err() {
                        break None;
                    }
                }
                Some(Out::Close(Closing::SessionEnded)) => break alive.ended(),
                Some(Out::Close(Closing::GoingAway)) => break close_reason(CloseCode::Away, "server is restarting; reconnect"),
                Some(Out::Close(Closing::TooMany)) => break close_reason(TOO_MANY, "too many open tabs: this, the oldest, was closed"),
                Some(Out::Close(Closing::TooSlow)) | None => break close_reason(CloseCode::Again, "too slow; reconnect and catch up"),
            },
            msg = stream.recv() => {
                last_heard = Instant::now();
                if window.elapsed() >= Duration::from_secs(1) {
                    (window, in_window) = (Instant::now(), 0);
                }
                in_window += 1;
                if in_window > MAX_CLIENT_RATE {
                    break close_reason(CloseCode::Policy, "too many messages");
                }
                match msg {
                    Some(Ok(Message::Text(text))) => {
                        if let Some(reply) = client_frame(&text, &hub, id, person, &mut typed)
                            && session.text(reply).await.is_err()
                        {
                            break None;
                        }
                    }
                    Some(Ok(Message::Ping(bytes))) => {
                        if session.pong(&bytes).await.is_err() {
                            break None;
                        }
                    }
                    Some(Ok(Message::Pong(_) | Message::Nop)) => {}
                    Some(Ok(Message::Binary(_) | Message::Continuation(_))) => {
                        break close_reason(CloseCode::Unsupported, "only JSON text frames are accepted");
                    }
                    Some(Ok(Message::Close(_))) | None => break None,
                    Some(Err(e)) => {
                        let code = if matches!(e, actix_ws::ProtocolError::Overflow) { CloseCode::Size } else { CloseCode::Protocol };
                        break close_reason(code, "frame refused");
                    }
                }
            }
            _ = heartbeat.tick() => {
                if last_heard.elapsed() > HEARTBEAT * 2 {
                    break None;
                }
                if !alive.alive() {
                    break alive.ended();
                }
                if session.ping(b"").await.is_err() {
                    break None;
                }
            }
        }
    };
    hub.unregister(id);
    let _ = session.close(reason).await;
}

/// Handles one text frame from the client; returns a reply frame, if any.
fn client_frame(
    text: &str,
    hub: &Hub,
    conn: u64,
    person: PersonId,
    typed: &mut Vec<(ChannelId, Instant)>,
) -> Option<String> {
    let v: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(_) => return Some(r#"{"type":"error","message":"frames must be JSON objects"}"#.to_string()),
    };
    match v["type"].as_str() {
        Some("ping") => Some(r#"{"type":"pong"}"#.to_string()),
        Some("typing") => {
            let channel: ChannelId = v["channel_id"].as_str()?.parse().ok()?;
            let now = Instant::now();
            typed.retain(|(_, at)| now.duration_since(*at) < TYPING_EVERY);
            if typed.iter().any(|(c, _)| *c == channel) {
                return None;
            }
            typed.push((channel, now));
            hub.typing(person, channel);
            None
        }
        // The tab is shown or hidden, focused or not, and someone is using it: presence, and
        // whether notifications would only repeat what the person sees.
        Some("focus") => {
            hub.focus(conn, v["visible"].as_bool().unwrap_or(true), v["focused"].as_bool().unwrap_or(false));
            None
        }
        _ => Some(r#"{"type":"error","message":"unknown frame type; send ping, typing or focus"}"#.to_string()),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn origins() {
        assert_eq!(super::origin_of("https://chat.example.com"), "https://chat.example.com");
        assert_eq!(super::origin_of("https://chat.example.com/bivouac"), "https://chat.example.com");
        assert_eq!(super::origin_of("http://localhost:8080"), "http://localhost:8080");
    }
}
