//! The `.deb` and the tarball's `install.sh` under a real systemd.
//!
//! The packaging tests in `ops` check the package offline (`dpkg --root`, `systemd-analyze`).
//! These boot a minimal Debian with systemd as PID 1 in a container, install Bivouac the way the
//! README tells an administrator to, and check what that person would see:
//!
//! - the unit is active, with the sandbox of `systemd/bivouac.service` in force (as systemd
//!   reports it, and as `/proc` shows it for the running process);
//! - the watchdog is fed (with a 3 s `WatchdogSec` drop-in the pings keep coming and the service
//!   is never restarted);
//! - the setup link in `journalctl -u bivouac` is the one in `/var/lib/bivouac/setup-link.txt`
//!   (0600, owned by `bivouac`), and setting up the owner with it works over HTTP;
//! - `bivouac backup`, run as the `bivouac` user, gets its snapshot from the running service;
//! - an upgrade (installing again), `systemctl restart` and `systemctl stop` end with status 0
//!   and keep the data; `dpkg --purge` (with the service running) removes everything.
//!
//! Needs: root, `debootstrap`, `systemd-nspawn` (package systemd-container), `nsenter`, and the
//! Debian mirror once (`BIVOUAC_TEST_MIRROR`, default deb.debian.org). Systemd on the host is
//! not needed: `systemd-nspawn --register=no --keep-unit --boot` runs the container, and commands
//! enter it with `nsenter`. The minbase root (~240 MB, 1 to 2 min to make) is cached in
//! `/var/cache/bivouac-test/<suite>-<arch>-minbase+systemd+systemd-sysv` (`BIVOUAC_TEST_CACHE`
//! moves it); each run boots it with `--volatile=overlay`, so the cache is never changed. With
//! the cache both tests take 35 to 60 s. Where they cannot run, they say why and skip; with
//! `CI=true` they fail instead.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::json;

use crate::helpers::{User, send};
use crate::support::process::{BIN, free_port};

/// What debootstrap adds to minbase: systemd as init. Part of the cache key.
const PACKAGES: &[&str] = &["systemd", "systemd-sysv"];
const PATH: &str = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
/// Where the test's files appear inside the container (read-only).
const SHARED: &str = "/srv/bivouac-test";
/// The test's drop-in: a free port on loopback, and a short watchdog to watch it being fed.
const WATCHDOG_SEC: u64 = 3;

