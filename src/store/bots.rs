//! Bots, their definition versions, requests and everything hanging off them: comments, cards,
//! absences, bot accounts, webhooks and the outgoing-webhook queue.
//!
//! Each writer keeps its index rows in the same transaction: [`save_bot`] writes `BOTS` and the
//! version row in `BOT_VERSIONS`; [`save_request`] keeps `REQUESTS_BY_PARTICIPANT`,
//! `REQUESTS_BY_REQUESTER`, `REQUESTS_WAITING`, `REQUEST_REMINDERS` and `PASS_CODES`;
//! [`save_absence`] keeps `SUBSTITUTES`; [`save_account`] keeps `BOT_TOKENS`; [`save_hook`] and
//! [`delete_hook`] keep `HOOK_TOKENS` and `HOOKS_BY_CHANNEL`; [`save_delivery`] and
//! [`delete_delivery`] keep `DELIVERIES_DUE`. [`verify`] checks every one of them.

use std::collections::BTreeSet;
use std::ops::Bound;

use super::keys::{k1, k2, k3, part, prefix_range};
use super::tables::{
    ABSENCES, BOT_ACCOUNTS, BOT_TOKENS, BOT_VERSIONS, BOTS, DELIVERIES, DELIVERIES_DUE, HOOK_TOKENS, HOOKS,
    HOOKS_BY_CHANNEL, PASS_CODES, REQUEST_CARDS, REQUEST_COMMENTS, REQUEST_REMINDERS, REQUESTS,
    REQUESTS_BY_PARTICIPANT, REQUESTS_BY_REQUESTER, REQUESTS_WAITING, SUBSTITUTES,
};
use super::{Allowed, Cursor, Def, Dir, Page, Problem, Raw, Reader, WriteTx, collect_keys, count_keys, decode, page};
use crate::clock::Timestamp;
use crate::error::{Error, Result};
use crate::ids::{BotId, ChannelId, CommentId, HookId, PersonId, RequestId};
use crate::model::Message;
use crate::model::bots::{
    Absence, Bot, BotAccount, BotDef, Card, Comment, Delivery, Hook, HookKind, Request, RequestState,
};

// ---- Bots and their versions ----

pub fn bot(r: &impl Reader, id: BotId) -> Result<Option<Bot>> {
    super::get(r, BOTS, &k1(id.0))
}

/// The definition a request was made with.
pub fn bot_version(r: &impl Reader, id: BotId, version: u32) -> Result<Option<BotDef>> {
    super::get(r, BOT_VERSIONS, &k2(id.0, u64::from(version)))
}

/// Saves a bot and its current version's definition (a version, once written, never changes).
pub fn save_bot(tx: &mut WriteTx<'_>, _: &Allowed, b: &Bot) -> Result<()> {
    let vkey = k2(b.id.0, u64::from(b.version));
    if tx.get_with(BOT_VERSIONS, &vkey, |_| ())?.is_none() {
        super::put(tx, BOT_VERSIONS, &vkey, &b.def)?;
    }
    super::put(tx, BOTS, &k1(b.id.0), b)
}

/// A page of bots in the order they were made, after `after`, for which `keep` says yes.
pub fn bots_page(
    r: &impl Reader,
    after: Option<&Cursor>,
    limit: usize,
    mut keep: impl FnMut(&Bot) -> Result<bool>,
) -> Result<Page<Bot>> {
    page::scan_page(r, BOTS, (&[], &[0xff; 8]), Dir::Forward, after, limit, |_, v| {
        let b: Bot = decode(BOTS, v)?;
        Ok(keep(&b)?.then_some(b))
    })
}

/// Every bot (a workspace has a handful; for start-up and checks).
pub fn all_bots(r: &impl Reader) -> Result<Vec<Bot>> {
    let mut out = Vec::new();
    r.scan(BOTS, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |_, v| {
        out.push(decode(BOTS, v)?);
        Ok(true)
    })?;
    Ok(out)
}

