//! Configuration: command-line flags > `BIVOUAC_*` environment variables > TOML file (`--config`)
//! > defaults.
//!
//! Every key is named once, in [`KEYS`]; its flag (`smtp.host` -> `--smtp-host`) and environment
//! name (`BIVOUAC_SMTP_HOST`) are derived from it, so the three sources cannot drift apart. Each
//! source is read into a map of key -> text; the maps are merged by precedence and then every value
//! is parsed once, with an error that names the key and where the value came from.

use std::collections::BTreeMap;
use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use crate::clock::{format_duration, parse_duration};

pub struct KeyDef {
    pub key: &'static str,
    pub default: &'static str,
    /// What `--help` shows as the default when it is worked out from other keys (else `default`).
    pub shown: &'static str,
    pub secret: bool,
    pub help: &'static str,
}

const fn key(key: &'static str, default: &'static str, help: &'static str) -> KeyDef {
    KeyDef { key, default, shown: "", secret: false, help }
}

/// A key whose default is worked out from other keys; `shown` says how.
const fn derived(key: &'static str, shown: &'static str, help: &'static str) -> KeyDef {
    KeyDef { key, default: "", shown, secret: false, help }
}

const fn secret(key: &'static str, help: &'static str) -> KeyDef {
    KeyDef { key, default: "", shown: "", secret: true, help }
}

/// Every configuration key. README's configuration table is generated from the same facts
/// (`bivouac --help` prints them).
pub const KEYS: &[KeyDef] = &[
    key("listen", "0.0.0.0:8080", "address and port to serve on"),
    key("data_dir", "./bivouac-data", "directory holding the data file and the setup link"),
    derived(
        "base_url",
        "http://localhost:<port of listen>",
        "the address people open, put into links and required of live connections, e.g. https://chat.example.com",
    ),
    key("log", "info", "log filter: error, warn, info, debug, or a tracing filter such as bivouac=debug"),
    key("workers", "0", "HTTP worker threads (0 = one per CPU core)"),
    key("trust_proxy", "false", "take the client address from X-Forwarded-For (set when behind a reverse proxy)"),
    key("max_body", "262144", "largest accepted request body in bytes; larger ones get 413"),
    key("session_idle_timeout", "7d", "a session unused this long ends (s, m, h, d)"),
    key("session_max_age", "30d", "a session ends this long after login whatever its use"),
    key("invitation_ttl", "7d", "how long an invitation link stays valid"),
    key("smtp.host", "", "SMTP server; without it mail stays queued and admins are told"),
    key("smtp.port", "587", "SMTP port"),
    key("smtp.security", "starttls", "none, starttls or tls (implicit TLS, usually port 465)"),
    key("smtp.username", "", "SMTP login name"),
    secret("smtp.password", "SMTP password (redacted in logs)"),
    derived("smtp.from", "bivouac@<host of base_url>", "sender address of mails"),
    key("smtp.timeout", "15s", "give up on an SMTP conversation after this long and retry later"),
    secret("metrics_token", "bearer token that lets remote clients read /metrics (loopback needs none)"),
    key("min_free_disk", "64MiB", "below this much free space in data_dir, writes are refused with 507"),
    key("live_per_person", "20", "live connections (tabs, devices) one person may hold; a new one closes their oldest"),
    key("max_upload", "100MiB", "largest file one may upload; larger ones get 413 file_too_large before they are read"),
    key(
        "allow_private_targets",
        "false",
        "let push endpoints (and webhooks) use loopback or private addresses and plain http: tests and closed networks",
    ),
];

pub fn flag_name(key: &str) -> String {
    format!("--{}", key.replace(['.', '_'], "-"))
}

