//! The writer thread: group commit (see the module docs of `store`).
//!
//! Why a dedicated OS thread and a std channel rather than a tokio task: redb's commit blocks in
//! fsync, and the thread must keep exactly one write transaction at a time; a plain thread that
//! sleeps in `recv()` when idle is the simplest thing that does both without tying up the async
//! runtime or the blocking pool.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::sync::mpsc::Receiver;
use std::time::Instant;

use redb::{Database, Durability};
use tokio::sync::oneshot;

use super::{EventSink, WriteStats, WriteTx, meta};
use crate::clock::{SharedClock, Timestamp};
use crate::error::{Error, Result};

/// The most ops one commit carries. Large enough that a burst of posts shares one fsync, small
/// enough that one batch's transaction stays a few megabytes.
pub const MAX_BATCH: usize = 1024;

pub enum Msg {
    Job(Box<dyn Job>),
    Stop,
}

pub trait Job: Send {
    /// Runs the op; true if it succeeded.
    fn run(&mut self, tx: &mut WriteTx<'_>) -> bool;
    /// Answers the caller once the batch's commit is known.
    fn finish(self: Box<Self>, commit: Result<()>);
}

struct OpJob<T, F> {
    op: F,
    out: Option<Result<T>>,
    reply: oneshot::Sender<Result<T>>,
}

pub fn job<T, F>(op: F, reply: oneshot::Sender<Result<T>>) -> Box<dyn Job>
where
    T: Send + 'static,
    F: FnMut(&mut WriteTx<'_>) -> Result<T> + Send + 'static,
{
    Box::new(OpJob { op, out: None, reply })
}

impl<T: Send, F: FnMut(&mut WriteTx<'_>) -> Result<T> + Send> Job for OpJob<T, F> {
    fn run(&mut self, tx: &mut WriteTx<'_>) -> bool {
        let out = catch_unwind(AssertUnwindSafe(|| (self.op)(tx)))
            .unwrap_or_else(|_| Err(Error::internal("a write operation panicked")));
        let ok = out.is_ok();
        self.out = Some(out);
        ok
    }

    fn finish(self: Box<Self>, commit: Result<()>) {
        let answer = match (self.out, commit) {
            (Some(Err(e)), _) => Err(e),
            (Some(Ok(v)), Ok(())) => Ok(v),
            (_, Err(e)) => Err(e),
            (None, Ok(())) => Err(Error::internal("write op finished without running")),
        };
        let _ = self.reply.send(answer);
    }
}

/// Hands out ids: milliseconds in the high 48 bits, so ids sort by time; strictly increasing even
/// when the clock stands still or steps back.
pub struct IdGen {
    last: u64,
    persisted: u64,
}

impl IdGen {
    pub fn starting_at(last: u64) -> IdGen {
        IdGen { last, persisted: last }
    }

    pub fn next(&mut self, now: Timestamp) -> u64 {
        let from_time = u64::try_from(now.millis()).unwrap_or(0) << 16;
        self.last = from_time.max(self.last + 1);
        self.last
    }
}

pub fn run(
    db: Arc<Database>,
    rx: Receiver<Msg>,
    clock: SharedClock,
    last_id: u64,
    events: Option<EventSink>,
    stats: Arc<WriteStats>,
    on_fatal: Box<dyn Fn(&str) + Send>,
) {
    let mut ids = IdGen::starting_at(last_id);
    let mut stop = false;
    while !stop {
        let first = match rx.recv() {
            Ok(Msg::Job(j)) => j,
            Ok(Msg::Stop) | Err(_) => break,
        };
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(Msg::Job(j)) => batch.push(j),
                Ok(Msg::Stop) => {
                    stop = true;
                    break;
                }
                Err(_) => break,
            }
        }
        commit_batch(&db, batch, &clock, &mut ids, events.as_ref(), &stats, on_fatal.as_ref());
    }
}

fn commit_batch(
    db: &Database,
    mut batch: Vec<Box<dyn Job>>,
    clock: &SharedClock,
    ids: &mut IdGen,
    sink: Option<&EventSink>,
    stats: &WriteStats,
    on_fatal: &dyn Fn(&str),
) {
    loop {
        let mut txn = match db.begin_write() {
            Ok(t) => t,
            Err(e) => {
                on_fatal(&e.to_string());
                let err = Error::internal(format!("cannot begin a write: {e}"));
                batch.into_iter().for_each(|j| j.finish(Err(err.clone())));
                return;
            }
        };
        // Immediate is redb's default; it is set here because the acknowledgement promise rests on it.
        let _ = txn.set_durability(Durability::Immediate);
        let mut events = Vec::new();
        let mut poisoned = None;
        for (i, job) in batch.iter_mut().enumerate() {
            let mark = events.len();
            let mut tx = WriteTx::new(&txn, ids, &mut events, clock);
            let ok = job.run(&mut tx);
            let dirty = tx.dirty;
            drop(tx);
            if !ok {
                events.truncate(mark);
                if dirty {
                    poisoned = Some(i);
                    break;
                }
            }
        }
        if let Some(i) = poisoned {
            let _ = txn.abort();
            // This op's own error is already stored in it; the rest run again without it.
            batch.remove(i).finish(Ok(()));
            if batch.is_empty() {
                return;
            }
            continue;
        }
        if ids.last != ids.persisted {
            let mut tx = WriteTx::new(&txn, ids, &mut events, clock);
            let last = tx.ids.last;
            if let Err(e) = meta::set_last_id(&mut tx, last) {
                batch.into_iter().for_each(|j| j.finish(Err(e.clone())));
                return;
            }
        }
        let started = Instant::now();
        let result = txn.commit().map_err(|e| {
            on_fatal(&e.to_string());
            Error::internal(format!("commit failed: {e}"))
        });
        let micros = u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX);
        if result.is_ok() {
            ids.persisted = ids.last;
            stats.commits.fetch_add(1, Ordering::Relaxed);
            stats.ops.fetch_add(batch.len() as u64, Ordering::Relaxed);
            stats.commit_micros.fetch_add(micros, Ordering::Relaxed);
            stats.largest_batch.fetch_max(batch.len() as u64, Ordering::Relaxed);
            if let Some(sink) = sink
                && !events.is_empty()
            {
                let _ = sink.send(events);
            }
        }
        batch.into_iter().for_each(|j| j.finish(result.clone()));
        return;
    }
}