// ---- Requests ----

pub fn request(r: &impl Reader, id: RequestId) -> Result<Option<Request>> {
    super::get(r, REQUESTS, &k1(id.0))
}

fn ms(t: Timestamp) -> u64 {
    u64::try_from(t.millis()).unwrap_or(0)
}

/// The index rows a request has: (table, key, value).
fn request_rows(q: &Request) -> Vec<(Def, Vec<u8>, Vec<u8>)> {
    let id = q.id.0;
    let mut rows = Vec::new();
    for p in &q.participants {
        rows.push((REQUESTS_BY_PARTICIPANT, k2(p.0, id).to_vec(), Vec::new()));
    }
    rows.push((REQUESTS_BY_REQUESTER, k2(q.requester.0, id).to_vec(), Vec::new()));
    for p in q.waiting_for() {
        rows.push((REQUESTS_WAITING, k2(p.0, id).to_vec(), Vec::new()));
    }
    if let (RequestState::Waiting, Some(t)) = (q.state, q.remind_at) {
        rows.push((REQUEST_REMINDERS, k2(ms(t), id).to_vec(), Vec::new()));
    }
    if !q.pass_code.is_empty() {
        rows.push((PASS_CODES, q.pass_code.as_bytes().to_vec(), k1(id).to_vec()));
    }
    rows
}

/// Inserts or updates a request with all its index rows.
pub fn save_request(tx: &mut WriteTx<'_>, _: &Allowed, q: &Request) -> Result<()> {
    let old = request(tx, q.id)?;
    let key = |(d, k, v): &(Def, Vec<u8>, Vec<u8>)| (super::tables::name(*d), k.clone(), v.clone());
    let before: BTreeSet<_> = old.as_ref().map(request_rows).unwrap_or_default().iter().map(key).collect();
    let after_rows = request_rows(q);
    let after: BTreeSet<_> = after_rows.iter().map(key).collect();
    let def_of = |name: &str| super::tables::ALL.iter().copied().find(|d| super::tables::name(*d) == name);
    for (name, k, _) in before.difference(&after) {
        if let Some(d) = def_of(name) {
            tx.delete(d, k)?;
        }
    }
    for (name, k, v) in after.difference(&before) {
        if let Some(d) = def_of(name) {
            tx.put(d, k, v)?;
        }
    }
    super::put(tx, REQUESTS, &k1(q.id.0), q)
}

/// A page of request ids from an index keyed `PersonId ++ RequestId`, newest first.
fn person_index_page(
    r: &impl Reader,
    table: Def,
    person: PersonId,
    before: Option<&Cursor>,
    limit: usize,
    mut keep: impl FnMut(&Request) -> Result<bool>,
) -> Result<Page<Request>> {
    let (lo, hi) = prefix_range(person.0, 1);
    page::scan_page(r, table, (&lo, &hi), Dir::Backward, before, limit, |k, _| {
        let Some(q) = request(r, RequestId(part(k, 1)))? else { return Ok(None) };
        Ok(keep(&q)?.then_some(q))
    })
}

/// `person`'s own requests, newest first.
pub fn mine_page(
    r: &impl Reader,
    person: PersonId,
    before: Option<&Cursor>,
    limit: usize,
    keep: impl FnMut(&Request) -> Result<bool>,
) -> Result<Page<Request>> {
    person_index_page(r, REQUESTS_BY_REQUESTER, person, before, limit, keep)
}

/// Requests `person` takes part in, newest first.
pub fn participating_page(
    r: &impl Reader,
    person: PersonId,
    before: Option<&Cursor>,
    limit: usize,
    keep: impl FnMut(&Request) -> Result<bool>,
) -> Result<Page<Request>> {
    person_index_page(r, REQUESTS_BY_PARTICIPANT, person, before, limit, keep)
}

