//! The live hub: who is connected, which chats they are in, and fan-out of committed events.
//!
//! One task owns all the state (no locks): connections register and unregister through a
//! channel, and the store's writer sends each committed batch of events through the same
//! channel, in commit order. For every connected person the hub knows the chats they are in,
//! loaded at their first connection and kept current by the `Joined`/`Left` events that
//! membership changes emit, so a message is delivered to exactly the members of its chat who are
//! online, and a removed member stops getting a chat's events from the next event on.
//!
//! Each connection has a bounded queue. The hub never waits for a connection: when a queue is
//! full, that connection is cut off (its client reconnects and catches up over HTTP), so a slow
//! client never slows the others.
//!
//! Layer: domain-level service (the WebSocket endpoint in `http::events` feeds it).

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use serde::Serialize;

use tokio::sync::mpsc;

use crate::crypto::TokenHash;
use crate::events::{Event, Frame};
use crate::ids::{ChannelId, PersonId};
use crate::store::{self, Store};

/// Frames queued for one connection before it counts as too slow and is cut off.
pub const QUEUE: usize = 256;

/// The most people one viewer watches the presence of.
pub const WATCH_MAX: usize = 2000;

/// Without activity (typing, clicking, focusing the tab) for this long, a person is away.
pub const AWAY_AFTER: Duration = Duration::from_secs(600);

/// Whether a person is here: a tab open, looked at and used within [`AWAY_AFTER`] (online), tabs
/// open but hidden or idle (away), or none open (offline).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Presence {
    Online,
    Away,
    Offline,
}

#[derive(Clone, Copy, Debug)]
struct Seen {
    presence: Presence,
    /// A tab has the focus and was used within [`AWAY_AFTER`]: notifications would only repeat
    /// what the person sees.
    focused: bool,
}

/// Everyone's presence as the hub last worked it out, readable from any thread (the notifier
/// and the presence route) without a round trip to the hub.
#[derive(Default)]
pub struct Board {
    seen: RwLock<HashMap<PersonId, Seen>>,
}

impl Board {
    pub fn presence(&self, p: PersonId) -> Presence {
        self.seen.read().unwrap_or_else(|e| e.into_inner()).get(&p).map(|s| s.presence).unwrap_or(Presence::Offline)
    }

    /// Has `p` a focused, recently used tab?
    pub fn focused(&self, p: PersonId) -> bool {
        self.seen.read().unwrap_or_else(|e| e.into_inner()).get(&p).is_some_and(|s| s.focused)
    }

    fn set(&self, p: PersonId, s: Option<Seen>) {
        let mut m = self.seen.write().unwrap_or_else(|e| e.into_inner());
        match s {
            Some(s) => m.insert(p, s),
            None => m.remove(&p),
        };
    }
}

/// One person's presence in a `presence` frame.
#[derive(Serialize)]
struct PresenceItem {
    id: PersonId,
    presence: Presence,
}

/// Why the server closes a connection; the client acts on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Closing {
    /// The session ended or access was withdrawn: sign in again.
    SessionEnded,
    /// The client fell behind: reconnect and catch up over HTTP.
    TooSlow,
    /// The server is stopping.
    GoingAway,
    /// The person opened more connections than they may (`live_per_person`); this, the oldest,
    /// gives way.
    TooMany,
}

pub enum Out {
    Frame(Frame),
    Close(Closing),
}

type ConnId = u64;

struct Conn {
    person: PersonId,
    session: TokenHash,
    out: mpsc::Sender<Out>,
    /// The tab is shown (not a background tab or a minimised window).
    visible: bool,
    /// The tab has the keyboard focus.
    focused: bool,
    /// The last sign of a person at this tab.
    active: Instant,
}

