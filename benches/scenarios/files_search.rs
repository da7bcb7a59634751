//! B10 (full-text search) and B11 (upload and download of a 100 MiB file).

use std::path::Path;
use std::time::{Duration, Instant};

use bivouac::chat::{NewMessage, messages};
use bivouac::ids::ChannelId;
use bivouac::input::{Body, ClientId};
use bivouac::model::Role;

use crate::common::{Row, http, median, percentile_ms, row, server, timing};
use crate::support::process::Server;
use crate::support::seed::{Caller, Seeder};

/// Words of the generated messages, most common first (a Zipf-like pick from these).
const WORDS: &[&str] = &[
    "the",
    "to",
    "and",
    "we",
    "is",
    "for",
    "on",
    "it",
    "this",
    "with",
    "can",
    "please",
    "today",
    "meeting",
    "client",
    "update",
    "project",
    "team",
    "plan",
    "release",
    "check",
    "call",
    "report",
    "order",
    "price",
    "send",
    "review",
    "deadline",
    "invoice",
    "design",
    "server",
    "customer",
    "contract",
    "budget",
    "shipment",
    "question",
    "answer",
    "встреча",
    "клиент",
    "отчёт",
    "заказ",
    "договор",
    "счёт",
    "проект",
    "команда",
    "сегодня",
    "завтра",
    "Besprechung",
    "Kunde",
    "Bericht",
    "Auftrag",
    "reunión",
    "cliente",
    "pedido",
    "factura",
    "warehouse",
    "quarterly",
    "forecast",
];

fn body(i: u64) -> String {
    let mut x = i.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let n = 6 + (next() % 14) as usize;
    let mut words = Vec::with_capacity(n + 1);
    for _ in 0..n {
        // Skewed toward the front: the square of a uniform pick.
        let u = (next() % 1000) as f64 / 1000.0;
        words.push(WORDS[((u * u) * WORDS.len() as f64) as usize]);
    }
    words.push(if next() % 50 == 0 { "zeppelin" } else { "ok" });
    format!("{} #{i}", words.join(" "))
}

async fn seed_b10(dir: &Path) -> (Caller, Caller) {
    let marker = dir.join("seeded");
    let seed = Seeder::open(dir);
    let people = seed.people(2, Role::Employee).await;
    let (me, author) = (people[0].clone(), people[1].clone());
    if marker.exists() {
        seed.close();
        return (me, author);
    }
    let total: u64 = if std::env::var("BENCH_QUICK").is_ok() { 100_000 } else { 1_000_000 };
    let mut chats: Vec<ChannelId> = Vec::new();
    for i in 0..200 {
        let members = if i < 50 { vec![me.id] } else { vec![] };
        chats.push(seed.channel(author.id, &format!("s{i}"), members).await);
    }
    let per = total / 200;
    let mut n = 0u64;
    while n < total {
        let start = n;
        let batch = 20_000u64.min(total - n);
        let (chats, author_id) = (chats.clone(), author.id);
        seed.store
            .write(move |tx| {
                for i in start..start + batch {
                    let c = chats[(i / per) as usize % chats.len()];
                    let m = NewMessage {
                        client_id: ClientId::parse(&format!("b10-{i}"))?,
                        body: Body::parse(&body(i))?,
                        thread_root: None,
                        files: vec![],
                    };
                    messages::post(tx, author_id, c, &m)?;
                }
                Ok(())
            })
            .await
            .expect("seeding B10");
        n += batch;
    }
    seed.close();
    std::fs::write(&marker, "yes").unwrap();
    (me, author)
}

/// CPU time of the server's search threads (the indexer and tantivy's own), from /proc.
fn index_cpu(s: &Server) -> Duration {
    let mut total = Duration::ZERO;
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{}/task", s.pid())) else { return total };
    for t in tasks.flatten() {
        let comm = std::fs::read_to_string(t.path().join("comm")).unwrap_or_default();
        let comm = comm.trim();
        let search = comm.starts_with("bivouac-search") || comm.contains("tantivy") || comm.starts_with("thrd-");
        if search && let Ok(tid) = t.file_name().to_string_lossy().parse::<u32>() {
            total += crate::support::process::cpu_time_of_task(s.pid(), tid);
        }
    }
    total
}

