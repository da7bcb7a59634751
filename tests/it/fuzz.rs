//! A fuzz target per parser of untrusted input: every request-body field type, cursors, ids,
//! dates, durations, sizes, the mention syntax, the command line and environment. Each gets
//! arbitrary (and near-valid) input and must answer without a panic; what it accepts must satisfy
//! the type's promise. (The stored-record decoders have theirs in `src/store/codec.rs`; whole
//! requests, query strings and WebSocket frames go through the running server in `hostile.rs`.)
//!
//! `FUZZ_CASES` sets the cases per target: a short run in CI (256), a long one by hand:
//! `FUZZ_CASES=200000 cargo test --release --test it fuzz`.

use bivouac::input::{Body, ClientId, Description, Email, Line, Name, Password};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

fn cases() -> u32 {
    std::env::var("FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(256)
}

fn run<S: Strategy>(strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>)
where
    S::Value: std::fmt::Debug,
{
    let mut runner = TestRunner::new(Config { failure_persistence: None, ..Config::with_cases(cases()) });
    runner.run(&strategy, test).unwrap();
}

/// Text that is often almost right: letters, digits, the separators parsers look for, Unicode
/// that is hard to get right (combining marks, direction controls, zero-width characters).
fn texty() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,80}",
        "[a-z0-9@._+ -]{0,60}",
        proptest::collection::vec(
            prop_oneof![
                Just('\u{202E}'),
                Just('\u{200B}'),
                Just('\u{200D}'),
                Just('\u{0301}'),
                Just('\u{FEFF}'),
                Just('#'),
                Just('@'),
                Just('<'),
                Just('>'),
                Just('\n'),
                Just('é'),
                Just('ё'),
                Just('a'),
                Just(' '),
            ],
            0..40
        )
        .prop_map(|v| v.into_iter().collect()),
    ]
}

#[test]
fn fuzz_email() {
    run(texty(), |s| {
        if let Ok(e) = Email::parse(&s) {
            prop_assert!(e.as_str().len() <= Email::MAX);
            prop_assert_eq!(e.as_str(), e.as_str().to_lowercase());
            prop_assert_eq!(Email::parse(e.as_str()).unwrap(), e);
        }
        Ok(())
    });
}

#[test]
fn fuzz_names_lines_descriptions() {
    run(texty(), |s| {
        for (parsed, max) in [
            (Name::first_name(&s).map(Name::into_string), 100),
            (Name::channel(&s).map(Name::into_string), 80),
            (Name::folder(&s).map(Name::into_string), 60),
            (Line::title(&s).map(Line::into_string), 100),
            (Line::phone(&s).map(Line::into_string), 40),
        ] {
            if let Ok(v) = parsed {
                prop_assert!(v.chars().count() <= max);
                let hidden = v.chars().any(|c| c.is_control() || ('\u{202A}'..='\u{202E}').contains(&c));
                prop_assert!(!hidden, "{:?} keeps a control or override", v);
                prop_assert_eq!(v.trim(), v.as_str());
            }
        }
        if let Ok(d) = Description::parse(&s) {
            prop_assert!(d.as_str().chars().count() <= Description::MAX);
        }
        Ok(())
    });
}

#[test]
fn fuzz_passwords_bodies_client_ids() {
    run(texty(), |s| {
        if Password::parse(s.clone()).is_ok() {
            prop_assert!((Password::MIN..=Password::MAX).contains(&s.chars().count()));
        }
        if let Ok(b) = Body::parse(&s) {
            prop_assert!(!b.as_str().is_empty() && b.as_str().chars().count() <= Body::MAX);
        }
        if let Ok(c) = ClientId::parse(&s) {
            prop_assert!(c.as_str().len() <= ClientId::MAX);
        }
        let _ = bivouac::chat::format::mentions(&s);
        let _ = bivouac::invites::parse_role(&s);
        Ok(())
    });
}

#[test]
fn fuzz_cursors_ids_times_sizes() {
    run(prop_oneof![texty(), "[0-9a-f]{0,40}", "[0-9a-z]{13}", "[0-9]{1,8}(s|m|h|d|MiB|GiB|KiB|B)?"], |s| {
        if let Ok(c) = bivouac::store::Cursor::parse(&s) {
            prop_assert_eq!(bivouac::store::Cursor::parse(&c.encode()).unwrap(), c);
        }
        if let Ok(id) = s.parse::<bivouac::ids::PersonId>() {
            prop_assert_eq!(id.to_string(), s.to_lowercase());
        }
        if let Some(t) = bivouac::clock::Timestamp::parse(&s) {
            prop_assert!(bivouac::clock::Timestamp::parse(&t.to_rfc3339()).is_some());
        }
        let _ = bivouac::clock::parse_duration(&s);
        let _ = bivouac::config::parse_bytes(&s);
        Ok(())
    });
}

#[test]
fn fuzz_command_line_and_environment() {
    let keys = ["listen", "data-dir", "base-url", "max-body", "session-idle-timeout", "smtp-port", "smtp-from", "log"];
    run((proptest::sample::select(keys.to_vec()), texty(), texty()), |(key, value, env)| {
        let args = vec![format!("--{key}"), value];
        let env = vec![("BIVOUAC_MAX_UPLOAD".to_string(), env.clone()), ("BIVOUAC_LISTEN".to_string(), env)];
        let _ = bivouac::config::Config::load(&args, &env);
        Ok(())
    });
}

#[test]
fn fuzz_reaction_and_status_text() {
    run(texty(), |s| {
        if let Ok(r) = bivouac::input::Reaction::parse(&s) {
            let e = r.as_str();
            prop_assert!(!e.is_empty() && e.chars().count() <= 32);
            prop_assert!(!e.chars().any(|c| c.is_whitespace() || c.is_control()));
            let bidi = e.chars().any(|c| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'));
            prop_assert!(!bidi, "a direction control passed: {:?}", e);
        }
        if let Ok(t) = bivouac::input::status_text(&s) {
            prop_assert!(t.chars().count() <= 100 && !t.chars().any(char::is_control));
        }
        Ok(())
    });
}

#[test]
fn fuzz_push_subscription_and_quiet_hours() {
    let parts = (
        prop_oneof![
            texty(),
            "https://[a-z0-9.:\\[\\]-]{0,30}/[a-z0-9/]{0,20}",
            "http://(127\\.0\\.0\\.1|10\\.[0-9]\\.0\\.1|localhost|push\\.example\\.com)(:[0-9]{1,5})?/x",
        ],
        prop_oneof![texty(), "[A-Za-z0-9_=-]{80,92}"],
        prop_oneof![texty(), "[A-Za-z0-9_=-]{20,24}"],
        any::<bool>(),
    );
    run(parts, |(endpoint, p256dh, auth, private)| {
        if let Ok(s) = bivouac::notify::push::NewSubscription::parse(&endpoint, &p256dh, &auth, private) {
            prop_assert!(s.endpoint.starts_with("https://") || private && s.endpoint.starts_with("http://"));
            prop_assert_eq!(s.p256dh.len(), 65);
            prop_assert_eq!(s.auth.len(), 16);
        }
        Ok(())
    });
    run(texty(), |s| {
        if let Some(m) = bivouac::notify::parse_hhmm(&s) {
            prop_assert!(m < 24 * 60);
        }
        Ok(())
    });
}
