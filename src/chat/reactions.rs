//! Emoji reactions on messages and thread replies: add, take back, and the grouped view that
//! history pages and live events carry.

use serde::Serialize;

use super::threads::readable_message;
use crate::error::{Error, Result, Status};
use crate::events::Event;
use crate::ids::{ChannelId, MessageId, PersonId};
use crate::input::Reaction;
use crate::msg;
use crate::policy::chats::Action;
use crate::policy::{self};
use crate::store::{self, WriteTx, reactions::Reaction as Row};

/// The most different emoji on one message, and per person on one message.
pub const MAX_KINDS: usize = 50;
pub const MAX_PER_PERSON: usize = 20;

/// One emoji on a message: how many reacted with it, who (in the order they did), and whether
/// the viewer did.
#[derive(Serialize, Clone, Debug, PartialEq, Eq)]
pub struct ReactionView {
    pub emoji: String,
    pub count: u32,
    pub people: Vec<PersonId>,
    pub me: bool,
}

/// Groups rows by emoji, in the order each emoji was first used.
pub fn group(rows: &[Row], viewer: Option<PersonId>) -> Vec<ReactionView> {
    let mut sorted: Vec<&Row> = rows.iter().collect();
    sorted.sort_by_key(|r| r.at);
    let mut out: Vec<ReactionView> = Vec::new();
    for r in sorted {
        match out.iter_mut().find(|v| v.emoji == r.emoji) {
            Some(v) => {
                v.count += 1;
                v.people.push(r.person);
                v.me |= Some(r.person) == viewer;
            }
            None => out.push(ReactionView {
                emoji: r.emoji.clone(),
                count: 1,
                people: vec![r.person],
                me: Some(r.person) == viewer,
            }),
        }
    }
    out
}

#[derive(Serialize)]
struct Updated<'a> {
    message_id: MessageId,
    channel_id: ChannelId,
    #[serde(skip_serializing_if = "Option::is_none")]
    thread_root: Option<MessageId>,
    /// `me` is false here (one frame serves every member); clients look for themselves in `people`.
    reactions: &'a [ReactionView],
}

/// Adds (`on`) or takes back one's reaction `emoji` on message `id`; answers the message's
/// reactions as the actor sees them. Doing it twice changes nothing.
pub fn react(
    tx: &mut WriteTx<'_>,
    actor_id: PersonId,
    id: MessageId,
    emoji: &Reaction,
    on: bool,
) -> Result<Vec<ReactionView>> {
    let actor = policy::actor(tx, actor_id)?;
    let (m, c, _) = readable_message(tx, &actor, id)?;
    let ok = policy::chats::check(tx, &actor, Action::React(&c))?;
    if m.deleted {
        return Err(Error::conflict("message_deleted", msg!("message-gone")));
    }
    let rows = store::reactions::of_message(tx, c.id, m.id)?;
    let e = emoji.as_str();
    let changed = if on {
        if !rows.iter().any(|r| r.emoji == e) {
            let kinds = rows.iter().map(|r| r.emoji.as_str()).collect::<std::collections::BTreeSet<_>>().len();
            if kinds >= MAX_KINDS {
                return Err(Error::t(
                    Status::Unprocessable,
                    "too_many_reactions",
                    msg!("reaction-limit", max = MAX_KINDS),
                ));
            }
        }
        let mine = rows.iter().filter(|r| r.person == actor.id).count();
        if mine >= MAX_PER_PERSON && !rows.iter().any(|r| r.person == actor.id && r.emoji == e) {
            return Err(Error::t(
                Status::Unprocessable,
                "too_many_reactions",
                msg!("reaction-limit", max = MAX_PER_PERSON),
            ));
        }
        store::reactions::add(tx, &ok, c.id, m.id, actor.id, e)?
    } else {
        store::reactions::remove(tx, &ok, c.id, m.id, actor.id, e)?
    };
    let rows = store::reactions::of_message(tx, c.id, m.id)?;
    if changed {
        let all = group(&rows, None);
        let frame = Updated { message_id: m.id, channel_id: c.id, thread_root: m.thread_root, reactions: &all };
        tx.emit(Event::channel(c.id, "reaction.updated", &frame));
    }
    Ok(group(&rows, Some(actor.id)))
}