pub async fn b10(work: &Path) -> Vec<Row> {
    let dir = work.join("b10");
    std::fs::create_dir_all(&dir).unwrap();
    let (me, author) = seed_b10(&dir).await;
    let s = server(&dir, &[]).await;
    let client = http(&me);
    // The index is built at the first start; wait for it.
    let ready_by = Instant::now() + Duration::from_secs(3600);
    let started = Instant::now();
    loop {
        let r = client.get(s.url("/api/search?q=ok")).send().await.unwrap();
        if r.status() == 200 {
            break;
        }
        assert!(Instant::now() < ready_by, "the search index was not built within an hour");
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    let build_secs = started.elapsed().as_secs_f64();
    let mut rows = vec![row(
        "B10",
        "index ready after start (built once from redb)",
        format!("{build_secs:.0} s"),
        "reported",
        None,
    )];
    let t = timing();
    for (what, q) in [("one word", "zeppelin"), ("two words", "budget%20review"), ("prefix", "quarte")] {
        let (mut p50s, mut p99s, mut cpus) = (Vec::new(), Vec::new(), Vec::new());
        for _ in 0..t.runs {
            let warm = Instant::now() + t.warmup;
            while Instant::now() < warm {
                client.get(s.url(&format!("/api/search?q={q}&limit=20"))).send().await.unwrap().bytes().await.unwrap();
            }
            let (cpu0, mut n, mut lat) = (s.cpu(), 0u64, Vec::new());
            let end = Instant::now() + t.sample;
            while Instant::now() < end {
                let t0 = Instant::now();
                let r = client.get(s.url(&format!("/api/search?q={q}&limit=20"))).send().await.unwrap();
                assert_eq!(r.status(), 200);
                let v: serde_json::Value = r.json().await.unwrap();
                lat.push(t0.elapsed());
                assert!(!v["messages"].as_array().unwrap().is_empty(), "{what}: no results");
                n += 1;
            }
            cpus.push((s.cpu() - cpu0).as_secs_f64() * 1000.0 / n as f64);
            p50s.push(percentile_ms(&mut lat, 50.0));
            p99s.push(percentile_ms(&mut lat, 99.0));
        }
        let (p50, p99, cpu) = (median(p50s), median(p99s), median(cpus));
        rows.push(row(
            "B10",
            format!("{what} query p50 / p99"),
            format!("{p50:.2} / {p99:.2} ms"),
            "p99 ≤ 50 ms",
            Some(p99 <= 50.0),
        ));
        rows.push(row("B10", format!("{what} query server CPU"), format!("{cpu:.2} ms"), "≤ 5 ms", Some(cpu <= 5.0)));
    }
    // Indexing cost: the search threads' CPU per post while posting.
    let poster = http(&author);
    let chat = {
        let v: serde_json::Value =
            poster.get(s.url("/api/channels?limit=1")).send().await.unwrap().json().await.unwrap();
        v[0]["id"].as_str().unwrap().to_string()
    };
    let posts = if std::env::var("BENCH_QUICK").is_ok() { 500 } else { 5000 };
    let cpu0 = index_cpu(&s);
    for i in 0..posts {
        let r = poster
            .post(s.url(&format!("/api/channels/{chat}/messages")))
            .json(&serde_json::json!({"client_id": format!("b10p-{}-{i}", std::process::id()), "body": body(9_000_000 + i)}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 201);
    }
    tokio::time::sleep(Duration::from_secs(2)).await;
    let per_post = (index_cpu(&s) - cpu0).as_secs_f64() * 1e6 / posts as f64;
    rows.push(row(
        "B10",
        "indexing CPU per post (search threads)",
        format!("{per_post:.0} µs"),
        "≤ 30 µs",
        Some(per_post <= 30.0),
    ));
    s.stop();
    rows
}

pub async fn b11(work: &Path) -> Vec<Row> {
    let dir = work.join("b11");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let seed = Seeder::open(&dir);
    let me = seed.people(1, Role::Employee).await.remove(0);
    seed.close();
    let size: usize = 100 << 20;
    let src = work.join("b11-source.bin");
    let data: Vec<u8> = (0..size).map(|i| (i.wrapping_mul(2654435761) >> 13) as u8).collect();
    std::fs::write(&src, &data).unwrap();
    // cp on the same disk, with its data synced like an upload's.
    let t0 = Instant::now();
    let dst = work.join("b11-copy.bin");
    std::fs::copy(&src, &dst).unwrap();
    std::fs::File::open(&dst).unwrap().sync_all().unwrap();
    let cp = t0.elapsed();
    let _ = std::fs::remove_file(&dst);
    let s = server(&dir, &[]).await;
    let client = http(&me);
    let base_rss = s.rss();
    let sampling = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(true));
    let pid = s.pid();
    let peak = tokio::spawn({
        let on = sampling.clone();
        async move {
            let mut peak = 0u64;
            while on.load(std::sync::atomic::Ordering::SeqCst) {
                peak = peak.max(crate::support::process::rss(pid));
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
            peak
        }
    });
    let t0 = Instant::now();
    let r = client.post(s.url("/api/files?name=big.bin")).body(data).send().await.unwrap();
    let up = t0.elapsed();
    sampling.store(false, std::sync::atomic::Ordering::SeqCst);
    let peak = peak.await.unwrap();
    assert_eq!(r.status(), 201);
    let id = r.json::<serde_json::Value>().await.unwrap()["id"].as_str().unwrap().to_string();
    let chat = {
        let v: serde_json::Value = client
            .post(s.url("/api/channels"))
            .json(&serde_json::json!({"name": "b11"}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        v["id"].as_str().unwrap().to_string()
    };
    let r = client
        .post(s.url(&format!("/api/channels/{chat}/messages")))
        .json(&serde_json::json!({"client_id": "b11", "body": "big", "file_ids": [id]}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let t0 = Instant::now();
    let mut res = client.get(s.url(&format!("/api/files/{id}"))).send().await.unwrap();
    let mut got = 0usize;
    while let Some(chunk) = res.chunk().await.unwrap() {
        got += chunk.len();
    }
    let down = t0.elapsed();
    assert_eq!(got, size);
    // Reading the file from the page cache, for comparison.
    let t0 = Instant::now();
    let _ = std::fs::read(&src).unwrap();
    let read = t0.elapsed();
    s.stop();
    let mib = |d: Duration| size as f64 / (1 << 20) as f64 / d.as_secs_f64();
    let ratio = up.as_secs_f64() / cp.as_secs_f64();
    vec![
        row(
            "B11",
            "upload 100 MiB: throughput (cp + sync on the same disk)",
            format!("{:.0} MiB/s ({:.0} MiB/s)", mib(up), mib(cp)),
            "within 2× of cp",
            Some(ratio <= 2.0),
        ),
        row(
            "B11",
            "download 100 MiB: throughput (reading the file)",
            format!("{:.0} MiB/s ({:.0} MiB/s)", mib(down), mib(read)),
            "sendfile-class",
            None,
        ),
        row(
            "B11",
            "server RSS during the upload: peak over idle",
            format!("{:.1} MB", (peak.saturating_sub(base_rss)) as f64 / 1e6),
            "flat",
            Some(peak.saturating_sub(base_rss) < 32 << 20),
        ),
    ]
}
