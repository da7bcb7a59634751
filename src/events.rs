//! Live events: what a committed write tells open connections. Ops emit them inside their
//! transaction (`WriteTx::emit`); the writer hands them to the hub after the commit, in commit
//! order. Each event names its audience, decided by the op in the same transaction as the write,
//! so the hub never has to ask who may see what.

use std::sync::Arc;

use crate::ids::PersonId;

#[derive(Clone, Debug)]
pub enum Event {
    /// Send this JSON frame to every connection of these people.
    Send { to: Arc<[PersonId]>, frame: Arc<str> },
    /// Close every connection of this person: their sessions ended, or they lost access.
    Disconnect { person: PersonId },
}

impl Event {
    pub fn disconnect(person: PersonId) -> Event {
        Event::Disconnect { person }
    }

    /// A frame `{"type": kind, ...fields of payload}` for `to`.
    pub fn send(to: impl Into<Arc<[PersonId]>>, kind: &str, payload: &impl serde::Serialize) -> Event {
        Event::Send { to: to.into(), frame: frame(kind, payload).into() }
    }
}

/// `{"type": kind, ...payload}`; the payload must serialize to a JSON object.
pub fn frame(kind: &str, payload: &impl serde::Serialize) -> String {
    let mut v = serde_json::to_value(payload).unwrap_or(serde_json::Value::Null);
    if let serde_json::Value::Object(m) = &mut v {
        m.insert("type".into(), serde_json::Value::String(kind.into()));
        v.to_string()
    } else {
        serde_json::json!({ "type": kind, "data": v }).to_string()
    }
}
