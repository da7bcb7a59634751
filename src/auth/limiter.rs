//! Failure counting for sign-in, setup and password reset: after too many failures per client
//! address or per account within a window, answer 429 until the window passes.
//!
//! Built so that nobody who is not signed in can grow it without bound or race past it:
//! - keys are a fixed-size hash of what they name (an address, an account), so a 200 KB "email"
//!   costs what a short one does;
//! - the table holds at most [`MAX_KEYS`] windows; when full, expired windows go first, then the
//!   oldest half;
//! - an attempt is counted when it starts ([`Limiter::reserve`]), before any password is hashed,
//!   so parallel attempts cannot slip past the limit; a success gives its count back.
//!
//! The per-account limit would let anyone lock the Owner out by failing on purpose. So an address
//! that has signed in to an account successfully before is exempt from that account's limit (it
//! still has its own per-address limit): the Owner's usual computer keeps working during an attack
//! from elsewhere.
//!
//! A std `Mutex` (not tokio's): it is held for a hash-map lookup, never across an await.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use blake2::{Blake2s256, Digest};

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

/// The most windows (and, separately, known sign-in addresses) kept: a few MB at most.
pub const MAX_KEYS: usize = 100_000;
/// How long an address that signed in to an account stays exempt from its account limit.
const KNOWN_FOR: Duration = Duration::from_secs(90 * 86_400);

/// What a limiter key names, as a fixed-size hash.
type Key = [u8; 16];

fn key(what: &str) -> Key {
    let d = Blake2s256::digest(what.as_bytes());
    let mut k = [0u8; 16];
    k.copy_from_slice(&d[..16]);
    k
}

struct Window {
    start: Timestamp,
    failures: u32,
    rule: Rule,
}

impl Window {
    fn ends(&self) -> Timestamp {
        self.start.plus(self.rule.window)
    }
}

pub struct Limiter {
    clock: SharedClock,
    windows: Mutex<HashMap<Key, Window>>,
    /// (account, address) pairs that signed in successfully, and when.
    known: Mutex<HashMap<Key, Timestamp>>,
}

/// An attempt counted in advance; [`Reservation::succeeded`] gives it back.
pub struct Reservation<'a> {
    limiter: &'a Limiter,
    keys: Vec<Key>,
}

impl Reservation<'_> {
    /// The attempt worked: it does not count as a failure.
    pub fn succeeded(self) {
        let mut windows = self.limiter.lock_windows();
        for k in &self.keys {
            if let Some(w) = windows.get_mut(k) {
                w.failures = w.failures.saturating_sub(1);
            }
        }
    }
}

impl Limiter {
    pub fn new(clock: SharedClock) -> Limiter {
        Limiter { clock, windows: Mutex::new(HashMap::new()), known: Mutex::new(HashMap::new()) }
    }

    fn lock_windows(&self) -> std::sync::MutexGuard<'_, HashMap<Key, Window>> {
        self.windows.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// 429 with the seconds left if any key is over its limit.
    pub fn check(&self, keys: &[(&str, Rule)]) -> Result<()> {
        let now = self.clock.now();
        let windows = self.lock_windows();
        let hashed: Vec<(Key, Rule)> = keys.iter().map(|(k, r)| (key(k), *r)).collect();
        refusal(&windows, &hashed, now)
    }

