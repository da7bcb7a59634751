//! Many WebSocket listeners that count the `message.created` frames they receive.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use futures_util::StreamExt;
use tokio::sync::Mutex;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

use crate::support::process::Server;
use crate::support::seed::Caller;

/// Counters shared by all listeners: frames received, and when the last one arrived.
#[derive(Default)]
pub struct Tally {
    pub received: AtomicU64,
    pub last: Mutex<Option<Instant>>,
}

/// Opens one WebSocket per caller (in parallel batches); each counts `message.created` frames.
pub async fn listen(server: &Server, callers: &[Caller], tally: Arc<Tally>) -> Vec<tokio::task::JoinHandle<()>> {
    let mut handles = Vec::with_capacity(callers.len());
    for chunk in callers.chunks(200) {
        let mut opening = Vec::new();
        for c in chunk {
            let url = format!("ws://localhost:{}/api/events", server.port);
            let mut req = url.into_client_request().unwrap();
            req.headers_mut().insert("cookie", c.cookie.parse().unwrap());
            req.headers_mut().insert("origin", format!("http://localhost:{}", server.port).parse().unwrap());
            opening.push(tokio::spawn(async move { tokio_tungstenite::connect_async(req).await.map(|(ws, _)| ws) }));
        }
        for o in opening {
            let ws = o.await.unwrap().expect("websocket opens");
            let tally = tally.clone();
            handles.push(tokio::spawn(async move {
                let (_, mut read) = ws.split();
                while let Some(Ok(msg)) = read.next().await {
                    if let Message::Text(t) = msg
                        && t.contains("\"message.created\"")
                    {
                        tally.received.fetch_add(1, Ordering::Relaxed);
                        *tally.last.lock().await = Some(Instant::now());
                    }
                }
            }));
        }
    }
    handles
}