enum Msg {
    Events(Vec<Event>),
    Register {
        id: ConnId,
        person: PersonId,
        session: TokenHash,
        out: mpsc::Sender<Out>,
    },
    Unregister {
        id: ConnId,
    },
    Typing {
        person: PersonId,
        channel: ChannelId,
    },
    /// A viewer shows these people (and may see them).
    Watch {
        viewer: PersonId,
        ids: Vec<PersonId>,
    },
    /// A tab said whether it is shown and focused, and that someone is using it.
    Focus {
        id: ConnId,
        visible: bool,
        focused: bool,
    },
    EndSession {
        session: TokenHash,
    },
    Shutdown,
}

/// Counters for `/metrics` and the benchmarks.
#[derive(Default)]
pub struct HubStats {
    pub connections: AtomicU64,
    pub delivered: AtomicU64,
    pub cut_off: AtomicU64,
}

#[derive(Clone)]
pub struct Hub {
    tx: mpsc::UnboundedSender<Msg>,
    next: Arc<AtomicU64>,
    pub stats: Arc<HubStats>,
    pub board: Arc<Board>,
}

impl Hub {
    /// Starts the hub task. `events` is the receiving end of the store's event sink; one person
    /// may hold `per_person` connections.
    pub fn start(store: Store, mut events: mpsc::UnboundedReceiver<Vec<Event>>, per_person: usize) -> Hub {
        let (tx, mut rx) = mpsc::unbounded_channel();
        let stats = Arc::new(HubStats::default());
        let forward = tx.clone();
        tokio::spawn(async move {
            while let Some(batch) = events.recv().await {
                if forward.send(Msg::Events(batch)).is_err() {
                    return;
                }
            }
        });
        let st = stats.clone();
        let board = Arc::new(Board::default());
        let b = board.clone();
        tokio::spawn(async move {
            let mut state = State {
                store,
                stats: st,
                board: b,
                changed: Vec::new(),
                watchers: HashMap::new(),
                watching: HashMap::new(),
                ticks: 0,
                per_person: per_person.max(1),
                peak: 0,
                last_trim: std::time::Instant::now(),
                conns: HashMap::new(),
                people: HashMap::new(),
                online: HashMap::new(),
            };
            let mut tick = tokio::time::interval(std::time::Duration::from_secs(1));
            loop {
                tokio::select! {
                    msg = rx.recv() => {
                        if !msg.is_some_and(|m| state.handle(m)) {
                            break;
                        }
                    }
                    _ = tick.tick() => {
                        state.give_back_memory();
                        state.ticks += 1;
                        if state.ticks.is_multiple_of(5) {
                            state.recompute_all();
                        }
                        state.flush_presence();
                    }
                }
            }
        });
        Hub { tx, next: Arc::new(AtomicU64::new(1)), stats, board }
    }

    /// `viewer` shows these people, whom they may see: their presence changes reach `viewer`'s
    /// connections from now on (until the last one closes).
    pub fn watch(&self, viewer: PersonId, ids: Vec<PersonId>) {
        let _ = self.tx.send(Msg::Watch { viewer, ids });
    }

    /// A tab said whether it is shown and focused (which counts as activity).
    pub fn focus(&self, id: ConnId, visible: bool, focused: bool) {
        let _ = self.tx.send(Msg::Focus { id, visible, focused });
    }

    pub fn register(&self, person: PersonId, session: TokenHash, out: mpsc::Sender<Out>) -> Option<ConnId> {
        let id = self.next.fetch_add(1, Ordering::Relaxed);
        self.tx.send(Msg::Register { id, person, session, out }).ok().map(|()| id)
    }

    pub fn unregister(&self, id: ConnId) {
        let _ = self.tx.send(Msg::Unregister { id });
    }

    pub fn typing(&self, person: PersonId, channel: ChannelId) {
        let _ = self.tx.send(Msg::Typing { person, channel });
    }

    /// Closes the connections opened with this session (it was signed out).
    pub fn end_session(&self, session: TokenHash) {
        let _ = self.tx.send(Msg::EndSession { session });
    }

