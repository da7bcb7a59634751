//! `bivouac`: parse the command line, load the configuration, start logging, run.

use std::process::ExitCode;

use bivouac::config::{Config, help_text};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let env: Vec<(String, String)> = std::env::vars().collect();
    let (command, rest) = match args.first().map(String::as_str) {
        Some("--help" | "-h" | "help") => {
            print!("{}", help_text());
            return ExitCode::SUCCESS;
        }
        Some("--version" | "-V") => {
            println!("bivouac {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        Some(c @ ("serve" | "check" | "backup" | "restore" | "reindex")) => (c, &args[1..]),
        _ => ("serve", &args[..]),
    };
    let (file, flags) = match command {
        "backup" | "restore" => match rest.split_first() {
            Some((f, flags)) if !f.starts_with("--") => (Some(f.clone()), flags),
            _ => return fail(format!("usage: bivouac {command} FILE [flags]")),
        },
        _ => (None, rest),
    };
    let config = match Config::load(flags, &env) {
        Ok(c) => c,
        Err(e) => return fail(e),
    };
    if let Err(e) = bivouac::telemetry::init(&config.log) {
        return fail(e);
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(r) => r,
        Err(e) => return fail(format!("cannot start the async runtime: {e}")),
    };
    let result = runtime.block_on(bivouac::app::command(command, config, file));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(e),
    }
}

fn fail(message: String) -> ExitCode {
    eprintln!("bivouac: {message}");
    ExitCode::from(2)
}
