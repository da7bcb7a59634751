//! Every table, with its key and value layout. Keys are big-endian so byte order is numeric
//! order; ids sort by creation time, so "by id" also means "by time". Values are records encoded
//! by `codec` (a format byte, then bincode). A name ends in a version: a table whose layout changes
//! gets a new name and a migration.

use redb::{TableDefinition, TableHandle};

pub type Def = TableDefinition<'static, &'static [u8], &'static [u8]>;

const fn def(name: &'static str) -> Def {
    TableDefinition::new(name)
}

/// Settings and bookkeeping. Key: ASCII name (`schema_version`, `last_id`, ...). Value: per key,
/// documented in `meta.rs`.
pub const META: Def = def("meta-1");

/// People. Key: PersonId (u64 BE). Value: `model::Person`.
pub const PEOPLE: Def = def("people-1");
/// Index, unique: lower-cased email (UTF-8) -> PersonId (u64 BE). Deleted people have no row.
pub const PEOPLE_BY_EMAIL: Def = def("people-by-email-1");
/// Index: role (u8: owner 0 .. freelancer 4) ++ PersonId -> empty. Not for deleted people.
/// "Is there another owner?" without reading everyone.
pub const PEOPLE_BY_ROLE: Def = def("people-by-role-1");
/// Index: name key (lower-cased last name, 0, lower-cased first name, 0) ++ PersonId -> empty.
/// Everyone not deleted, in directory order.
pub const PEOPLE_BY_NAME: Def = def("people-by-name-1");
/// Index: the same keys as `PEOPLE_BY_NAME`, for active people only (the directory most see).
pub const ACTIVE_BY_NAME: Def = def("active-by-name-1");

/// Sessions. Key: blake2s-256 of the session token (32 bytes). Value: `model::Session`.
pub const SESSIONS: Def = def("sessions-1");
/// Index: PersonId (u64 BE) ++ session key (32 bytes) -> empty. Ends all of a person's sessions.
pub const SESSIONS_BY_PERSON: Def = def("sessions-by-person-1");

/// Why sessions ended (a role change, deactivation, a new password, ...), so a browser that still
/// holds the cookie can be told. Key: the session key (32 bytes). Value: `model::SessionEnd`.
/// Written in the transaction that ends the sessions; rows expire after `sessions::ENDED_KEPT`
/// and there are at most `sessions::ENDED_MAX` of them.
pub const ENDED_SESSIONS: Def = def("ended-sessions-1");
/// Index: when it ended (ms, u64 BE) ++ session key -> empty. Oldest first, for pruning.
pub const ENDED_BY_TIME: Def = def("ended-by-time-1");

/// Departments. Key: DepartmentId (u64 BE). Value: `model::Department`.
pub const DEPARTMENTS: Def = def("departments-1");
/// Index: DepartmentId (u64 BE) ++ PersonId (u64 BE) -> empty. Members of a department; the
/// primary copy is `Person::departments`.
pub const DEPARTMENT_MEMBERS: Def = def("department-members-1");
/// Index: DepartmentId -> u32 BE, the number of its `DEPARTMENT_MEMBERS` rows.
pub const DEPARTMENT_SIZES: Def = def("department-sizes-1");

/// Audit log, append only. Key: AuditId (u64 BE, so time order). Value: `model::AuditEntry`.
pub const AUDIT: Def = def("audit-1");

/// Index: PersonId (u64 BE) ++ PersonId (u64 BE) -> ChannelId (u64 BE): the direct chat of a
/// pair, written in both directions when the chat is created. Also "who are my direct partners".
pub const DIRECT_PARTNERS: Def = def("direct-partners-1");

