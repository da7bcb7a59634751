//! People and their indexes: `PEOPLE`, `PEOPLE_BY_EMAIL` (unique, not for deleted people),
//! `PEOPLE_BY_ROLE`, `PEOPLE_BY_NAME`, `ACTIVE_BY_NAME`, `DEPARTMENT_MEMBERS` and
//! `DEPARTMENT_SIZES` (from `Person::departments`). [`save`] is the only writer of all of them.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Bound;

use super::keys::{k1, k2, part, prefix_range};
use super::tables::{
    ACTIVE_BY_NAME, DEPARTMENT_MEMBERS, DEPARTMENT_SIZES, PEOPLE, PEOPLE_BY_EMAIL, PEOPLE_BY_NAME, PEOPLE_BY_ROLE,
};
use super::{Allowed, Cursor, Dir, Page, Problem, Reader, WriteTx, collect_keys, decode, page};
use crate::error::{Error, Result};
use crate::ids::PersonId;
use crate::model::{Person, PersonState, Role};

pub fn get(r: &impl Reader, id: PersonId) -> Result<Option<Person>> {
    super::get(r, PEOPLE, &k1(id.0))
}

/// The person holding `email` (lower-cased), unless deleted.
pub fn by_email(r: &impl Reader, email: &str) -> Result<Option<Person>> {
    let id = r.get_with(PEOPLE_BY_EMAIL, email.as_bytes(), |b| <[u8; 8]>::try_from(b).ok().map(u64::from_be_bytes))?;
    match id.flatten() {
        Some(id) => get(r, PersonId(id)),
        None => Ok(None),
    }
}

/// Everyone ever recorded, deleted people included, in id order. For checks and migrations:
/// request paths page through an index instead.
pub fn all(r: &impl Reader) -> Result<Vec<Person>> {
    let mut out = Vec::new();
    r.scan(PEOPLE, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |_, v| {
        out.push(decode(PEOPLE, v)?);
        Ok(true)
    })?;
    Ok(out)
}

fn role_byte(r: Role) -> u8 {
    Role::ALL.iter().position(|x| *x == r).unwrap_or(0) as u8
}

/// The people (not deleted) who have `role`.
pub fn with_role(r: &impl Reader, role: Role) -> Result<Vec<PersonId>> {
    let lo = [role_byte(role)];
    let hi = [role_byte(role), 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff];
    Ok(collect_keys(r, PEOPLE_BY_ROLE, &lo, &hi, Dir::Forward, usize::MAX)?
        .iter()
        .map(|k| PersonId(part(&k[1..], 0)))
        .collect())
}

/// The directory order: last name, first name (both lower-cased), id.
fn name_key(p: &Person) -> Vec<u8> {
    let mut k = Vec::with_capacity(p.last_name.len() + p.first_name.len() + 10);
    k.extend_from_slice(p.last_name.to_lowercase().as_bytes());
    k.push(0);
    k.extend_from_slice(p.first_name.to_lowercase().as_bytes());
    k.push(0);
    k.extend_from_slice(&k1(p.id.0));
    k
}

fn id_of_name_key(k: &[u8]) -> PersonId {
    PersonId(k.len().checked_sub(8).map(|i| part(&k[i..], 0)).unwrap_or(0))
}

/// The indexes [`save`] keeps, by position in [`INDEXES`].
const INDEXES: [super::Def; 5] = [PEOPLE_BY_EMAIL, PEOPLE_BY_ROLE, PEOPLE_BY_NAME, ACTIVE_BY_NAME, DEPARTMENT_MEMBERS];
const DEPARTMENT_ROWS: usize = 4;

/// The index rows a person has: (index in [`INDEXES`], key, value).
fn index_rows(p: &Person) -> Vec<(usize, Vec<u8>, Vec<u8>)> {
    let mut rows = Vec::new();
    if p.state == PersonState::Deleted {
        return rows;
    }
    rows.push((0, p.email.as_bytes().to_vec(), k1(p.id.0).to_vec()));
    rows.push((1, [&[role_byte(p.role)][..], &k1(p.id.0)].concat(), Vec::new()));
    rows.push((2, name_key(p), Vec::new()));
    if p.state == PersonState::Active {
        rows.push((3, name_key(p), Vec::new()));
    }
    for d in &p.departments {
        rows.push((DEPARTMENT_ROWS, k2(d.0, p.id.0).to_vec(), Vec::new()));
    }
    rows
}

fn department_size(r: &impl Reader, d: u64) -> Result<u32> {
    Ok(r.get_with(DEPARTMENT_SIZES, &k1(d), |v| <[u8; 4]>::try_from(v).map(u32::from_be_bytes).unwrap_or(0))?
        .unwrap_or(0))
}

fn add_to_size(tx: &mut WriteTx<'_>, d: u64, delta: i64) -> Result<()> {
    let n = (i64::from(department_size(tx, d)?) + delta).max(0);
    if n == 0 {
        tx.delete(DEPARTMENT_SIZES, &k1(d))?;
    } else {
        tx.put(DEPARTMENT_SIZES, &k1(d), &u32::try_from(n).unwrap_or(u32::MAX).to_be_bytes())?;
    }
    Ok(())
}

