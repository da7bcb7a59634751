//! Logging: tracing to stderr (journald picks it up under systemd), filtered by the `log` key.
//! Nothing logs secrets: passwords and tokens are never passed to a log macro, request paths are
//! logged without query strings, and the configuration is printed with secrets redacted.

use tracing_subscriber::EnvFilter;

/// Installs the global subscriber. `filter` is the `log` configuration value. Colours only on a
/// terminal: under systemd, journald (and any file or pipe) gets plain text.
pub fn init(filter: &str) -> Result<(), String> {
    use std::io::IsTerminal;
    let filter = EnvFilter::try_new(filter).map_err(|e| format!("invalid value for log: {e}"))?;
    let colours = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(colours)
        .with_target(false)
        .try_init()
        .map_err(|e| e.to_string())
}