/// Requests waiting for any of `people` (a person and those they stand in for), newest first:
/// each index is read from the cursor, the ids merged, so a page costs `people.len()` short
/// scans. The cursor is the last request id given.
pub fn waiting_page(
    r: &impl Reader,
    people: &[PersonId],
    before: Option<&Cursor>,
    limit: usize,
) -> Result<Page<Request>> {
    let below = match before {
        Some(c) => c.position().ok_or_else(|| Error::bad_request("invalid_cursor", crate::msg!("cursor-invalid")))?,
        None => u64::MAX,
    };
    let mut ids = BTreeSet::new();
    for p in people {
        let lo = k2(p.0, 0);
        let hi = k2(p.0, below);
        let mut taken = 0;
        r.scan(REQUESTS_WAITING, Bound::Included(&lo[..]), Bound::Excluded(&hi[..]), Dir::Backward, |k, _| {
            ids.insert(part(k, 1));
            taken += 1;
            Ok(taken <= limit)
        })?;
    }
    let chosen: Vec<u64> = ids.iter().rev().take(limit + 1).copied().collect();
    let more = chosen.len() > limit;
    let mut items = Vec::new();
    for id in chosen.iter().take(limit) {
        if let Some(q) = request(r, RequestId(*id))? {
            items.push(q);
        }
    }
    let next = if more { chosen.get(limit - 1).map(|id| Cursor::at(*id)) } else { None };
    Ok(Page { items, next })
}

/// How many requests wait for any of `people` (at most `cap` counted).
pub fn waiting_count(r: &impl Reader, people: &[PersonId], cap: usize) -> Result<usize> {
    let mut ids = BTreeSet::new();
    for p in people {
        let (lo, hi) = prefix_range(p.0, 1);
        r.scan(REQUESTS_WAITING, Bound::Included(&lo[..]), Bound::Included(&hi[..]), Dir::Forward, |k, _| {
            ids.insert(part(k, 1));
            Ok(ids.len() < cap)
        })?;
    }
    Ok(ids.len())
}

/// Every request made between `from` and `to` (ids are time-ordered), newest first, filtered.
pub fn all_page(
    r: &impl Reader,
    from: Option<Timestamp>,
    to: Option<Timestamp>,
    before: Option<&Cursor>,
    limit: usize,
    mut keep: impl FnMut(&Request) -> Result<bool>,
) -> Result<Page<Request>> {
    let lo = k1(from.map(|t| ms(t) << 16).unwrap_or(0));
    let hi = k1(to.map(|t| ms(t) << 16).unwrap_or(u64::MAX));
    page::scan_page(r, REQUESTS, (&lo, &hi), Dir::Backward, before, limit, |_, v| {
        let q: Request = decode(REQUESTS, v)?;
        Ok(keep(&q)?.then_some(q))
    })
}

/// Requests whose reminder is due at or before `now`, earliest first.
pub fn due_reminders(r: &impl Reader, now: Timestamp, limit: usize) -> Result<Vec<RequestId>> {
    let hi = k2(ms(now), u64::MAX);
    let mut out = Vec::new();
    r.scan(REQUEST_REMINDERS, Bound::Unbounded, Bound::Included(&hi[..]), Dir::Forward, |k, _| {
        out.push(RequestId(part(k, 1)));
        Ok(out.len() < limit)
    })?;
    Ok(out)
}

pub fn request_by_pass_code(r: &impl Reader, code: &str) -> Result<Option<Request>> {
    match r.get_with(PASS_CODES, code.as_bytes(), |v| RequestId(part(v, 0)))? {
        Some(id) => request(r, id),
        None => Ok(None),
    }
}

// ---- Comments ----

pub fn add_comment(tx: &mut WriteTx<'_>, _: &Allowed, c: &Comment) -> Result<()> {
    super::put(tx, REQUEST_COMMENTS, &k2(c.request.0, c.id.0), c)
}

