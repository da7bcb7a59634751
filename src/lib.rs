//! Bivouac: a company's own messenger and customer-conversation workspace in one executable.
//!
//! # Codemap
//! A request goes: `http` (middleware, routes) -> a domain's `http.rs` handler, where the
//! [`auth::SignedIn`] extractor authenticates -> the domain's use case, which asks [`policy`] inside
//! a store transaction and writes through [`store::Store::write`] -> events to the live hub after
//! the commit -> the response.
//!
//! - `main.rs`    command line: serve (default), check, backup, restore.
//! - [`app`]      builds store, background tasks and HTTP server; graceful stop; the commands.
//! - [`control`]  backup, restore and check, through a Unix socket to the running server.
//! - [`systemd`]  sd_notify (READY, STOPPING, WATCHDOG) without a library.
//! - [`config`]   flags > `BIVOUAC_*` env > TOML file > defaults; secrets redacted.
//! - [`error`]    the one error type and its JSON body `{"error":{"code","message"}}`.
//! - [`http`]     routes of every domain, body limits, security headers, request ids, web assets.
//! - [`store`]    the only module that imports redb: tables, keys, codec, migrations, group commit, checks.
//! - [`model`]    the stored records (Person, Session, Department, ...), plain data.
//! - [`policy`]   roles, permissions, visibility: the one place that allows or denies.
//! - [`auth`]     setup, sign-in, sessions, CSRF, rate limits.
//! - [`people`]   directory, cards, roles, deactivation, departments, audit log.
//! - [`invites`]  invitations, accepting them, password resets.
//! - [`mail`]     letters, the SMTP transport, the outbox sender, the test email.
//! - [`chat`]     channels, direct and group chats, messages, threads, read positions.
//! - [`sidebar`]  pinned chats and people, folders, department folders.
//! - [`realtime`] the WebSocket hub: per-person connections, fan-out after commit.
//! - [`events`]   live events emitted by writes, each with its audience.
//! - [`crypto`]   random tokens, token hashes, argon2id with bounded concurrency.
//! - [`clock`]    the injectable clock, RFC 3339, durations.
//! - [`ids`]      typed, time-ordered ids and their base32 form.
//! - [`metrics`]  Prometheus counters and histograms.
//! - [`telemetry`] tracing setup.
//!
//! # Architecture invariants
//! - Nothing outside `src/store` imports redb.
//! - Every allow/deny and every visibility question goes through [`policy`]; handlers never
//!   compare roles themselves.
//! - A primary row and all its index rows are written in the same write transaction, by one
//!   function in `src/store/<entity>.rs`; `store::Store::verify` checks them.
//! - Nobody is answered before the commit holding their write is durable.
//! - No password, token or secret is written to a log.
//! - Every error a client sees is `{"error":{"code","message"}}` with a 4xx status, or a 5xx with
//!   a generic message and the detail in the log.

pub mod app;
pub mod audit;
pub mod auth;
pub mod chat;
pub mod clock;
pub mod config;
pub mod control;
pub mod crypto;
pub mod disk;
pub mod error;
pub mod events;
pub mod http;
pub mod ids;
pub mod input;
pub mod invites;
pub mod mail;
pub mod metrics;
pub mod model;
pub mod people;
pub mod policy;
pub mod realtime;
pub mod sidebar;
pub mod store;
pub mod systemd;
pub mod telemetry;
