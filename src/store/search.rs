//! The search queue (`SEARCH_QUEUE`): every change to what search must know of a message (a new
//! message, an edit, a deletion) is queued in the transaction that makes it, so the index, which
//! lives outside redb, can always catch up: after a crash it re-reads the queue from the
//! position its last commit recorded.

use std::ops::Bound;

use super::keys::{k1, part};
use super::tables::{MESSAGES, REPLIES, SEARCH_QUEUE};
use super::{Allowed, Dir, Raw, Reader, WriteTx, decode};
use crate::error::Result;
use crate::ids::MessageId;
use crate::model::Message;

/// Queues `message` for (re)indexing.
pub(super) fn enqueue(tx: &mut WriteTx<'_>, message: MessageId) -> Result<()> {
    let seq = tx.new_id();
    tx.put(SEARCH_QUEUE, &k1(seq), &k1(message.0))
}

/// Up to `limit` queued changes after position `after`, in order: (position, message).
pub fn queued_after(r: &impl Reader, after: u64, limit: usize) -> Result<Vec<(u64, MessageId)>> {
    let mut out = Vec::new();
    let lo = k1(after);
    r.scan(SEARCH_QUEUE, Bound::Excluded(&lo[..]), Bound::Unbounded, Dir::Forward, |k, v| {
        out.push((part(k, 0), MessageId(part(v, 0))));
        Ok(out.len() < limit)
    })?;
    Ok(out)
}

/// The position of the last queued change (0 if none is queued).
pub fn last_queued(r: &impl Reader) -> Result<u64> {
    let mut last = 0;
    r.scan(SEARCH_QUEUE, Bound::Unbounded, Bound::Unbounded, Dir::Backward, |k, _| {
        last = part(k, 0);
        Ok(false)
    })?;
    Ok(last)
}

/// Drops queued changes up to `upto` (the index has committed them), at most `limit` rows.
pub fn prune(tx: &mut WriteTx<'_>, _: &Allowed, upto: u64, limit: usize) -> Result<usize> {
    let mut keys = Vec::new();
    let hi = k1(upto);
    tx.scan(SEARCH_QUEUE, Bound::Unbounded, Bound::Included(&hi[..]), Dir::Forward, |k, _| {
        keys.push(k.to_vec());
        Ok(keys.len() < limit)
    })?;
    for k in &keys {
        tx.delete(SEARCH_QUEUE, k)?;
    }
    Ok(keys.len())
}

/// Calls `f` with every message (top-level, then replies) until it returns false: for rebuilding
/// the index from a snapshot.
pub fn for_each_message(r: &impl Reader, mut f: impl FnMut(Message) -> Result<bool>) -> Result<()> {
    for t in [MESSAGES, REPLIES] {
        let mut go = true;
        r.scan(t, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |_, v| {
            go = f(decode(t, v)?)?;
            Ok(go)
        })?;
        if !go {
            break;
        }
    }
    Ok(())
}