pub fn env_name(key: &str) -> String {
    format!("BIVOUAC_{}", key.replace('.', "_").to_ascii_uppercase())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SmtpSecurity {
    None,
    StartTls,
    Tls,
}

#[derive(Clone)]
pub struct SmtpConfig {
    pub host: Option<String>,
    pub port: u16,
    pub security: SmtpSecurity,
    pub username: Option<String>,
    pub password: Option<String>,
    pub from: Option<String>,
    pub timeout: Duration,
}

#[derive(Clone)]
pub struct Config {
    pub listen: SocketAddr,
    pub data_dir: PathBuf,
    /// Without a trailing slash. `None` until set or resolved from the bound port.
    pub base_url: Option<String>,
    pub log: String,
    pub workers: usize,
    pub trust_proxy: bool,
    pub max_body: usize,
    pub session_idle_timeout: Duration,
    pub session_max_age: Duration,
    pub invitation_ttl: Duration,
    pub smtp: SmtpConfig,
    pub metrics_token: Option<String>,
    pub min_free_disk: u64,
    pub live_per_person: usize,
    /// The largest upload, in bytes.
    pub max_upload: u64,
    /// Push endpoints (and webhooks) may be on loopback or private addresses, over plain http.
    pub allow_private_targets: bool,
    /// Where each value came from, for the start-up log.
    pub origins: BTreeMap<&'static str, Origin>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    Default,
    File,
    Env,
    Flag,
}

impl Config {
    /// The defaults, with `data_dir` replaced: what tests and embedders start from.
    pub fn for_data_dir(data_dir: impl Into<PathBuf>) -> Config {
        let mut c = Config::from_layers(&[]).expect("defaults parse");
        c.data_dir = data_dir.into();
        c
    }

    /// Reads flags from `args`, `BIVOUAC_*` variables from `env`, and the TOML file named by
    /// `--config` or `BIVOUAC_CONFIG`.
    pub fn load(args: &[String], env: &[(String, String)]) -> Result<Config, String> {
        let flags = parse_flags(args)?;
        let envs = parse_env(env)?;
        let file_path = flags.get("config").or_else(|| envs.get("config")).cloned();
        let file = match file_path {
            Some(path) if !path.is_empty() => {
                let text =
                    std::fs::read_to_string(&path).map_err(|e| format!("cannot read the config file {path}: {e}"))?;
                parse_toml(&text).map_err(|e| format!("config file {path}: {e}"))?
            }
            _ => BTreeMap::new(),
        };
        let strip = |mut m: BTreeMap<String, String>| {
            m.remove("config");
            m
        };
        Config::from_layers(&[(Origin::File, file), (Origin::Env, strip(envs)), (Origin::Flag, strip(flags))])
    }

    fn from_layers(layers: &[(Origin, BTreeMap<String, String>)]) -> Result<Config, String> {
        let mut raw: BTreeMap<&'static str, (String, Origin)> =
            KEYS.iter().map(|k| (k.key, (k.default.to_string(), Origin::Default))).collect();
        for (origin, layer) in layers {
            for (k, v) in layer {
                let def = KEYS.iter().find(|d| d.key == k).ok_or_else(|| unknown_key(k))?;
                raw.insert(def.key, (v.clone(), *origin));
            }
        }
        let get = |k: &str| raw.get(k).map(|(v, _)| v.trim().to_string()).unwrap_or_default();
        let opt = |k: &str| Some(get(k)).filter(|v| !v.is_empty());
        let bad = |k: &str, why: &str| {
            let (v, origin) = &raw[k];
            let shown = if KEYS.iter().any(|d| d.key == k && d.secret) { "(redacted)" } else { v };
            format!("invalid value {shown:?} for {k} ({}): {why}", describe_origin(k, *origin))
        };
        let duration = |k: &str| {
            parse_duration(&get(k))
                .filter(|d| !d.is_zero())
                .ok_or_else(|| bad(k, "expected a duration such as 90s, 15m, 12h or 7d"))
        };
        let boolean = |k: &str| match get(k).to_ascii_lowercase().as_str() {
            "true" | "1" | "yes" | "on" => Ok(true),
            "false" | "0" | "no" | "off" => Ok(false),
            _ => Err(bad(k, "expected true or false")),
        };
        let base_url = match opt("base_url") {
            None => None,
            Some(u) => Some(parse_base_url(&u).map_err(|why| bad("base_url", why))?),
        };
        let security = match get("smtp.security").to_ascii_lowercase().as_str() {
            "none" => SmtpSecurity::None,
            "starttls" => SmtpSecurity::StartTls,
            "tls" => SmtpSecurity::Tls,
            _ => return Err(bad("smtp.security", "expected none, starttls or tls")),
        };
        let from = opt("smtp.from");
        if let Some(f) = &from
            && crate::input::Email::parse(f).is_err()
        {
            return Err(bad("smtp.from", "expected an email address such as bivouac@example.com"));
        }
        Ok(Config {
            listen: get("listen").parse().map_err(|_| bad("listen", "expected address:port, e.g. 0.0.0.0:8080"))?,
            data_dir: PathBuf::from(
                Some(get("data_dir")).filter(|d| !d.is_empty()).ok_or_else(|| bad("data_dir", "must not be empty"))?,
            ),
            base_url,
            log: get("log"),
            workers: get("workers").parse().map_err(|_| bad("workers", "expected a number (0 = one per core)"))?,
            trust_proxy: boolean("trust_proxy")?,
            max_body: get("max_body")
                .parse()
                .ok()
                .filter(|n| (1024..=64 << 20).contains(n))
                .ok_or_else(|| bad("max_body", "expected a number of bytes between 1024 and 67108864"))?,
            session_idle_timeout: duration("session_idle_timeout")?,
            session_max_age: duration("session_max_age")?,
            invitation_ttl: duration("invitation_ttl")?,
            smtp: SmtpConfig {
                host: opt("smtp.host"),
                port: get("smtp.port")
                    .parse()
                    .ok()
                    .filter(|p| *p > 0)
                    .ok_or_else(|| bad("smtp.port", "expected a port number"))?,
                security,
                username: opt("smtp.username"),
                password: opt("smtp.password"),
                from,
                timeout: duration("smtp.timeout")?,
            },
            metrics_token: opt("metrics_token"),
            min_free_disk: parse_bytes(&get("min_free_disk"))
                .ok_or_else(|| bad("min_free_disk", "expected a size such as 0, 500MiB or 2GiB"))?,
            live_per_person: get("live_per_person")
                .parse()
                .ok()
                .filter(|n| (1..=100_000).contains(n))
                .ok_or_else(|| bad("live_per_person", "expected a number from 1 to 100000"))?,
            max_upload: parse_bytes(&get("max_upload"))
                .filter(|n| *n >= 1024)
                .ok_or_else(|| bad("max_upload", "expected a size of at least 1KiB, such as 100MiB or 2GiB"))?,
            allow_private_targets: boolean("allow_private_targets")?,
            origins: raw.iter().map(|(k, (_, o))| (*k, *o)).collect(),
        })
    }

    /// The default base_url as far as it is known before binding: the port of `listen`, unless
    /// that is 0 (the system picks one at start).
    fn default_base_url(&self) -> String {
        match self.listen.port() {
            0 => "http://localhost:<port picked at start>".into(),
            port => format!("http://localhost:{port}"),
        }
    }

    /// The address put into links: the configured one, or `http://localhost:<bound port>`.
    pub fn base_url_for_port(&self, port: u16) -> String {
        self.base_url.clone().unwrap_or_else(|| format!("http://localhost:{port}"))
    }

    /// One line per key, secrets redacted, for the start-up log.
    pub fn describe(&self) -> String {
        let mut out = String::new();
        for (k, v) in self.values() {
            let origin = self.origins.get(k).copied().unwrap_or(Origin::Default);
            let o = match origin {
                Origin::Default => "default",
                Origin::File => "config file",
                Origin::Env => "environment",
                Origin::Flag => "flag",
            };
            out.push_str(&format!("\n  {k} = {v}  ({o})"));
        }
        out
    }

    fn values(&self) -> Vec<(&'static str, String)> {
        let show = |o: &Option<String>| o.clone().unwrap_or_else(|| "(not set)".into());
        let redact = |o: &Option<String>| {
            if o.is_some() { "(set, redacted)".into() } else { "(not set)".into() }
        };
        vec![
            ("listen", self.listen.to_string()),
            ("data_dir", self.data_dir.display().to_string()),
            ("base_url", self.base_url.clone().unwrap_or_else(|| self.default_base_url())),
            ("log", self.log.clone()),
            ("workers", self.workers.to_string()),
            ("trust_proxy", self.trust_proxy.to_string()),
            ("max_body", self.max_body.to_string()),
            ("session_idle_timeout", format_duration(self.session_idle_timeout)),
            ("session_max_age", format_duration(self.session_max_age)),
            ("invitation_ttl", format_duration(self.invitation_ttl)),
            ("smtp.host", show(&self.smtp.host)),
            ("smtp.port", self.smtp.port.to_string()),
            ("smtp.security", format!("{:?}", self.smtp.security).to_ascii_lowercase()),
            ("smtp.username", show(&self.smtp.username)),
            ("smtp.password", redact(&self.smtp.password)),
            ("smtp.from", show(&self.smtp.from)),
            ("smtp.timeout", format_duration(self.smtp.timeout)),
            ("metrics_token", redact(&self.metrics_token)),
            ("live_per_person", self.live_per_person.to_string()),
            ("min_free_disk", format_bytes(self.min_free_disk)),
            ("max_upload", format_bytes(self.max_upload)),
            ("allow_private_targets", self.allow_private_targets.to_string()),
        ]
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut m = f.debug_map();
        for (k, v) in self.values() {
            m.entry(&k, &v);
        }
        m.finish()
    }
}

fn describe_origin(key: &str, origin: Origin) -> String {
    match origin {
        Origin::Default => "the default".into(),
        Origin::File => format!("{key} in the config file"),
        Origin::Env => env_name(key),
        Origin::Flag => flag_name(key),
    }
}

fn unknown_key(k: &str) -> String {
    let known: Vec<&str> = KEYS.iter().map(|d| d.key).collect();
    format!("unknown configuration key {k:?}; known keys: {}", known.join(", "))
}

fn parse_base_url(u: &str) -> Result<String, &'static str> {
    let u = u.trim_end_matches('/');
    let rest = u
        .strip_prefix("https://")
        .or_else(|| u.strip_prefix("http://"))
        .ok_or("must start with http:// or https://")?;
    if rest.is_empty() || rest.contains(['?', '#', ' ', '"', '<', '>']) {
        return Err("expected an address such as https://chat.example.com");
    }
    Ok(u.to_string())
}

