//! Decides which tests this machine cannot run, so they are reported as ignored, by name and with
//! the reason, instead of passing without having run:
//!
//! - `no_chromedriver`: the browser tests need Chromium and chromedriver.
//! - `no_packaging_tools`: the packaging tests need dpkg-deb, useradd and systemd-analyze, and
//!   installing a .deb into a root directory needs root.
//! - `no_container_tools`: the install tests under a real systemd need root, debootstrap,
//!   systemd-nspawn and nsenter.
//!
//! With `CI=true` nothing is ignored: a missing tool makes its tests fail. After installing a tool,
//! `touch build.rs` (or change PATH) so this runs again.

use std::path::Path;

fn on_path(tool: &str) -> bool {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain([Path::new("/usr/bin").to_path_buf(), Path::new("/usr/sbin").to_path_buf()])
        .any(|d| d.join(tool).is_file())
}

fn is_root() -> bool {
    std::process::Command::new("id").arg("-u").output().is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-env-changed=CI");
    println!("cargo::rerun-if-env-changed=PATH");
    println!("cargo::rerun-if-env-changed=CHROMEDRIVER");
    println!("cargo::rustc-check-cfg=cfg(no_chromedriver)");
    println!("cargo::rustc-check-cfg=cfg(no_packaging_tools)");
    println!("cargo::rustc-check-cfg=cfg(no_container_tools)");
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        return;
    }
    if std::env::var_os("CHROMEDRIVER").is_none() && !on_path("chromedriver") {
        println!("cargo::rustc-cfg=no_chromedriver");
    }
    if !(on_path("dpkg-deb") && on_path("useradd") && on_path("systemd-analyze") && is_root()) {
        println!("cargo::rustc-cfg=no_packaging_tools");
    }
    if !(on_path("debootstrap") && on_path("systemd-nspawn") && on_path("nsenter") && is_root()) {
        println!("cargo::rustc-cfg=no_container_tools");
    }
}
