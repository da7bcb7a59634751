//! Random tokens, token hashing, and password hashing with bounded concurrency.
//!
//! Tokens (sessions, setup, invitations, password resets) are 256 random bits from the OS, shown
//! to their holder once as base64url, and stored only as a BLAKE2s-256 hash: a copy of the data file
//! holds nothing that signs anyone in.

use std::sync::{Arc, OnceLock};

use argon2::password_hash::PasswordHasher as _;
use argon2::password_hash::PasswordVerifier as _;
use argon2::{Algorithm, Argon2, Params, Version};
use blake2::{Blake2s256, Digest};
use tokio::sync::Semaphore;

use crate::error::{Error, Result};

pub type TokenHash = [u8; 32];

pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut b = [0u8; N];
    // Without an OS random source nothing here is safe; stop rather than continue weakly.
    getrandom::fill(&mut b).expect("the OS random source failed");
    b
}

/// A new token and its hash: give the token out, store the hash.
pub fn new_token() -> (String, TokenHash) {
    let token = base64url(&random_bytes::<32>());
    let hash = hash_token(&token);
    (token, hash)
}

pub fn hash_token(token: &str) -> TokenHash {
    Blake2s256::digest(token.as_bytes()).into()
}

/// The server's secret key, kept in a 0600 file beside the data file (never inside it, never in a
/// backup of it). Tokens that must travel in mail are derived from it and a record id at the
/// moment the mail is sent, so the data file holds only their hashes.
#[derive(Clone)]
pub struct Secret(std::sync::Arc<[u8; 32]>);

impl Secret {
    pub const FILE: &'static str = "secret.key";

    /// Reads `<data_dir>/secret.key`, or makes one (32 random bytes, mode 0600) if there is none.
    pub fn load_or_create(data_dir: &std::path::Path) -> std::io::Result<Secret> {
        let path = data_dir.join(Self::FILE);
        match std::fs::read(&path) {
            Ok(bytes) => {
                let key: [u8; 32] = bytes.as_slice().try_into().map_err(|_| {
                    std::io::Error::other(format!("{} is damaged (it must hold 32 bytes)", path.display()))
                })?;
                Ok(Secret(std::sync::Arc::new(key)))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                use std::io::Write;
                #[cfg(unix)]
                use std::os::unix::fs::OpenOptionsExt;
                let key = random_bytes::<32>();
                let mut opts = std::fs::OpenOptions::new();
                opts.write(true).create_new(true);
                #[cfg(unix)]
                opts.mode(0o600);
                let mut f = opts.open(&path)?;
                f.write_all(&key)?;
                f.sync_all()?;
                Ok(Secret(std::sync::Arc::new(key)))
            }
            Err(e) => Err(e),
        }
    }

    /// A key for tests and tools that need one but keep nothing.
    pub fn ephemeral() -> Secret {
        Secret(std::sync::Arc::new(random_bytes::<32>()))
    }

    /// The token for (`purpose`, `id`): 256 bits, the same every time it is asked for, and
    /// unguessable without the key. (BLAKE2 keyed by prefix is a MAC: it has no length extension.)
    pub fn token(&self, purpose: &str, id: u64) -> String {
        let d = Blake2s256::new()
            .chain_update(self.0.as_slice())
            .chain_update(purpose.as_bytes())
            .chain_update([0u8])
            .chain_update(id.to_be_bytes())
            .finalize();
        base64url(&d)
    }

    /// A short fingerprint, to notice that the data file meets another key than before.
    pub fn fingerprint(&self) -> [u8; 8] {
        let d = Blake2s256::new().chain_update(b"fingerprint").chain_update(self.0.as_slice()).finalize();
        let mut f = [0u8; 8];
        f.copy_from_slice(&d[..8]);
        f
    }
}

/// Compares without an early exit, so timing does not tell how much matched.
pub fn ct_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

pub fn base64url(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |acc, (i, b)| acc | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..=chunk.len() {
            out.push(A[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// OWASP's argon2id parameters: 19 MiB, 2 passes, 1 lane.
fn argon2() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, Some(32)).expect("valid argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hashes and verifies passwords on the blocking pool, at most `concurrency` at a time: each hash
/// takes ~20 ms of CPU and 19 MiB, so a sign-in flood queues here instead of starving the server.
/// When too many wait already, new ones are turned away at once (503 with Retry-After) rather than
/// queued behind a flood.
#[derive(Clone)]
pub struct Passwords {
    permits: Arc<Semaphore>,
    waiting: Arc<std::sync::atomic::AtomicUsize>,
}

/// The most hashing requests that may wait for a turn.
const MAX_WAITING: usize = 32;

impl Passwords {
    pub fn new(concurrency: usize) -> Passwords {
        Passwords { permits: Arc::new(Semaphore::new(concurrency.max(1))), waiting: Arc::default() }
    }

    async fn run<T: Send + 'static>(&self, f: impl FnOnce() -> T + Send + 'static) -> Result<T> {
        use std::sync::atomic::Ordering;
        if self.waiting.fetch_add(1, Ordering::SeqCst) >= MAX_WAITING {
            self.waiting.fetch_sub(1, Ordering::SeqCst);
            let mut e = Error::unavailable("busy", crate::msg!("busy-passwords"));
            e.retry_after = Some(1);
            return Err(e);
        }
        let permit = self.permits.acquire().await;
        self.waiting.fetch_sub(1, Ordering::SeqCst);
        let _permit = permit.map_err(Error::internal)?;
        tokio::task::spawn_blocking(f).await.map_err(Error::internal)
    }

    pub async fn hash(&self, password: String) -> Result<String> {
        self.run(move || {
            let salt = random_bytes::<16>();
            argon2()
                .hash_password_with_salt(password.as_bytes(), &salt)
                .map(|h| h.to_string())
                .map_err(|e| Error::internal(format!("argon2: {e}")))
        })
        .await?
    }

    /// True if `password` matches `hash`. With no hash (unknown account, or no password set yet)
    /// a dummy hash is checked instead, so the answer takes the same time either way.
    pub async fn verify(&self, password: String, hash: Option<String>) -> Result<bool> {
        self.run(move || {
            let real = hash.as_deref().filter(|h| !h.is_empty());
            let target = real.unwrap_or_else(|| dummy_hash());
            let ok = argon2().verify_password(password.as_bytes(), target).is_ok();
            ok && real.is_some()
        })
        .await
    }
}

fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| {
        let salt = random_bytes::<16>();
        argon2().hash_password_with_salt(&random_bytes::<16>(), &salt).map(|h| h.to_string()).unwrap_or_default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_matches_rfc4648() {
        assert_eq!(base64url(b""), "");
        assert_eq!(base64url(b"f"), "Zg");
        assert_eq!(base64url(b"fo"), "Zm8");
        assert_eq!(base64url(b"foo"), "Zm9v");
        assert_eq!(base64url(&[0xfb, 0xff]), "-_8");
        assert_eq!(new_token().0.len(), 43);
    }

    #[test]
    fn ct_eq_compares() {
        assert!(ct_eq(b"abc", b"abc"));
        assert!(!ct_eq(b"abc", b"abd"));
        assert!(!ct_eq(b"abc", b"ab"));
    }

    #[tokio::test]
    async fn hashes_verify_with_owasp_parameters() {
        let p = Passwords::new(2);
        let h = p.hash("correct horse".into()).await.unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(p.verify("correct horse".into(), Some(h.clone())).await.unwrap());
        assert!(!p.verify("wrong horse".into(), Some(h)).await.unwrap());
        assert!(!p.verify("anything".into(), None).await.unwrap());
    }
}