/// `64MiB`, `2GiB`, `1000`: the inverse of [`parse_bytes`].
pub fn format_bytes(n: u64) -> String {
    match n {
        0 => "0".into(),
        n if n % (1 << 30) == 0 => format!("{}GiB", n >> 30),
        n if n % (1 << 20) == 0 => format!("{}MiB", n >> 20),
        n if n % (1 << 10) == 0 => format!("{}KiB", n >> 10),
        n => n.to_string(),
    }
}

/// `0`, `1048576`, `500MiB`, `2GiB`, `64MB`.
pub fn parse_bytes(s: &str) -> Option<u64> {
    let s = s.trim();
    let i = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let n: u64 = s[..i].parse().ok()?;
    let mult: u64 = match s[i..].trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1 << 10,
        "m" | "mb" | "mib" => 1 << 20,
        "g" | "gb" | "gib" => 1 << 30,
        _ => return None,
    };
    n.checked_mul(mult)
}

/// `--listen 0.0.0.0:9000`, `--listen=0.0.0.0:9000`, and `--config FILE`.
fn parse_flags(args: &[String]) -> Result<BTreeMap<String, String>, String> {
    let mut out = BTreeMap::new();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let Some(body) = arg.strip_prefix("--") else {
            return Err(format!("unexpected argument {arg:?}; see bivouac --help"));
        };
        let (name, inline) = match body.split_once('=') {
            Some((n, v)) => (n, Some(v.to_string())),
            None => (body, None),
        };
        let key = if name == "config" {
            "config"
        } else {
            KEYS.iter()
                .find(|d| flag_name(d.key) == format!("--{name}"))
                .map(|d| d.key)
                .ok_or_else(|| format!("unknown flag --{name}; see bivouac --help"))?
        };
        let value = match inline {
            Some(v) => v,
            None => it.next().cloned().ok_or_else(|| format!("--{name} needs a value"))?,
        };
        out.insert(key.to_string(), value);
    }
    Ok(out)
}

