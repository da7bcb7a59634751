//! The store: group commit, isolation of a failing op, index verification, schema versions.

use std::sync::Arc;

use bivouac::clock::{ManualClock, SharedClock};
use bivouac::error::Error;
use bivouac::ids::DepartmentId;
use bivouac::model::{Department, Role};
use bivouac::store::{self, Store};

use crate::support::seed;

fn open(dir: &std::path::Path) -> Store {
    let clock: SharedClock = Arc::new(ManualClock::default());
    Store::open(dir, clock, None).expect("store opens")
}

fn dept(tx: &mut store::WriteTx<'_>, name: &str) -> Result<DepartmentId, Error> {
    let d = Department {
        id: DepartmentId(tx.new_id()),
        name: name.into(),
        parent: None,
        head: None,
        created_at: store::Reader::now(tx),
    };
    store::departments::save(tx, &seed::proof(), &d)?;
    Ok(d.id)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_writers_share_commits_and_all_are_stored() {
    let dir = tempfile::tempdir().unwrap();
    let s = open(dir.path());
    let mut tasks = Vec::new();
    for i in 0..400 {
        let s = s.clone();
        tasks.push(tokio::spawn(async move { s.write(move |tx| dept(tx, &format!("d{i}"))).await }));
    }
    let mut ids = Vec::new();
    for t in tasks {
        ids.push(t.await.unwrap().expect("acknowledged"));
    }
    let stats = s.stats();
    let commits = stats.commits.load(std::sync::atomic::Ordering::Relaxed);
    let ops = stats.ops.load(std::sync::atomic::Ordering::Relaxed);
    assert_eq!(ops, 400);
    assert!(commits < 400, "400 concurrent writes should share commits, took {commits}");
    // Every acknowledged write is there, also after closing and reopening.
    s.close();
    drop(s);
    let s = open(dir.path());
    let r = s.read().unwrap();
    for id in &ids {
        assert!(store::departments::get(&r, *id).unwrap().is_some());
    }
    let mut sorted = ids.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), 400, "ids are unique");
}

#[tokio::test]
async fn an_op_that_fails_after_writing_leaves_nothing_and_spares_its_batch() {
    let dir = tempfile::tempdir().unwrap();
    let s = open(dir.path());
    let mut tasks = Vec::new();
    for i in 0..50 {
        let s = s.clone();
        tasks.push(tokio::spawn(async move {
            s.write(move |tx| {
                let id = dept(tx, &format!("d{i}"))?;
                if i % 7 == 3 {
                    return Err(Error::conflict("test", bivouac::msg!("internal")));
                }
                Ok(id)
            })
            .await
        }));
    }
    let mut kept = 0;
    for (i, t) in tasks.into_iter().enumerate() {
        match t.await.unwrap() {
            Ok(_) => {
                assert_ne!(i % 7, 3);
                kept += 1;
            }
            Err(e) => {
                assert_eq!(i % 7, 3);
                assert_eq!(e.code, "test");
            }
        }
    }
    let all = store::departments::all(&s.read().unwrap()).unwrap();
    assert_eq!(all.len(), kept, "only the successful ops' rows exist");
    assert!(all.iter().all(|d| {
        let n: usize = d.name[1..].parse().unwrap();
        n % 7 != 3
    }));
    assert!(s.verify().unwrap().is_empty());
}

#[tokio::test]
async fn a_panicking_op_is_an_error_not_a_dead_writer() {
    let dir = tempfile::tempdir().unwrap();
    let s = open(dir.path());
    let e = s.write(|_tx| -> Result<(), Error> { panic!("boom") }).await.unwrap_err();
    assert_eq!(e.code, "internal");
    s.write(|tx| dept(tx, "after")).await.expect("the writer still works");
}

#[tokio::test]
async fn verification_finds_a_broken_index() {
    let dir = tempfile::tempdir().unwrap();
    let email;
    {
        let s = open(dir.path());
        let owner = s.write(|tx| seed::person(tx, Role::Owner, 0, "Index")).await.unwrap();
        email = owner.email;
        assert!(s.verify().unwrap().is_empty());
        s.close();
    }
    // Damage the email index behind the store's back, as a bug would.
    let db = redb::Database::open(dir.path().join(store::DATA_FILE)).unwrap();
    let t = db.begin_write().unwrap();
    {
        let def: redb::TableDefinition<&[u8], &[u8]> = redb::TableDefinition::new("people-by-email-1");
        let mut table = t.open_table(def).unwrap();
        table.remove(email.as_bytes()).unwrap();
        table.insert(b"ghost@b.co".as_slice(), 9u64.to_be_bytes().as_slice()).unwrap();
    }
    t.commit().unwrap();
    drop(db);
    let problems = store::check_file(&dir.path().join(store::DATA_FILE)).unwrap();
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(problems.iter().any(|p| p.contains(&email) && p.contains("missing")));
    assert!(problems.iter().any(|p| p.contains("ghost@b.co")));
}

