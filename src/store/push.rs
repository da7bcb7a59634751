//! Web Push: subscriptions (`PUSH_SUBS`, by person and by endpoint), the queue of pushes to
//! deliver (`PUSH_JOBS`, `PUSH_DUE`), and the server's VAPID key (`SERVER_KEYS`).

use std::collections::BTreeSet;
use std::ops::Bound;

use super::keys::{k1, k2, part, prefix_range};
use super::tables::{PUSH_DUE, PUSH_ENDPOINTS, PUSH_JOBS, PUSH_SUBS, PUSH_SUBS_BY_PERSON, SERVER_KEYS};
use super::{Allowed, Dir, Problem, Reader, WriteTx, collect_keys, decode};
use crate::clock::Timestamp;
use crate::error::Result;
use crate::ids::{PersonId, PushJobId, PushSubId};
use crate::model::{PushJob, PushSubscription};

const VAPID_KEY: &[u8] = b"vapid_key";

/// The VAPID private key (a P-256 scalar, 32 bytes), once made.
pub fn vapid_key(r: &impl Reader) -> Result<Option<Vec<u8>>> {
    r.get_with(SERVER_KEYS, VAPID_KEY, <[u8]>::to_vec)
}

pub fn set_vapid_key(tx: &mut WriteTx<'_>, _: &Allowed, key: &[u8]) -> Result<()> {
    tx.put(SERVER_KEYS, VAPID_KEY, key)
}

fn endpoint_key(endpoint: &str) -> [u8; 32] {
    crate::crypto::hash_token(endpoint)
}

pub fn sub(r: &impl Reader, id: PushSubId) -> Result<Option<PushSubscription>> {
    super::get(r, PUSH_SUBS, &k1(id.0))
}

pub fn sub_by_endpoint(r: &impl Reader, endpoint: &str) -> Result<Option<PushSubscription>> {
    let Some(id) = r.get_with(PUSH_ENDPOINTS, &endpoint_key(endpoint), |v| PushSubId(part(v, 0)))? else {
        return Ok(None);
    };
    sub(r, id)
}

/// Saves a subscription and its index rows. The endpoint must be new, or this subscription's.
pub fn save_sub(tx: &mut WriteTx<'_>, _: &Allowed, s: &PushSubscription) -> Result<()> {
    tx.put(PUSH_SUBS_BY_PERSON, &k2(s.person.0, s.id.0), &[])?;
    tx.put(PUSH_ENDPOINTS, &endpoint_key(&s.endpoint), &k1(s.id.0))?;
    super::put(tx, PUSH_SUBS, &k1(s.id.0), s)
}

/// Removes a subscription and its index rows (its queued pushes are dropped when they come up).
pub fn remove_sub(tx: &mut WriteTx<'_>, _: &Allowed, id: PushSubId) -> Result<Option<PushSubscription>> {
    let Some(s) = sub(tx, id)? else { return Ok(None) };
    tx.delete(PUSH_SUBS_BY_PERSON, &k2(s.person.0, s.id.0))?;
    tx.delete(PUSH_ENDPOINTS, &endpoint_key(&s.endpoint))?;
    tx.delete(PUSH_SUBS, &k1(id.0))?;
    Ok(Some(s))
}

/// A person's subscriptions (one per browser they allowed; bounded by `push::MAX_PER_PERSON`).
pub fn subs_of(r: &impl Reader, person: PersonId) -> Result<Vec<PushSubscription>> {
    let (lo, hi) = prefix_range(person.0, 1);
    let mut out = Vec::new();
    for k in collect_keys(r, PUSH_SUBS_BY_PERSON, &lo, &hi, Dir::Forward, usize::MAX)? {
        if let Some(s) = sub(r, PushSubId(part(&k, 1)))? {
            out.push(s);
        }
    }
    Ok(out)
}

/// Whether a person has any subscription (one index lookup).
pub fn has_subs(r: &impl Reader, person: PersonId) -> Result<bool> {
    let (lo, hi) = prefix_range(person.0, 1);
    Ok(!collect_keys(r, PUSH_SUBS_BY_PERSON, &lo, &hi, Dir::Forward, 1)?.is_empty())
}

