//! The harness the integration tests (`tests/it`) and the benchmarks (`benches/scenarios`) share:
//! the `bivouac` binary as a child process, and seeding a data directory through the library.
//! Both include it with `#[path = ".../tests/support/mod.rs"] mod support;`. Cargo builds no
//! target of its own from it (only `tests/*.rs` and `tests/*/main.rs` are test targets).
//!
//! It must not depend on either target: conveniences built on `tests/it/helpers.rs` (a signed-in
//! `User`) stay in `tests/it`, report formatting stays in `benches/scenarios`.

// Compiled into two targets, each of which uses only part of it (the tests neither read CPU time
// nor use the `Seeder`; the benchmarks neither run commands nor log to a file): an item one target
// leaves unused is expected here, so the lint is off for this module only.
#![allow(dead_code)]

pub mod process;
pub mod seed;
