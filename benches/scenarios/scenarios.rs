//! The scenarios B0..B7. Each returns report rows with the median of its runs.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use bivouac::model::Role;
use serde_json::json;

use crate::common::{Row, http, median, percentile_ms, row, server, timing};
use crate::live::{Tally, listen};
use crate::ms;
use crate::support::process::{Server, cpu_time};
use crate::support::seed::{Caller, Seeder};

fn fresh(work: &Path, name: &str) -> std::path::PathBuf {
    let d = work.join(name);
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn us(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}

/// B0: calibration, and the server CPU of a trivial GET.
pub async fn b0(work: &Path, f: Duration, r: Duration) -> Vec<Row> {
    let dir = fresh(work, "b0");
    let s = server(&dir, &[]).await;
    let client = reqwest::Client::new();
    let t = timing();
    let mut per = Vec::new();
    for _ in 0..t.runs {
        let end = Instant::now() + t.warmup;
        while Instant::now() < end {
            client.get(s.url("/healthz")).send().await.unwrap();
        }
        let (cpu0, mut n) = (s.cpu(), 0u64);
        let end = Instant::now() + t.sample;
        while Instant::now() < end {
            client.get(s.url("/healthz")).send().await.unwrap();
            n += 1;
        }
        per.push(us(s.cpu() - cpu0) / n as f64);
    }
    vec![
        row("B0", "F: 4 KiB append + fdatasync", format!("{:.3} ms", ms(f)), "reported", None),
        row("B0", "R: loopback round trip", format!("{:.1} µs", us(r)), "reported", None),
        row("B0", "server CPU per trivial GET", format!("{:.1} µs", median(per)), "reported", None),
    ]
}

/// An owner and a channel with `members` more people, on a seeded data directory.
async fn seeded_channel(dir: &Path, members: usize) -> (Caller, Vec<Caller>, bivouac::ids::ChannelId) {
    let seed = Seeder::open(dir);
    let owner = seed.people(1, Role::Owner).await.remove(0);
    let others = seed.people(members, Role::Employee).await;
    let ids = others.iter().map(|c| c.id).collect();
    let chat = seed.channel(owner.id, "bench", ids).await;
    seed.close();
    (owner, others, chat)
}

/// B1: one client posts durable messages one after another.
pub async fn b1(work: &Path, f: Duration) -> Vec<Row> {
    let dir = fresh(work, "b1");
    let (owner, _, chat) = seeded_channel(&dir, 0).await;
    let s = server(&dir, &[]).await;
    let client = http(&owner);
    let url = s.url(&format!("/api/channels/{chat}/messages"));
    let t = timing();
    let (mut p50s, mut p99s) = (Vec::new(), Vec::new());
    let mut n = 0u64;
    for _ in 0..t.runs {
        let mut lat = Vec::new();
        let warm_end = Instant::now() + t.warmup;
        let end = warm_end + t.sample;
        while Instant::now() < end {
            n += 1;
            let t0 = Instant::now();
            let r = client
                .post(&url)
                .json(&json!({"client_id": format!("b1-{n}"), "body": "a durable message"}))
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), 201);
            if Instant::now() > warm_end {
                lat.push(t0.elapsed());
            }
        }
        p50s.push(percentile_ms(&mut lat, 50.0));
        p99s.push(percentile_ms(&mut lat, 99.0));
    }
    let (p50, p99) = (median(p50s), median(p99s));
    let (t50, t99) = (ms(f) + 0.3, 3.0 * ms(f) + 1.0);
    vec![
        row("B1", "post latency p50", format!("{p50:.2} ms"), format!("≤ F + 0.3 ms = {t50:.2} ms"), Some(p50 <= t50)),
        row("B1", "post latency p99", format!("{p99:.2} ms"), format!("≤ 3F + 1 ms = {t99:.2} ms"), Some(p99 <= t99)),
    ]
}