fn due_key(j: &PushJob) -> [u8; 16] {
    k2(u64::try_from(j.due.millis()).unwrap_or(0), j.id.0)
}

pub fn job(r: &impl Reader, id: PushJobId) -> Result<Option<PushJob>> {
    super::get(r, PUSH_JOBS, &k1(id.0))
}

/// Inserts or updates a queued push and its due row.
pub fn save_job(tx: &mut WriteTx<'_>, _: &Allowed, j: &PushJob) -> Result<()> {
    if let Some(old) = job(tx, j.id)? {
        tx.delete(PUSH_DUE, &due_key(&old))?;
    }
    tx.put(PUSH_DUE, &due_key(j), &[])?;
    super::put(tx, PUSH_JOBS, &k1(j.id.0), j)
}

pub fn remove_job(tx: &mut WriteTx<'_>, _: &Allowed, id: PushJobId) -> Result<bool> {
    let Some(old) = job(tx, id)? else { return Ok(false) };
    tx.delete(PUSH_DUE, &due_key(&old))?;
    tx.delete(PUSH_JOBS, &k1(id.0))
}

/// Up to `limit` pushes due at `now`, earliest first.
pub fn due_jobs(r: &impl Reader, now: Timestamp, limit: usize) -> Result<Vec<PushJob>> {
    let hi = k2(u64::try_from(now.millis()).unwrap_or(0), u64::MAX);
    let mut ids = Vec::new();
    r.scan(PUSH_DUE, Bound::Unbounded, Bound::Included(&hi[..]), Dir::Forward, |k, _| {
        ids.push(PushJobId(part(k, 1)));
        Ok(ids.len() < limit)
    })?;
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        if let Some(j) = job(r, id)? {
            out.push(j);
        }
    }
    Ok(out)
}

/// When the earliest queued push is due.
pub fn next_due(r: &impl Reader) -> Result<Option<Timestamp>> {
    let mut next = None;
    r.scan(PUSH_DUE, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |k, _| {
        next = Some(Timestamp(i64::try_from(part(k, 0)).unwrap_or(i64::MAX)));
        Ok(false)
    })?;
    Ok(next)
}

/// How many pushes wait.
pub fn queued(r: &impl Reader) -> Result<usize> {
    super::count_keys(r, PUSH_DUE, &[0u8; 16], &[0xffu8; 16])
}

pub(super) fn verify(r: &impl Reader, problems: &mut Vec<Problem>) -> Result<()> {
    let (mut want_due, mut want_person, mut want_endpoint) = (BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
    r.scan(PUSH_JOBS, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |_, v| {
        want_due.insert(due_key(&decode::<PushJob>(PUSH_JOBS, v)?).to_vec());
        Ok(true)
    })?;
    r.scan(PUSH_SUBS, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |_, v| {
        let s: PushSubscription = decode(PUSH_SUBS, v)?;
        want_person.insert(k2(s.person.0, s.id.0).to_vec());
        want_endpoint.insert((endpoint_key(&s.endpoint).to_vec(), k1(s.id.0).to_vec()));
        Ok(true)
    })?;
    let found = |def, problems: &mut Vec<Problem>, want: &BTreeSet<Vec<u8>>| -> Result<()> {
        let mut got = BTreeSet::new();
        r.scan(def, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |k, _| {
            got.insert(k.to_vec());
            Ok(true)
        })?;
        for k in want.symmetric_difference(&got) {
            problems.push(format!(
                "{}: the row {} is {}",
                super::tables::name(def),
                super::check::show_key(k),
                if want.contains(k) { "missing" } else { "not backed by a primary row" }
            ));
        }
        Ok(())
    };
    found(PUSH_DUE, problems, &want_due)?;
    found(PUSH_SUBS_BY_PERSON, problems, &want_person)?;
    let mut got = BTreeSet::new();
    r.scan(PUSH_ENDPOINTS, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |k, v| {
        got.insert((k.to_vec(), v.to_vec()));
        Ok(true)
    })?;
    if got != want_endpoint {
        problems.push("push-endpoints-1: does not match the subscriptions".into());
    }
    Ok(())
}