/// Invitations. Key: InvitationId (u64 BE). Value: `model::Invitation`.
pub const INVITATIONS: Def = def("invitations-1");
/// Index: hash of every invitation token ever issued (32 bytes) -> InvitationId (u64 BE). A
/// token is live only while it equals `Invitation::token_hash`; older rows say "replaced".
pub const INVITATION_TOKENS: Def = def("invitation-tokens-1");
/// Index: PersonId ++ InvitationId -> empty. The invitations of an invited person.
pub const INVITATIONS_BY_PERSON: Def = def("invitations-by-person-1");

/// The mail outbox. Key: MailId (u64 BE). Value: `model::Mail`.
pub const MAIL: Def = def("mail-1");
/// Index: due time (ms, u64 BE) ++ MailId (u64 BE) -> empty. What the sender does next.
pub const MAIL_DUE: Def = def("mail-due-1");

/// Password resets. Key: hash of the reset token (32 bytes). Value: `model::PasswordReset`.
pub const PASSWORD_RESETS: Def = def("password-resets-1");
/// Index: PersonId ++ reset key (32 bytes) -> empty. Every outstanding reset link of a person, so
/// a new password ends them all.
pub const RESETS_BY_PERSON: Def = def("resets-by-person-1");

/// Channels, direct and group chats. Key: ChannelId (u64 BE). Value: `model::Channel`.
pub const CHANNELS: Def = def("channels-1");
/// Index, unique: lower-cased channel name (UTF-8) -> ChannelId. Named channels only.
pub const CHANNEL_NAMES: Def = def("channel-names-1");
/// Index: lower-cased name, 0, ChannelId (u64 BE) -> empty. Public, unarchived channels, by name:
/// what "browse channels" pages through.
pub const PUBLIC_CHANNELS: Def = def("public-channels-1");
/// Members of a chat. Key: ChannelId ++ PersonId (u64 BE each). Value: empty.
pub const MEMBERS: Def = def("members-1");
/// The mirror of `MEMBERS`: PersonId ++ ChannelId -> empty. "My chats".
pub const MEMBERSHIPS: Def = def("memberships-1");
/// Top-level messages. Key: ChannelId ++ MessageId (u64 BE each). Value: `model::Message`.
/// History pages are range scans here, so their cost does not grow with the chat's size.
pub const MESSAGES: Def = def("messages-1");
/// Thread replies. Key: root MessageId ++ reply MessageId. Value: `model::Message`.
pub const REPLIES: Def = def("replies-1");
/// Where a message lives. Key: MessageId. Value: ChannelId ++ root MessageId (0 if top-level).
pub const MESSAGE_LOCATOR: Def = def("message-locator-1");
/// Idempotent posts. Key: PersonId ++ client_id (UTF-8). Value: MessageId.
pub const CLIENT_IDS: Def = def("client-ids-1");
/// Read positions. Key: PersonId ++ scope (`chat::Scope`: a ChannelId, or a thread's root
/// MessageId; both come from one id sequence, so they never collide). Value: `model::ReadPos`.
pub const READS: Def = def("reads-1");
/// Mentions. Key: PersonId ++ scope (as in `READS`) ++ MessageId. Value: empty. Kept equal to
/// `Message::mentions` of live messages by `chat::save_message`.
pub const MENTIONS: Def = def("mentions-1");
/// Threads a person follows. Key: PersonId ++ root MessageId. Value: the thread's activity
/// (ms, u64 BE: its last reply, else its start), the middle of its `THREAD_ACTIVITY` key.
pub const FOLLOWS: Def = def("follows-2");
/// The mirror of `FOLLOWS`: root MessageId ++ PersonId -> empty. Who follows a thread.
pub const THREAD_FOLLOWERS: Def = def("thread-followers-1");
/// A person's followed threads by latest activity. Key: PersonId ++ activity (ms, u64 BE) ++
/// root MessageId. Value: empty. What the Threads view pages through.
pub const THREAD_ACTIVITY: Def = def("thread-activity-1");

