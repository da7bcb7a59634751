//! The language each person chose (`PERSON_LANGUAGES`): a row only for those who chose one;
//! everyone else follows their browser. Kept beside `Person`, whose layout it does not change.

use super::keys::k1;
use super::tables::PERSON_LANGUAGES;
use super::{Allowed, Reader, WriteTx};
use crate::error::Result;
use crate::i18n::Lang;
use crate::ids::PersonId;

/// The language `person` chose, if any.
pub fn get(r: &impl Reader, person: PersonId) -> Result<Option<Lang>> {
    Ok(r.get_with(PERSON_LANGUAGES, &k1(person.0), |b| std::str::from_utf8(b).ok().and_then(Lang::parse))?.flatten())
}

/// Sets (or with `None` forgets) the language `person` reads Bivouac in.
pub fn set(tx: &mut WriteTx<'_>, _: &Allowed, person: PersonId, lang: Option<Lang>) -> Result<()> {
    match lang {
        Some(l) => tx.put(PERSON_LANGUAGES, &k1(person.0), l.code().as_bytes()),
        None => tx.delete(PERSON_LANGUAGES, &k1(person.0)).map(|_| ()),
    }
}

/// The workspace's default language (English until the Owner picks one).
pub fn workspace(r: &impl Reader) -> Result<Lang> {
    Ok(super::meta::language(r)?.as_deref().and_then(Lang::parse).unwrap_or_default())
}

/// The language to write for `person` now: the request's, when answering one (their browser or
/// their choice, settled at sign-in), else their own choice or the workspace's (a view made on
/// the writer thread for a live event).
pub fn for_reader(r: &impl Reader, person: PersonId) -> Result<Lang> {
    match crate::i18n::scoped() {
        Some(l) => Ok(l),
        None => of_person(r, person),
    }
}

/// The language mail and bot messages to `person` are written in: their own choice, else the
/// workspace's. (A request also has the browser's language; a mail has no browser.)
pub fn of_person(r: &impl Reader, person: PersonId) -> Result<Lang> {
    match get(r, person)? {
        Some(l) => Ok(l),
        None => workspace(r),
    }
}