#[tokio::test]
async fn a_file_from_a_newer_version_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    open(dir.path()).close();
    let db = redb::Database::open(dir.path().join(store::DATA_FILE)).unwrap();
    let t = db.begin_write().unwrap();
    {
        let def: redb::TableDefinition<&[u8], &[u8]> = redb::TableDefinition::new("meta-1");
        t.open_table(def).unwrap().insert(b"schema_version".as_slice(), 99u32.to_be_bytes().as_slice()).unwrap();
    }
    t.commit().unwrap();
    drop(db);
    let clock: SharedClock = Arc::new(ManualClock::default());
    let err = Store::open(dir.path(), clock, None).err().expect("refused");
    assert!(err.0.contains("newer version of Bivouac") && err.0.contains("99"), "{err}");
}

#[tokio::test]
async fn a_second_process_cannot_open_the_same_data_directory() {
    let dir = tempfile::tempdir().unwrap();
    let _s = open(dir.path());
    let clock: SharedClock = Arc::new(ManualClock::default());
    let err = Store::open(dir.path(), clock, None).err().expect("refused");
    assert!(err.0.contains("in use"), "{err}");
}

/// A workspace whose data touches every index: people in departments, sessions, an invitation
/// with its queued mail, public and private channels, a direct chat, messages with mentions, a
/// thread with followers. Returns the stopped app (its data directory stays).
async fn every_index_in_use() -> crate::helpers::TestApp {
    use serde_json::json;
    let mut app = crate::helpers::spawn().await;
    let owner = app.create_owner().await;
    let emp = app.add_member(&owner, "employee", "Ema").await;
    // Ivan's mail waits in the outbox (its due index has a row) while the SMTP server defers.
    app.smtp.set_mode(crate::smtp::Mode::Defer);
    let dept = owner.post("/api/departments", json!({"name": "Sales"})).await.expect(201).body["id"].clone();
    owner.patch(&format!("/api/people/{}", emp.id), json!({"departments": [dept]})).await.expect(200);
    app.invite(&owner, "Ivan", "Petrov", "ivan@example.com", "employee").await.expect(201);
    let c = owner.post("/api/channels", json!({"name": "team-room", "members": [emp.id]})).await.expect(201).body["id"]
        .as_str()
        .unwrap()
        .to_string();
    let root = owner
        .post(&format!("/api/channels/{c}/messages"), json!({"client_id": "r", "body": format!("hi <@{}>", emp.id)}))
        .await
        .expect(201)
        .body["id"]
        .clone();
    emp.post(&format!("/api/channels/{c}/messages"), json!({"client_id": "a", "body": "yes", "thread_root": root}))
        .await
        .expect(201);
    owner.post("/api/chats", json!({"person_ids": [emp.id]})).await.expect(201);
    // Bots: a request waiting (with its reminder), an approved vacation with a substitute, an
    // approved entry pass (its code), a bot account with a token, an incoming webhook and an
    // outgoing one whose delivery waits for a retry.
    let bot = |kind: &'static str| {
        let owner = owner.clone();
        async move { crate::bots::bot_of(&owner, kind).await["id"].as_str().unwrap().to_string() }
    };
    let invoice =
        json!({"payee": "ACME", "amount": {"amount_minor": 1000, "currency": "EUR"}, "due_date": "2030-01-01"});
    emp.post("/api/requests", json!({"bot_id": bot("invoice").await, "values": invoice})).await.expect(201);
    let vacation =
        json!({"period": {"from": "2030-01-01", "to": "2030-01-05"}, "kind": "Other", "substitute": owner.id});
    let v = emp.post("/api/requests", json!({"bot_id": bot("vacation").await, "values": vacation})).await.expect(201);
    owner.post(&format!("/api/requests/{}/approve", v.body["id"].as_str().unwrap()), json!({})).await.expect(200);
    let pass =
        json!({"visitor": "Vera", "date": "2030-01-01", "from_time": "09:00", "to_time": "10:00", "host": emp.id});
    let p = emp.post("/api/requests", json!({"bot_id": bot("entry_pass").await, "values": pass})).await.expect(201);
    owner.post(&format!("/api/requests/{}/approve", p.body["id"].as_str().unwrap()), json!({})).await.expect(200);
    owner.post("/api/bot-accounts", json!({"name": "CI"})).await.expect(201);
    owner.post(&format!("/api/channels/{c}/webhooks"), json!({"name": "Alerts"})).await.expect(201);
    owner
        .post(
            &format!("/api/channels/{c}/outgoing-webhooks"),
            json!({"trigger": "!go", "url": "https://target.invalid/hook"}),
        )
        .await
        .expect(201);
    owner.post(&format!("/api/channels/{c}/messages"), json!({"client_id": "go", "body": "!go now"})).await.expect(201);
    // A posted file and one not posted yet.
    let f = crate::files::upload(&owner, "a.txt", b"posted".to_vec()).await.expect(201).body["id"]
        .as_str()
        .unwrap()
        .to_string();
    crate::files::post_with_files(&owner, &c, "a file", &[&f]).await.expect(201);
    crate::files::upload(&owner, "b.txt", b"pending".to_vec()).await.expect(201);
    app.assert_store_consistent();
    app.stop().await;
    app
}