fn parse_env(env: &[(String, String)]) -> Result<BTreeMap<String, String>, String> {
    let mut out = BTreeMap::new();
    for (name, value) in env {
        if !name.starts_with("BIVOUAC_") {
            continue;
        }
        if name == "BIVOUAC_CONFIG" {
            out.insert("config".to_string(), value.clone());
            continue;
        }
        let def = KEYS
            .iter()
            .find(|d| env_name(d.key) == *name)
            .ok_or_else(|| format!("unknown environment variable {name}; see bivouac --help"))?;
        out.insert(def.key.to_string(), value.clone());
    }
    Ok(out)
}

fn parse_toml(text: &str) -> Result<BTreeMap<String, String>, String> {
    let table: toml::Table = text.parse().map_err(|e: toml::de::Error| e.to_string())?;
    let mut out = BTreeMap::new();
    flatten("", &table, &mut out)?;
    Ok(out)
}

fn flatten(prefix: &str, table: &toml::Table, out: &mut BTreeMap<String, String>) -> Result<(), String> {
    for (k, v) in table {
        let full = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
        let text = match v {
            toml::Value::Table(t) => {
                flatten(&full, t, out)?;
                continue;
            }
            toml::Value::String(s) => s.clone(),
            toml::Value::Integer(i) => i.to_string(),
            toml::Value::Boolean(b) => b.to_string(),
            toml::Value::Float(f) => f.to_string(),
            _ => return Err(format!("{full}: expected a string, number or boolean")),
        };
        if !KEYS.iter().any(|d| d.key == full) {
            return Err(unknown_key(&full));
        }
        out.insert(full, text);
    }
    Ok(())
}