/// Inserts or updates `p` with all its index rows. Fails with 409 `email_taken` if another person
/// holds the email; in that case nothing is written.
pub fn save(tx: &mut WriteTx<'_>, _: &Allowed, p: &Person) -> Result<()> {
    if p.state != PersonState::Deleted
        && let Some(holder) = by_email(tx, &p.email)?
        && holder.id != p.id
    {
        return Err(Error::conflict(
            "email_taken",
            crate::msg!("email-taken", email = &p.email, name = holder.full_name()),
        ));
    }
    let old = get(tx, p.id)?;
    let before: BTreeSet<_> = old.as_ref().map(index_rows).unwrap_or_default().into_iter().collect();
    let after: BTreeSet<_> = index_rows(p).into_iter().collect();
    for (i, k, _) in before.difference(&after) {
        tx.delete(INDEXES[*i], k)?;
        if *i == DEPARTMENT_ROWS {
            add_to_size(tx, part(k, 0), -1)?;
        }
    }
    for (i, k, v) in after.difference(&before) {
        tx.put(INDEXES[*i], k, v)?;
        if *i == DEPARTMENT_ROWS {
            add_to_size(tx, part(k, 0), 1)?;
        }
    }
    super::put(tx, PEOPLE, &k1(p.id.0), p)
}

/// How many people are in department `d` (its own members, not its sub-departments').
pub fn department_size_of(r: &impl Reader, d: crate::ids::DepartmentId) -> Result<u32> {
    department_size(r, d.0)
}

/// Which people a directory page lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Listing {
    /// Active people only.
    Active,
    /// Everyone not deleted: active, invited and deactivated.
    All,
}

/// A page of people in directory order, after `after`, for which `keep` says yes.
pub fn page_by_name(
    r: &impl Reader,
    listing: Listing,
    after: Option<&Cursor>,
    limit: usize,
    mut keep: impl FnMut(&Person) -> Result<bool>,
) -> Result<Page<Person>> {
    let def = if listing == Listing::Active { ACTIVE_BY_NAME } else { PEOPLE_BY_NAME };
    // Name keys are UTF-8 text first, which never holds the byte 0xff.
    page::scan_page(r, def, (&[], &[0xff]), Dir::Forward, after, limit, |k, _| {
        let Some(p) = get(r, id_of_name_key(k))? else { return Ok(None) };
        Ok(keep(&p)?.then_some(p))
    })
}

/// A page of the members of department `d`, in id order.
pub fn page_of_department(
    r: &impl Reader,
    d: crate::ids::DepartmentId,
    after: Option<&Cursor>,
    limit: usize,
    mut keep: impl FnMut(&Person) -> Result<bool>,
) -> Result<Page<Person>> {
    let (lo, hi) = prefix_range(d.0, 1);
    page::scan_page(r, DEPARTMENT_MEMBERS, (&lo, &hi), Dir::Forward, after, limit, |k, _| {
        let Some(p) = get(r, PersonId(part(k, 1)))? else { return Ok(None) };
        Ok(keep(&p)?.then_some(p))
    })
}

/// Writes every index row of every person again (a migration step, or a repair).
pub(super) fn rebuild(tx: &mut WriteTx<'_>) -> Result<()> {
    for def in INDEXES.into_iter().chain([DEPARTMENT_SIZES]) {
        super::tx::clear(tx, def)?;
    }
    for p in all(tx)? {
        for (i, k, v) in index_rows(&p) {
            tx.put(INDEXES[i], &k, &v)?;
            if i == DEPARTMENT_ROWS {
                add_to_size(tx, part(&k, 0), 1)?;
            }
        }
    }
    Ok(())
}

/// A key and its value.
type Row = (Vec<u8>, Vec<u8>);

fn scan_all(r: &impl Reader, def: super::Def) -> Result<BTreeSet<Row>> {
    let mut out = BTreeSet::new();
    r.scan(def, Bound::Unbounded, Bound::Unbounded, Dir::Forward, |k, v| {
        out.insert((k.to_vec(), v.to_vec()));
        Ok(true)
    })?;
    Ok(out)
}

pub(super) fn verify(r: &impl Reader, problems: &mut Vec<Problem>) -> Result<()> {
    let people = all(r)?;
    let mut expected: BTreeMap<usize, BTreeSet<Row>> = BTreeMap::new();
    let mut sizes: BTreeMap<u64, u32> = BTreeMap::new();
    for p in &people {
        for (i, k, v) in index_rows(p) {
            if i == DEPARTMENT_ROWS {
                *sizes.entry(part(&k, 0)).or_default() += 1;
            }
            expected.entry(i).or_default().insert((k, v));
        }
    }
    for (i, def) in INDEXES.into_iter().enumerate() {
        let name = super::tables::name(def);
        let want = expected.remove(&i).unwrap_or_default();
        let found = scan_all(r, def)?;
        for (k, _) in want.difference(&found) {
            problems.push(format!("{name}: the row {} is missing", super::check::show_key(k)));
        }
        for (k, _) in found.difference(&want) {
            problems.push(format!("{name}: the row {} is not backed by a person", super::check::show_key(k)));
        }
    }
    let want: BTreeSet<Row> = sizes.iter().map(|(d, n)| (k1(*d).to_vec(), n.to_be_bytes().to_vec())).collect();
    let found = scan_all(r, DEPARTMENT_SIZES)?;
    for (k, _) in want.symmetric_difference(&found) {
        problems.push(format!(
            "department-sizes-1: the member count of department {} is wrong",
            crate::ids::encode(part(k, 0))
        ));
    }
    Ok(())
}
