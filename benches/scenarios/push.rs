//! B5, with Web Push: a post in a 10,000-member channel where 2,000 members have a push
//! subscription, chose "all messages" and have no tab open. The post's acknowledgement must not
//! wait for the pushes (they are queued), and the queue must drain at >= 500 pushes per
//! core-second of server CPU to a push-service stand-in on loopback (which answers 201 without
//! decrypting: its work is not the server's).

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use bivouac::ids::{ChannelId, PushSubId};
use bivouac::model::{NotifyLevel, PushSubscription, Role};
use bivouac::store;
use p256::elliptic_curve::sec1::ToEncodedPoint;
use serde_json::json;

use crate::common::{Row, http, percentile_ms, row, server};
use crate::support::seed::{Seeder, proof};

/// The push service stand-in: counts POSTs, answers 201.
async fn stand_in() -> (u16, Arc<AtomicU64>) {
    use actix_web::{App, HttpResponse, HttpServer, web};
    let got = Arc::new(AtomicU64::new(0));
    let g = got.clone();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = HttpServer::new(move || {
        let g = g.clone();
        App::new().default_service(web::to(move |_body: web::Bytes| {
            let g = g.clone();
            async move {
                g.fetch_add(1, Ordering::Relaxed);
                HttpResponse::Created().finish()
            }
        }))
    })
    .workers(1)
    .listen(listener)
    .unwrap()
    .run();
    tokio::spawn(server);
    (port, got)
}

fn fresh(work: &Path, name: &str) -> std::path::PathBuf {
    let dir = work.join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

pub async fn b5_push(work: &Path) -> Vec<Row> {
    let (port, got) = stand_in().await;
    let dir = fresh(work, "b5-push");
    let seed = Seeder::open(&dir);
    let owner = seed.people(1, Role::Owner).await.remove(0);
    let crowd = seed.people(10_000, Role::Employee).await;
    let ids: Vec<_> = crowd.iter().map(|c| c.id).collect();
    let loud = seed.channel(owner.id, "everyone", ids.clone()).await;
    let quiet = seed.channel(owner.id, "quiet", ids.clone()).await;
    let key = p256::SecretKey::random(&mut p256::elliptic_curve::rand_core::OsRng);
    let p256dh = key.public_key().to_encoded_point(false).as_bytes().to_vec();
    let subscribers: Vec<_> = ids.iter().take(2000).copied().collect();
    for chunk in subscribers.chunks(500) {
        let chunk = chunk.to_vec();
        let p256dh = p256dh.clone();
        seed.store
            .write(move |tx| {
                for p in &chunk {
                    let id = PushSubId(tx.new_id());
                    let s = PushSubscription {
                        id,
                        person: *p,
                        endpoint: format!("http://127.0.0.1:{port}/push/{id}"),
                        p256dh: p256dh.clone(),
                        auth: vec![7; 16],
                        created_at: store::Reader::now(tx),
                    };
                    store::push::save_sub(tx, &proof(), &s)?;
                    store::notify::set_chat_level(tx, &proof(), *p, loud, Some(NotifyLevel::All))?;
                }
                Ok(())
            })
            .await
            .unwrap();
    }
    seed.store.close();
    drop(seed);
    let s = server(&dir, &["--allow-private-targets", "true"]).await;
    let client = http(&owner);
    let n = AtomicU64::new(0);
    let post = |chat: ChannelId| {
        let k = n.fetch_add(1, Ordering::Relaxed);
        let req = client
            .post(s.url(&format!("/api/channels/{chat}/messages")))
            .json(&json!({"client_id": format!("b5p-{k}"), "body": "to everyone"}));
        async move {
            let t0 = Instant::now();
            let r = req.send().await.unwrap();
            assert_eq!(r.status(), 201);
            t0.elapsed()
        }
    };
    let rounds = if std::env::var("BENCH_QUICK").is_ok() { 3 } else { 10 };
    // Acknowledgement latency without pushes, then with 2,000 pushes queued by each post.
    let mut quiet_lat = Vec::new();
    for _ in 0..rounds {
        quiet_lat.push(post(quiet).await);
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let cpu0 = s.cpu();
    let t0 = Instant::now();
    let mut loud_lat = Vec::new();
    for _ in 0..rounds {
        loud_lat.push(post(loud).await);
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let want = rounds as u64 * 2000;
    let deadline = Instant::now() + Duration::from_secs(300);
    while got.load(Ordering::Relaxed) < want && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let drained = got.load(Ordering::Relaxed);
    let wall = t0.elapsed();
    let cpu = (s.cpu() - cpu0).as_secs_f64();
    s.stop();
    let per_core_second = drained as f64 / cpu.max(1e-9);
    let (q50, q99) = (percentile_ms(&mut quiet_lat.clone(), 50.0), percentile_ms(&mut quiet_lat, 99.0));
    let (l50, l99) = (percentile_ms(&mut loud_lat.clone(), 50.0), percentile_ms(&mut loud_lat, 99.0));
    vec![
        row(
            "B5",
            "post ack p50 / p99, 10,000 members: no pushes vs 2,000 pushes each",
            format!("{q50:.2} / {q99:.2} ms vs {l50:.2} / {l99:.2} ms"),
            "unchanged (pushes are queued)",
            Some(l50 <= q50 * 1.5 + 1.0),
        ),
        row(
            "B5",
            "pushes delivered to the loopback push service",
            format!("{drained} of {want} in {:.1} s", wall.as_secs_f64()),
            "all",
            Some(drained == want),
        ),
        row(
            "B5",
            "push queue drain, per core-second of server CPU",
            format!("{per_core_second:.0}"),
            "≥ 500",
            Some(per_core_second >= 500.0),
        ),
    ]
}