/// One container at a time: systemd-nspawn with `--keep-unit` puts its `payload` and
/// `supervisor` cgroups under its caller's cgroup, which two containers would share.
static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[cfg_attr(no_container_tools, ignore = "needs root, debootstrap, systemd-nspawn and nsenter (CI has them)")]
async fn the_deb_runs_under_real_systemd_and_purges_cleanly() {
    let _one = ONE_AT_A_TIME.lock().await;
    let Some(env) = Env::prepare() else { return };
    let share = tempfile::tempdir().unwrap();
    let deb = build(&["packaging/build-deb.sh", "--binary", BIN, "--fast", "--out"], share.path());
    let Some(c) = env.boot("bivouac-it-deb", share.path()) else { return };
    let port = free_port();
    c.drop_in(port);

    let out = c.run(&["dpkg", "-i", &format!("{SHARED}/{deb}")]);
    assert!(out.contains("Bivouac is running"), "postinst tells where the setup link is: {out}");
    let unit = c.show(&["FragmentPath", "ExecStart"]);
    assert_eq!(unit["FragmentPath"], "/lib/systemd/system/bivouac.service");
    assert!(unit["ExecStart"].contains("path=/usr/bin/bivouac "), "{}", unit["ExecStart"]);
    the_service_runs_and_sets_up(&c, port).await;

    // An upgrade (the same package again) restarts it and keeps configuration and data.
    let before = c.main_pid();
    c.edit_config();
    c.run(&["dpkg", "-i", &format!("{SHARED}/{deb}")]);
    assert_ne!(c.main_pid(), before, "the upgrade restarted the service");
    c.assert_config_kept();
    restart_and_stop_cleanly(&c, port).await;

    // Purge with the service running: prerm stops it, postrm removes it all.
    c.run(&["systemctl", "start", "bivouac"]);
    c.run(&["rm", "-r", "/etc/systemd/system/bivouac.service.d"]);
    c.run(&["dpkg", "--purge", "bivouac"]);
    assert_eq!(c.exec(&["systemctl", "is-active", "bivouac"]).stdout.trim(), "inactive");
    for gone in [
        "/usr/bin/bivouac",
        "/lib/systemd/system/bivouac.service",
        "/etc/systemd/system/multi-user.target.wants/bivouac.service",
        "/etc/bivouac",
        "/var/lib/bivouac",
    ] {
        assert!(!c.exec(&["test", "-e", gone]).ok, "{gone} is left after purge");
    }
    assert!(!c.exec(&["id", "bivouac"]).ok, "the bivouac user is left after purge");
    assert_eq!(c.show(&["LoadState"])["LoadState"], "not-found");
    c.assert_port_closed(port);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[cfg_attr(no_container_tools, ignore = "needs root, debootstrap, systemd-nspawn and nsenter (CI has them)")]
async fn install_sh_from_the_tarball_runs_under_real_systemd() {
    let _one = ONE_AT_A_TIME.lock().await;
    let Some(env) = Env::prepare() else { return };
    let share = tempfile::tempdir().unwrap();
    let tarball = build(&["packaging/build-tarball.sh", "--binary", BIN, "--fast", "--out"], share.path());
    let Some(c) = env.boot("bivouac-it-tarball", share.path()) else { return };
    let port = free_port();
    c.drop_in(port);

    // What the README says: unpack, cd, ./install.sh.
    let dir = tarball.trim_end_matches(".tar.gz");
    let install = format!("cd /root && tar xzf {SHARED}/{tarball} && cd {dir} && ./install.sh");
    let out = c.run(&["sh", "-c", &install]);
    assert!(out.contains("starting bivouac") && out.contains("journalctl -u bivouac"), "{out}");
    let unit = c.show(&["FragmentPath", "ExecStart"]);
    assert_eq!(unit["FragmentPath"], "/etc/systemd/system/bivouac.service");
    assert!(unit["ExecStart"].contains("path=/usr/local/bin/bivouac "), "{}", unit["ExecStart"]);
    the_service_runs_and_sets_up(&c, port).await;

    // Running install.sh again is an upgrade: it restarts the service and keeps the configuration.
    let before = c.main_pid();
    c.edit_config();
    let out = c.run(&["sh", "-c", &format!("cd /root/{dir} && ./install.sh")]);
    assert!(out.contains("keeping the existing") && out.contains("restarting bivouac (upgrade)"), "{out}");
    assert_ne!(c.main_pid(), before, "the upgrade restarted the service");
    c.assert_config_kept();
    restart_and_stop_cleanly(&c, port).await;
}

/// Right after installing: active with its sandbox, watchdog fed, the setup link in the journal
/// and the file, setup over HTTP, an online backup as the service's user.
async fn the_service_runs_and_sets_up(c: &Container, port: u16) {
    // Type=notify: the install returned only after READY=1.
    assert_eq!(c.exec(&["systemctl", "is-active", "bivouac"]).stdout.trim(), "active", "{}", c.journal());
    assert_eq!(c.run(&["systemctl", "is-enabled", "bivouac"]).trim(), "enabled");

    // The sandbox, as systemd has it...
    let unit = c.show(&[
        "Type",
        "User",
        "NoNewPrivileges",
        "ProtectSystem",
        "ProtectHome",
        "PrivateTmp",
        "PrivateDevices",
        "PrivateUsers",
        "ProtectKernelTunables",
        "ProtectControlGroups",
        "RestrictNamespaces",
        "MemoryDenyWriteExecute",
        "CapabilityBoundingSet",
        "RestrictAddressFamilies",
        "SystemCallFilter",
        "StateDirectoryMode",
        "UMask",
    ]);
    for (key, want) in [
        ("Type", "notify"),
        ("User", "bivouac"),
        ("NoNewPrivileges", "yes"),
        ("ProtectSystem", "strict"),
        ("ProtectHome", "yes"),
        ("PrivateTmp", "yes"),
        ("PrivateDevices", "yes"),
        ("PrivateUsers", "yes"),
        ("ProtectKernelTunables", "yes"),
        ("ProtectControlGroups", "yes"),
        ("RestrictNamespaces", "yes"),
        ("MemoryDenyWriteExecute", "yes"),
        ("CapabilityBoundingSet", ""),
        ("StateDirectoryMode", "0700"),
        ("UMask", "0077"),
    ] {
        assert_eq!(unit[key], want, "{key}");
    }
    let families: BTreeSet<&str> = unit["RestrictAddressFamilies"].split_whitespace().collect();
    assert_eq!(families, BTreeSet::from(["AF_INET", "AF_INET6", "AF_UNIX"]));
    assert!(unit["SystemCallFilter"].split_whitespace().count() > 50, "SystemCallFilter: {}", unit["SystemCallFilter"]);

    // ...and as the running process shows it.
    let pid = c.main_pid();
    let status = c.run(&["cat", &format!("/proc/{pid}/status")]);
    let field = |name: &str| {
        status.lines().find_map(|l| l.strip_prefix(name)).map(str::trim).unwrap_or_else(|| panic!("{name}: {status}"))
    };
    let uid = c.run(&["id", "-u", "bivouac"]);
    assert_eq!(field("Uid:").split_whitespace().next(), Some(uid.trim()), "runs as bivouac");
    assert_eq!(field("NoNewPrivs:"), "1");
    assert_eq!(field("Seccomp:"), "2", "a seccomp filter is in force");
    assert_eq!(field("CapEff:"), "0000000000000000");
    assert_eq!(field("CapBnd:"), "0000000000000000");
    let uid_map = c.run(&["cat", &format!("/proc/{pid}/uid_map")]);
    assert!(!uid_map.contains("4294967295"), "PrivateUsers: its own user namespace, not the host's: {uid_map}");
    let mounts = c.run(&["cat", &format!("/proc/{pid}/mountinfo")]);
    let options = |at: &str| {
        let line = mounts.lines().rfind(|l| l.split(' ').nth(4) == Some(at));
        line.and_then(|l| l.split(' ').nth(5)).unwrap_or_else(|| panic!("no mount at {at}: {mounts}")).to_string()
    };
    assert!(options("/").starts_with("ro"), "ProtectSystem=strict: / is read-only for it ({})", options("/"));
    assert!(options("/var/lib/bivouac").starts_with("rw"), "its state directory is writable");

    // The watchdog: WATCHDOG=1 keeps coming, and systemd never restarts it.
    let w = c.show(&["WatchdogUSec", "NRestarts"]);
    assert_eq!(w["WatchdogUSec"], format!("{WATCHDOG_SEC}s"));
    let mut pings = BTreeSet::new();
    let until = Instant::now() + Duration::from_secs(WATCHDOG_SEC * 5 / 2);
    while Instant::now() < until {
        pings.insert(c.show(&["WatchdogTimestampMonotonic"])["WatchdogTimestampMonotonic"].clone());
        std::thread::sleep(Duration::from_millis(250));
    }
    assert!(pings.len() >= 3, "the watchdog was fed {} times in {}s", pings.len(), WATCHDOG_SEC * 5 / 2);
    assert_eq!(c.main_pid(), pid, "the service was not restarted");
    assert_eq!(c.show(&["NRestarts"])["NRestarts"], w["NRestarts"]);
    assert!(!c.journal().to_lowercase().contains("watchdog timeout"), "{}", c.journal());

    // The setup link: once in the journal, the same in the private file.
    let links = setup_links(&c.journal());
    assert_eq!(links.len(), 1, "one setup link in the journal: {}", c.journal());
    let link = &links[0];
    assert!(link.starts_with(&format!("http://localhost:{port}/setup?token=")), "{link}");
    assert_eq!(c.run(&["cat", "/var/lib/bivouac/setup-link.txt"]).trim(), link);
    assert_eq!(c.run(&["stat", "-c", "%a %U", "/var/lib/bivouac/setup-link.txt"]).trim(), "600 bivouac");
    assert_eq!(c.run(&["stat", "-c", "%a %U", "/var/lib/bivouac"]).trim(), "700 bivouac");

    // Setup over HTTP, with the token from the link.
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::builder().cookie_store(true).build().unwrap();
    // (Not the page itself: a debug build's rust-embed reads web/ from the source tree.)
    let status = send(&client, "GET", &format!("{base}/api/setup"), None, None).await.expect(200);
    assert_eq!(status.body["needed"], true);
    let token = link.split("token=").nth(1).unwrap();
    let body = json!({
        "token": token, "first_name": "Olga", "last_name": "Owner", "email": "owner@example.com",
        "password": "owner-password", "company_name": "Acme"
    });
    let r = send(&client, "POST", &format!("{base}/api/setup"), Some(body.clone()), None).await.expect(201);
    let owner = User::from_session(client, &base, &r, "owner-password");
    owner.post("/api/channels", json!({"name": "installed"})).await.expect(201);
    send(&reqwest::Client::new(), "POST", &format!("{base}/api/setup"), Some(body), None).await.expect(410);
    let status = send(&owner.client, "GET", &format!("{base}/api/setup"), None, None).await.expect(200);
    assert_eq!(status.body["needed"], false);
    assert!(!c.exec(&["test", "-e", "/var/lib/bivouac/setup-link.txt"]).ok, "the used link's file is removed");

    // An online backup, as the service's user, through the control socket.
    let out = c.run(&[
        "runuser",
        "-u",
        "bivouac",
        "--",
        "bivouac",
        "backup",
        "/var/lib/bivouac/backup.redb",
        "--config",
        "/etc/bivouac/bivouac.toml",
    ]);
    assert!(out.contains("from the running server") && out.contains("checked clean"), "{out}");
    // And as the README has it: root, naming the data directory.
    let out = c.run(&["bivouac", "backup", "/root/bivouac-backup.redb", "--data-dir", "/var/lib/bivouac"]);
    assert!(out.contains("from the running server") && out.contains("checked clean"), "{out}");
    let files = c.run(&["ls", "/var/lib/bivouac"]);
    assert!(files.lines().any(|f| f == "backup.redb"), "{files}");
    assert!(!files.contains("backup-"), "the server removed its temporary copy: {files}");
}

/// `systemctl restart` and `stop` exit 0; the data survives the restart, the stop is clean.
async fn restart_and_stop_cleanly(c: &Container, port: u16) {
    let before = c.main_pid();
    c.run(&["systemctl", "restart", "bivouac"]);
    assert_eq!(c.exec(&["systemctl", "is-active", "bivouac"]).stdout.trim(), "active");
    assert_ne!(c.main_pid(), before);
    // With an owner, no setup link is printed again or left in a file.
    assert_eq!(setup_links(&c.journal()).len(), 1, "{}", c.journal());
    assert!(!c.exec(&["test", "-e", "/var/lib/bivouac/setup-link.txt"]).ok);
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::builder().cookie_store(true).build().unwrap();
    let body = json!({"email": "owner@example.com", "password": "owner-password"});
    let r = send(&client, "POST", &format!("{base}/api/session"), Some(body), None).await.expect(200);
    let user = User::from_session(client, &base, &r, "owner-password");
    let channels = user.get("/api/channels").await.expect(200);
    assert!(channels.text.contains("\"installed\""), "the data survived: {}", channels.text);

    c.run(&["systemctl", "stop", "bivouac"]);
    let s = c.show(&["ActiveState", "Result", "ExecMainCode", "ExecMainStatus"]);
    assert_eq!(
        (s["ActiveState"].as_str(), s["Result"].as_str(), s["ExecMainCode"].as_str(), s["ExecMainStatus"].as_str()),
        ("inactive", "success", "1", "0"),
        "stopped by exiting 0 (ExecMainCode 1 = exited); journal: {}",
        c.journal()
    );
    assert!(!c.exec(&["test", "-e", "/var/lib/bivouac/control.sock"]).ok, "the control socket is removed");
    c.assert_port_closed(port);
}

/// Every `.../setup?token=...` link in `text`.
fn setup_links(text: &str) -> Vec<String> {
    text.split_whitespace().filter(|w| w.contains("/setup?token=")).map(str::to_string).collect()
}

/// Runs a packaging script with `--out dir`; returns the file name it made.
fn build(args: &[&str], dir: &Path) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Command::new(root.join(args[0])).args(&args[1..]).arg(dir).output().unwrap();
    assert!(out.status.success(), "{}: {}", args[0], String::from_utf8_lossy(&out.stderr));
    let path = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    path.file_name().unwrap().to_str().unwrap().to_string()
}