/// A page of a request's discussion, oldest first.
pub fn comments_page(r: &impl Reader, id: RequestId, after: Option<&Cursor>, limit: usize) -> Result<Page<Comment>> {
    let (lo, hi) = prefix_range(id.0, 1);
    page::scan_page(r, REQUEST_COMMENTS, (&lo, &hi), Dir::Forward, after, limit, |_, v| {
        Ok(Some(decode(REQUEST_COMMENTS, v)?))
    })
}

pub fn comment(r: &impl Reader, request: RequestId, id: CommentId) -> Result<Option<Comment>> {
    super::get(r, REQUEST_COMMENTS, &k2(request.0, id.0))
}

// ---- Cards ----

pub fn card(r: &impl Reader, request: RequestId, person: PersonId) -> Result<Option<Card>> {
    super::get(r, REQUEST_CARDS, &k2(request.0, person.0))
}

pub fn save_card(tx: &mut WriteTx<'_>, _: &Allowed, c: &Card) -> Result<()> {
    super::put(tx, REQUEST_CARDS, &k2(c.request.0, c.person.0), c)
}

/// Every card of a request (one per person the bot told).
pub fn cards(r: &impl Reader, request: RequestId) -> Result<Vec<Card>> {
    let (lo, hi) = prefix_range(request.0, 1);
    let mut out = Vec::new();
    r.scan(REQUEST_CARDS, Bound::Included(&lo[..]), Bound::Included(&hi[..]), Dir::Forward, |_, v| {
        out.push(decode(REQUEST_CARDS, v)?);
        Ok(true)
    })?;
    Ok(out)
}

// ---- Absences ----

pub fn save_absence(tx: &mut WriteTx<'_>, _: &Allowed, a: &Absence) -> Result<()> {
    let key = k2(a.person.0, a.request.0);
    if let Some(old) = super::get::<Absence>(tx, ABSENCES, &key)?
        && let Some(s) = old.substitute
    {
        tx.delete(SUBSTITUTES, &k3(s.0, old.person.0, old.request.0))?;
    }
    if let Some(s) = a.substitute {
        tx.put(SUBSTITUTES, &k3(s.0, a.person.0, a.request.0), &[])?;
    }
    super::put(tx, ABSENCES, &key, a)
}

/// A person's approved vacations, newest request first (few per person).
pub fn absences_of(r: &impl Reader, person: PersonId) -> Result<Vec<Absence>> {
    let (lo, hi) = prefix_range(person.0, 1);
    let mut out = Vec::new();
    r.scan(ABSENCES, Bound::Included(&lo[..]), Bound::Included(&hi[..]), Dir::Backward, |_, v| {
        out.push(decode(ABSENCES, v)?);
        Ok(out.len() < 500)
    })?;
    Ok(out)
}

/// The absences in which `substitute` stands in (newest first, at most 500).
pub fn standing_in(r: &impl Reader, substitute: PersonId) -> Result<Vec<Absence>> {
    let (lo, hi) = prefix_range(substitute.0, 2);
    let keys = collect_keys(r, SUBSTITUTES, &lo, &hi, Dir::Backward, 500)?;
    let mut out = Vec::new();
    for k in keys {
        if let Some(a) = super::get(r, ABSENCES, &k2(part(&k, 1), part(&k, 2)))? {
            out.push(a);
        }
    }
    Ok(out)
}

/// The absence covering `day` (`YYYY-MM-DD`) of `person`, if any.
pub fn absent_on(r: &impl Reader, person: PersonId, day: &str) -> Result<Option<Absence>> {
    Ok(absences_of(r, person)?.into_iter().find(|a| a.from.as_str() <= day && day <= a.to.as_str()))
}

// ---- Bot accounts ----

pub fn account(r: &impl Reader, person: PersonId) -> Result<Option<BotAccount>> {
    super::get(r, BOT_ACCOUNTS, &k1(person.0))
}

pub fn is_account(r: &impl Reader, person: PersonId) -> Result<bool> {
    Ok(r.get_with(BOT_ACCOUNTS, &k1(person.0), |_| ())?.is_some())
}

