//! Transactions: [`ReadTx`] for reads, [`WriteTx`] for one op inside a group commit. Both are
//! [`Reader`]s and share one implementation of reading ([`Tables`]); the raw key-value access
//! ([`Raw`]) is sealed inside the store, so no function outside it sees a redb type.

use std::cell::RefCell;
use std::ops::Bound;
use std::rc::Rc;

use redb::ReadableTable;

use super::tables::{self, Def};
use super::{codec, writer};
use crate::clock::{SharedClock, Timestamp};
use crate::error::{Error, Result};
use crate::events::Event;

/// Direction of a scan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    Forward,
    Backward,
}

pub(super) mod sealed {
    use super::*;

    /// Key-value access for the store's own modules. Public in a private module: nameable (and
    /// callable) only inside `store`.
    pub trait Raw {
        /// Calls `f` with the value stored at `key`, if any.
        fn get_with<R>(&self, def: Def, key: &[u8], f: impl FnOnce(&[u8]) -> R) -> Result<Option<R>>;

        /// Calls `f(key, value)` for keys in `(lo, hi)` in `dir` order until it returns `Ok(false)`.
        fn scan(
            &self,
            def: Def,
            lo: Bound<&[u8]>,
            hi: Bound<&[u8]>,
            dir: Dir,
            f: impl FnMut(&[u8], &[u8]) -> Result<bool>,
        ) -> Result<()>;
    }
}

pub(super) use sealed::Raw;

/// Read access shared by [`ReadTx`] and [`WriteTx`]; the per-entity modules are written against
/// it so the same lookup serves a GET handler and the check-then-write of an op.
pub trait Reader: Raw {
    /// The time the transaction is working with.
    fn now(&self) -> Timestamp;
}

type ReadTable = redb::ReadOnlyTable<&'static [u8], &'static [u8]>;
type WriteTable<'t> = redb::Table<'t, &'static [u8], &'static [u8]>;
type OpenTables<'t> = RefCell<Vec<(&'static str, Rc<RefCell<WriteTable<'t>>>)>>;

/// Opening a table, the one thing reads do differently in the two kinds of transaction.
trait Tables {
    type Table: ReadableTable<&'static [u8], &'static [u8]>;
    fn with_table<R>(&self, def: Def, f: impl FnOnce(&Self::Table) -> Result<R>) -> Result<R>;
    fn time(&self) -> Timestamp;
}

fn storage(e: impl std::fmt::Display) -> Error {
    Error::internal(format!("store: {e}"))
}

impl<X: Tables> Raw for X {
    fn get_with<R>(&self, def: Def, key: &[u8], f: impl FnOnce(&[u8]) -> R) -> Result<Option<R>> {
        self.with_table(def, |t| Ok(t.get(key).map_err(storage)?.map(|g| f(g.value()))))
    }

    fn scan(
        &self,
        def: Def,
        lo: Bound<&[u8]>,
        hi: Bound<&[u8]>,
        dir: Dir,
        mut f: impl FnMut(&[u8], &[u8]) -> Result<bool>,
    ) -> Result<()> {
        self.with_table(def, |t| {
            let range = t.range::<&[u8]>((lo, hi)).map_err(storage)?;
            let mut visit = |item: std::result::Result<_, redb::StorageError>| {
                let (k, v): (redb::AccessGuard<'_, &[u8]>, redb::AccessGuard<'_, &[u8]>) = item.map_err(storage)?;
                f(k.value(), v.value())
            };
            match dir {
                Dir::Forward => {
                    for item in range {
                        if !visit(item)? {
                            break;
                        }
                    }
                }
                Dir::Backward => {
                    for item in range.rev() {
                        if !visit(item)? {
                            break;
                        }
                    }
                }
            }
            Ok(())
        })
    }
}

impl<X: Tables> Reader for X {
    fn now(&self) -> Timestamp {
        self.time()
    }
}

/// A consistent read-only view of the store.
pub struct ReadTx {
    txn: redb::ReadTransaction,
    now: Timestamp,
    /// Tables opened so far. Opening a table decodes its definition from redb's table tree,
    /// which costs more than a lookup, and one request reads a few tables several times.
    tables: RefCell<Vec<(&'static str, Rc<ReadTable>)>>,
}

impl ReadTx {
    pub(super) fn new(txn: redb::ReadTransaction, now: Timestamp) -> ReadTx {
        ReadTx { txn, now, tables: RefCell::new(Vec::new()) }
    }
}

impl Tables for ReadTx {
    type Table = ReadTable;

    fn with_table<R>(&self, def: Def, f: impl FnOnce(&ReadTable) -> Result<R>) -> Result<R> {
        // By name, not by the name's address: a `const`'s string literal may sit at several
        // addresses in the binary.
        let found = self.tables.borrow().iter().find(|(k, _)| *k == def_name(def)).map(|(_, t)| t.clone());
        let t = match found {
            Some(t) => t,
            None => {
                let t = Rc::new(self.txn.open_table(def).map_err(storage)?);
                self.tables.borrow_mut().push((tables::name(def), t.clone()));
                t
            }
        };
        f(&t)
    }