/// Skips the test with `reason`, or fails it under CI=true (where it must run).
fn cannot_run(reason: &str) {
    assert!(std::env::var("CI").ok().as_deref() != Some("true"), "cannot run and CI=true: {reason}");
    eprintln!("SKIPPED: {reason}");
}

fn have(tool: &str) -> bool {
    Command::new("sh").args(["-c", &format!("command -v {tool}")]).output().is_ok_and(|o| o.status.success())
}

/// Polls `f` every 200 ms until it returns Some, or `secs` have passed.
fn wait_until<T>(secs: u64, mut f: impl FnMut() -> Option<T>) -> Option<T> {
    let deadline = Instant::now() + Duration::from_secs(secs);
    loop {
        if let Some(v) = f() {
            return Some(v);
        }
        if Instant::now() > deadline {
            return None;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// The cached root file system, and the lock that keeps other test runs out while we use it.
struct Env {
    root: PathBuf,
    _lock: std::fs::File,
}

impl Env {
    /// Checks the prerequisites and makes (or reuses) the cached root. None: skipped.
    fn prepare() -> Option<Env> {
        // SAFETY: geteuid has no preconditions.
        if unsafe { libc::geteuid() } != 0 {
            cannot_run("booting a container needs root (run the tests as root to include it)");
            return None;
        }
        for (tool, package) in
            [("debootstrap", "debootstrap"), ("systemd-nspawn", "systemd-container"), ("nsenter", "util-linux")]
        {
            if !have(tool) {
                cannot_run(&format!("needs {tool} (apt-get install {package})"));
                return None;
            }
        }
        let (suite, arch) = (host_suite(), dpkg_arch());
        let cache = PathBuf::from(std::env::var("BIVOUAC_TEST_CACHE").unwrap_or("/var/cache/bivouac-test".into()));
        std::fs::create_dir_all(&cache).unwrap();
        let lock = std::fs::File::create(cache.join("lock")).unwrap();
        // SAFETY: flock on a file descriptor we own; it is released when `lock` is dropped.
        assert_eq!(unsafe { libc::flock(std::os::fd::AsRawFd::as_raw_fd(&lock), libc::LOCK_EX) }, 0);
        // No commas: the path goes into overlayfs mount options.
        let root = cache.join(format!("{suite}-{arch}-minbase+{}", PACKAGES.join("+")));
        if !root.join("sbin/init").exists() {
            let mirror = std::env::var("BIVOUAC_TEST_MIRROR").unwrap_or("http://deb.debian.org/debian".into());
            eprintln!("making the cached root {} (once; a minute or two)", root.display());
            let partial = root.with_extension("partial");
            let _ = std::fs::remove_dir_all(&partial);
            let out = Command::new("debootstrap")
                .args(["--variant=minbase", &format!("--include={}", PACKAGES.join(",")), &suite])
                .arg(&partial)
                .arg(&mirror)
                .output()
                .unwrap();
            if !out.status.success() {
                let _ = std::fs::remove_dir_all(&partial);
                let log = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
                let tail: Vec<&str> = log.lines().rev().take(5).collect();
                cannot_run(&format!("debootstrap {suite} from {mirror} failed: {}", tail.join(" | ")));
                return None;
            }
            std::fs::rename(&partial, &root).unwrap();
        }
        Some(Env { root, _lock: lock })
    }

    /// Boots the cached root (changes go to a tmpfs overlay), with `share` at /srv/bivouac-test.
    /// None: it did not boot (skipped, with the reason).
    fn boot(&self, name: &str, share: &Path) -> Option<Container> {
        let log = share.join("nspawn.log");
        let nspawn = Command::new("systemd-nspawn")
            .args(["--quiet", "--register=no", "--keep-unit", "--boot", "--volatile=overlay"])
            .args(["--console=read-only", "--link-journal=no", "--machine", name, "--directory"])
            .arg(&self.root)
            .arg(format!("--bind-ro={}:{SHARED}", share.display()))
            .env_clear()
            .env("PATH", PATH)
            .stdin(Stdio::null())
            .stdout(std::fs::File::create(&log).unwrap())
            .stderr(std::fs::File::create(share.join("nspawn.err")).unwrap())
            .spawn()
            .expect("systemd-nspawn starts");
        let mut c = Container { nspawn, init: 0, name: name.into(), share: share.to_path_buf() };
        let started = Instant::now();
        // The container's PID 1: the child of systemd-nspawn that became systemd.
        let init = wait_until(30, || {
            if c.nspawn.try_wait().unwrap().is_some() {
                return Some(None);
            }
            children(c.nspawn.id()).into_iter().find(|p| comm(*p).as_deref() == Some("systemd")).map(Some)
        });
        let Some(Some(init)) = init else {
            cannot_run(&format!("the container did not boot: {}", c.console()));
            return None;
        };
        c.init = init;
        let state = wait_until(60, || {
            let s = c.exec(&["systemctl", "is-system-running"]).stdout.trim().to_string();
            matches!(s.as_str(), "running" | "degraded").then_some(s)
        });
        let Some(state) = state else {
            cannot_run(&format!("systemd in the container did not finish booting: {}", c.console()));
            return None;
        };
        eprintln!("{name}: booted in {:.1}s ({state})", started.elapsed().as_secs_f64());
        Some(c)
    }
}

/// Debian's codename on this host, so the binary's glibc is the container's; else bookworm.
fn host_suite() -> String {
    let os = std::fs::read_to_string("/etc/os-release").unwrap_or_default();
    let get = |k: &str| os.lines().find_map(|l| l.strip_prefix(k)).map(|v| v.trim_matches('"').to_string());
    match (get("ID="), get("VERSION_CODENAME=")) {
        (Some(id), Some(code)) if id == "debian" && !code.is_empty() => code,
        _ => "bookworm".into(),
    }
}

fn dpkg_arch() -> String {
    let out = Command::new("dpkg").arg("--print-architecture").output().unwrap();
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn children(pid: u32) -> Vec<u32> {
    let Ok(dir) = std::fs::read_dir("/proc") else { return vec![] };
    dir.filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter(|p| {
            let stat = std::fs::read_to_string(format!("/proc/{p}/stat")).unwrap_or_default();
            // Fields after the `(comm)`: state, ppid, ...
            stat.rsplit_once(')').and_then(|(_, rest)| rest.split_whitespace().nth(1)?.parse::<u32>().ok()) == Some(pid)
        })
        .collect()
}

fn comm(pid: u32) -> Option<String> {
    std::fs::read_to_string(format!("/proc/{pid}/comm")).ok().map(|s| s.trim().to_string())
}

/// A booted container; powered off when dropped.
struct Container {
    nspawn: Child,
    init: u32,
    name: String,
    share: PathBuf,
}

struct Out {
    ok: bool,
    stdout: String,
    stderr: String,
}

impl Container {
    /// Runs a command inside the container as root (all its namespaces, a clean environment,
    /// two minutes at most).
    fn exec(&self, args: &[&str]) -> Out {
        let out = Command::new("nsenter")
            .args(["--target", &self.init.to_string(), "--all", "--root", "--wd", "--"])
            .args(["timeout", "120"])
            .args(args)
            .env_clear()
            .env("PATH", PATH)
            .env("LANG", "C.UTF-8")
            .stdin(Stdio::null())
            .output()
            .expect("nsenter runs");
        Out {
            ok: out.status.success(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Runs a command that must succeed; returns its output.
    #[track_caller]
    fn run(&self, args: &[&str]) -> String {
        let out = self.exec(args);
        assert!(out.ok, "{args:?} failed:\n{}{}\njournal of bivouac:\n{}", out.stdout, out.stderr, self.journal());
        out.stdout + &out.stderr
    }

    /// `systemctl show bivouac -p ...` as a map.
    #[track_caller]
    fn show(&self, props: &[&str]) -> BTreeMap<String, String> {
        let mut args = vec!["systemctl", "show", "bivouac"];
        for p in props {
            args.extend(["-p", p]);
        }
        let out = self.run(&args);
        let map: BTreeMap<String, String> =
            out.lines().filter_map(|l| l.split_once('=')).map(|(k, v)| (k.to_string(), v.to_string())).collect();
        for p in props {
            assert!(map.contains_key(*p), "systemctl show has no {p}: {out}");
        }
        map
    }

    #[track_caller]
    fn main_pid(&self) -> String {
        let pid = self.show(&["MainPID"])["MainPID"].clone();
        assert_ne!(pid, "0", "bivouac has no main process; journal: {}", self.journal());
        pid
    }

    fn journal(&self) -> String {
        self.exec(&["journalctl", "-u", "bivouac", "-o", "cat", "--no-pager"]).stdout
    }

    /// Before installing: listen on `port` on loopback, and a short watchdog.
    fn drop_in(&self, port: u16) {
        let text = format!("[Service]\nEnvironment=BIVOUAC_LISTEN=127.0.0.1:{port}\nWatchdogSec={WATCHDOG_SEC}\n");
        self.run(&["mkdir", "-p", "/etc/systemd/system/bivouac.service.d"]);
        std::fs::write(format!("/proc/{}/root/etc/systemd/system/bivouac.service.d/test.conf", self.init), text)
            .unwrap();
    }

    /// What an administrator does before an upgrade: edit the configuration.
    fn edit_config(&self) {
        self.run(&["sh", "-c", "echo '# edited by the admin' >> /etc/bivouac/bivouac.toml"]);
    }

    #[track_caller]
    fn assert_config_kept(&self) {
        let config = self.run(&["cat", "/etc/bivouac/bivouac.toml"]);
        assert!(config.contains("# edited by the admin"), "the upgrade replaced the configuration: {config}");
    }

    #[track_caller]
    fn assert_port_closed(&self, port: u16) {
        assert!(std::net::TcpStream::connect(("127.0.0.1", port)).is_err(), "something still listens on {port}");
    }

    /// The end of the container's console and systemd-nspawn's errors, to say why it failed.
    fn console(&self) -> String {
        let read = |f: &str| std::fs::read_to_string(self.share.join(f)).unwrap_or_default();
        let console = read("nspawn.log");
        let tail: Vec<&str> = console.lines().rev().take(15).collect::<Vec<_>>().into_iter().rev().collect();
        format!("systemd-nspawn said: {}\nconsole:\n{}", read("nspawn.err").trim(), tail.join("\n"))
    }
}

impl Drop for Container {
    fn drop(&mut self) {
        // SIGTERM makes systemd-nspawn power the container off cleanly.
        // SAFETY: kill(2) on our own child's pid.
        unsafe { libc::kill(self.nspawn.id() as i32, libc::SIGTERM) };
        let stopped = wait_until(20, || self.nspawn.try_wait().ok().flatten());
        if stopped.is_none() {
            let _ = self.nspawn.kill();
            let _ = self.nspawn.wait();
        }
        // Without systemd on the host, /run is not a tmpfs and systemd-nspawn leaves this behind.
        let _ = std::fs::remove_dir_all(format!("/run/systemd/nspawn/propagate/{}", self.name));
    }
}
