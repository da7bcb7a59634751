//! The store: group commit, isolation of a failing op, index verification, schema versions.

use std::sync::Arc;

use bivouac::clock::{ManualClock, SharedClock};
use bivouac::error::Error;
use bivouac::ids::DepartmentId;
use bivouac::model::Department;
use bivouac::store::{self, Store};

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
    store::departments::save(tx, &bivouac::policy::system("test seeding"), &d)?;
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
                    return Err(Error::conflict("test", "fails after writing"));
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
    {
        let s = open(dir.path());
        use bivouac::model::{Person, PersonState, Role};
        let owner = Person::new(
            bivouac::ids::PersonId(1),
            "A",
            "B",
            "a@b.co",
            Role::Owner,
            PersonState::Active,
            bivouac::clock::Timestamp(0),
        );
        s.write(move |tx| store::people::save(tx, &bivouac::policy::system("test seeding"), &owner)).await.unwrap();
        assert!(s.verify().unwrap().is_empty());
        s.close();
    }
    // Damage the email index behind the store's back, as a bug would.
    let db = redb::Database::open(dir.path().join(store::DATA_FILE)).unwrap();
    let t = db.begin_write().unwrap();
    {
        let def: redb::TableDefinition<&[u8], &[u8]> = redb::TableDefinition::new("people-by-email-1");
        let mut table = t.open_table(def).unwrap();
        table.remove(b"a@b.co".as_slice()).unwrap();
        table.insert(b"ghost@b.co".as_slice(), 9u64.to_be_bytes().as_slice()).unwrap();
    }
    t.commit().unwrap();
    drop(db);
    let problems = store::check_file(&dir.path().join(store::DATA_FILE)).unwrap();
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(problems.iter().any(|p| p.contains("a@b.co") && p.contains("missing")));
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