    /// Closes every connection with "going away" and stops the hub.
    pub fn shutdown(&self) {
        let _ = self.tx.send(Msg::Shutdown);
    }

    pub fn connections(&self) -> u64 {
        self.stats.connections.load(Ordering::Relaxed)
    }
}

struct Person {
    conns: Vec<ConnId>,
    chats: HashSet<ChannelId>,
    presence: Presence,
}

struct State {
    store: Store,
    stats: Arc<HubStats>,
    board: Arc<Board>,
    /// People whose presence changed since the last `presence` frame (sent once a second).
    changed: Vec<(PersonId, Presence)>,
    /// Who watches whose presence (the people a connected viewer's screens show), both ways.
    watchers: HashMap<PersonId, HashSet<PersonId>>,
    watching: HashMap<PersonId, HashSet<PersonId>>,
    ticks: u64,
    /// The most connections one person may hold.
    per_person: usize,
    /// The most connections since memory was last given back (see `give_back_memory`).
    peak: usize,
    last_trim: std::time::Instant,
    conns: HashMap<ConnId, Conn>,
    people: HashMap<PersonId, Person>,
    /// For each chat, its members who are connected now.
    online: HashMap<ChannelId, HashSet<PersonId>>,
}

impl State {
    /// Returns false when the hub should stop.
    fn handle(&mut self, msg: Msg) -> bool {
        match msg {
            Msg::Events(batch) => batch.into_iter().for_each(|e| self.apply(e)),
            Msg::Register { id, person, session, out } => self.register(id, person, session, out),
            Msg::Unregister { id } => self.drop_conn(id, None),
            Msg::Typing { person, channel } => self.typing(person, channel),
            Msg::Watch { viewer, ids } => self.watch(viewer, ids),
            Msg::Focus { id, visible, focused } => {
                if let Some(c) = self.conns.get_mut(&id) {
                    c.visible = visible;
                    c.focused = focused;
                    c.active = Instant::now();
                    let p = c.person;
                    self.recompute(p);
                }
            }
            Msg::EndSession { session } => self.end_session(session),
            Msg::Shutdown => {
                let ids: Vec<ConnId> = self.conns.keys().copied().collect();
                ids.into_iter().for_each(|id| self.drop_conn(id, Some(Closing::GoingAway)));
                return false;
            }
        }
        true
    }

    fn end_session(&mut self, session: TokenHash) {
        let ids: Vec<ConnId> = self.conns.iter().filter(|(_, c)| c.session == session).map(|(id, _)| *id).collect();
        ids.into_iter().for_each(|id| self.drop_conn(id, Some(Closing::SessionEnded)));
    }

    fn register(&mut self, id: ConnId, person: PersonId, session: TokenHash, out: mpsc::Sender<Out>) {
        if !self.people.contains_key(&person) {
            // The chats are read now; membership events committed since are applied after this,
            // and applying an add or remove twice changes nothing, so the set converges.
            let chats: HashSet<ChannelId> = self
                .store
                .read()
                .and_then(|r| store::chat::channels_of(&r, person))
                .unwrap_or_default()
                .into_iter()
                .collect();
            for c in &chats {
                self.online.entry(*c).or_default().insert(person);
            }
            self.people.insert(person, Person { conns: Vec::new(), chats, presence: Presence::Offline });
        }
        let oldest = self.people.get(&person).filter(|p| p.conns.len() >= self.per_person).map(|p| p.conns[0]);
        if let Some(old) = oldest {
            self.drop_conn(old, Some(Closing::TooMany));
        }
        if let Some(p) = self.people.get_mut(&person) {
            p.conns.push(id);
        }
        self.conns.insert(id, Conn { person, session, out, visible: true, focused: false, active: Instant::now() });
        self.stats.connections.store(self.conns.len() as u64, Ordering::Relaxed);
        self.peak = self.peak.max(self.conns.len());
        self.recompute(person);
    }

