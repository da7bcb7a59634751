//! The policy's view of the store: every transaction answers [`Facts`], so decisions are made
//! from data read in the transaction that acts on them.

use super::{Reader, chat, people, relations};
use crate::clock::Timestamp;
use crate::error::Result;
use crate::ids::{ChannelId, PersonId};
use crate::model::{Person, PersonState, Role};
use crate::policy::Facts;

impl<R: Reader> Facts for R {
    fn now(&self) -> Timestamp {
        Reader::now(self)
    }

    fn person(&self, id: PersonId) -> Result<Option<Person>> {
        people::get(self, id)
    }

    fn is_member(&self, chat: ChannelId, person: PersonId) -> Result<bool> {
        chat::is_member(self, chat, person)
    }

    fn have_direct_chat(&self, a: PersonId, b: PersonId) -> Result<bool> {
        relations::have_direct_chat(self, a, b)
    }

    fn another_active_owner(&self, except: PersonId) -> Result<bool> {
        for id in people::with_role(self, Role::Owner)? {
            if id != except && people::get(self, id)?.is_some_and(|p| p.state == PersonState::Active) {
                return Ok(true);
            }
        }
        Ok(false)
    }

    fn file_given_to_request(&self, file: crate::ids::FileId) -> Result<bool> {
        Ok(super::files::request_of(self, file)?.is_some())
    }

    fn any_owner(&self) -> Result<bool> {
        Ok(!people::with_role(self, Role::Owner)?.is_empty())
    }
}
