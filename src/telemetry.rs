//! Logging: tracing to stderr (journald picks it up under systemd), filtered by the `log` key.
//! Nothing logs secrets: passwords and tokens are never passed to a log macro, request paths are
//! logged without query strings, and the configuration is printed with secrets redacted.

use tracing_subscriber::EnvFilter;

/// Installs the global subscriber. `filter` is the `log` configuration value.
pub fn init(filter: &str) -> Result<(), String> {
    let filter = EnvFilter::try_new(filter).map_err(|e| format!("invalid value for log: {e}"))?;
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        .try_init()
        .map_err(|e| e.to_string())
}
