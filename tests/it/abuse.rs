//! Abuse under load, short versions (the long ones are benchmarks B9 and `abuse`): a client that
//! never reads, connections opened and dropped abruptly, a flood of oversized frames. The server
//! keeps serving the others and returns to its baseline.

use std::time::Duration;

use futures_util::SinkExt;
use serde_json::json;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

use crate::helpers::{User, spawn};
use crate::live::Live;
use crate::process::ServerExt;
use crate::support::process::{Server, free_port};

/// A WebSocket over a socket with a tiny receive buffer, so a client that never reads fills the
/// server's queues quickly.
async fn stubborn(port: u16, user: &User, origin: &str) -> tokio_tungstenite::WebSocketStream<tokio::net::TcpStream> {
    let sock = tokio::net::TcpSocket::new_v4().unwrap();
    sock.set_recv_buffer_size(4096).unwrap();
    let stream = sock.connect(format!("127.0.0.1:{port}").parse().unwrap()).await.unwrap();
    let mut req = format!("ws://localhost:{port}/api/events").into_client_request().unwrap();
    req.headers_mut().insert("cookie", user.cookie.parse().unwrap());
    req.headers_mut().insert("origin", origin.parse().unwrap());
    tokio_tungstenite::client_async(req, stream).await.unwrap().0
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_that_never_reads_is_cut_off_and_others_get_everything() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let chat =
        owner.post("/api/channels", json!({"name": "busy"})).await.expect(201).body["id"].as_str().unwrap().to_string();
    let _never_reads = stubborn(app.port, &owner, &app.base).await;
    let mut good = Live::connect(&app, &owner).await;
    tokio::time::sleep(Duration::from_millis(100)).await;
    let big = "x".repeat(9_000);
    let reader = tokio::spawn(async move {
        for i in 0..900 {
            let e = good.next("message.created").await;
            assert_eq!(e["client_id"], format!("s{i}"), "in order, none missing");
        }
    });
    for i in 0..900 {
        owner
            .post(&format!("/api/channels/{chat}/messages"), json!({"client_id": format!("s{i}"), "body": big}))
            .await
            .expect(201);
    }
    reader.await.unwrap();
    let cut = app.state().hub.stats.cut_off.load(std::sync::atomic::Ordering::Relaxed);
    assert!(cut >= 1, "the client that never reads was cut off");
    owner.get("/api/channels").await.expect(200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connections_dropped_abruptly_and_oversized_frames_leave_the_server_as_it_was() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    std::fs::create_dir_all(&dir).unwrap();
    // 1,000 connections of one person: far above the per-person limit, which is not what this
    // test is about (`security::promise_live_connections_per_person_are_bounded` is).
    let log = crate::support::process::Log::File(dir.with_extension("log"));
    let s = Server::start_with(&dir, free_port(), &["--live-per-person", "5000"], log).await;
    let owner = s.owner().await;
    let origin = format!("http://localhost:{}", s.port);
    let open_count = || s.metric("bivouac_websocket_connections");
    // Warm up, then take the baseline.
    let warm: Vec<_> = futures_util::future::join_all((0..200).map(|_| stubborn(s.port, &owner, &origin))).await;
    drop(warm);
    crate::helpers::eventually(20, || async { (open_count().await == 0.0).then_some(()) }).await;
    let baseline = s.rss() / 1024;
    let rounds = std::env::var("CHURN_ROUNDS").ok().and_then(|v| v.parse().ok()).unwrap_or(5);
    for _ in 0..rounds {
        // 1,000 connections, dropped without a close frame.
        let conns: Vec<_> = futures_util::future::join_all((0..1000).map(|_| stubborn(s.port, &owner, &origin))).await;
        // The hub counts a connection a moment after its handshake (it registers through a queue).
        crate::helpers::eventually(20, || async { (open_count().await >= 1000.0).then_some(()) }).await;
        drop(conns);
        crate::helpers::eventually(20, || async { (open_count().await == 0.0).then_some(()) }).await;
    }
    // A flood of oversized frames: every sender is closed, the server goes on.
    let mut floods = Vec::new();
    for _ in 0..100 {
        let mut ws = stubborn(s.port, &owner, &origin).await;
        floods.push(tokio::spawn(async move {
            let _ = ws.send(Message::Text("y".repeat(64 * 1024).into())).await;
            use futures_util::StreamExt;
            while let Some(Ok(m)) = ws.next().await {
                if let Message::Close(f) = m {
                    return f.map(|f| u16::from(f.code));
                }
            }
            None
        }));
    }
    for f in floods {
        assert_eq!(f.await.unwrap(), Some(1009), "oversized frames are refused with 1009");
    }
    crate::helpers::eventually(20, || async { (open_count().await == 0.0).then_some(()) }).await;
    owner.get("/api/channels").await.expect(200);
    // Memory goes back near its baseline within a few seconds (the hub returns freed memory).
    let after = crate::helpers::eventually(10, || async {
        let now = s.rss() / 1024;
        (now < baseline + 6 * 1024).then_some(now)
    })
    .await;
    println!(
        "memory: baseline {baseline} KB, after {rounds} rounds of 1,000 abrupt connections and 100 oversized frames {after} KB"
    );
}
