//! One integration test binary: every test starts a real server on port 0 with a fresh data
//! directory (see `helpers`); `support` is the harness it shares with the benchmarks.

mod abuse;
mod architecture;
mod auth;
mod basics;
mod bots;
mod bots_hooks;
mod bots_matrix;
mod browser;
mod browser_bots;
mod browser_chat;
mod browser_files;
mod browser_languages;
mod browser_notify;
mod browser_people;
mod browser_week;
mod catalogs;
mod chat;
mod files;
mod first_week;
mod fuzz;
mod helpers;
mod hostile;
#[cfg(target_os = "linux")]
mod install;
mod invites;
mod languages;
mod live;
mod matrix;
mod notify;
mod ops;
mod people;
mod process;
mod reliability;
mod search;
mod security;
mod sidebar;
mod smtp;
mod store;
#[path = "../support/mod.rs"]
mod support;
