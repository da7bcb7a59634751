//! Evidence that nothing acknowledged is ever lost: I/O faults at every operation of a workload,
//! `kill -9` under a write load, corrupted data files. Each prints its figures; the README's
//! "Reliability" section shows them for long runs:
//!
//!   FAULT_WORKLOAD=large cargo test --release --test it reliability::faults -- --nocapture
//!   KILL_ROUNDS=100     cargo test --release --test it reliability::kill -- --nocapture
//!   CORRUPT_FILES=2000  cargo test --release --test it reliability::corrupt -- --nocapture

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use bivouac::chat::{NewChannel, NewMessage, channels, messages};
use bivouac::clock::{SharedClock, SystemClock};
use bivouac::error::Error;
use bivouac::ids::{ChannelId, InvitationId, MessageId, PersonId};
use bivouac::input::{Body, ClientId, Description, Name};
use bivouac::invites::{self, Context, NewInvitation};
use bivouac::model::Role;
use bivouac::store::faults::FaultPlan;
use bivouac::store::{self, Store};
use serde_json::json;

use crate::process::ServerExt;
use crate::support::process::{Server, free_port, run};
use crate::support::seed;

fn clock() -> SharedClock {
    Arc::new(SystemClock)
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// What a workload was told succeeded.
/// An unacknowledged write may or may not have landed (its commit can be durable even when the
/// answer never came), so for edits and deletes the audit accepts both outcomes unless acknowledged.
#[derive(Default, Debug)]
struct Acked {
    people: Vec<PersonId>,
    channels: Vec<ChannelId>,
    messages: Vec<(MessageId, String)>,
    /// Bodies a message may show: its acknowledged body, plus an attempted but unacknowledged edit.
    may_read: Vec<(MessageId, String)>,
    deleted: Vec<MessageId>,
    may_be_deleted: Vec<MessageId>,
    invitations: Vec<InvitationId>,
}

/// Person `n` of the workload, written through the shared seeding helper.
fn person(tx: &mut store::WriteTx<'_>, role: Role, n: usize) -> Result<PersonId, Error> {
    seed::person(tx, role, n, "Fault").map(|p| p.id)
}

/// A deterministic mix of the product's writes; keeps going after failures, recording what was
/// acknowledged. `scale` repeats the message part.
async fn workload(s: &Store, scale: usize) -> Acked {
    let mut a = Acked::default();
    let Ok(owner) = s.write(|tx| person(tx, Role::Owner, 0)).await else { return a };
    a.people.push(owner);
    for i in 1..=3 {
        if let Ok(p) = s.write(move |tx| person(tx, Role::Employee, i)).await {
            a.people.push(p);
        }
    }
    let members: Vec<PersonId> = a.people[1..].to_vec();
    let n = NewChannel {
        name: Name::channel("general").unwrap(),
        description: Description::default(),
        private: false,
        members,
    };
    let Ok(chat) = s.write(move |tx| channels::create_channel(tx, owner, &n).map(|c| c.id)).await else { return a };
    a.channels.push(chat);
    for k in 0..8 * scale {
        let author = a.people[k % a.people.len()];
        let body = format!("message {k}");
        let m = NewMessage {
            client_id: ClientId::parse(&format!("c{k}")).unwrap(),
            body: Body::parse(&body).unwrap(),
            thread_root: a.messages.first().map(|m| m.0).filter(|_| k % 5 == 4),
            files: vec![],
        };
        if let Ok((msg, _)) = s.write(move |tx| messages::post(tx, author, chat, &m)).await {
            a.messages.push((msg.id, body));
        }
    }
    if let Some((id, _)) = a.messages.get(1).cloned() {
        if s.write(move |tx| messages::edit(tx, owner, id, &Body::parse("edited").unwrap())).await.is_ok() {
            a.messages[1].1 = "edited".into();
        } else {
            a.may_read.push((id, "edited".into()));
        }
    }
    if let Some((id, _)) = a.messages.get(2).cloned() {
        if s.write(move |tx| messages::delete(tx, owner, id).map(|_| ())).await.is_ok() {
            a.deleted.push(id);
        } else {
            a.may_be_deleted.push(id);
        }
    }
    let ctx = Context {
        base_url: "http://localhost".into(),
        ttl: Duration::from_secs(7 * 86_400),
        secret: bivouac::crypto::Secret::ephemeral(),
    };
    let inv = NewInvitation::parse("New", "Person", "new@fault.example", "employee", vec![], None).unwrap();
    if let Ok(i) = s.write(move |tx| invites::create(tx, &ctx, owner, &inv).map(|i| i.id)).await {
        a.invitations.push(i);
    }
    if let Some(p) = a.people.get(1).copied() {
        let _ = s.write(move |tx| channels::leave(tx, p, chat)).await;
        let _ = s.write(move |tx| channels::add_members(tx, owner, chat, &[p]).map(|_| ())).await;
    }
    let work = Name::folder("Work").unwrap();
    let _ = s.write(move |tx| bivouac::sidebar::create_folder(tx, owner, &work, &[chat]).map(|_| ())).await;
    a
}

/// Reopens `dir` as a restarted server would, then checks integrity, indexes, invariants and
/// every acknowledged write.
fn audit(dir: &std::path::Path, acked: &Acked) -> Vec<String> {
    let mut problems = Vec::new();
    let s = match Store::open(dir, clock(), None) {
        Ok(s) => s,
        Err(e) => return vec![format!("does not reopen: {e}")],
    };
    s.close();
    drop(s);
    match store::check_file(&dir.join(store::DATA_FILE)) {
        Ok(p) => problems.extend(p),
        Err(e) => problems.push(format!("fails its check: {e}")),
    }
    if !problems.is_empty() {
        return problems;
    }
    let s = Store::open(dir, clock(), None).expect("reopens");
    let r = s.read().unwrap();
    for p in &acked.people {
        if store::people::get(&r, *p).unwrap().is_none() {
            problems.push(format!("acknowledged person {p} is missing"));
        }
    }
    for c in &acked.channels {
        if store::chat::channel(&r, *c).unwrap().is_none() {
            problems.push(format!("acknowledged channel {c} is missing"));
        }
    }
    for (id, body) in &acked.messages {
        match store::chat::message(&r, *id).unwrap() {
            None => problems.push(format!("acknowledged message {id} is missing")),
            Some(m) if m.deleted && acked.may_be_deleted.contains(id) => {}
            Some(m)
                if !acked.deleted.contains(id)
                    && m.body != *body
                    && !acked.may_read.contains(&(*id, m.body.clone())) =>
            {
                problems.push(format!("message {id} reads {:?}, acknowledged {body:?}", m.body))
            }
            Some(m) if acked.deleted.contains(id) && !m.deleted => {
                problems.push(format!("acknowledged deletion of {id} is missing"))
            }
            Some(_) => {}
        }
    }
    for i in &acked.invitations {
        match store::invitations::get(&r, *i).unwrap() {
            None => problems.push(format!("acknowledged invitation {i} is missing")),
            Some(inv) if inv.mail.is_none() => problems.push(format!("invitation {i} lost its mail")),
            Some(_) => {}
        }
    }
    drop(r);
    s.close();
    problems
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn faults_at_every_io_operation_leave_a_consistent_store_with_every_ack() {
    let scale = if std::env::var("FAULT_WORKLOAD").as_deref() == Ok("large") { 6 } else { 1 };
    // A clean run counts the I/O operations of the whole workload.
    let clean = tempfile::tempdir().unwrap();
    let (s, ops) = Store::open_faulty(clean.path(), clock(), None).unwrap();
    let acked = workload(&s, scale).await;
    s.close();
    drop(s);
    assert!(audit(clean.path(), &acked).is_empty());
    let total = ops.load(Ordering::SeqCst);
    assert!(total > 50, "the workload does I/O ({total} operations)");
    let mut tried = 0;
    let mut failures = Vec::new();
    for sticky in [false, true] {
        for k in 1..=total {
            let dir = tempfile::tempdir().unwrap();
            let plan = FaultPlan { fail_at: k, sticky };
            let acked = match Store::open_faulty(dir.path(), clock(), Some(plan)) {
                Ok((s, _)) => {
                    let a = workload(&s, scale).await;
                    s.close();
                    a
                }
                // The fault hit while opening: nothing was acknowledged.
                Err(_) => Acked::default(),
            };
            tried += 1;
            let problems = audit(dir.path(), &acked);
            if !problems.is_empty() {
                failures.push(format!(
                    "fault at operation {k} ({}): {problems:?}",
                    if sticky { "from then on" } else { "once" }
                ));
            }
        }
    }
    println!(
        "fault injection: {tried} fault points tried over a workload of {total} I/O operations, {} inconsistent",
        failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn corrupted_data_files_give_a_clear_error_or_a_clean_store() {
    let files = env_number("CORRUPT_FILES", 60);
    let src = tempfile::tempdir().unwrap();
    let s = Store::open(src.path(), clock(), None).unwrap();
    let acked = workload(&s, 3).await;
    s.close();
    drop(s);
    let original = std::fs::read(src.path().join(store::DATA_FILE)).unwrap();
    let bodies: BTreeMap<MessageId, String> = acked.messages.iter().cloned().collect();
    let (mut refused, mut reported, mut intact, mut rolled_back, mut wrong) = (0, 0, 0, 0, Vec::new());
    let mut seed = 0x853c49e6748fea9bu64 ^ files;
    let mut rand = |n: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % n
    };
    for i in 0..files {
        let dir = tempfile::tempdir().unwrap();
        let mut bytes = original.clone();
        for _ in 0..1 + rand(8) {
            let at = rand(bytes.len() as u64) as usize;
            bytes[at] ^= 1 << rand(8);
        }
        let path = dir.path().join(store::DATA_FILE);
        std::fs::write(&path, &bytes).unwrap();
        if i < 5 {
            // The command line never panics on a damaged file (a panic exits with 101).
            let (_, text) = run(&["check", "--data-dir", dir.path().to_str().unwrap()]);
            assert!(!text.contains("panicked"), "bivouac check panicked: {text}");
        }
        match store::check_file(&path) {
            Err(_) => refused += 1,
            Ok(p) if !p.is_empty() => reported += 1,
            Ok(_) => {
                let s = Store::open(dir.path(), clock(), None).expect("a clean file opens");
                let r = s.read().unwrap();
                let mut present = 0;
                for (id, body) in &bodies {
                    if let Some(m) = store::chat::message(&r, *id).unwrap() {
                        present += 1;
                        if !m.deleted && m.body != *body {
                            wrong.push(format!("file {i}: message {id} reads {:?}", m.body));
                        }
                    }
                }
                drop(r);
                s.close();
                if present == bodies.len() { intact += 1 } else { rolled_back += 1 }
            }
        }
    }
    println!(
        "corruption: {files} damaged files: {refused} refused with an error, {reported} opened with problems reported, \
         {intact} clean and intact, {rolled_back} clean at an earlier commit, {} silently wrong",
        wrong.len()
    );
    assert!(wrong.is_empty(), "{wrong:?}");
}

/// One kill round's tallies.
#[derive(Default)]
struct Tally {
    acked: u64,
    lost: u64,
    duplicated: u64,
}

async fn kill_round(dir: &std::path::Path, round: u64, t: &mut Tally) {
    let port = free_port();
    let mut s = Server::start(dir, port).await;
    let owner = if round == 0 { s.owner().await } else { s.login().await };
    let chat = match owner
        .get("/api/channels")
        .await
        .body
        .as_array()
        .and_then(|l| l.iter().find(|c| c["name"] == "load").cloned())
    {
        Some(c) => c["id"].as_str().unwrap().to_string(),
        None => owner.post("/api/channels", json!({"name": "load"})).await.expect(201).body["id"]
            .as_str()
            .unwrap()
            .to_string(),
    };
    // The owner may have left "room" in an earlier round: look for it among public channels.
    let room = match owner.get("/api/channels/browse?limit=200").await.body["channels"]
        .as_array()
        .and_then(|l| l.iter().find(|c| c["name"] == "room").cloned())
    {
        Some(c) => c["id"].as_str().unwrap().to_string(),
        None => owner.post("/api/channels", json!({"name": "room"})).await.expect(201).body["id"]
            .as_str()
            .unwrap()
            .to_string(),
    };
    let target = owner
        .post(&format!("/api/channels/{chat}/messages"), json!({"client_id": format!("t{round}"), "body": "edit me"}))
        .await
        .expect(201)
        .body["id"]
        .as_str()
        .unwrap()
        .to_string();
    let stop = Arc::new(AtomicBool::new(false));
    let acks = Arc::new(AtomicU64::new(0));
    // Posters: client id -> acknowledged message id; the one in flight when killed.
    let mut posters = Vec::new();
    for w in 0..4 {
        let (u, chat, stop, acks) = (owner.clone(), chat.clone(), stop.clone(), acks.clone());
        posters.push(tokio::spawn(async move {
            let mut acked = BTreeMap::new();
            let mut in_flight = None;
            for i in 0.. {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                let cid = format!("r{round}w{w}i{i}");
                in_flight = Some(cid.clone());
                let Ok(res) = u
                    .client
                    .post(format!("{}/api/channels/{chat}/messages", u.base))
                    .header("X-CSRF-Token", &u.csrf)
                    .json(&json!({"client_id": cid, "body": "kill load"}))
                    .send()
                    .await
                else {
                    break;
                };
                if res.status() != 201 {
                    break;
                }
                let v: serde_json::Value = res.json().await.unwrap_or_default();
                acked.insert(cid, v["id"].as_str().unwrap_or("").to_string());
                acks.fetch_add(1, Ordering::SeqCst);
            }
            (acked, in_flight)
        }));
    }
    // An editor (the message ends as the last acknowledged or the in-flight edit), an inviter, and a
    // member who leaves and joins a channel over and over.
    let editor = tokio::spawn({
        let (u, target, stop) = (owner.clone(), target.clone(), stop.clone());
        async move {
            let (mut last, mut flight) = (None, None);
            for i in 0.. {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                flight = Some(format!("edit {i}"));
                let Ok(res) = u
                    .client
                    .patch(format!("{}/api/messages/{target}", u.base))
                    .header("X-CSRF-Token", &u.csrf)
                    .json(&json!({"body": format!("edit {i}")}))
                    .send()
                    .await
                else {
                    break;
                };
                if res.status() != 200 {
                    break;
                }
                last = flight.clone();
            }
            (last, flight)
        }
    });
    let inviter = tokio::spawn({
        let (u, stop) = (owner.clone(), stop.clone());
        async move {
            let mut acked = Vec::new();
            for i in 0.. {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                let email = format!("k{round}-{i}@kill.example");
                let Ok(res) = u
                    .client
                    .post(format!("{}/api/invitations", u.base))
                    .header("X-CSRF-Token", &u.csrf)
                    .json(&json!({"first_name": "K", "last_name": "L", "email": email, "role": "employee"}))
                    .send()
                    .await
                else {
                    break;
                };
                if res.status() != 201 {
                    break;
                }
                acked.push(email);
            }
            acked
        }
    });
    let toggler = tokio::spawn({
        let (u, room, stop) = (owner.clone(), room.clone(), stop.clone());
        async move {
            let (mut member, mut flight) = (None, None);
            for i in 0.. {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                let join = i % 2 == 1;
                flight = Some(join);
                let what = if join { "join" } else { "leave" };
                let Ok(res) = u
                    .client
                    .post(format!("{}/api/channels/{room}/{what}", u.base))
                    .header("X-CSRF-Token", &u.csrf)
                    .json(&json!({}))
                    .send()
                    .await
                else {
                    break;
                };
                if !res.status().is_success() {
                    break;
                }
                member = flight;
            }
            (member, flight)
        }
    });
    let wait = 100 + (round * 7919 % 400);
    tokio::time::sleep(Duration::from_millis(wait)).await;
    s.signal(libc::SIGKILL);
    let (_, s) = tokio::task::spawn_blocking(move || (s.wait(), s)).await.unwrap();
    stop.store(true, Ordering::SeqCst);
    let mut acked_posts = BTreeMap::new();
    let mut in_flight = Vec::new();
    for p in posters {
        let (a, f) = p.await.unwrap();
        acked_posts.extend(a);
        in_flight.extend(f);
    }
    let (edit_last, edit_flight) = editor.await.unwrap();
    let invited = inviter.await.unwrap();
    let (member, member_flight) = toggler.await.unwrap();
    drop(s);
    let (ok, text) = run(&["check", "--data-dir", dir.to_str().unwrap()]);
    assert!(ok, "after kill -9 the store must check clean: {text}");
    // Restart and audit.
    let s = Server::start(dir, free_port()).await;
    let owner = s.login().await;
    // Retrying what was in flight must not duplicate anything.
    for cid in &in_flight {
        let r =
            owner.post(&format!("/api/channels/{chat}/messages"), json!({"client_id": cid, "body": "kill load"})).await;
        assert!(r.status == 200 || r.status == 201, "{}", r.text);
    }
    let mut stored = Vec::new();
    let mut before: Option<String> = None;
    loop {
        let url = match &before {
            Some(b) => format!("/api/channels/{chat}/messages?limit=200&before={b}"),
            None => format!("/api/channels/{chat}/messages?limit=200"),
        };
        let page = owner.get(&url).await.expect(200);
        let msgs = page.body["messages"].as_array().unwrap().clone();
        if msgs.is_empty() {
            break;
        }
        before = msgs[0]["id"].as_str().map(String::from);
        stored.extend(msgs);
        if page.body["has_more"] == false {
            break;
        }
    }
    let ids: BTreeSet<&str> = stored.iter().map(|m| m["id"].as_str().unwrap()).collect();
    let mut seen = BTreeMap::new();
    for m in &stored {
        *seen.entry(m["client_id"].as_str().unwrap().to_string()).or_insert(0u64) += 1;
    }
    t.acked +=
        acked_posts.len() as u64 + invited.len() as u64 + u64::from(edit_last.is_some()) + u64::from(member.is_some());
    t.lost += acked_posts.values().filter(|id| !ids.contains(id.as_str())).count() as u64;
    t.duplicated += seen.values().filter(|n| **n > 1).map(|n| n - 1).sum::<u64>();
    let edited = owner.get(&format!("/api/messages/{target}/thread")).await.expect(200);
    let body = edited.body["root"]["body"].as_str().unwrap().to_string();
    if let Some(last) = &edit_last
        && body != *last
        && Some(&body) != edit_flight.as_ref()
    {
        t.lost += 1;
    }
    let listed = owner.get("/api/invitations?limit=200").await.expect(200);
    let emails: BTreeSet<&str> =
        listed.body["invitations"].as_array().unwrap().iter().map(|i| i["email"].as_str().unwrap()).collect();
    t.lost += invited.iter().filter(|e| !emails.contains(e.as_str())).count() as u64;
    if let Some(was) = member {
        let mine = owner.get("/api/channels?archived=true").await.expect(200);
        let is = mine.body.as_array().unwrap().iter().any(|c| c["id"] == room.as_str());
        if is != was && Some(is) != member_flight {
            t.lost += 1;
        }
    }
    drop(s);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_under_load_loses_and_duplicates_nothing() {
    let rounds = env_number("KILL_ROUNDS", 3);
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    std::fs::create_dir_all(&dir).unwrap();
    let mut t = Tally::default();
    for round in 0..rounds {
        kill_round(&dir, round, &mut t).await;
    }
    println!("kill -9: rounds {rounds}, acknowledged writes {}, lost {}, duplicated {}", t.acked, t.lost, t.duplicated);
    assert!(t.acked > rounds * 10, "the load ran");
    assert_eq!((t.lost, t.duplicated), (0, 0));
}
