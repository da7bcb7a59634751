//! Pages of a list: a range scan that starts after a cursor, stops after `limit` items, and
//! looks at a bounded number of rows whatever the filter, so every page costs the same at any
//! size of the list.

use std::ops::Bound;

use super::tables::Def;
use super::tx::{Dir, Reader};
use crate::error::{Error, Result};

/// A position in a list: the key of the last row the previous page looked at. Clients see it as
/// an opaque string and send it back as `after` (or `before`, for lists that run backwards).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cursor(Vec<u8>);

impl Cursor {
    /// The longest cursor accepted (keys are far shorter).
    const MAX: usize = 1024;

    pub fn parse(s: &str) -> Result<Cursor> {
        let bad = || Error::bad_request("invalid_cursor", crate::msg!("cursor-invalid"));
        if !s.len().is_multiple_of(2) || s.len() > 2 * Self::MAX {
            return Err(bad());
        }
        (0..s.len())
            .step_by(2)
            .map(|i| s.get(i..i + 2).and_then(|h| u8::from_str_radix(h, 16).ok()))
            .collect::<Option<Vec<u8>>>()
            .map(Cursor)
            .ok_or_else(bad)
    }

    /// A cursor for a list read whole and cut into pages: the position of the next item.
    pub fn at(position: u64) -> Cursor {
        Cursor(position.to_be_bytes().to_vec())
    }

    pub fn position(&self) -> Option<u64> {
        <[u8; 8]>::try_from(self.0.as_slice()).ok().map(u64::from_be_bytes)
    }

    pub fn encode(&self) -> String {
        crate::crypto::hex(&self.0)
    }

    pub(super) fn key(&self) -> &[u8] {
        &self.0
    }
}

impl serde::Serialize for Cursor {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.encode())
    }
}

impl<'de> serde::Deserialize<'de> for Cursor {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Cursor::parse(&s).map_err(|e| serde::de::Error::custom(e.message))
    }
}

/// One page: the items, and where the next page starts (None: this was the last).
#[derive(Debug)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub next: Option<Cursor>,
}

impl<T> Page<T> {
    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Page<U> {
        Page { items: self.items.into_iter().map(f).collect(), next: self.next }
    }

    pub fn try_map<U>(self, f: impl FnMut(T) -> Result<U>) -> Result<Page<U>> {
        Ok(Page { items: self.items.into_iter().map(f).collect::<Result<_>>()?, next: self.next })
    }
}

/// Rows a page may look at per item asked for (plus a constant): a filter that keeps few rows
/// gives a short page with a cursor instead of scanning on. Clients keep asking while there is
/// a cursor.
const LOOK_PER_ITEM: usize = 20;
const LOOK_EXTRA: usize = 200;

/// Scans `[lo, hi]` in `dir`, starting after `after`, keeping rows for which `keep` returns an
/// item, until `limit` items are kept or the row budget is spent.
pub(super) fn scan_page<T>(
    r: &impl Reader,
    def: Def,
    (lo, hi): (&[u8], &[u8]),
    dir: Dir,
    after: Option<&Cursor>,
    limit: usize,
    mut keep: impl FnMut(&[u8], &[u8]) -> Result<Option<T>>,
) -> Result<Page<T>> {
    let (mut lower, mut upper) = (Bound::Included(lo), Bound::Included(hi));
    if let Some(c) = after {
        match dir {
            Dir::Forward if c.key() >= lo => lower = Bound::Excluded(c.key()),
            Dir::Backward if c.key() <= hi => upper = Bound::Excluded(c.key()),
            _ => {}
        }
    }
    let budget = limit.saturating_mul(LOOK_PER_ITEM).saturating_add(LOOK_EXTRA);
    let mut items = Vec::with_capacity(limit.min(256));
    let (mut looked, mut last, mut more) = (0usize, None::<Vec<u8>>, false);
    r.scan(def, lower, upper, dir, |k, v| {
        if items.len() >= limit || looked >= budget {
            more = true;
            return Ok(false);
        }
        looked += 1;
        last = Some(k.to_vec());
        if let Some(item) = keep(k, v)? {
            items.push(item);
        }
        Ok(true)
    })?;
    Ok(Page { items, next: if more { last.map(Cursor) } else { None } })
}
