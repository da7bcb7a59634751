//! Live events: what a committed write tells open connections. Ops emit them inside their
//! transaction (`WriteTx::emit`); the writer hands them to the hub after the commit, in commit
//! order. Each event names its audience, decided by the op in the same transaction as the write:
//! a list of people, or the members of a chat (the hub tracks who of them is connected, from the
//! `Joined`/`Left` events that membership changes emit in the same order).

use std::sync::Arc;

use bytestring::ByteString;

use crate::ids::{ChannelId, PersonId};

/// One serialized JSON frame, shared by every connection that receives it.
pub type Frame = ByteString;

#[derive(Clone, Debug)]
pub enum Event {
    /// To every connection of these people.
    Send { to: Arc<[PersonId]>, frame: Frame },
    /// To every connected member of the chat.
    Channel { channel: ChannelId, frame: Frame },
    /// `person` is now a member of `channel`: its events reach them from here on.
    Joined { channel: ChannelId, person: PersonId },
    /// `person` left `channel`: its events stop reaching them from here on.
    Left { channel: ChannelId, person: PersonId },
    /// Close every connection of this person: their sessions ended, or they lost access.
    Disconnect { person: PersonId },
    /// Close every connection opened with this session (by its token's hash): it ended.
    EndSession { session: [u8; 32] },
    /// About one person (their status changed): to everyone connected who may see them, by
    /// the directory rule (the hub knows who sees everyone).
    AboutPerson { person: PersonId, frame: Frame },
}

impl Event {
    pub fn disconnect(person: PersonId) -> Event {
        Event::Disconnect { person }
    }

    /// A frame `{"type": kind, ...fields of payload}` for `to`.
    pub fn send(to: impl Into<Arc<[PersonId]>>, kind: &str, payload: &impl serde::Serialize) -> Event {
        Event::Send { to: to.into(), frame: frame(kind, payload) }
    }

    /// A frame `{"type": kind, ...}` for the members of `channel`.
    pub fn channel(channel: ChannelId, kind: &str, payload: &impl serde::Serialize) -> Event {
        Event::Channel { channel, frame: frame(kind, payload) }
    }
}

/// `{"type": kind, ...payload}`; the payload should serialize to a JSON object.
pub fn frame(kind: &str, payload: &impl serde::Serialize) -> Frame {
    let mut v = serde_json::to_value(payload).unwrap_or(serde_json::Value::Null);
    let text = if let serde_json::Value::Object(m) = &mut v {
        m.insert("type".into(), serde_json::Value::String(kind.into()));
        v.to_string()
    } else {
        serde_json::json!({ "type": kind, "data": v }).to_string()
    };
    ByteString::from(text)
}