/// Sidebars. Key: PersonId. Value: `model::Sidebar` (pins and folders of one person).
pub const SIDEBARS: Def = def("sidebars-1");
/// Department folders. Key: FolderId. Value: `model::DepartmentFolder`.
pub const DEPARTMENT_FOLDERS: Def = def("department-folders-1");

/// Bots for business processes. Key: BotId. Value: `model::bots::Bot` (with its current
/// definition).
pub const BOTS: Def = def("bots-1");
/// Every version of every bot's definition. Key: BotId ++ version (u64 BE). Value:
/// `model::bots::BotDef`. Requests read the version they were made with.
pub const BOT_VERSIONS: Def = def("bot-versions-1");
/// Requests. Key: RequestId. Value: `model::bots::Request`.
pub const REQUESTS: Def = def("requests-1");
/// Index: PersonId ++ RequestId -> empty, from `Request::participants`.
pub const REQUESTS_BY_PARTICIPANT: Def = def("requests-by-participant-1");
/// Index: requester PersonId ++ RequestId -> empty. "My requests".
pub const REQUESTS_BY_REQUESTER: Def = def("requests-by-requester-1");
/// Index: PersonId ++ RequestId -> empty, from `Request::waiting_for`. "Waiting for me".
pub const REQUESTS_WAITING: Def = def("requests-waiting-1");
/// Index: reminder due time (ms, u64 BE) ++ RequestId -> empty, from `Request::remind_at` of
/// waiting requests. Reminders survive restarts.
pub const REQUEST_REMINDERS: Def = def("request-reminders-1");
/// Index, unique: an approved entry pass's code (UTF-8) -> RequestId, from `Request::pass_code`.
pub const PASS_CODES: Def = def("pass-codes-1");
/// A request's discussion. Key: RequestId ++ CommentId. Value: `model::bots::Comment`.
pub const REQUEST_COMMENTS: Def = def("request-comments-1");
/// The bot's card about a request in one person's chat with the bot. Key: RequestId ++
/// PersonId. Value: `model::bots::Card`.
pub const REQUEST_CARDS: Def = def("request-cards-1");
/// Approved vacations. Key: PersonId ++ RequestId. Value: `model::bots::Absence`.
pub const ABSENCES: Def = def("absences-1");
/// Index: substitute PersonId ++ absent PersonId ++ RequestId -> empty, from
/// `Absence::substitute`. "Whom do I stand in for".
pub const SUBSTITUTES: Def = def("substitutes-1");
/// Bot accounts. Key: PersonId (the account's person). Value: `model::bots::BotAccount`.
pub const BOT_ACCOUNTS: Def = def("bot-accounts-1");
/// Index, unique: hash of a bot account's live API token -> PersonId.
pub const BOT_TOKENS: Def = def("bot-tokens-1");
/// Webhooks, incoming and outgoing. Key: HookId. Value: `model::bots::Hook`.
pub const HOOKS: Def = def("hooks-1");
/// Index, unique: hash of an incoming webhook's token -> HookId.
pub const HOOK_TOKENS: Def = def("hook-tokens-1");
/// Index: ChannelId ++ HookId -> empty. A channel's webhooks.
pub const HOOKS_BY_CHANNEL: Def = def("hooks-by-channel-1");
/// Messages waiting to go to outgoing webhooks. Key: delivery id. Value: `model::bots::Delivery`.
pub const DELIVERIES: Def = def("deliveries-1");
/// Index: due (ms, u64 BE) ++ delivery id -> empty. What the webhook sender does next.
pub const DELIVERIES_DUE: Def = def("deliveries-due-1");
/// Uploaded files. Key: FileId (u64 BE). Value: `model::FileRecord`.
pub const FILES: Def = def("files-1");
/// Blobs on disk. Key: SHA-256 of the content (32 bytes). Value: `model::Blob`. A row exists
/// exactly while some `FILES` row has that hash; the last one's deletion moves the hash to
/// `BLOB_TRASH`.
pub const BLOBS: Def = def("blobs-1");
/// Index: SHA-256 (32 bytes) ++ FileId -> empty. The files sharing a blob.
pub const BLOB_REFS: Def = def("blob-refs-1");
/// Index: ChannelId ++ MessageId ++ FileId -> empty. The files posted in a chat, by message:
/// the chat's Files list (newest first), and the files of a page of history in one range scan.
pub const CHANNEL_FILES: Def = def("channel-files-1");
/// Index: FileId -> empty, for files not posted yet. Ids sort by time, so the orphan sweep
/// reads the old ones from the front.
pub const PENDING_FILES: Def = def("pending-files-1");
/// Files given in a bot request's form. Key: FileId. Value: RequestId (u64 BE). Such a file is
/// no longer pending; those who may see the request may download it.
pub const REQUEST_FILES: Def = def("request-files-1");
/// Blobs whose last file is gone, to be unlinked from disk after the commit. Key: SHA-256.
/// Value: empty. A queue, drained by `files::Blobs`.
pub const BLOB_TRASH: Def = def("blob-trash-1");
/// Messages to (re)index for search, in commit order. Key: a fresh id (u64 BE). Value:
/// MessageId. Written with every change of a message's text, deletion or files; drained by the
/// search indexer, which records in its own commits how far it got.
pub const SEARCH_QUEUE: Def = def("search-queue-1");