    /// Works out `person`'s presence from their connections; a change is queued for the next
    /// `presence` frame and written to the board.
    fn recompute(&mut self, person: PersonId) {
        let Some(p) = self.people.get_mut(&person) else {
            self.board.set(person, None);
            return;
        };
        let (mut online, mut focused) = (false, false);
        for c in p.conns.iter().filter_map(|id| self.conns.get(id)) {
            let recent = c.active.elapsed() < AWAY_AFTER;
            online |= recent && c.visible;
            focused |= recent && c.visible && c.focused;
        }
        let presence = if online { Presence::Online } else { Presence::Away };
        self.board.set(person, Some(Seen { presence, focused }));
        if p.presence != presence {
            p.presence = presence;
            self.changed.push((person, presence));
        }
    }

    fn recompute_all(&mut self) {
        let people: Vec<PersonId> = self.people.keys().copied().collect();
        people.into_iter().for_each(|p| self.recompute(p));
    }

    /// Sends the presence changes of the last second to those watching the people concerned
    /// (and to the people themselves): one frame per viewer, with the changes they watch.
    fn flush_presence(&mut self) {
        if self.changed.is_empty() {
            return;
        }
        let mut latest: Vec<(PersonId, Presence)> = Vec::new();
        for (p, pr) in self.changed.drain(..).rev() {
            if !latest.iter().any(|(q, _)| *q == p) {
                latest.push((p, pr));
            }
        }
        let mut per_viewer: HashMap<PersonId, Vec<PresenceItem>> = HashMap::new();
        for (subject, presence) in &latest {
            let watchers = self.watchers.get(subject).into_iter().flatten().copied();
            for viewer in watchers.chain(self.people.contains_key(subject).then_some(*subject)) {
                per_viewer.entry(viewer).or_default().push(PresenceItem { id: *subject, presence: *presence });
            }
        }
        for (viewer, people) in per_viewer {
            let frame = crate::events::frame("presence", &serde_json::json!({ "people": people }));
            self.deliver(viewer, &frame);
        }
    }

    /// Delivers a frame about `subject` to those watching them, and to them.
    fn deliver_about(&mut self, subject: PersonId, frame: &Frame) {
        let mut to: Vec<PersonId> =
            self.watchers.get(&subject).map(|w| w.iter().copied().collect()).unwrap_or_default();
        to.push(subject);
        for viewer in to {
            self.deliver(viewer, frame);
        }
    }

    /// `viewer` shows these people (the presence route checked that they may see them): their
    /// presence changes reach `viewer` while connected.
    fn watch(&mut self, viewer: PersonId, ids: Vec<PersonId>) {
        if !self.people.contains_key(&viewer) {
            return;
        }
        let set = self.watching.entry(viewer).or_default();
        for id in ids {
            if set.len() >= WATCH_MAX {
                break;
            }
            if set.insert(id) {
                self.watchers.entry(id).or_default().insert(viewer);
            }
        }
    }

    fn unwatch_all(&mut self, viewer: PersonId) {
        for id in self.watching.remove(&viewer).unwrap_or_default() {
            if let Some(w) = self.watchers.get_mut(&id) {
                w.remove(&viewer);
                if w.is_empty() {
                    self.watchers.remove(&id);
                }
            }
        }
    }

    fn drop_conn(&mut self, id: ConnId, why: Option<Closing>) {
        let Some(conn) = self.conns.remove(&id) else { return };
        if let Some(why) = why {
            let _ = conn.out.try_send(Out::Close(why));
        }
        self.stats.connections.store(self.conns.len() as u64, Ordering::Relaxed);
        let last = match self.people.get_mut(&conn.person) {
            Some(p) => {
                p.conns.retain(|c| *c != id);
                p.conns.is_empty()
            }
            None => false,
        };
        if last && let Some(p) = self.people.remove(&conn.person) {
            for c in p.chats {
                if let Some(set) = self.online.get_mut(&c) {
                    set.remove(&conn.person);
                    if set.is_empty() {
                        self.online.remove(&c);
                    }
                }
            }
            self.board.set(conn.person, None);
            self.changed.push((conn.person, Presence::Offline));
            self.unwatch_all(conn.person);
        } else {
            self.recompute(conn.person);
        }
    }

