//! The one state every handler reaches (`web::Data<AppState>`): the services a request needs.
//! `app` builds it; handlers hand its parts (never the whole) to the use cases.

use std::sync::Arc;

use crate::auth::Lifetimes;
use crate::auth::limiter::Limiter;
use crate::clock::SharedClock;
use crate::config::Config;
use crate::crypto::{Passwords, Secret};
use crate::disk::Disk;
use crate::mail::Mailer;
use crate::mail::sender::Outbox;
use crate::metrics::Metrics;
use crate::realtime::Hub;
use crate::store::Store;

pub struct AppState {
    pub config: Arc<Config>,
    /// The address put into links, without a trailing slash.
    pub base_url: String,
    pub store: Store,
    pub clock: SharedClock,
    pub passwords: Passwords,
    pub limiter: Arc<Limiter>,
    pub metrics: Arc<Metrics>,
    pub mailer: Mailer,
    pub outbox: Outbox,
    pub hub: Hub,
    /// The low-disk guard's threshold and state.
    pub disk: Arc<Disk>,
    /// The key mail tokens are derived from (`<data_dir>/secret.key`).
    pub secret: Secret,
    /// When each session was last used.
    pub activity: Arc<crate::auth::Activity>,
    /// The bytes of uploaded files, on disk.
    pub blobs: crate::files::Blobs,
    /// The search index and its indexer.
    pub search: crate::search::Search,
    /// The Web Push sender (and the VAPID key).
    pub pusher: crate::notify::push::Pusher,
    /// Wakes the notifier when a message is posted.
    pub notifier: crate::notify::planner::Notifier,
    /// Stops the "what you missed" mail task.
    pub missed: crate::notify::missed::Stop,
    /// Stops the reminder task.
    pub reminders: crate::notify::reminders::Stop,
    /// The workspace's language, as stored (set at start, at setup and by its Owner): what a
    /// request whose browser asks for none of ours is answered in.
    pub workspace_language: Arc<crate::i18n::SharedLang>,
}

impl AppState {
    pub fn lifetimes(&self) -> Lifetimes {
        Lifetimes { idle: self.config.session_idle_timeout, max_age: self.config.session_max_age }
    }

    /// The words mails need: the base address and the invitation lifetime.
    pub fn invite_context(&self) -> crate::invites::Context {
        crate::invites::Context {
            base_url: self.base_url.clone(),
            ttl: self.config.invitation_ttl,
            secret: self.secret.clone(),
        }
    }
}