/// The language a person chose for the interface, errors and mail. Key: PersonId (u64 BE).
/// Value: ASCII language code (`en`, `ru`, `de`, `es`). No row: they follow their browser.
pub const PERSON_LANGUAGES: Def = def("person-languages-1");
/// Reactions. Key: ChannelId ++ MessageId ++ PersonId (u64 BE each) ++ the emoji (UTF-8).
/// Value: when it was added (ms, u64 BE). One range scan over a chat's key range gives the
/// reactions of a whole history page (its ids are a contiguous range).
pub const REACTIONS: Def = def("reactions-1");
/// Status and notification settings. Key: PersonId. Value: `model::Profile`.
pub const PROFILES: Def = def("profiles-1");
/// Per-chat notification levels other than the chat's default. Key: PersonId ++ ChannelId.
/// Value: one byte, `model::NotifyLevel::code`.
pub const CHAT_NOTIFY: Def = def("chat-notify-1");
/// Index: ChannelId ++ PersonId -> empty, for the members who set a chat to "all messages"
/// (`CHAT_NOTIFY` level `All`): whom the notifier tells of every message of a big channel
/// without looking at every member.
pub const CHAT_LOUD: Def = def("chat-loud-1");
/// Web Push subscriptions. Key: PushSubId. Value: `model::PushSubscription`.
pub const PUSH_SUBS: Def = def("push-subs-1");
/// Index: PersonId ++ PushSubId -> empty. A person's subscriptions.
pub const PUSH_SUBS_BY_PERSON: Def = def("push-subs-by-person-1");
/// Index, unique: blake2s-256 of the endpoint URL -> PushSubId. Subscribing again from the same
/// browser replaces its subscription.
pub const PUSH_ENDPOINTS: Def = def("push-endpoints-1");
/// Pushes to deliver. Key: PushJobId. Value: `model::PushJob`.
pub const PUSH_JOBS: Def = def("push-jobs-1");
/// Index: due time (ms, u64 BE) ++ PushJobId -> empty. What the push sender does next.
pub const PUSH_DUE: Def = def("push-due-1");
/// Messages to notify people about, in commit order. Key: a fresh id (u64 BE). Value:
/// MessageId. Written in the post's own commit (so posting never waits for notifications);
/// drained by the notifier, which decides who hears of it and queues pushes and mail.
pub const NOTIFY_QUEUE: Def = def("notify-queue-1");
/// Direct messages and mentions not yet told by mail. Key: PersonId ++ MessageId. Value:
/// `model::Missed`.
pub const MISSED: Def = def("missed-1");
/// When each person's "what you missed" mail is due. Key: PersonId. Value: `model::MissedState`.
pub const MISSED_STATE: Def = def("missed-state-1");
/// Index: due time (ms) ++ PersonId -> empty, for the people with a `MissedState::due`.
pub const MISSED_DUE: Def = def("missed-due-1");
/// Reminders. Key: ReminderId. Value: `model::Reminder`.
pub const REMINDERS: Def = def("reminders-1");
/// Index: due time (ms) ++ ReminderId -> empty.
pub const REMINDERS_DUE: Def = def("reminders-due-1");
/// Index: PersonId ++ ReminderId -> empty. A person's reminders.
pub const REMINDERS_BY_PERSON: Def = def("reminders-by-person-1");
/// Settings of the server itself that live in the data file. Key: ASCII name. Value: per key
/// (`vapid_key`: the VAPID private key, 32 bytes; see `store::push`).
pub const SERVER_KEYS: Def = def("server-keys-1");

