//! Small pieces of request parsing shared by the handlers, and the shape of a page.

use serde::{Deserialize, Deserializer, Serialize};

use crate::store::{Cursor, Page};

/// For PATCH fields where `null` means "clear" and absence means "leave alone":
/// `#[serde(default, deserialize_with = "nullable")] field: Option<Option<T>>`.
pub fn nullable<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d).map(Some)
}

/// `?limit=` for lists that can grow: default 50, at most 200.
pub fn limit(asked: Option<usize>) -> usize {
    asked.unwrap_or(50).clamp(1, 200)
}

/// `?limit=&after=` of a list that runs forwards (by name, or oldest first).
#[derive(Deserialize)]
pub struct After {
    pub limit: Option<usize>,
    pub after: Option<Cursor>,
}

/// `?limit=&before=` of a list that runs backwards (newest first).
#[derive(Deserialize)]
pub struct Before {
    pub limit: Option<usize>,
    pub before: Option<Cursor>,
}

/// A page as JSON: `{<items>: [...], <next>: cursor|null}`, serialized straight from the page.
pub struct PageBody<T> {
    items: &'static str,
    next: &'static str,
    page: Page<T>,
}

impl<T: Serialize> Serialize for PageBody<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry(self.items, &self.page.items)?;
        m.serialize_entry(self.next, &self.page.next)?;
        m.end()
    }
}

/// A page of a list that runs forwards: `{<items>: [...], "next_after": cursor|null}`.
pub fn forward<T: Serialize>(items: &'static str, page: Page<T>) -> PageBody<T> {
    PageBody { items, next: "next_after", page }
}

/// A page of a list that runs backwards: `{<items>: [...], "next_before": cursor|null}`.
pub fn backward<T: Serialize>(items: &'static str, page: Page<T>) -> PageBody<T> {
    PageBody { items, next: "next_before", page }
}