/// Saves a bot account and its live-token row (a new token replaces the old one's row).
pub fn save_account(tx: &mut WriteTx<'_>, _: &Allowed, a: &BotAccount) -> Result<()> {
    if let Some(old) = account(tx, a.person)?
        && let Some(h) = old.token_hash
        && old.token_hash != a.token_hash
    {
        tx.delete(BOT_TOKENS, &h)?;
    }
    if let Some(h) = a.token_hash {
        tx.put(BOT_TOKENS, &h, &k1(a.person.0))?;
    }
    super::put(tx, BOT_ACCOUNTS, &k1(a.person.0), a)
}

pub fn account_by_token(r: &impl Reader, hash: &[u8; 32]) -> Result<Option<BotAccount>> {
    match r.get_with(BOT_TOKENS, hash, |v| PersonId(part(v, 0)))? {
        Some(p) => account(r, p),
        None => Ok(None),
    }
}

/// A page of bot accounts in the order they were made.
pub fn accounts_page(
    r: &impl Reader,
    after: Option<&Cursor>,
    limit: usize,
    mut keep: impl FnMut(&BotAccount) -> bool,
) -> Result<Page<BotAccount>> {
    page::scan_page(r, BOT_ACCOUNTS, (&[], &[0xff; 8]), Dir::Forward, after, limit, |_, v| {
        let a: BotAccount = decode(BOT_ACCOUNTS, v)?;
        Ok(keep(&a).then_some(a))
    })
}

// ---- Webhooks ----

pub fn hook(r: &impl Reader, id: HookId) -> Result<Option<Hook>> {
    super::get(r, HOOKS, &k1(id.0))
}

fn hook_token_row(h: &Hook) -> Option<[u8; 32]> {
    (h.kind == HookKind::Incoming).then_some(h.token_hash)
}

pub fn save_hook(tx: &mut WriteTx<'_>, _: &Allowed, h: &Hook) -> Result<()> {
    if let Some(old) = hook(tx, h.id)?
        && let Some(t) = hook_token_row(&old)
        && Some(t) != hook_token_row(h)
    {
        tx.delete(HOOK_TOKENS, &t)?;
    }
    if let Some(t) = hook_token_row(h) {
        tx.put(HOOK_TOKENS, &t, &k1(h.id.0))?;
    }
    tx.put(HOOKS_BY_CHANNEL, &k2(h.channel.0, h.id.0), &[])?;
    super::put(tx, HOOKS, &k1(h.id.0), h)
}

pub fn delete_hook(tx: &mut WriteTx<'_>, _: &Allowed, id: HookId) -> Result<bool> {
    let Some(h) = hook(tx, id)? else { return Ok(false) };
    if let Some(t) = hook_token_row(&h) {
        tx.delete(HOOK_TOKENS, &t)?;
    }
    tx.delete(HOOKS_BY_CHANNEL, &k2(h.channel.0, h.id.0))?;
    tx.delete(HOOKS, &k1(id.0))
}

pub fn hook_by_token(r: &impl Reader, hash: &[u8; 32]) -> Result<Option<Hook>> {
    match r.get_with(HOOK_TOKENS, hash, |v| HookId(part(v, 0)))? {
        Some(id) => hook(r, id),
        None => Ok(None),
    }
}

/// A channel's webhooks (a channel has a few).
pub fn hooks_of(r: &impl Reader, channel: ChannelId) -> Result<Vec<Hook>> {
    let (lo, hi) = prefix_range(channel.0, 1);
    let mut out = Vec::new();
    for k in collect_keys(r, HOOKS_BY_CHANNEL, &lo, &hi, Dir::Forward, 1000)? {
        if let Some(h) = hook(r, HookId(part(&k, 1)))? {
            out.push(h);
        }
    }
    Ok(out)
}

/// The outgoing webhook whose trigger word starts `body` (a trigger is a whole first word).
fn triggered<'h>(hooks: &'h [Hook], body: &str) -> Option<&'h Hook> {
    let first = body.split_whitespace().next()?;
    hooks.iter().find(|h| h.kind == HookKind::Outgoing && !h.trigger.is_empty() && first == h.trigger)
}

