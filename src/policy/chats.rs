//! The chats axis: channels, direct and group chats, messages, threads, read positions and the
//! sidebar.

use serde::Serialize;

use super::{Actor, Allowed, Facts, deny, is_admin, people};
use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::ids::PersonId;
use crate::model::{Channel, ChannelKind, FileRecord, Message, Person, PersonState, Role};
use crate::msg;

#[derive(Clone, Copy, Debug)]
pub enum Action<'a> {
    CreateChannel,
    /// List public channels one is not in.
    BrowseChannels,
    JoinChannel(&'a Channel),
    /// Read a chat's messages and details, mark it read, follow its threads (members only).
    ReadChannel(&'a Channel),
    /// See a public channel's name, description and member count without being in it.
    SeeChannel(&'a Channel),
    Post(&'a Channel),
    /// Rename, describe, make private or public, archive.
    ManageChannel(&'a Channel),
    /// Add people: a channel's creator and administrators; any member of a group chat.
    AddMembers(&'a Channel),
    /// Take someone else out: the chat's creator and administrators (anyone may leave).
    RemoveMember {
        channel: &'a Channel,
        target: PersonId,
    },
    /// Leave a channel or group chat.
    Leave(&'a Channel),
    /// Start a direct or group chat with, or add to a chat, this person.
    ChatWith(&'a Person),
    /// Mention this person in this chat.
    Mention {
        channel: &'a Channel,
        target: &'a Person,
    },
    EditMessage(&'a Message),
    DeleteMessage {
        message: &'a Message,
        channel: &'a Channel,
    },
    /// Change one's own pins and folders.
    EditSidebar,
    /// Define folders that every member of a department sees.
    ManageDepartmentFolders,
    /// Upload a file (it is seen by nobody until posted in a chat).
    UploadFile,
    /// Post this uploaded file with a message: only its uploader, only once.
    AttachFile(&'a FileRecord),
    /// Download an upload not sent yet (its own uploader only: the preview of a message being
    /// sent).
    ReadUpload(&'a FileRecord),
    /// Search the chats one may read, the directory and the channels one may see.
    Search,
    /// Add or take back one's own emoji reaction on a message of this chat.
    React(&'a Channel),
    /// Choose how much of this chat notifies oneself (all, mentions, nothing), or be reminded
    /// of one of its messages.
    TuneNotifications(&'a Channel),
}

pub fn check(f: &impl Facts, actor: &Actor, action: Action<'_>) -> Result<Allowed> {
    let ok = |name| Ok(Allowed::by(actor, name));
    match action {
        Action::CreateChannel => {
            if actor.role != Role::Freelancer {
                ok("create channel")
            } else {
                Err(deny(msg!("deny-create-channels")))
            }
        }
        Action::BrowseChannels => {
            if actor.role != Role::Freelancer {
                ok("browse channels")
            } else {
                Err(deny(msg!("deny-browse-channels")))
            }
        }
        Action::JoinChannel(c) => {
            let _ = check(f, actor, Action::SeeChannel(c))?;
            if c.archived {
                return Err(Error::conflict("channel_archived", msg!("channel-archived-join")));
            }
            ok("join channel")
        }
        Action::ReadChannel(c) => {
            if f.is_member(c.id, actor.id)? {
                ok("read chat")
            } else {
                Err(Error::not_found("chat"))
            }
        }
        Action::SeeChannel(c) => {
            let public = c.kind == ChannelKind::Channel && !c.private;
            if f.is_member(c.id, actor.id)? || public && actor.role != Role::Freelancer {
                ok("see channel")
            } else {
                Err(Error::not_found("chat"))
            }
        }
        Action::Post(c) => {
            let _ = check(f, actor, Action::ReadChannel(c))?;
            if c.archived {
                return Err(Error::conflict("channel_archived", msg!("channel-archived-read-only")));
            }
            ok("post")
        }
        Action::ManageChannel(c) => {
            let _ = check(f, actor, Action::SeeChannel(c))?;
            if runs(f, actor, c, false)? { ok("manage chat") } else { Err(refusal(c, msg!("deny-manage-channel"))) }
        }
        Action::AddMembers(c) => {
            let _ = check(f, actor, Action::SeeChannel(c))?;
            if runs(f, actor, c, false)? { ok("add members") } else { Err(refusal(c, msg!("deny-add-members"))) }
        }
        Action::RemoveMember { channel: c, target } => {
            if target == actor.id {
                return check(f, actor, Action::Leave(c));
            }
            let _ = check(f, actor, Action::SeeChannel(c))?;
            if !runs(f, actor, c, true)? {
                return Err(refusal(c, msg!("deny-remove-members")));
            }
            if c.archived {
                return Err(Error::conflict("channel_archived", msg!("channel-archived-members")));
            }
            ok("remove a member")
        }
        Action::Leave(c) => {
            let _ = check(f, actor, Action::ReadChannel(c))?;
            if c.kind == ChannelKind::Direct {
                return Err(Error::invalid("direct_chat", msg!("direct-chat-leave")));
            }
            ok("leave chat")
        }
        Action::ChatWith(target) => {
            if !people::can_see(f, actor, target)? {
                return Err(Error::not_found("person"));
            }
            if target.state != PersonState::Active {
                return Err(Error::invalid("person_inactive", msg!("person-inactive", name = target.full_name())));
            }
            ok("chat with")
        }
        Action::Mention { channel, target } => {
            let partner = actor.role != Role::Freelancer || f.have_direct_chat(actor.id, target.id)?;
            if !partner || !people::can_see(f, actor, target)? {
                return Err(mention_refused());
            }
            if !f.is_member(channel.id, target.id)? {
                return Err(Error::invalid(
                    "mention_not_allowed",
                    msg!("mention-not-member", name = target.full_name()),
                ));
            }
            ok("mention")
        }
        Action::EditMessage(m) => {
            if m.author == actor.id {
                ok("edit message")
            } else {
                Err(deny(msg!("deny-edit-message")))
            }
        }
        Action::DeleteMessage { message, channel } => {
            if message.author == actor.id || moderates(actor, channel) {
                ok("delete message")
            } else {
                Err(deny(msg!("deny-delete-message")))
            }
        }
        Action::EditSidebar => ok("edit own sidebar"),
        Action::ManageDepartmentFolders => {
            if is_admin(actor.role) {
                ok("manage department folders")
            } else {
                Err(deny(msg!("deny-department-folders")))
            }
        }
        Action::UploadFile => ok("upload file"),
        Action::AttachFile(file) => {
            // Someone else's upload is answered like one that does not exist.
            if file.uploader != actor.id {
                return Err(Error::invalid("invalid_file", msg!("file-not-yours")));
            }
            if file.message.is_some() || f.file_given_to_request(file.id)? {
                return Err(Error::invalid("invalid_file", msg!("file-already-sent")));
            }
            ok("attach file")
        }
        Action::ReadUpload(file) => {
            if file.uploader == actor.id && file.message.is_none() {
                ok("read own upload")
            } else {
                Err(Error::not_found("file"))
            }
        }
        Action::Search => ok("search"),
        Action::React(c) => {
            let _ = check(f, actor, Action::ReadChannel(c))?;
            if c.archived {
                return Err(Error::conflict("channel_archived", msg!("channel-archived-read-only")));
            }
            ok("react")
        }
        Action::TuneNotifications(c) => {
            let _ = check(f, actor, Action::ReadChannel(c))?;
            ok("tune notifications")
        }
    }
}

/// The answer to a mention of someone one may not mention, or of an id that does not exist: the
/// same words for both.
pub fn mention_refused() -> Error {
    Error::invalid("mention_not_allowed", msg!("mention-not-allowed"))
}

/// Who runs a chat: a channel's creator and administrators; in a group chat any member, or with
/// `strict` (taking others out) only its creator and administrators who are in it; nobody runs a
/// direct chat.
fn runs(f: &impl Facts, actor: &Actor, c: &Channel, strict: bool) -> Result<bool> {
    let in_charge = c.creator == actor.id || is_admin(actor.role);
    Ok(match c.kind {
        ChannelKind::Channel => in_charge,
        ChannelKind::Group => f.is_member(c.id, actor.id)? && (!strict || in_charge),
        ChannelKind::Direct => false,
    })
}

fn refusal(c: &Channel, what: Msg) -> Error {
    if c.kind == ChannelKind::Direct { Error::forbidden("direct_chat", msg!("direct-chat-two")) } else { deny(what) }
}

/// Administrators delete anyone's messages in channels (not in private chats).
fn moderates(actor: &Actor, c: &Channel) -> bool {
    c.kind == ChannelKind::Channel && is_admin(actor.role)
}

/// What the viewer may do in one chat: the buttons and menus the web UI shows.
#[derive(Serialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct ChatCan {
    pub post: bool,
    /// Rename, describe, make private or public (channels) and archive.
    pub manage: bool,
    pub add_members: bool,
    pub remove_members: bool,
    pub leave: bool,
    pub join: bool,
    /// Delete other people's messages.
    pub moderate: bool,
    /// Add emoji reactions to messages.
    pub react: bool,
}

pub fn can(f: &impl Facts, actor: &Actor, c: &Channel) -> Result<ChatCan> {
    let allowed = |a: Action<'_>| check(f, actor, a).is_ok();
    let member = f.is_member(c.id, actor.id)?;
    let manage = allowed(Action::ManageChannel(c));
    // Whether the viewer may take others out (the target does not change the answer).
    let remove = allowed(Action::RemoveMember { channel: c, target: PersonId(0) });
    Ok(ChatCan {
        post: member && allowed(Action::Post(c)),
        manage: manage && c.kind == ChannelKind::Channel,
        add_members: allowed(Action::AddMembers(c)) && !c.archived,
        remove_members: remove,
        leave: member && allowed(Action::Leave(c)),
        join: !member && c.kind == ChannelKind::Channel && !c.private && allowed(Action::JoinChannel(c)),
        moderate: member && moderates(actor, c),
        react: member && allowed(Action::React(c)),
    })
}