    /// Counts one attempt for every key now, unless one is over its limit already (429). Call
    /// [`Reservation::succeeded`] when the attempt works.
    pub fn reserve(&self, keys: &[(&str, Rule)]) -> Result<Reservation<'_>> {
        let now = self.clock.now();
        let hashed: Vec<(Key, Rule)> = keys.iter().map(|(k, r)| (key(k), *r)).collect();
        let mut windows = self.lock_windows();
        refusal(&windows, &hashed, now)?;
        count(&mut windows, &hashed, now);
        Ok(Reservation { limiter: self, keys: hashed.iter().map(|(k, _)| *k).collect() })
    }

    /// Records a failure for every key.
    pub fn fail(&self, keys: &[(&str, Rule)]) {
        let now = self.clock.now();
        let hashed: Vec<(Key, Rule)> = keys.iter().map(|(k, r)| (key(k), *r)).collect();
        count(&mut self.lock_windows(), &hashed, now);
    }

    /// Forgets failures for `key` (after a successful sign-in to that account).
    pub fn clear(&self, what: &str) {
        self.lock_windows().remove(&key(what));
    }

    /// Remembers that `address` signed in to `account` successfully.
    pub fn remember_sign_in(&self, account: &str, address: &str) {
        let now = self.clock.now();
        let mut known = self.known.lock().unwrap_or_else(|p| p.into_inner());
        if known.len() >= MAX_KEYS {
            known.retain(|_, at| at.plus(KNOWN_FOR) > now);
            if known.len() >= MAX_KEYS {
                let mut times: Vec<Timestamp> = known.values().copied().collect();
                let mid = times.len() / 2;
                let (_, cut, _) = times.select_nth_unstable(mid);
                let cut = *cut;
                known.retain(|_, at| *at > cut);
            }
        }
        known.insert(key(&format!("{account}\u{0}{address}")), now);
    }

    /// Whether `address` signed in to `account` successfully not long ago.
    pub fn known_sign_in(&self, account: &str, address: &str) -> bool {
        let now = self.clock.now();
        let known = self.known.lock().unwrap_or_else(|p| p.into_inner());
        known.get(&key(&format!("{account}\u{0}{address}"))).is_some_and(|at| at.plus(KNOWN_FOR) > now)
    }

    /// How many windows are kept now (for tests and metrics).
    pub fn len(&self) -> usize {
        self.lock_windows().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

fn refusal(windows: &HashMap<Key, Window>, keys: &[(Key, Rule)], now: Timestamp) -> Result<()> {
    let mut wait = Duration::ZERO;
    for (k, _) in keys {
        if let Some(w) = windows.get(k)
            && w.failures >= w.rule.max_failures
            && w.ends() > now
        {
            wait = wait.max(w.ends().since(now));
        }
    }
    if wait.is_zero() { Ok(()) } else { Err(Error::too_many(wait.as_secs_f64().ceil() as u64)) }
}

fn count(windows: &mut HashMap<Key, Window>, keys: &[(Key, Rule)], now: Timestamp) {
    if windows.len() + keys.len() > MAX_KEYS {
        make_room(windows, now);
    }
    for (k, rule) in keys {
        let w = windows.entry(*k).or_insert(Window { start: now, failures: 0, rule: *rule });
        if w.ends() <= now {
            *w = Window { start: now, failures: 0, rule: *rule };
        }
        w.failures += 1;
    }
}

/// Drops expired windows; if that is not enough, the older half (one pass, so a flood of new
/// keys costs amortised constant time per key).
fn make_room(windows: &mut HashMap<Key, Window>, now: Timestamp) {
    windows.retain(|_, w| w.ends() > now);
    if windows.len() * 4 > MAX_KEYS * 3 {
        let mut starts: Vec<Timestamp> = windows.values().map(|w| w.start).collect();
        let mid = starts.len() / 2;
        let (_, cut, _) = starts.select_nth_unstable(mid);
        let cut = *cut;
        windows.retain(|_, w| w.start > cut);
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

    #[test]
    fn reservations_count_before_the_work_and_success_gives_back() {
        let clock = Arc::new(ManualClock::default());
        let l = Limiter::new(clock);
        let rule = Rule { max_failures: 3, window: Duration::from_secs(60) };
        // Three attempts in flight at once: the fourth is refused before any of them finished.
        let held: Vec<_> = (0..3).map(|_| l.reserve(&[("acct", rule)]).unwrap()).collect();
        assert!(l.reserve(&[("acct", rule)]).is_err());
        held.into_iter().for_each(Reservation::succeeded);
        assert!(l.reserve(&[("acct", rule)]).is_ok());
    }

    #[test]
    fn memory_is_bounded_whatever_the_keys() {
        let clock = Arc::new(ManualClock::default());
        let l = Limiter::new(clock);
        let long = "x".repeat(10_000);
        for i in 0..(MAX_KEYS * 2) {
            l.fail(&[(&format!("{long}{i}"), ACCOUNT)]);
        }
        assert!(l.len() <= MAX_KEYS, "{} windows", l.len());
    }
}