/// Called in the transaction that posts `m`: when the channel has an outgoing webhook whose
/// trigger word starts the message, queues its delivery (the webhook sender POSTs it later, so
/// posting never waits for the target). Messages of bot accounts never trigger (no loops).
pub fn queue_outgoing(tx: &mut WriteTx<'_>, ok: &Allowed, m: &Message) -> Result<()> {
    if m.thread_root.is_some() || is_account(tx, m.author)? {
        return Ok(());
    }
    let (lo, hi) = prefix_range(m.channel.0, 1);
    if count_keys(tx, HOOKS_BY_CHANNEL, &lo, &hi)? == 0 {
        return Ok(());
    }
    let hooks = hooks_of(tx, m.channel)?;
    if let Some(h) = triggered(&hooks, &m.body) {
        let d = Delivery {
            id: tx.new_id(),
            hook: h.id,
            message: m.id,
            due: tx.now(),
            attempts: 0,
            last_error: String::new(),
        };
        save_delivery(tx, ok, &d)?;
    }
    Ok(())
}

// ---- The outgoing-webhook queue ----

fn delivery_due_key(d: &Delivery) -> [u8; 16] {
    k2(ms(d.due), d.id)
}

pub fn delivery(r: &impl Reader, id: u64) -> Result<Option<Delivery>> {
    super::get(r, DELIVERIES, &k1(id))
}

pub fn save_delivery(tx: &mut WriteTx<'_>, _: &Allowed, d: &Delivery) -> Result<()> {
    if let Some(old) = delivery(tx, d.id)? {
        tx.delete(DELIVERIES_DUE, &delivery_due_key(&old))?;
    }
    tx.put(DELIVERIES_DUE, &delivery_due_key(d), &[])?;
    super::put(tx, DELIVERIES, &k1(d.id), d)
}

pub fn delete_delivery(tx: &mut WriteTx<'_>, _: &Allowed, id: u64) -> Result<bool> {
    let Some(old) = delivery(tx, id)? else { return Ok(false) };
    tx.delete(DELIVERIES_DUE, &delivery_due_key(&old))?;
    tx.delete(DELIVERIES, &k1(id))
}

/// Deliveries due at or before `now`, earliest first.
pub fn due_deliveries(r: &impl Reader, now: Timestamp, limit: usize) -> Result<Vec<u64>> {
    let hi = k2(ms(now), u64::MAX);
    let mut out = Vec::new();
    r.scan(DELIVERIES_DUE, Bound::Unbounded, Bound::Included(&hi[..]), Dir::Forward, |k, _| {
        out.push(part(k, 1));
        Ok(out.len() < limit)
    })?;
    Ok(out)
}

/// When the earliest delivery is due.
pub fn next_delivery(r: &impl Reader) -> Result<Option<Timestamp>> {
    let mut next = None;
    r.scan(DELIVERIES_DUE, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |k, _| {
        next = Some(Timestamp(i64::try_from(part(k, 0)).unwrap_or(i64::MAX)));
        Ok(false)
    })?;
    Ok(next)
}

// ---- What the policy reads ----

impl<R: Reader> crate::policy::bots::BotFacts for R {
    fn stands_in_for(&self, person: PersonId) -> Result<Vec<PersonId>> {
        let today = Reader::now(self).date();
        Ok(standing_in(self, person)?
            .into_iter()
            .filter(|a| a.from.as_str() <= today.as_str() && today.as_str() <= a.to.as_str())
            .map(|a| a.person)
            .collect())
    }

    fn is_bot_account(&self, person: PersonId) -> Result<bool> {
        is_account(self, person)
    }
}

// ---- Verification ----

fn rows_of(r: &impl Reader, t: Def) -> Result<BTreeSet<Vec<u8>>> {
    let mut out = BTreeSet::new();
    r.scan(t, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |k, v| {
        out.insert([k, v].concat());
        Ok(true)
    })?;
    Ok(out)
}

