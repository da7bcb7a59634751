//! Bivouac: a company's own messenger and customer-conversation workspace in one executable.
//!
//! # Codemap
//! A request goes: `http` (middleware, routes) -> the domain's handler in `http/<domain>.rs`,
//! where the [`http::session::SignedIn`] extractor authenticates and the body is parsed into
//! validated [`input`] types -> the domain's use case, which re-reads the actor, asks [`policy`]
//! inside a store transaction and writes through [`store::Store::write`] with the proof the policy
//! gave -> events to the live hub after the commit -> the response.
//!
//! The layers, bottom to top. A module imports only from its own layer's leaves and from layers
//! below it; `tests/it/architecture.rs` fails on a circle or an upward import.
//!
//! 1. Leaves (import nothing of ours but each other):
//!    - [`ids`]      typed, time-ordered ids and their base32 form.
//!    - [`clock`]    the injectable clock, RFC 3339, durations.
//!    - [`error`]    the one error type and its JSON body `{"error":{"code","message"}}`.
//!    - [`model`]    the stored records (Person, Channel, Message, ...), plain data.
//!    - [`input`]    validated input newtypes (Email, Name, Password, Body, ...).
//!    - [`i18n`]     languages: the Fluent catalogs, the language a request is answered in, dates
//!      written per language, messages kept in the data file and read in the reader's language.
//!    - [`events`]   live events emitted by writes, each with its audience.
//!    - [`crypto`]   random tokens, token hashes, argon2id with bounded concurrency.
//!    - [`config`]   flags > `BIVOUAC_*` env > TOML file > defaults; secrets redacted.
//!    - [`metrics`], [`telemetry`], [`systemd`]: counters, tracing setup, sd_notify.
//! 2. [`policy`]: roles, permissions, visibility and capabilities; the one place that allows or
//!    denies. Pure: it reads what it needs through its `Facts` trait.
//! 3. [`store`]: the only module that imports redb: tables, keys, codec, migrations, group
//!    commit, pages, index checks. Implements `policy::Facts`; every write takes `policy::Allowed`.
//! 4. Domains, each a set of use cases taking what they need (`&mut WriteTx`, a reader, `&Store`,
//!    `&Passwords`, ...), never the whole application state; lower first:
//!    - [`audit`]    the audit log (recording and reading).
//!    - [`auth`]     setup, sign-in, sessions, rate limits.
//!    - [`mail`]     letters, the SMTP transport, the outbox sender, mail status and test email.
//!    - [`invites`]  invitations, accepting them, password resets (uses `auth`, `audit`, `mail`).
//!    - [`people`]   directory, cards, roles, deactivation, departments (uses `invites` too).
//!    - [`workspace`] the company's name, accent colour (with contrast kept) and language.
//!    - [`files`]    uploads, blobs on disk (content-addressed), thumbnails, who may download.
//!    - [`chat`]     channels, chats, messages, threads, reactions, read positions (attaches
//!      files).
//!    - [`sidebar`]  pinned chats and people, folders (uses `chat` for unread counts).
//!    - [`bots`]     bots for business processes: forms, approval routes, requests, cards in the
//!      bot's chats, reminders, built-in bots (uses `chat`).
//!    - [`search`]   the full-text index (tantivy, derived data beside the redb file), its
//!      indexer, and queries with permissions inside them (uses `chat`, `people`, `files`).
//!    - [`realtime`] the live hub: per-person connections, fan-out after commit, presence.
//!    - [`notify`]   status and notification settings, per-chat levels, Web Push (VAPID,
//!      subscriptions, the durable push queue and its sender), the notifier that decides who
//!      hears of a message, and the "what you missed" mail (uses `chat`, `mail`, `realtime`).
//!    - [`disk`]     the low-disk guard; [`control`] backup, restore and check over a socket.
//! 5. [`http`]: every handler (`http/<domain>.rs`), the one shared state type (`http::state`),
//!    the session extractor, middleware, security headers, web assets.
//! 6. [`app`]: builds store, hub, mailer and HTTP server, wires routes, health, metrics and the
//!    background tasks; graceful stop; the commands. `main.rs` parses the command line.
//!
//! # Architecture invariants
//! - Nothing outside `src/store` imports redb, and no public store function exposes a redb type.
//! - Every allow/deny and every visibility question goes through [`policy`]; nobody else compares
//!   roles (not the handlers, not the use cases, not the web UI, which shows what `can` says).
//! - Every store write takes the policy's `Allowed` proof; `policy::system` is only for writes
//!   nobody asked for (mail sender, access-end sweep, start-up, session bookkeeping).
//! - A primary row and all its index rows are written in the same write transaction, by one
//!   function in `src/store/<entity>.rs`; `store::Store::verify` checks every index.
//! - Every list that can grow is read a page at a time from an index, at the same cost per page
//!   whatever its size.
//! - Nobody is answered before the commit holding their write is durable.
//! - No password, token or secret is written to a log.
//! - Every error a client sees is `{"error":{"code","message"}}` with a 4xx status, or a 5xx with
//!   a generic message and the detail in the log.
//! - Every sentence written for a person (an error's message, a mail, a bot's message, an audit
//!   detail) is a catalog message (`msg!`, `web/i18n/<lang>/server.ftl`) rendered in the reader's
//!   language; `Error`'s constructors take an `i18n::Msg`, never a string, so English alone cannot
//!   come back. The web UI's words are in `ui.ftl`, through `t()`.

pub mod app;
pub mod audit;
pub mod auth;
pub mod bots;
pub mod chat;
pub mod clock;
pub mod config;
pub mod control;
pub mod crypto;
pub mod disk;
pub mod error;
pub mod events;
pub mod files;
pub mod http;
pub mod i18n;
pub mod ids;
pub mod input;
pub mod invites;
pub mod mail;
pub mod metrics;
pub mod model;
pub mod notify;
pub mod people;
pub mod policy;
pub mod realtime;
pub mod search;
pub mod sidebar;
pub mod store;
pub mod systemd;
pub mod telemetry;
pub mod workspace;