/// B2: 64 clients post durable messages while 50 WebSocket listeners receive them; afterwards
/// every acknowledged post is looked up in the stopped store.
pub async fn b2(work: &Path) -> Vec<Row> {
    let dir = fresh(work, "b2");
    let (_owner, people, chat) = seeded_channel(&dir, 114).await;
    let (posters, listeners) = people.split_at(64);
    let s = server(&dir, &[]).await;
    let tally = Arc::new(Tally::default());
    let _conns = listen(&s, listeners, tally.clone()).await;
    let t = timing();
    let (mut cpu_per, mut per_commit, mut p99s, mut rates) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut acked_all: Vec<String> = Vec::new();
    for run in 0..t.runs {
        let measuring = Arc::new(AtomicBool::new(false));
        let stop = Arc::new(AtomicBool::new(false));
        let mut tasks = Vec::new();
        for (i, p) in posters.iter().enumerate() {
            let (client, url, measuring, stop) =
                (http(p), s.url(&format!("/api/channels/{chat}/messages")), measuring.clone(), stop.clone());
            tasks.push(tokio::spawn(async move {
                let (mut lat, mut acked) = (Vec::new(), Vec::new());
                for k in 0.. {
                    if stop.load(Ordering::Relaxed) {
                        break;
                    }
                    let t0 = Instant::now();
                    let r = client
                        .post(&url)
                        .json(&json!({"client_id": format!("b2-{run}-{i}-{k}"), "body": "load"}))
                        .send()
                        .await
                        .unwrap();
                    assert_eq!(r.status(), 201);
                    let v: serde_json::Value = r.json().await.unwrap();
                    acked.push(v["id"].as_str().unwrap().to_string());
                    if measuring.load(Ordering::Relaxed) {
                        lat.push(t0.elapsed());
                    }
                }
                (lat, acked)
            }));
        }
        tokio::time::sleep(t.warmup).await;
        let (cpu0, commits0, writes0) =
            (s.cpu(), s.metric("bivouac_store_commits_total").await, s.metric("bivouac_store_writes_total").await);
        measuring.store(true, Ordering::Relaxed);
        let started = Instant::now();
        tokio::time::sleep(t.sample).await;
        measuring.store(false, Ordering::Relaxed);
        let (cpu1, commits1, writes1) =
            (s.cpu(), s.metric("bivouac_store_commits_total").await, s.metric("bivouac_store_writes_total").await);
        let elapsed = started.elapsed();
        stop.store(true, Ordering::Relaxed);
        let mut lat = Vec::new();
        for task in tasks {
            let (l, a) = task.await.unwrap();
            lat.extend(l);
            acked_all.extend(a);
        }
        let posts = lat.len() as f64;
        cpu_per.push(us(cpu1 - cpu0) / posts);
        per_commit.push((writes1 - writes0) / (commits1 - commits0).max(1.0));
        p99s.push(percentile_ms(&mut lat, 99.0));
        rates.push(posts / elapsed.as_secs_f64());
    }
    s.stop();
    // The audit: every acknowledged post is in the data file.
    let seed = Seeder::open(&dir);
    let r = seed.store.read().unwrap();
    let lost =
        acked_all.iter().filter(|id| bivouac::store::chat::message(&r, id.parse().unwrap()).unwrap().is_none()).count();
    drop(r);
    seed.close();
    let (cpu, batch, p99) = (median(cpu_per), median(per_commit), median(p99s));
    vec![
        row(
            "B2",
            "server CPU per post",
            format!("{cpu:.0} µs ({:.0} posts per core-second)", 1e6 / cpu),
            "≤ 250 µs (≥ 4,000 per core-second)",
            Some(cpu <= 250.0),
        ),
        row("B2", "writes per commit", format!("{batch:.1}"), "≥ 16", Some(batch >= 16.0)),
        row("B2", "post latency p99", format!("{p99:.2} ms"), "≤ 10 ms", Some(p99 <= 10.0)),
        row("B2", "throughput (wall clock, 2 shared cores)", format!("{:.0} posts/s", median(rates)), "reported", None),
        row("B2", "acknowledged posts lost", format!("{lost} of {}", acked_all.len()), "0", Some(lost == 0)),
    ]
}

