//! Failure counting for login, setup and password reset: after too many failures per client
//! address or per account within a window, answer 429 until the window passes.
//!
//! A std `Mutex` (not tokio's): it is held for a hash-map lookup, never across an await.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use crate::clock::{SharedClock, Timestamp};
use crate::error::{Error, Result};

#[derive(Clone, Copy, Debug)]
pub struct Rule {
    pub max_failures: u32,
    pub window: Duration,
}

/// 10 failures per account and 30 per client address in 15 minutes.
pub const ACCOUNT: Rule = Rule { max_failures: 10, window: Duration::from_secs(15 * 60) };
pub const CLIENT: Rule = Rule { max_failures: 30, window: Duration::from_secs(15 * 60) };
/// Password-reset mails: at most 5 per account an hour (more requests are answered, quietly).
pub const RESETS: Rule = Rule { max_failures: 5, window: Duration::from_secs(3600) };

struct Window {
    start: Timestamp,
    failures: u32,
    rule: Rule,
}

pub struct Limiter {
    clock: SharedClock,
    windows: Mutex<HashMap<String, Window>>,
}

/// Entries kept before expired ones are swept out.
const SWEEP_AT: usize = 10_000;

impl Limiter {
    pub fn new(clock: SharedClock) -> Limiter {
        Limiter { clock, windows: Mutex::new(HashMap::new()) }
    }

    /// 429 with the seconds left if any key is over its limit.
    pub fn check(&self, keys: &[(&str, Rule)]) -> Result<()> {
        let now = self.clock.now();
        let windows = self.windows.lock().unwrap_or_else(|p| p.into_inner());
        let mut wait = Duration::ZERO;
        for (key, _) in keys {
            if let Some(w) = windows.get(*key) {
                let ends = w.start.plus(w.rule.window);
                if w.failures >= w.rule.max_failures && ends > now {
                    wait = wait.max(ends.since(now));
                }
            }
        }
        if wait.is_zero() { Ok(()) } else { Err(Error::too_many(wait.as_secs_f64().ceil() as u64)) }
    }

    pub fn fail(&self, keys: &[(&str, Rule)]) {
        let now = self.clock.now();
        let mut windows = self.windows.lock().unwrap_or_else(|p| p.into_inner());
        if windows.len() >= SWEEP_AT {
            windows.retain(|_, w| w.start.plus(w.rule.window) > now);
        }
        for (key, rule) in keys {
            let w = windows.entry((*key).to_string()).or_insert(Window { start: now, failures: 0, rule: *rule });
            if w.start.plus(w.rule.window) <= now {
                *w = Window { start: now, failures: 0, rule: *rule };
            }
            w.failures += 1;
        }
    }

    /// Forgets failures for `key` (after a successful sign-in to that account).
    pub fn clear(&self, key: &str) {
        self.windows.lock().unwrap_or_else(|p| p.into_inner()).remove(key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::ManualClock;
    use std::sync::Arc;

    #[test]
    fn blocks_after_limit_and_recovers_after_window() {
        let clock = Arc::new(ManualClock::default());
        let l = Limiter::new(clock.clone());
        let rule = Rule { max_failures: 3, window: Duration::from_secs(60) };
        for _ in 0..3 {
            assert!(l.check(&[("a", rule)]).is_ok());
            l.fail(&[("a", rule)]);
        }
        let e = l.check(&[("a", rule), ("b", rule)]).unwrap_err();
        assert_eq!(e.retry_after, Some(60));
        assert!(l.check(&[("b", rule)]).is_ok());
        clock.advance(Duration::from_secs(61));
        assert!(l.check(&[("a", rule)]).is_ok());
    }
}
