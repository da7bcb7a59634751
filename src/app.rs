//! Builds the whole server from a [`Config`]: store, background tasks and the HTTP server bound to
//! its port (port 0 in tests). [`Application::build`] returns once the store is open, migrations
//! have run and the socket is bound; [`Running::stop`] shuts down in order.

use std::sync::Arc;

use actix_web::middleware::from_fn;
use actix_web::{App, HttpServer, web};

use crate::auth::limiter::Limiter;
use crate::clock::SharedClock;
use crate::config::Config;
use crate::crypto::Passwords;
use crate::mail::Mailer;
use crate::mail::sender::Outbox;
use crate::metrics::Metrics;
use crate::realtime::Hub;
use crate::store::Store;
use crate::{auth, http};

/// What every handler can reach (`web::Data<AppState>`).
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
}

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
        let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
        let workers = if config.workers == 0 { cores } else { config.workers };
        let state = web::Data::new(AppState {
            config: Arc::new(config.clone()),
            base_url: base_url.clone(),
            store: store.clone(),
            clock: clock.clone(),
            passwords: Passwords::new(cores),
            limiter: Arc::new(Limiter::new(clock)),
            metrics: Arc::new(Metrics::default()),
            mailer: Mailer::new(config.smtp.clone(), &base_url),
            outbox: Outbox::default(),
            hub: Hub::start(store.clone(), events_rx),
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
        tracing::info!("Bivouac is serving on {} ({base_url})", config.listen);
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
        let background = vec![
            tokio::spawn(crate::mail::sender::run(s.store.clone(), s.mailer.clone(), s.outbox.clone())),
            tokio::spawn(sweep_expired_access(s.store.clone())),
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
        let mut background = self.background.into_iter();
        if let Some(sender) = background.next()
            && tokio::time::timeout(std::time::Duration::from_secs(10), sender).await.is_err()
        {
            tracing::warn!("the mail sender did not stop within 10s");
        }
        background.for_each(|t| t.abort());
        let store = self.state.store.clone();
        let _ = tokio::task::spawn_blocking(move || store.close()).await;
    }
}

/// Every few seconds, ends the sessions (and live connections) of people whose access end date
/// has passed. Requests are refused at that moment anyway; this closes what is still open.
async fn sweep_expired_access(store: crate::store::Store) {
    loop {
        tokio::time::sleep(std::time::Duration::from_secs(2)).await;
        let due = store.read().and_then(|r| {
            let now = crate::store::Reader::now(&r);
            Ok(crate::store::people::all(&r)?.iter().any(|p| crate::people::access_end_due(p, now)))
        });
        match due {
            Ok(true) => {
                if let Err(e) = store.write(crate::people::end_expired_access).await {
                    tracing::warn!(error = %e, "could not end expired access");
                }
            }
            Ok(false) => {}
            Err(_) if store.failed() => return,
            Err(_) => {}
        }
    }
}

/// `bivouac serve`: runs until SIGTERM or SIGINT, then stops gracefully.
pub async fn serve(config: Config) -> Result<(), String> {
    tracing::info!("configuration:{}", config.describe());
    let clock: SharedClock = Arc::new(crate::clock::SystemClock);
    let running = Application::build(config, clock).await?.start();
    wait_for_signal().await;
    tracing::info!("stopping: finishing requests and writes");
    running.stop().await;
    tracing::info!("stopped");
    Ok(())
}

async fn wait_for_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let (Ok(mut term), Ok(mut int)) = (signal(SignalKind::terminate()), signal(SignalKind::interrupt())) else {
            let _ = tokio::signal::ctrl_c().await;
            return;
        };
        tokio::select! {
            _ = term.recv() => {}
            _ = int.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = tokio::signal::ctrl_c().await;
}

/// Runs one command of the command line.
pub async fn command(command: &str, config: Config, file: Option<String>) -> Result<(), String> {
    let _ = file;
    match command {
        "serve" => serve(config).await,
        "check" => check(&config),
        other => Err(format!("unknown command {other}; see bivouac --help")),
    }
}

/// `bivouac check`: redb's integrity check plus every index and invariant, on a stopped server's
/// data file. Prints what it found; fails if anything is wrong.
fn check(config: &Config) -> Result<(), String> {
    let path = config.data_dir.join(crate::store::DATA_FILE);
    let problems = crate::store::check_file(&path).map_err(|e| e.to_string())?;
    if problems.is_empty() {
        println!("{}: the data file and every index are consistent", path.display());
        Ok(())
    } else {
        for p in &problems {
            println!("problem: {p}");
        }
        Err(format!("{} problem(s) found in {}", problems.len(), path.display()))
    }
}