/// `bivouac --help`: usage and every key with its flag, environment name and default.
pub fn help_text() -> String {
    let mut s = String::from(
        "bivouac: a company's own messenger in one executable\n\n\
         usage:\n  bivouac [serve] [flags]     serve (the default)\n  \
         bivouac check [flags]       verify the data file, every index and every file's hash\n  \
         bivouac backup FILE [flags] ask the running server for a consistent snapshot\n  \
         bivouac restore FILE [flags] put a snapshot into a stopped, empty data directory\n  \
         bivouac reindex [flags]     rebuild the search index (in the background if the server runs)\n  \
         bivouac --version\n\nflags, environment and config-file keys (flags win, then environment, then the --config TOML file):\n",
    );
    s.push_str("  --config FILE / BIVOUAC_CONFIG\n      TOML file with the keys below ([smtp] host = ...)\n");
    for d in KEYS {
        let default = match (d.shown, d.default) {
            ("", "") => "none",
            ("", given) => given,
            (shown, _) => shown,
        };
        s.push_str(&format!("  {} / {}  (default {default})\n      {}\n", flag_name(d.key), env_name(d.key), d.help));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn precedence_flag_env_file_default() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.toml");
        std::fs::write(
            &path,
            "listen = \"127.0.0.1:1\"\nlog = \"debug\"\n[smtp]\nhost = \"file.example\"\nport = 2525\n",
        )
        .unwrap();
        let env = vec![
            ("BIVOUAC_LISTEN".to_string(), "127.0.0.1:2".to_string()),
            ("BIVOUAC_SMTP_HOST".to_string(), "env.example".to_string()),
            ("PATH".to_string(), "/bin".to_string()),
        ];
        let args = s(&["--config", path.to_str().unwrap(), "--listen=127.0.0.1:3"]);
        let c = Config::load(&args, &env).unwrap();
        assert_eq!(c.listen.to_string(), "127.0.0.1:3");
        assert_eq!(c.smtp.host.as_deref(), Some("env.example"));
        assert_eq!(c.smtp.port, 2525);
        assert_eq!(c.log, "debug");
        assert_eq!(c.data_dir, PathBuf::from("./bivouac-data"));
        assert_eq!(c.origins["listen"], Origin::Flag);
    }

    #[test]
    fn unknown_keys_and_bad_values_name_the_key() {
        let e = Config::load(&s(&["--lisen", "x"]), &[]).err().unwrap();
        assert!(e.contains("--lisen"), "{e}");
        let e = Config::load(&[], &[("BIVOUAC_SMTP_PORT".into(), "seven".into())]).err().unwrap();
        assert!(e.contains("smtp.port") && e.contains("BIVOUAC_SMTP_PORT"), "{e}");
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.toml");
        std::fs::write(&path, "[smtp]\nhots = \"x\"\n").unwrap();
        let e = Config::load(&s(&["--config", path.to_str().unwrap()]), &[]).err().unwrap();
        assert!(e.contains("smtp.hots"), "{e}");
        let e = Config::load(&s(&["--base-url", "chat.example.com"]), &[]).err().unwrap();
        assert!(e.contains("base_url"), "{e}");
    }

    #[test]
    fn secrets_are_redacted() {
        let c = Config::load(&s(&["--smtp-password", "hunter2hunter2", "--metrics-token", "tok3n"]), &[]).unwrap();
        let shown = format!("{c:?}{}", c.describe());
        assert!(!shown.contains("hunter2") && !shown.contains("tok3n"), "{shown}");
        let e = Config::load(&s(&["--smtp-password", "x", "--smtp-port", "no"]), &[]).err().unwrap();
        assert!(!e.contains("\"x\""));
    }

    #[test]
    fn readme_lists_every_key() {
        let readme = include_str!("../README.md");
        for d in KEYS {
            let row = format!("| {} | `{}` | `{}` |", d.key, flag_name(d.key), env_name(d.key));
            assert!(readme.contains(&row), "README's configuration table lacks {row}");
        }
    }

    #[test]
    fn defaults_match_the_api_contract() {
        let c = Config::load(&[], &[]).unwrap();
        assert_eq!(c.listen.to_string(), "0.0.0.0:8080");
        assert_eq!(c.base_url_for_port(8080), "http://localhost:8080");
        assert_eq!(c.smtp.port, 587);
        assert_eq!(c.smtp.security, SmtpSecurity::StartTls);
        assert_eq!(c.max_upload, 100 << 20);
    }
}