    fn time(&self) -> Timestamp {
        self.now
    }
}

fn def_name(def: Def) -> &'static str {
    tables::name(def)
}

/// The write side of one op inside a group commit.
pub struct WriteTx<'t> {
    txn: &'t redb::WriteTransaction,
    pub(super) ids: &'t mut writer::IdGen,
    events: &'t mut Vec<Event>,
    clock: &'t SharedClock,
    now: Timestamp,
    pub(super) dirty: bool,
    /// Tables this op has opened (see `ReadTx::tables`); all are closed when the op ends, before
    /// the batch commits. A scan's callback must not write to the table it scans.
    tables: OpenTables<'t>,
}

impl<'t> WriteTx<'t> {
    pub(super) fn new(
        txn: &'t redb::WriteTransaction,
        ids: &'t mut writer::IdGen,
        events: &'t mut Vec<Event>,
        clock: &'t SharedClock,
    ) -> WriteTx<'t> {
        let now = clock.now();
        WriteTx { txn, ids, events, clock, now, dirty: false, tables: RefCell::new(Vec::new()) }
    }

    fn table(&self, def: Def) -> Result<Rc<RefCell<WriteTable<'t>>>> {
        if let Some((_, t)) = self.tables.borrow().iter().find(|(k, _)| *k == def_name(def)) {
            return Ok(t.clone());
        }
        let t = Rc::new(RefCell::new(self.txn.open_table(def).map_err(storage)?));
        self.tables.borrow_mut().push((tables::name(def), t.clone()));
        Ok(t)
    }

    /// A fresh id that sorts after every id handed out before.
    pub fn new_id(&mut self) -> u64 {
        self.ids.next(self.now)
    }

    /// Queues a live event, delivered after (and only if) this op's commit succeeds.
    pub fn emit(&mut self, event: Event) {
        self.events.push(event);
    }

    pub(super) fn put(&mut self, def: Def, key: &[u8], value: &[u8]) -> Result<()> {
        self.dirty = true;
        let t = self.table(def)?;
        t.borrow_mut().insert(key, value).map_err(storage)?;
        Ok(())
    }

    /// Removes `key`; true if it was there.
    pub(super) fn delete(&mut self, def: Def, key: &[u8]) -> Result<bool> {
        self.dirty = true;
        let t = self.table(def)?;
        let existed = t.borrow_mut().remove(key).map_err(storage)?.is_some();
        Ok(existed)
    }

    /// The clock itself, for the rare op that must see time move within a batch.
    pub fn clock(&self) -> &SharedClock {
        self.clock
    }
}

impl<'t> Tables for WriteTx<'t> {
    type Table = WriteTable<'t>;

    fn with_table<R>(&self, def: Def, f: impl FnOnce(&WriteTable<'t>) -> Result<R>) -> Result<R> {
        let t = self.table(def)?;
        let t = t.borrow();
        f(&t)
    }

    fn time(&self) -> Timestamp {
        self.now
    }
}

/// Decodes a stored record, turning a bad one into an internal error that names the table.
pub(super) fn decode<T: bincode::Decode<()>>(def: Def, bytes: &[u8]) -> Result<T> {
    codec::decode(bytes).map_err(|e| Error::internal(format!("corrupt record in {}: {e}", tables::name(def))))
}

pub(super) fn get<T: bincode::Decode<()>>(r: &impl Reader, def: Def, key: &[u8]) -> Result<Option<T>> {
    r.get_with(def, key, |b| decode::<T>(def, b))?.transpose()
}

pub(super) fn put<T: bincode::Encode>(tx: &mut WriteTx<'_>, def: Def, key: &[u8], value: &T) -> Result<()> {
    tx.put(def, key, &codec::encode(value))
}

/// Collects the keys in `[lo, hi]`, up to `limit`.
pub(super) fn collect_keys(
    r: &impl Reader,
    def: Def,
    lo: &[u8],
    hi: &[u8],
    dir: Dir,
    limit: usize,
) -> Result<Vec<Vec<u8>>> {
    let mut out = Vec::new();
    r.scan(def, Bound::Included(lo), Bound::Included(hi), dir, |k, _| {
        out.push(k.to_vec());
        Ok(out.len() < limit)
    })?;
    Ok(out)
}

/// Removes every row of `def` (a migration step, or a repair).
pub(super) fn clear(tx: &mut WriteTx<'_>, def: Def) -> Result<()> {
    let mut keys = Vec::new();
    tx.scan(def, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |k, _| {
        keys.push(k.to_vec());
        Ok(true)
    })?;
    for k in keys {
        tx.delete(def, &k)?;
    }
    Ok(())
}

/// Counts the keys in `[lo, hi]`.
pub(super) fn count_keys(r: &impl Reader, def: Def, lo: &[u8], hi: &[u8]) -> Result<usize> {
    let mut n = 0;
    r.scan(def, Bound::Included(lo), Bound::Included(hi), Dir::Forward, |_, _| {
        n += 1;
        Ok(true)
    })?;
    Ok(n)
}