/// B3: the store alone: one message with its index rows per commit, and in batches.
pub async fn b3(work: &Path, f: Duration) -> Vec<Row> {
    let dir = fresh(work, "b3");
    let seed = Seeder::open(&dir);
    let owner = seed.people(1, Role::Owner).await.remove(0);
    let chat = seed.channel(owner.id, "bench", vec![]).await;
    let t = timing();
    let (mut ratios, mut rates) = (Vec::new(), Vec::new());
    let mut k = 0u64;
    for _ in 0..t.runs {
        // One commit per message.
        let mut lat = Vec::new();
        let end = Instant::now() + t.sample / 2;
        while Instant::now() < end {
            k += 1;
            let cid = format!("b3-{k}");
            let t0 = Instant::now();
            seed.store
                .write(move |tx| {
                    let m = bivouac::chat::NewMessage {
                        client_id: bivouac::input::ClientId::parse(&cid)?,
                        body: bivouac::input::Body::parse("one commit")?,
                        thread_root: None,
                        files: vec![],
                    };
                    bivouac::chat::messages::post(tx, owner.id, chat, &m).map(|_| ())
                })
                .await
                .unwrap();
            lat.push(t0.elapsed());
        }
        ratios.push(percentile_ms(&mut lat, 50.0) / ms(f));
        // Batches of 1,000 messages per commit, CPU of this process (the writer does the work).
        let cpu0 = cpu_time(std::process::id());
        let (end, mut n) = (Instant::now() + t.sample / 2, 0u64);
        while Instant::now() < end {
            k += 1;
            let base = k;
            seed.store
                .write(move |tx| {
                    for i in 0..1000 {
                        let m = bivouac::chat::NewMessage {
                            client_id: bivouac::input::ClientId::parse(&format!("b3b-{base}-{i}"))?,
                            body: bivouac::input::Body::parse("batched")?,
                            thread_root: None,
                            files: vec![],
                        };
                        bivouac::chat::messages::post(tx, owner.id, chat, &m)?;
                    }
                    Ok(())
                })
                .await
                .unwrap();
            n += 1000;
        }
        rates.push(n as f64 / cpu_time(std::process::id()).saturating_sub(cpu0).as_secs_f64());
    }
    seed.close();
    let (ratio, rate) = (median(ratios), median(rates));
    vec![
        row("B3", "one-message commit latency / F", format!("{ratio:.2}"), "≤ 1.2", Some(ratio <= 1.2)),
        row("B3", "batched inserts per core-second", format!("{rate:.0}"), "≥ 60,000", Some(rate >= 60_000.0)),
    ]
}

/// Server CPU per history page and the p99 with 64 clients, paging before random cursors.
async fn pages(
    s: &Server,
    who: &Caller,
    chat: bivouac::ids::ChannelId,
    cursors: &[bivouac::ids::MessageId],
) -> (f64, f64) {
    let t = timing();
    let client = http(who);
    let mut seed = 0x9E3779B97F4A7C15u64;
    let mut pick = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        cursors[(seed % cursors.len() as u64) as usize]
    };
    let (mut cpu_per, mut p99s) = (Vec::new(), Vec::new());
    for _ in 0..t.runs {
        // One client: CPU per page.
        let warm_end = Instant::now() + t.warmup;
        while Instant::now() < warm_end {
            client
                .get(s.url(&format!("/api/channels/{chat}/messages?limit=50&before={}", pick())))
                .send()
                .await
                .unwrap();
        }
        let (cpu0, mut n) = (s.cpu(), 0u64);
        let end = Instant::now() + t.sample / 2;
        while Instant::now() < end {
            let r = client
                .get(s.url(&format!("/api/channels/{chat}/messages?limit=50&before={}", pick())))
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), 200);
            r.bytes().await.unwrap();
            n += 1;
        }
        cpu_per.push(us(s.cpu() - cpu0) / n as f64);
        // 64 clients: latency.
        let stop = Arc::new(AtomicBool::new(false));
        let mut tasks = Vec::new();
        for i in 0..64u64 {
            let (client, stop, url) =
                (client.clone(), stop.clone(), s.url(&format!("/api/channels/{chat}/messages?limit=50&before=")));
            let ids: Vec<String> =
                (0..64).map(|j| cursors[((i * 7919 + j * 104_729) as usize) % cursors.len()].to_string()).collect();
            tasks.push(tokio::spawn(async move {
                let mut lat = Vec::new();
                let mut k = 0;
                while !stop.load(Ordering::Relaxed) {
                    let t0 = Instant::now();
                    let r = client.get(format!("{url}{}", ids[k % ids.len()])).send().await.unwrap();
                    r.bytes().await.unwrap();
                    lat.push(t0.elapsed());
                    k += 1;
                }
                lat
            }));
        }
        tokio::time::sleep(t.sample / 2).await;
        stop.store(true, Ordering::Relaxed);
        let mut lat = Vec::new();
        for task in tasks {
            lat.extend(task.await.unwrap());
        }
        p99s.push(percentile_ms(&mut lat, 99.0));
    }
    (median(cpu_per), median(p99s))
}

