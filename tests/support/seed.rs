//! Seeding a data directory through the library, with no server running: people with sessions,
//! channels, messages, passwords.

use std::path::Path;
use std::sync::Arc;

use bivouac::chat::{NewChannel, NewMessage, channels, messages};
use bivouac::clock::{SharedClock, SystemClock};
use bivouac::error::Error;
use bivouac::ids::{ChannelId, MessageId, PersonId};
use bivouac::input::{Body, ClientId, Description, Name};
use bivouac::model::{Person, PersonState, Role};
use bivouac::policy::Allowed;
use bivouac::store::{self, Store, WriteTx};

/// The policy's proof for a seeding write: nobody asked for it but the harness.
pub fn proof() -> Allowed {
    bivouac::policy::system("test and benchmark seeding")
}

/// Writes, in `tx`, an active person with `role`: "Person<n> <last>", email
/// `p<n>-<role>@<last>.example` (lower-cased), so `n` and `role` tell people of one `last` apart.
pub fn person(tx: &mut WriteTx<'_>, role: Role, n: usize, last: &str) -> Result<Person, Error> {
    let now = store::Reader::now(tx);
    let email = format!("p{n}-{}@{}.example", role.as_str(), last.to_lowercase());
    let p = Person::new(PersonId(tx.new_id()), &format!("Person{n}"), last, &email, role, PersonState::Active, now);
    store::people::save(tx, &proof(), &p)?;
    Ok(p)
}

/// Someone who can call the API: cookie and CSRF token.
#[derive(Clone)]
pub struct Caller {
    pub id: PersonId,
    pub cookie: String,
    pub csrf: String,
}

/// Seeds a data directory through the library (the server is not running yet).
pub struct Seeder {
    pub store: Store,
}

impl Seeder {
    pub fn open(dir: &Path) -> Seeder {
        let clock: SharedClock = Arc::new(SystemClock);
        Seeder { store: Store::open(dir, clock, None).expect("store opens") }
    }

    /// `n` active people with `role` and a session each, created in batches. They are numbered
    /// from 0 on each call (`p<i>-<role>@bench.example`), so one role is seeded in one call.
    pub async fn people(&self, n: usize, role: Role) -> Vec<Caller> {
        let mut out = Vec::with_capacity(n);
        let mut made = 0;
        while made < n {
            let batch = (n - made).min(2000);
            let first = made;
            let callers = self
                .store
                .write(move |tx| {
                    let mut v = Vec::with_capacity(batch);
                    for i in first..first + batch {
                        let p = person(tx, role, i, "Bench")?;
                        let s = bivouac::auth::start_session(tx, &proof(), &p, None)?;
                        v.push(Caller { id: p.id, cookie: format!("bivouac_session={}", s.token), csrf: s.csrf });
                    }
                    Ok(v)
                })
                .await
                .expect("seeding people");
            made += batch;
            out.extend(callers);
        }
        out
    }

    /// A channel created by `owner` with `members`.
    pub async fn channel(&self, owner: PersonId, name: &str, members: Vec<PersonId>) -> ChannelId {
        let name = name.to_string();
        self.store
            .write(move |tx| {
                let n = NewChannel {
                    name: Name::channel(&name)?,
                    description: Description::default(),
                    private: false,
                    members: vec![],
                };
                let mut c = channels::create_channel(tx, owner, &n)?;
                for chunk in members.chunks(5000) {
                    c = channels::add_members(tx, owner, c.id, chunk)?;
                }
                Ok(c.id)
            })
            .await
            .expect("seeding a channel")
    }

    /// `n` messages by `author` in `channel` (replies to `root` if given), committed in batches;
    /// returns their ids in order.
    pub async fn messages(
        &self,
        author: PersonId,
        channel: ChannelId,
        n: usize,
        root: Option<MessageId>,
    ) -> Vec<MessageId> {
        let mut ids = Vec::with_capacity(n);
        while ids.len() < n {
            let batch = (n - ids.len()).min(20_000);
            let first = ids.len();
            let made = self
                .store
                .write(move |tx| {
                    let mut v = Vec::with_capacity(batch);
                    for i in first..first + batch {
                        let m = NewMessage {
                            client_id: ClientId::parse(&format!(
                                "seed-{channel}-{}-{i}",
                                root.map(|r| r.to_string()).unwrap_or_default()
                            ))?,
                            body: Body::parse(&format!(
                                "Seeded message number {i}, with a few words so it is about the size of a real one."
                            ))?,
                            thread_root: root,
                            files: vec![],
                        };
                        v.push(messages::post(tx, author, channel, &m)?.0.id);
                    }
                    Ok(v)
                })
                .await
                .expect("seeding messages");
            ids.extend(made);
        }
        ids
    }

    /// Gives `who` a password, so they can sign in over HTTP.
    pub async fn set_password(&self, who: PersonId, password: &str) {
        let hash = bivouac::crypto::Passwords::new(1).hash(password.to_string()).await.unwrap();
        self.store
            .write(move |tx| {
                let mut p = store::people::get(tx, who)?.unwrap();
                p.password_hash = hash.clone();
                store::people::save(tx, &proof(), &p)
            })
            .await
            .unwrap();
    }

    pub fn close(self) {
        self.store.close();
    }
}
