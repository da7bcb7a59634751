//! What a bot says in its chats: every bot has a direct chat with each person it concerns, made
//! the first time it has something to say. Messages about a request carry a card marker
//! (`[[request:<id>]]`) that the web UI draws as the request's live card with its buttons.
//!
//! Messages are written in the recipient's language (English until people choose one).

use serde::Serialize;

use crate::error::{Error, Result};
use crate::events::Event;
use crate::i18n::{Lang, Msg};
use crate::ids::{ChannelId, MessageId, PersonId, RequestId};
use crate::model::bots::{Card, Request};
use crate::model::{Channel, ChannelKind, Message, Person, ReadPos};
use crate::policy::{self, Allowed};
use crate::store::{self, Reader, WriteTx, chat::Scope};

/// The marker the web UI turns into a request's card.
pub fn card_marker(id: RequestId) -> String {
    format!("[[request:{id}]]")
}

/// The language a person reads the bot's messages in: their own choice, else the workspace's.
pub fn lang_of(r: &impl Reader, p: &Person) -> Lang {
    store::languages::of_person(r, p.id).unwrap_or_default()
}

/// The direct chat between bot account `bot` and `person`, made now if there is none.
pub fn chat_with(tx: &mut WriteTx<'_>, ok: &Allowed, bot: PersonId, person: PersonId) -> Result<Channel> {
    if let Some(id) = store::relations::direct_chat(tx, bot, person)? {
        return store::chat::channel(tx, id)?.ok_or_else(|| Error::internal("a direct chat without its channel"));
    }
    let mut c = Channel {
        id: ChannelId(tx.new_id()),
        kind: ChannelKind::Direct,
        name: String::new(),
        description: String::new(),
        private: true,
        archived: false,
        creator: bot,
        created_at: tx.now(),
        member_count: 0,
        seq: 0,
        last_message_at: None,
    };
    store::chat::save_channel(tx, ok, &c)?;
    for p in [bot, person] {
        store::chat::add_member(tx, ok, &mut c, p)?;
        store::chat::set_read_pos(tx, ok, p, Scope::Chat(c.id), ReadPos { seq: 0, message: 0 })?;
        tx.emit(Event::Joined { channel: c.id, person: p });
    }
    store::relations::link(tx, ok, bot, person, c.id)?;
    if let Ok(a) = policy::actor(tx, person) {
        let v = crate::chat::views::view(tx, &c, &a)?;
        tx.emit(Event::send(vec![person], "channel.updated", &v));
    }
    Ok(c)
}

/// Posts `text` as bot account `bot` in its chat with `person`; answers the message.
pub fn say(tx: &mut WriteTx<'_>, ok: &Allowed, bot: PersonId, person: PersonId, text: &str) -> Result<Message> {
    let mut c = chat_with(tx, ok, bot, person)?;
    post_as(tx, ok, &mut c, bot, text)
}

/// Posts `text` as `author` (a bot account) into `c`, with its events.
pub fn post_as(tx: &mut WriteTx<'_>, ok: &Allowed, c: &mut Channel, author: PersonId, text: &str) -> Result<Message> {
    let now = tx.now();
    c.seq += 1;
    c.last_message_at = Some(now);
    let body: String = text.chars().take(crate::input::Body::MAX).collect();
    let m = Message {
        id: MessageId(tx.new_id()),
        channel: c.id,
        author,
        body,
        mentions: Vec::new(),
        thread_root: None,
        seq: c.seq,
        reply_count: 0,
        last_reply_at: None,
        created_at: now,
        edited_at: None,
        deleted: false,
        client_id: String::new(),
    };
    store::chat::save_channel(tx, ok, c)?;
    store::chat::save_message(tx, ok, &m)?;
    store::chat::set_read_pos(tx, ok, author, Scope::Chat(c.id), ReadPos { seq: m.seq, message: m.id.0 })?;
    tx.emit(Event::channel(c.id, "message.created", &crate::chat::MessageView::of(&m)));
    Ok(m)
}

/// Tells `person` about `q` with a card: `m` rendered in their language, then the marker.
pub fn card(tx: &mut WriteTx<'_>, ok: &Allowed, bot: PersonId, q: &Request, person: PersonId, m: &Msg) -> Result<()> {
    let Some(p) = store::people::get(tx, person)? else { return Ok(()) };
    let text = format!("{}\n{}", m.render(lang_of(tx, &p)), card_marker(q.id));
    let msg = say(tx, ok, bot, person, &text)?;
    store::bots::save_card(tx, ok, &Card { request: q.id, person, channel: msg.channel, message: msg.id })
}

/// Tells `person` something about `q` without a card.
pub fn tell(tx: &mut WriteTx<'_>, ok: &Allowed, bot: PersonId, person: PersonId, m: &Msg) -> Result<()> {
    let Some(p) = store::people::get(tx, person)? else { return Ok(()) };
    say(tx, ok, bot, person, &m.render(lang_of(tx, &p)))?;
    Ok(())
}

#[derive(Serialize)]
struct Updated<'a> {
    id: RequestId,
    state: &'a str,
    step: Option<u32>,
}

/// `request.updated` to everyone who may look at the request now (its cards redraw).
pub fn updated(tx: &mut WriteTx<'_>, q: &Request, extra: &[PersonId]) -> Result<()> {
    let mut to: Vec<PersonId> = q.participants.clone();
    for p in extra {
        if !to.contains(p) {
            to.push(*p);
        }
    }
    let _ = tx.now();
    tx.emit(Event::send(
        to,
        "request.updated",
        &Updated { id: q.id, state: q.state.as_str(), step: q.step.map(|s| s + 1) },
    ));
    Ok(())
}

/// The name of a person for a message ("Ivan Petrov").
pub fn name_of(r: &impl Reader, id: PersonId) -> String {
    store::people::get(r, id).ok().flatten().map(|p| p.full_name()).unwrap_or_default()
}
