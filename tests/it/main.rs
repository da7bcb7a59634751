//! One integration test binary: every test starts a real server on port 0 with a fresh data
//! directory (see `helpers`).

mod auth;
mod basics;
mod browser;
mod browser_people;
mod helpers;
mod invites;
mod people;
mod smtp;
mod store;
