//! Builds the whole server from a [`Config`]: store, background tasks and the HTTP server bound to
//! its port (port 0 in tests). [`Application::build`] returns once the store is open, migrations
//! have run and the socket is bound; [`Running::stop`] shuts down in order.
//!
//! Layer: the top. It wires the HTTP routes, health, metrics, the live hub, the mail sender and
//! the background tasks; nothing imports it but `main.rs`.

use std::sync::Arc;

use actix_web::middleware::from_fn;
use actix_web::{App, HttpServer, web};

use crate::auth::limiter::Limiter;
use crate::clock::SharedClock;
use crate::config::Config;
use crate::crypto::Passwords;
use crate::disk::Disk;
use crate::http::AppState;
use crate::mail::Mailer;
use crate::mail::sender::Outbox;
use crate::metrics::Metrics;
use crate::realtime::Hub;
use crate::store::Store;
use crate::{auth, http};

mod cli;
mod tasks;

pub use cli::command;

pub struct Application {
    server: actix_web::dev::Server,
    state: web::Data<AppState>,
    port: u16,
    setup_link: Option<String>,
}

impl Application {
    pub async fn build(config: Config, clock: SharedClock) -> Result<Application, String> {
        let listener = std::net::TcpListener::bind(config.listen)
            .map_err(|e| format!("cannot listen on {}: {e}", config.listen))?;
        let port = listener.local_addr().map_err(|e| e.to_string())?.port();
        let base_url = config.base_url_for_port(port);
        let (events, events_rx) = tokio::sync::mpsc::unbounded_channel();
        let store = Store::open(&config.data_dir, clock.clone(), Some(events)).map_err(|e| e.to_string())?;
        let setup_link = auth::prepare_setup(&store, &config.data_dir, &base_url).await.map_err(|e| e.message)?;
        let secret = crate::crypto::Secret::load_or_create(&config.data_dir).map_err(|e| {
            format!("cannot read or create {}: {e}", config.data_dir.join(crate::crypto::Secret::FILE).display())
        })?;
        crate::mail::sender::check_secret(&store, &secret).await.map_err(|e| e.message)?;
        crate::bots::builtin::ensure(&store).await.map_err(|e| e.message)?;
        let blobs = crate::files::Blobs::open(&config.data_dir)
            .map_err(|e| format!("cannot use the files directory in {}: {e}", config.data_dir.display()))?;
        let search = crate::search::Search::start(&config.data_dir, store.clone()).map_err(|e| e.message)?;
        let vapid = crate::notify::push::Vapid::load_or_create(&store, vapid_subject(&base_url, &config))
            .await
            .map_err(|e| e.message)?;
        let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
        let workers = if config.workers == 0 { cores } else { config.workers };
        let workspace_language =
            store.read().and_then(|r| crate::store::languages::workspace(&r)).map_err(|e| e.message)?;
        let state = web::Data::new(AppState {
            config: Arc::new(config.clone()),
            base_url: base_url.clone(),
            store: store.clone(),
            clock: clock.clone(),
            // Half the cores at most: a flood of sign-ins must leave room for everything else.
            passwords: Passwords::new(cores / 2),
            limiter: Arc::new(Limiter::new(clock)),
            metrics: Arc::new(Metrics::default()),
            mailer: Mailer::new(config.smtp.clone(), &base_url),
            outbox: Outbox::default(),
            hub: Hub::start(store.clone(), events_rx, config.live_per_person),
            disk: Arc::new(Disk::new(config.min_free_disk)),
            secret,
            activity: Arc::default(),
            blobs,
            search,
            pusher: crate::notify::push::Pusher::new(vapid),
            notifier: Default::default(),
            missed: Default::default(),
            reminders: Default::default(),
            workspace_language: Arc::new(crate::i18n::SharedLang::new(workspace_language)),
        });
        let https = base_url.starts_with("https://");
        let max_body = config.max_body;
        let app_state = state.clone();
        let server = HttpServer::new(move || {
            App::new()
                .app_data(app_state.clone())
                .app_data(http::json_config(max_body))
                .app_data(http::query_config())
                .app_data(http::path_config())
                .app_data(web::PayloadConfig::new(max_body))
                .wrap(http::json_errors())
                .wrap(http::security_headers(https))
                .wrap(from_fn(http::trace_requests))
                .configure(http::routes)
                .default_service(web::to(http::fallback))
        })
        .listen(listener)
        .map_err(|e| e.to_string())?
        .workers(workers)
        .disable_signals()
        .shutdown_timeout(10)
        .run();
        if config.listen.ip().is_unspecified() {
            tracing::info!(
                "Bivouac is serving on all interfaces, port {port} ({}): open {base_url} on this machine, \
                 or http://<this server's address>:{port} from elsewhere",
                config.listen
            );
        } else {
            tracing::info!("Bivouac is serving on {} ({base_url})", config.listen);
        }
        if config.base_url.is_none() && !config.listen.ip().is_loopback() {
            tracing::warn!(
                "base_url is not set, so links in mails point to {base_url}, and live updates work only for \
                 pages opened there. Set base_url to the address people open (--base-url, BIVOUAC_BASE_URL, \
                 or base_url in the config file), e.g. http://203.0.113.5:{port} or https://chat.example.com"
            );
        }
        Ok(Application { server, state, port, setup_link })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn setup_link(&self) -> Option<&str> {
        self.setup_link.as_deref()
    }

    pub fn state(&self) -> web::Data<AppState> {
        self.state.clone()
    }

    /// Starts serving in the background.
    pub fn start(self) -> Running {
        let handle = self.server.handle();
        let task = tokio::spawn(self.server);
        let s = &self.state;
        // The mail sender comes first: it is awaited on stop; the others are aborted.
        let background = vec![
            tokio::spawn(crate::mail::sender::run(
                s.store.clone(),
                s.mailer.clone(),
                s.outbox.clone(),
                s.secret.clone(),
            )),
            tokio::spawn(tasks::sweep_expired_access(s.store.clone())),
            tokio::spawn(crate::disk::guard(s.store.clone(), s.config.data_dir.clone(), s.disk.clone())),
            tokio::spawn(tasks::feed_watchdog(s.store.clone())),
            tokio::spawn(crate::bots::reminders::run(s.store.clone())),
            tokio::spawn(crate::bots::outgoing::run(s.store.clone(), s.secret.clone(), s.config.allow_private_targets)),
            tokio::spawn(crate::control::serve(
                s.store.clone(),
                s.config.data_dir.clone(),
                s.blobs.clone(),
                s.search.clone(),
            )),
            tokio::spawn(crate::files::housekeeping(s.store.clone(), s.blobs.clone())),
            tokio::spawn(crate::notify::planner::run(
                s.store.clone(),
                s.hub.board.clone(),
                s.pusher.clone(),
                s.notifier.clone(),
            )),
            tokio::spawn(crate::notify::push::run(s.store.clone(), s.pusher.clone())),
            tokio::spawn(crate::notify::reminders::run(s.store.clone(), s.pusher.clone(), s.reminders.clone())),
            tokio::spawn(crate::notify::missed::run(
                s.store.clone(),
                s.base_url.clone(),
                s.outbox.clone(),
                s.missed.clone(),
            )),
        ];
        Running { handle, task, background, state: self.state, port: self.port }
    }
}

pub struct Running {
    handle: actix_web::dev::ServerHandle,
    task: tokio::task::JoinHandle<std::io::Result<()>>,
    background: Vec<tokio::task::JoinHandle<()>>,
    pub state: web::Data<AppState>,
    pub port: u16,
}

impl Running {
    /// Graceful stop: no new connections, in-flight requests finish, then queued writes are
    /// committed and the store is closed.
    pub async fn stop(self) {
        // Live connections would hold the graceful stop open: close them first ("going away";
        // clients reconnect to the restarted server and catch up).
        self.state.hub.shutdown();
        self.handle.stop(true).await;
        let _ = self.task.await;
        // The mail sender finishes the attempt in hand (its outcome is recorded); the sweeper,
        // which only ever starts idempotent writes, is simply stopped.
        self.state.outbox.stop();
        self.state.notifier.stop();
        self.state.pusher.stop();
        self.state.missed.stop();
        self.state.reminders.stop();
        let mut background = self.background.into_iter();
        if let Some(sender) = background.next()
            && tokio::time::timeout(std::time::Duration::from_secs(10), sender).await.is_err()
        {
            tracing::warn!("the mail sender did not stop within 10s");
        }
        background.for_each(|t| t.abort());
        let search = self.state.search.clone();
        let _ = tokio::task::spawn_blocking(move || search.stop()).await;
        let store = self.state.store.clone();
        let released = store.released();
        let _ = tokio::task::spawn_blocking(move || store.close()).await;
        let socket = self.state.config.data_dir.join(crate::control::SOCKET);
        drop(self.state);
        let _ = std::fs::remove_file(socket);
        // Tasks that held a handle (the hub, a request's background touch) let go within moments;
        // once they have, the data file is free for the next process or `bivouac check`.
        if !released.wait(std::time::Duration::from_secs(10)).await {
            tracing::warn!("the data file was still in use 10s after stopping");
        }
    }
}

/// The contact push services see in VAPID tokens (RFC 8292 `sub`): the sender address of mail,
/// else `mailto:bivouac@<host of base_url>`.
fn vapid_subject(base_url: &str, config: &Config) -> String {
    let host = base_url.split("://").nth(1).unwrap_or("localhost").split(['/', ':']).next().unwrap_or("localhost");
    format!("mailto:{}", config.smtp.from.clone().unwrap_or_else(|| format!("bivouac@{host}")))
}

/// `bivouac serve`: runs until SIGTERM or SIGINT (then stops gracefully and returns Ok), or until
/// the data file fails (then stops and returns Err, so the process exits non-zero and systemd
/// restarts it).
pub async fn serve(config: Config) -> Result<(), String> {
    tracing::info!("configuration:{}", config.describe());
    let clock: SharedClock = Arc::new(crate::clock::SystemClock);
    let running = Application::build(config, clock).await?.start();
    crate::systemd::notify("READY=1");
    let failed = tasks::wait_for_signal_or_failure(&running.state.store).await;
    crate::systemd::notify("STOPPING=1");
    tracing::info!("stopping: finishing requests and writes");
    running.stop().await;
    match failed {
        None => {
            tracing::info!("stopped");
            Ok(())
        }
        Some(why) => Err(why),
    }
}