/// B4: history pages in a 1,000,000-message channel (and a 1,000-message one for the ratio);
/// B6: idle memory, 10,000 idle WebSockets, and cold start with the million messages.
pub async fn b4_b6(work: &Path, b4: bool, b6: bool) -> Vec<Row> {
    let dir = work.join("b4");
    let million = std::env::var("BENCH_MESSAGES").ok().and_then(|v| v.parse().ok()).unwrap_or(1_000_000usize);
    let state = dir.join("seeded.txt");
    let (owner, big, small, big_ids, small_ids) = if std::fs::read_to_string(&state)
        .is_ok_and(|s| s.starts_with(&million.to_string()))
    {
        // Reuse the seeded directory of an earlier run: seeding a million messages takes a while.
        let text = std::fs::read_to_string(&state).unwrap();
        let mut l = text.lines().skip(1);
        let owner = Caller {
            id: l.next().unwrap().parse().unwrap(),
            cookie: l.next().unwrap().into(),
            csrf: l.next().unwrap().into(),
        };
        let big = l.next().unwrap().parse().unwrap();
        let small = l.next().unwrap().parse().unwrap();
        let ids = |s: &str| s.split(',').map(|x| x.parse().unwrap()).collect::<Vec<_>>();
        (owner, big, small, ids(l.next().unwrap()), ids(l.next().unwrap()))
    } else {
        let dir = fresh(work, "b4");
        let started = Instant::now();
        let seed = Seeder::open(&dir);
        let owner = seed.people(1, Role::Owner).await.remove(0);
        let big = seed.channel(owner.id, "million", vec![]).await;
        let small = seed.channel(owner.id, "thousand", vec![]).await;
        let big_ids = seed.messages(owner.id, big, million, None).await;
        let small_ids = seed.messages(owner.id, small, 1000, None).await;
        seed.close();
        println!("seeded {million} + 1000 messages in {:.0} s", started.elapsed().as_secs_f64());
        let sample = |v: &[bivouac::ids::MessageId]| {
            v.iter().step_by((v.len() / 2000).max(1)).map(|i| i.to_string()).collect::<Vec<_>>().join(",")
        };
        std::fs::write(
            &state,
            format!(
                "{million}\n{}\n{}\n{}\n{big}\n{small}\n{}\n{}\n",
                owner.id,
                owner.cookie,
                owner.csrf,
                sample(&big_ids),
                sample(&small_ids)
            ),
        )
        .unwrap();
        let keep = |v: Vec<bivouac::ids::MessageId>| v.into_iter().step_by((million / 2000).max(1)).collect::<Vec<_>>();
        (owner, big, small, keep(big_ids), small_ids)
    };
    let mut rows = Vec::new();
    if b4 {
        let s = server(&dir, &[]).await;
        let (cpu_big, p99_big) = pages(&s, &owner, big, &big_ids).await;
        let (cpu_small, _) = pages(&s, &owner, small, &small_ids).await;
        s.stop();
        let ratio = cpu_big / cpu_small;
        rows.push(row(
            "B4",
            format!("server CPU per page (50 of {million})"),
            format!("{cpu_big:.0} µs"),
            "≤ 65 µs",
            Some(cpu_big <= 65.0),
        ));
        rows.push(row("B4", "page p99 with 64 clients", format!("{p99_big:.2} ms"), "≤ 5 ms", Some(p99_big <= 5.0)));
        rows.push(row("B4", "CPU per page, 1M vs 1k channel", format!("{ratio:.2}"), "≤ 1.2", Some(ratio <= 1.2)));
    }
    if b6 {
        // Cold start with the million messages.
        let mut starts = Vec::new();
        for _ in 0..3 {
            let s = server(&dir, &[]).await;
            starts.push(ms(s.ready_after));
            s.stop();
        }
        let ready = median(starts);
        rows.push(row(
            "B6",
            format!("time to ready with {million} messages"),
            format!("{ready:.0} ms"),
            "≤ 150 ms",
            Some(ready <= 150.0),
        ));
        // Idle memory and 10,000 idle connections, on a directory with 10,000 people.
        let idle_dir = fresh(work, "b6");
        let seed = Seeder::open(&idle_dir);
        let people = seed.people(10_000, Role::Employee).await;
        seed.close();
        let s = server(&idle_dir, &[]).await;
        tokio::time::sleep(Duration::from_secs(1)).await;
        let idle = s.rss();
        let tally = Arc::new(Tally::default());
        let conns = listen(&s, &people, tally).await;
        tokio::time::sleep(Duration::from_secs(3)).await;
        let open = s.metric("bivouac_websocket_connections").await;
        let with = s.rss();
        let per = (with.saturating_sub(idle)) as f64 / open.max(1.0);
        conns.iter().for_each(|c| c.abort());
        s.stop();
        rows.push(row("B6", "idle RSS", format!("{:.1} MB", idle as f64 / 1e6), "≤ 20 MB", Some(idle as f64 <= 20e6)));
        rows.push(row(
            "B6",
            format!("memory per idle WebSocket ({open:.0} open)"),
            format!("{:.1} KB", per / 1e3),
            "≤ 16 KB",
            Some(per <= 16e3),
        ));
    }
    rows
}

