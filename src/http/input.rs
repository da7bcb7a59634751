//! Small pieces of request parsing shared by the handlers.

use serde::{Deserialize, Deserializer};

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