/// Every table, for migrations (which create them) and backups (which copy them).
pub const ALL: &[Def] = &[
    META,
    PEOPLE,
    PEOPLE_BY_EMAIL,
    PEOPLE_BY_ROLE,
    PEOPLE_BY_NAME,
    ACTIVE_BY_NAME,
    SESSIONS,
    SESSIONS_BY_PERSON,
    ENDED_SESSIONS,
    ENDED_BY_TIME,
    DEPARTMENTS,
    DEPARTMENT_MEMBERS,
    DEPARTMENT_SIZES,
    AUDIT,
    DIRECT_PARTNERS,
    INVITATIONS,
    INVITATION_TOKENS,
    INVITATIONS_BY_PERSON,
    MAIL,
    MAIL_DUE,
    PASSWORD_RESETS,
    RESETS_BY_PERSON,
    CHANNELS,
    CHANNEL_NAMES,
    PUBLIC_CHANNELS,
    MEMBERS,
    MEMBERSHIPS,
    MESSAGES,
    REPLIES,
    MESSAGE_LOCATOR,
    CLIENT_IDS,
    READS,
    MENTIONS,
    FOLLOWS,
    THREAD_FOLLOWERS,
    THREAD_ACTIVITY,
    SIDEBARS,
    DEPARTMENT_FOLDERS,
    BOTS,
    BOT_VERSIONS,
    REQUESTS,
    REQUESTS_BY_PARTICIPANT,
    REQUESTS_BY_REQUESTER,
    REQUESTS_WAITING,
    REQUEST_REMINDERS,
    PASS_CODES,
    REQUEST_COMMENTS,
    REQUEST_CARDS,
    ABSENCES,
    SUBSTITUTES,
    BOT_ACCOUNTS,
    BOT_TOKENS,
    HOOKS,
    HOOK_TOKENS,
    HOOKS_BY_CHANNEL,
    DELIVERIES,
    DELIVERIES_DUE,
    FILES,
    BLOBS,
    BLOB_REFS,
    CHANNEL_FILES,
    PENDING_FILES,
    REQUEST_FILES,
    BLOB_TRASH,
    SEARCH_QUEUE,
    PERSON_LANGUAGES,
    REACTIONS,
    PROFILES,
    CHAT_NOTIFY,
    CHAT_LOUD,
    PUSH_SUBS,
    PUSH_SUBS_BY_PERSON,
    PUSH_ENDPOINTS,
    PUSH_JOBS,
    PUSH_DUE,
    NOTIFY_QUEUE,
    MISSED,
    MISSED_STATE,
    MISSED_DUE,
    REMINDERS,
    REMINDERS_DUE,
    REMINDERS_BY_PERSON,
    SERVER_KEYS,
];

pub fn name(d: Def) -> &'static str {
    // `TableDefinition::name` borrows from the definition; the names above are all 'static.
    ALL.iter().find(|t| t.name() == d.name()).map(|t| t.name()).unwrap_or("unknown table")
}