    /// When most connections of a recent peak are gone (a wave of tabs closed, a network blip),
    /// hands the freed memory back to the OS: the allocator keeps it otherwise, and the server
    /// would stay at its high-water mark.
    fn give_back_memory(&mut self) {
        if self.peak >= 256
            && self.conns.len() * 4 < self.peak
            && self.last_trim.elapsed() >= std::time::Duration::from_secs(1)
        {
            self.peak = self.conns.len();
            self.last_trim = std::time::Instant::now();
            #[cfg(all(target_os = "linux", target_env = "gnu"))]
            tokio::task::spawn_blocking(|| {
                // SAFETY: malloc_trim only returns free memory to the OS.
                unsafe { libc::malloc_trim(0) };
            });
        }
    }

    /// Queues `frame` on every connection of `person`; cuts off those whose queue is full.
    fn deliver(&mut self, person: PersonId, frame: &Frame) {
        let Some(p) = self.people.get(&person) else { return };
        let mut slow = Vec::new();
        for id in &p.conns {
            if let Some(c) = self.conns.get(id) {
                match c.out.try_send(Out::Frame(frame.clone())) {
                    Ok(()) => {
                        self.stats.delivered.fetch_add(1, Ordering::Relaxed);
                    }
                    Err(mpsc::error::TrySendError::Full(_)) => slow.push(*id),
                    Err(mpsc::error::TrySendError::Closed(_)) => slow.push(*id),
                }
            }
        }
        for id in slow {
            self.stats.cut_off.fetch_add(1, Ordering::Relaxed);
            // Dropping the sender ends the connection's queue; it closes with "too slow".
            self.drop_conn(id, None);
        }
    }

    fn apply(&mut self, e: Event) {
        match e {
            Event::Send { to, frame } => {
                for p in to.iter() {
                    self.deliver(*p, &frame);
                }
            }
            Event::Channel { channel, frame } => {
                let members: Vec<PersonId> =
                    self.online.get(&channel).map(|s| s.iter().copied().collect()).unwrap_or_default();
                for p in members {
                    self.deliver(p, &frame);
                }
            }
            Event::Joined { channel, person } => {
                if let Some(p) = self.people.get_mut(&person) {
                    p.chats.insert(channel);
                    self.online.entry(channel).or_default().insert(person);
                }
            }
            Event::Left { channel, person } => {
                if let Some(p) = self.people.get_mut(&person) {
                    p.chats.remove(&channel);
                }
                if let Some(set) = self.online.get_mut(&channel) {
                    set.remove(&person);
                }
            }
            Event::EndSession { session } => self.end_session(session),
            Event::AboutPerson { person, frame } => self.deliver_about(person, &frame),
            Event::Disconnect { person } => {
                let ids = self.people.get(&person).map(|p| p.conns.clone()).unwrap_or_default();
                ids.into_iter().for_each(|id| self.drop_conn(id, Some(Closing::SessionEnded)));
            }
        }
    }

    fn typing(&mut self, person: PersonId, channel: ChannelId) {
        // Only members type into a chat; the hub knows the chats of everyone connected.
        if !self.people.get(&person).is_some_and(|p| p.chats.contains(&channel)) {
            return;
        }
        let frame = crate::events::frame("typing", &serde_json::json!({"channel_id": channel, "person_id": person}));
        let members: Vec<PersonId> =
            self.online.get(&channel).map(|s| s.iter().copied().filter(|p| *p != person).collect()).unwrap_or_default();
        for p in members {
            self.deliver(p, &frame);
        }
    }
}