/// Every secondary index, with the rule `bivouac check` holds it to.
const INDEXES: &[&str] = &[
    "people-by-email-1",
    "people-by-role-1",
    "people-by-name-1",
    "active-by-name-1",
    "department-members-1",
    "department-sizes-1",
    "sessions-by-person-1",
    "invitation-tokens-1",
    "invitations-by-person-1",
    "mail-due-1",
    "channel-names-1",
    "public-channels-1",
    "memberships-1",
    "message-locator-1",
    "client-ids-1",
    "mentions-1",
    "thread-followers-1",
    "thread-activity-1",
    "direct-partners-1",
    "requests-by-participant-1",
    "requests-by-requester-1",
    "requests-waiting-1",
    "request-reminders-1",
    "pass-codes-1",
    "substitutes-1",
    "bot-tokens-1",
    "hook-tokens-1",
    "hooks-by-channel-1",
    "deliveries-due-1",
    "blob-refs-1",
    "channel-files-1",
    "pending-files-1",
    "blobs-1",
];

#[tokio::test]
async fn the_check_names_each_index_broken_on_purpose() {
    let app = every_index_in_use().await;
    let scratch = tempfile::tempdir().unwrap();
    // Copies of the stopped server's file (its last handles may still be closing).
    let data = scratch.path().join("clean.redb");
    std::fs::copy(app.dir.path().join(store::DATA_FILE), &data).unwrap();
    assert!(store::check_file(&data).unwrap().is_empty());
    for name in INDEXES {
        for damage in ["remove", "add"] {
            let copy = scratch.path().join(format!("{name}-{damage}.redb"));
            std::fs::copy(&data, &copy).unwrap();
            {
                let db = redb::Database::open(&copy).unwrap();
                let t = db.begin_write().unwrap();
                {
                    let def: redb::TableDefinition<&[u8], &[u8]> = redb::TableDefinition::new(name);
                    let mut table = t.open_table(def).unwrap();
                    let first = {
                        use redb::ReadableTable;
                        table.first().unwrap().map(|(k, v)| (k.value().to_vec(), v.value().to_vec()))
                    };
                    let (k, v) = first.unwrap_or_else(|| panic!("{name} has no row to break"));
                    if damage == "remove" {
                        table.remove(k.as_slice()).unwrap();
                    } else {
                        // A row no primary backs: the same shape, another key (and another id as
                        // the value, where the value is an id).
                        let mut ghost = k.clone();
                        let last = ghost.len() - 1;
                        ghost[last] ^= 0x55;
                        let mut value = v.clone();
                        if value.len() == 8 {
                            value[7] ^= 0x55;
                        }
                        table.insert(ghost.as_slice(), value.as_slice()).unwrap();
                    }
                }
                t.commit().unwrap();
            }
            let problems = store::check_file(&copy).unwrap();
            assert!(
                problems.iter().any(|p| p.starts_with(name)),
                "after a {damage}d row in {name}, the check should name it; it said: {problems:#?}"
            );
        }
    }
}

#[tokio::test]
async fn a_schema_1_file_gets_the_new_indexes_on_open() {
    let app = every_index_in_use().await;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join(store::DATA_FILE);
    std::fs::copy(app.dir.path().join(store::DATA_FILE), &data).unwrap();
    // Make it look like schema 1: the schema-2 indexes do not exist, follows live in follows-1.
    {
        let db = redb::Database::open(&data).unwrap();
        let t = db.begin_write().unwrap();
        {
            use redb::ReadableTable;
            let follows: redb::TableDefinition<&[u8], &[u8]> = redb::TableDefinition::new("follows-2");
            let old: redb::TableDefinition<&[u8], &[u8]> = redb::TableDefinition::new("follows-1");
            let rows: Vec<Vec<u8>> =
                t.open_table(follows).unwrap().iter().unwrap().map(|r| r.unwrap().0.value().to_vec()).collect();
            assert!(!rows.is_empty());
            let mut o = t.open_table(old).unwrap();
            for k in rows {
                o.insert(k.as_slice(), [].as_slice()).unwrap();
            }
        }
        for name in [
            "people-by-role-1",
            "people-by-name-1",
            "active-by-name-1",
            "department-sizes-1",
            "invitations-by-person-1",
            "public-channels-1",
            "thread-followers-1",
            "thread-activity-1",
            "follows-2",
        ] {
            let def: redb::TableDefinition<&[u8], &[u8]> = redb::TableDefinition::new(name);
            assert!(t.delete_table(def).unwrap(), "{name} existed");
        }
        let meta: redb::TableDefinition<&[u8], &[u8]> = redb::TableDefinition::new("meta-1");
        t.open_table(meta).unwrap().insert(b"schema_version".as_slice(), 1u32.to_be_bytes().as_slice()).unwrap();
        t.commit().unwrap();
    }
    let s = open(dir.path());
    assert!(s.verify().unwrap().is_empty(), "{:#?}", s.verify().unwrap());
    let r = s.read().unwrap();
    assert_eq!(store::people::with_role(&r, Role::Owner).unwrap().len(), 1, "the role index was built");
    drop(r);
    s.close();
}