fn diff(problems: &mut Vec<Problem>, table: Def, expected: &BTreeSet<Vec<u8>>, found: &BTreeSet<Vec<u8>>) {
    let name = super::tables::name(table);
    for k in expected.difference(found) {
        problems.push(format!("{name}: the row {} is missing", super::check::show_key(k)));
    }
    for k in found.difference(expected) {
        problems.push(format!("{name}: the row {} is not backed by its primary", super::check::show_key(k)));
    }
}

pub(super) fn verify(r: &impl Reader, problems: &mut Vec<Problem>) -> Result<()> {
    // Bots: every current version has its definition row.
    for b in all_bots(r)? {
        if bot_version(r, b.id, b.version)?.is_none() {
            problems.push(format!("bot-versions-1: bot {} lacks its version {}", b.id, b.version));
        }
    }
    // Requests and their indexes.
    let indexes = [REQUESTS_BY_PARTICIPANT, REQUESTS_BY_REQUESTER, REQUESTS_WAITING, REQUEST_REMINDERS, PASS_CODES];
    let mut expected: Vec<BTreeSet<Vec<u8>>> = vec![BTreeSet::new(); indexes.len()];
    r.scan(REQUESTS, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |_, v| {
        let q: Request = decode(REQUESTS, v)?;
        for (d, k, v) in request_rows(&q) {
            if let Some(i) = indexes.iter().position(|x| super::tables::name(*x) == super::tables::name(d)) {
                expected[i].insert([k, v].concat());
            }
        }
        Ok(true)
    })?;
    for (i, d) in indexes.iter().enumerate() {
        diff(problems, *d, &expected[i], &rows_of(r, *d)?);
    }
    // Substitutes mirror absences.
    let mut subs = BTreeSet::new();
    r.scan(ABSENCES, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |_, v| {
        let a: Absence = decode(ABSENCES, v)?;
        if let Some(s) = a.substitute {
            subs.insert(k3(s.0, a.person.0, a.request.0).to_vec());
        }
        Ok(true)
    })?;
    diff(problems, SUBSTITUTES, &subs, &rows_of(r, SUBSTITUTES)?);
    // Live tokens of bot accounts.
    let mut tokens = BTreeSet::new();
    r.scan(BOT_ACCOUNTS, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |_, v| {
        let a: BotAccount = decode(BOT_ACCOUNTS, v)?;
        if let Some(h) = a.token_hash {
            tokens.insert([h.to_vec(), k1(a.person.0).to_vec()].concat());
        }
        Ok(true)
    })?;
    diff(problems, BOT_TOKENS, &tokens, &rows_of(r, BOT_TOKENS)?);
    // Webhooks: tokens of incoming hooks, every hook under its channel.
    let (mut hook_tokens, mut by_channel) = (BTreeSet::new(), BTreeSet::new());
    r.scan(HOOKS, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |_, v| {
        let h: Hook = decode(HOOKS, v)?;
        if let Some(t) = hook_token_row(&h) {
            hook_tokens.insert([t.to_vec(), k1(h.id.0).to_vec()].concat());
        }
        by_channel.insert(k2(h.channel.0, h.id.0).to_vec());
        Ok(true)
    })?;
    diff(problems, HOOK_TOKENS, &hook_tokens, &rows_of(r, HOOK_TOKENS)?);
    diff(problems, HOOKS_BY_CHANNEL, &by_channel, &rows_of(r, HOOKS_BY_CHANNEL)?);
    // The delivery queue's due index.
    let mut due = BTreeSet::new();
    r.scan(DELIVERIES, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |_, v| {
        let d: Delivery = decode(DELIVERIES, v)?;
        due.insert(delivery_due_key(&d).to_vec());
        Ok(true)
    })?;
    diff(problems, DELIVERIES_DUE, &due, &rows_of(r, DELIVERIES_DUE)?);
    Ok(())
}
