//! Messaging: channels, direct and group chats ([`channels`]), messages ([`messages`]), threads
//! ([`threads`]) and read positions ([`reads`]); [`views`] turns them into what one viewer sees.
//!
//! Every use case reads the actor, the chat and the relationships it needs in the transaction
//! that acts, asks `policy::chats::check`, then writes with the proof it got. Events go to the
//! chat's connected members after the commit (see `events`).
//!
//! Layer: domain (below `sidebar`, which reads unread counts from here).

pub mod channels;
pub mod format;
pub mod messages;
pub mod reactions;
pub mod reads;
pub mod threads;
pub mod views;

use crate::error::{Error, Result};
use crate::ids::{ChannelId, PersonId};
use crate::model::{Channel, Person};
use crate::store::{self, Reader};

pub use channels::{ChannelPatch, NewChannel};
pub use messages::NewMessage;
pub use views::{ChannelView, MessageView};

/// The most people in a group chat, its creator included.
pub const MAX_GROUP: usize = 50;
/// The most messages one history page returns.
pub const MAX_PAGE: usize = 200;

fn get_channel(r: &impl Reader, id: ChannelId) -> Result<Channel> {
    store::chat::channel(r, id)?.ok_or_else(|| Error::not_found("chat"))
}

fn get_person(r: &impl Reader, id: PersonId) -> Result<Person> {
    store::people::get(r, id)?.ok_or_else(|| Error::not_found("person"))
}