/// B5: one post delivered to 10,000 WebSockets in one channel, and to 100 channels of 100.
pub async fn b5(work: &Path) -> Vec<Row> {
    let dir = fresh(work, "b5");
    let seed = Seeder::open(&dir);
    let owner = seed.people(1, Role::Owner).await.remove(0);
    let crowd = seed.people(10_000, Role::Employee).await;
    let big = seed.channel(owner.id, "everyone", crowd.iter().map(|c| c.id).collect()).await;
    let mut rooms = Vec::new();
    for (i, group) in crowd.chunks(100).enumerate() {
        rooms.push(seed.channel(owner.id, &format!("room-{i}"), group.iter().map(|c| c.id).collect()).await);
    }
    seed.close();
    let s = server(&dir, &[]).await;
    let tally = Arc::new(Tally::default());
    let _conns = listen(&s, &crowd, tally.clone()).await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    let client = http(&owner);
    let k = AtomicU64::new(0);
    let post = |chat: bivouac::ids::ChannelId| {
        let n = k.fetch_add(1, Ordering::Relaxed);
        client
            .post(s.url(&format!("/api/channels/{chat}/messages")))
            .json(&json!({"client_id": format!("b5-{n}"), "body": "to everyone"}))
            .send()
    };
    let wait_for = |want: u64| {
        let tally = tally.clone();
        async move {
            let deadline = Instant::now() + Duration::from_secs(30);
            while tally.received.load(Ordering::Relaxed) < want && Instant::now() < deadline {
                tokio::time::sleep(Duration::from_millis(1)).await;
            }
            *tally.last.lock().await
        }
    };
    let rounds = if std::env::var("BENCH_QUICK").is_ok() { 3 } else { 20 };
    let mut results = Vec::new();
    for (label, targets) in [("one channel of 10,000", vec![big]), ("100 channels of 100", rooms.clone())] {
        let (mut lat, mut delivered) = (Vec::new(), 0u64);
        let cpu0 = s.cpu();
        for _ in 0..rounds {
            let before = tally.received.load(Ordering::Relaxed);
            let t0 = Instant::now();
            let sends: Vec<_> = targets.iter().map(|c| post(*c)).collect();
            for r in futures_util::future::join_all(sends).await {
                assert_eq!(r.unwrap().status(), 201);
            }
            let want = before + 10_000;
            let last = wait_for(want).await.unwrap_or_else(Instant::now);
            let got = tally.received.load(Ordering::Relaxed) - before;
            delivered += got;
            lat.push(last.saturating_duration_since(t0));
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        let cpu = us(s.cpu() - cpu0) / delivered.max(1) as f64;
        results.push((label, cpu, percentile_ms(&mut lat, 99.0), delivered, rounds as u64 * 10_000));
    }
    s.stop();
    let mut rows = Vec::new();
    for (label, cpu, p99, delivered, expected) in results {
        rows.push(row(
            "B5",
            format!("server CPU per delivery, {label}"),
            format!("{cpu:.2} µs"),
            "≤ 5 µs",
            Some(cpu <= 5.0),
        ));
        rows.push(row(
            "B5",
            format!("post to last delivery p99, {label}"),
            format!("{p99:.1} ms"),
            "≤ 60 ms",
            Some(p99 <= 60.0),
        ));
        rows.push(row(
            "B5",
            format!("deliveries, {label}"),
            format!("{delivered} of {expected}"),
            "all",
            Some(delivered == expected),
        ));
    }
    rows
}

/// B7: unread counts for a person in 200 channels and 50 threads, with small and large history.
pub async fn b7(work: &Path) -> Vec<Row> {
    let mut cpu_by_history = Vec::new();
    let mut rows = Vec::new();
    for per_channel in [10usize, 1000] {
        let dir = fresh(work, &format!("b7-{per_channel}"));
        let seed = Seeder::open(&dir);
        let people = seed.people(2, Role::Employee).await;
        let (me, other) = (people[0].clone(), people[1].clone());
        let mut chats = Vec::new();
        for i in 0..200 {
            chats.push(seed.channel(other.id, &format!("c{i}"), vec![me.id]).await);
        }
        for (i, c) in chats.iter().enumerate() {
            let ids = seed.messages(other.id, *c, per_channel, None).await;
            if i < 50 {
                // A thread I follow (I replied once), with replies after mine.
                seed.messages(me.id, *c, 1, Some(ids[0])).await;
                seed.messages(other.id, *c, 5, Some(ids[0])).await;
            }
        }
        seed.close();
        let s = server(&dir, &[]).await;
        let client = http(&me);
        let t = timing();
        let (mut cpu_per, mut p99s) = (Vec::new(), Vec::new());
        for _ in 0..t.runs {
            let warm = Instant::now() + t.warmup;
            while Instant::now() < warm {
                client.get(s.url("/api/channels?limit=200")).send().await.unwrap().bytes().await.unwrap();
            }
            let (cpu0, mut n, mut lat) = (s.cpu(), 0u64, Vec::new());
            let end = Instant::now() + t.sample;
            while Instant::now() < end {
                let t0 = Instant::now();
                let a = client.get(s.url("/api/channels?limit=200")).send().await.unwrap();
                let list: serde_json::Value = a.json().await.unwrap();
                let b = client.get(s.url("/api/threads?limit=50")).send().await.unwrap();
                let threads: serde_json::Value = b.json().await.unwrap();
                lat.push(t0.elapsed());
                assert_eq!(list.as_array().unwrap().len(), 200);
                assert_eq!(threads["threads"].as_array().unwrap().len(), 50);
                n += 1;
            }
            cpu_per.push(us(s.cpu() - cpu0) / n as f64);
            p99s.push(percentile_ms(&mut lat, 99.0));
        }
        s.stop();
        let (cpu, p99) = (median(cpu_per), median(p99s));
        cpu_by_history.push(cpu);
        rows.push(row(
            "B7",
            format!("server CPU for unread counts ({per_channel} messages per channel)"),
            format!("{cpu:.0} µs"),
            "≤ 100 µs",
            Some(cpu <= 100.0),
        ));
        rows.push(row(
            "B7",
            format!("unread counts p99 ({per_channel} per channel)"),
            format!("{p99:.2} ms"),
            "≤ 2 ms",
            Some(p99 <= 2.0),
        ));
    }
    let growth = cpu_by_history[1] / cpu_by_history[0];
    rows.push(row(
        "B7",
        "CPU growth from 10 to 1,000 messages per channel",
        format!("{growth:.2}×"),
        "flat",
        Some(growth <= 1.2),
    ));
    rows
}

/// One sample of the B9 load: history pages from 64 clients and a post fanned out to 1,000
/// sockets every 100 ms; returns (page p99 ms, post-to-last-delivery p99 ms).
async fn b9_sample(
    s: &Server,
    reader: &Caller,
    chat: bivouac::ids::ChannelId,
    cursors: &[bivouac::ids::MessageId],
    tally: &Arc<Tally>,
    length: Duration,
) -> (f64, f64) {
    let stop = Arc::new(AtomicBool::new(false));
    let mut pagers = Vec::new();
    for i in 0..64u64 {
        let (client, stop, url) =
            (http(reader), stop.clone(), s.url(&format!("/api/channels/{chat}/messages?limit=50&before=")));
        let ids: Vec<String> =
            (0..32).map(|j| cursors[((i * 131 + j * 7) as usize) % cursors.len()].to_string()).collect();
        pagers.push(tokio::spawn(async move {
            let (mut lat, mut k) = (Vec::new(), 0);
            while !stop.load(Ordering::Relaxed) {
                let t0 = Instant::now();
                let r = client.get(format!("{url}{}", ids[k % ids.len()])).send().await.unwrap();
                r.bytes().await.unwrap();
                lat.push(t0.elapsed());
                k += 1;
            }
            lat
        }));
    }
    let poster = http(reader);
    let mut fan = Vec::new();
    let end = Instant::now() + length;
    let mut n = 0u64;
    while Instant::now() < end {
        n += 1;
        let before = tally.received.load(Ordering::Relaxed);
        let t0 = Instant::now();
        let r = poster
            .post(s.url(&format!("/api/channels/{chat}/messages")))
            .json(&json!({"client_id": format!("b9-{}-{n}", t0.elapsed().as_nanos()), "body": "fan out"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 201);
        let want = before + 1000;
        let deadline = Instant::now() + Duration::from_secs(5);
        while tally.received.load(Ordering::Relaxed) < want && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_micros(200)).await;
        }
        let last = tally.last.lock().await.unwrap_or_else(Instant::now);
        fan.push(last.saturating_duration_since(t0));
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    stop.store(true, Ordering::Relaxed);
    let mut lat = Vec::new();
    for p in pagers {
        lat.extend(p.await.unwrap());
    }
    (percentile_ms(&mut lat, 99.0), percentile_ms(&mut fan, 99.0))
}

/// B9: a login flood (500 wrong passwords per second from 100 addresses) while history pages
/// and fan-out run; good sign-ins from other addresses must still work, refusals be cheap.
pub async fn b9(work: &Path) -> Vec<Row> {
    let dir = fresh(work, "b9");
    let seed = Seeder::open(&dir);
    let owner = seed.people(1, Role::Owner).await.remove(0);
    let crowd = seed.people(1000, Role::Employee).await;
    let chat = seed.channel(owner.id, "flooded", crowd.iter().map(|c| c.id).collect()).await;
    let cursors = seed.messages(owner.id, chat, 100_000, None).await;
    seed.set_password(owner.id, "the-right-password").await;
    seed.close();
    let cursors: Vec<_> = cursors.into_iter().step_by(50).collect();
    let s = server(&dir, &["--trust-proxy", "true"]).await;
    let tally = Arc::new(Tally::default());
    let _conns = listen(&s, &crowd, tally.clone()).await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    let t = timing();
    let length = t.sample;
    let (quiet_pages, quiet_fan) = b9_sample(&s, &owner, chat, &cursors, &tally, length).await;
    // The flood, paced at 500 requests per second, each from one of 100 addresses.
    let stop = Arc::new(AtomicBool::new(false));
    let refusals = Arc::new(std::sync::Mutex::new(Vec::new()));
    let flood = tokio::spawn({
        let (stop, url, refusals) = (stop.clone(), s.url("/api/session"), refusals.clone());
        async move {
            let client = reqwest::Client::new();
            let mut tick = tokio::time::interval(Duration::from_millis(2));
            let mut i = 0u64;
            while !stop.load(Ordering::Relaxed) {
                tick.tick().await;
                i += 1;
                let (client, url, refusals) = (client.clone(), url.clone(), refusals.clone());
                tokio::spawn(async move {
                    let t0 = Instant::now();
                    let r = client
                        .post(url)
                        .header("x-forwarded-for", format!("198.51.100.{}", i % 100))
                        .json(&json!({"email": "owner@bench.example", "password": "wrong"}))
                        .send()
                        .await;
                    if let Ok(r) = r
                        && r.status() == 429
                    {
                        refusals.lock().unwrap().push(t0.elapsed());
                    }
                });
            }
        }
    });
    let good = tokio::spawn({
        let (stop, url) = (stop.clone(), s.url("/api/session"));
        async move {
            let client = reqwest::Client::new();
            let (mut ok, mut tried) = (0, 0);
            while !stop.load(Ordering::Relaxed) {
                tried += 1;
                let r = client
                    .post(&url)
                    .header("x-forwarded-for", format!("203.0.113.{}", tried % 250))
                    .json(&json!({"email": "p0-owner@bench.example", "password": "the-right-password"}))
                    .send()
                    .await;
                if r.is_ok_and(|r| r.status() == 200) {
                    ok += 1;
                }
                tokio::time::sleep(Duration::from_millis(500)).await;
            }
            (ok, tried)
        }
    });
    tokio::time::sleep(Duration::from_secs(1)).await;
    let (flood_pages, flood_fan) = b9_sample(&s, &owner, chat, &cursors, &tally, length).await;
    stop.store(true, Ordering::Relaxed);
    flood.await.unwrap();
    let (ok, tried) = good.await.unwrap();
    // Server-side time of the refusals, from the request histogram of /metrics.
    let fast = s
        .metric("bivouac_http_request_duration_seconds_bucket{route=\"/api/session\",method=\"POST\",le=\"0.0002\"}")
        .await;
    let refused_total =
        s.metric("bivouac_http_requests_total{route=\"/api/session\",method=\"POST\",status=\"429\"}").await;
    s.stop();
    let mut refused = refusals.lock().unwrap().clone();
    let refusal_p50 = percentile_ms(&mut refused, 50.0);
    let (pr, fr) = (flood_pages / quiet_pages, flood_fan / quiet_fan);
    vec![
        row(
            "B9",
            "history page p99: quiet → flood",
            format!("{quiet_pages:.2} → {flood_pages:.2} ms ({pr:.2}×)"),
            "≤ 1.5×",
            Some(pr <= 1.5),
        ),
        row(
            "B9",
            "fan-out to 1,000 p99: quiet → flood",
            format!("{quiet_fan:.1} → {flood_fan:.1} ms ({fr:.2}×)"),
            "≤ 1.5×",
            Some(fr <= 1.5),
        ),
        row("B9", "good sign-ins during the flood", format!("{ok} of {tried}"), "all succeed", Some(ok == tried)),
        row(
            "B9",
            "sign-in answers within 0.2 ms on the server",
            format!("{fast:.0} (429 refusals: {refused_total:.0}; the rest 503 busy)"),
            "refusals < 0.2 ms",
            Some(fast >= refused_total),
        ),
        row(
            "B9",
            "429 refusal, client round trip p50 (2 shared cores)",
            format!("{refusal_p50:.2} ms ({} refusals)", refused.len()),
            "reported",
            None,
        ),
    ]
}

/// B9, the floods nobody signed in can send: hostile sign-ins and reset requests with 200 KB
/// "emails" from 20 addresses (the server's memory must stay flat), and 40 senders of bogus
/// password-reset tokens while real people sign in (who must all get in, quickly).
pub async fn b9_floods(work: &Path) -> Vec<Row> {
    let dir = fresh(work, "b9-floods");
    let seed = Seeder::open(&dir);
    let owner = seed.people(1, Role::Owner).await.remove(0);
    seed.set_password(owner.id, "the-right-password").await;
    seed.close();
    let s = server(&dir, &["--trust-proxy", "true"]).await;
    let client = reqwest::Client::new();
    // Memory: a warm-up round, then 1,200 more hostile requests.
    let huge = "x".repeat(200_000);
    let hostile = |round: usize| {
        let (client, s_url, huge) = (client.clone(), s.url(""), huge.clone());
        async move {
            let sends = (0..600).map(|i| {
                let (client, s_url, huge) = (client.clone(), s_url.clone(), huge.clone());
                async move {
                    let path = if i % 2 == 0 { "/api/session" } else { "/api/password-reset" };
                    let email = format!("{huge}{round}-{i}@example.com");
                    let _ = client
                        .post(format!("{s_url}{path}"))
                        .header("x-forwarded-for", format!("192.0.2.{}", i % 20))
                        .json(&json!({"email": email, "password": "wrong"}))
                        .send()
                        .await;
                }
            });
            futures_util::future::join_all(sends).await;
        }
    };
    hostile(0).await;
    let before = s.rss();
    hostile(1).await;
    hostile(2).await;
    let grown = s.rss().saturating_sub(before) as f64 / (1 << 20) as f64;
    // Bogus reset tokens from 40 senders while real sign-ins go on.
    let stop = Arc::new(AtomicBool::new(false));
    let senders: Vec<_> = (0..40)
        .map(|t| {
            let (client, url, stop) = (client.clone(), s.url("/api/password-reset/complete"), stop.clone());
            tokio::spawn(async move {
                let mut n = 0u64;
                while !stop.load(Ordering::Relaxed) {
                    let body = json!({"token": format!("bogus-{t}-{n}"), "password": "new-password-123"});
                    let _ =
                        client.post(&url).header("x-forwarded-for", format!("198.18.0.{t}")).json(&body).send().await;
                    n += 1;
                }
                n
            })
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(500)).await;
    let (mut ok, mut lat) = (0, Vec::new());
    let tried = 16;
    for i in 0..tried {
        let t0 = Instant::now();
        let r = client
            .post(s.url("/api/session"))
            .header("x-forwarded-for", format!("203.0.113.{i}"))
            .json(&json!({"email": "p0-owner@bench.example", "password": "the-right-password"}))
            .send()
            .await;
        lat.push(t0.elapsed());
        if r.is_ok_and(|r| r.status() == 200) {
            ok += 1;
        }
    }
    stop.store(true, Ordering::Relaxed);
    let mut bogus = 0;
    for t in senders {
        bogus += t.await.unwrap();
    }
    s.stop();
    let p99 = percentile_ms(&mut lat, 99.0);
    vec![
        row(
            "B9",
            "server memory after 1,200 hostile requests with 200 KB emails from 20 addresses",
            format!("{grown:+.1} MiB"),
            "flat (a few MB)",
            Some(grown < 6.0),
        ),
        row(
            "B9",
            "good sign-ins during a flood of bogus reset tokens (40 senders)",
            format!("{ok} of {tried}, p99 {p99:.0} ms ({bogus} bogus tokens sent)"),
            "all succeed",
            Some(ok == tried),
        ),
    ]
}
