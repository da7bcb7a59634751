//! Accounts and sessions: first-run setup, sign-in, sign-out, and the rules of a live session.
//!
//! Layer: domain (below `people` and `invites`, which start and end sessions through it).
//!
//! Sessions are 256-bit random tokens in an HttpOnly cookie, stored only as a hash, with an idle
//! timeout and an absolute lifetime. Each session has its own CSRF token, which state-changing
//! requests send back in `X-CSRF-Token`.

pub mod limiter;

use std::path::Path;
use std::time::Duration;

use crate::clock::Timestamp;
use crate::crypto::{self, Passwords, TokenHash};
use crate::error::{Error, Result};
use crate::i18n::{Arg, Lang, Msg};
use crate::ids::PersonId;
use crate::input::{Email, Name, Password};
use crate::model::{EndReason, Person, PersonState, Role, Session, SessionEnd};
use crate::msg;
use crate::policy::{self, Allowed, account};
use crate::store::{self, Reader, Store, WriteTx};

use limiter::Limiter;

pub const COOKIE: &str = "bivouac_session";
pub const CSRF_HEADER: &str = "x-csrf-token";
pub const SETUP_LINK_FILE: &str = "setup-link.txt";

/// A session just created: the token goes into the cookie, the rest into the response.
pub struct NewSession {
    pub token: String,
    pub csrf: String,
    pub person: Person,
}

/// Creates a session for `person` inside `tx`. When `replacing` names the session the request
/// arrived with, that one ends: a cookie from before sign-in is never honoured after it.
pub fn start_session(
    tx: &mut WriteTx<'_>,
    ok: &Allowed,
    person: &Person,
    replacing: Option<&TokenHash>,
) -> Result<NewSession> {
    if let Some(old) = replacing {
        store::sessions::delete(tx, ok, old)?;
    }
    let (token, key) = crypto::new_token();
    let csrf = crypto::base64url(&crypto::random_bytes::<24>());
    let now = tx.now();
    store::sessions::create(
        tx,
        ok,
        &key,
        &Session { person: person.id, csrf: csrf.clone(), created_at: now, last_seen: now },
    )?;
    Ok(NewSession { token, csrf, person: person.clone() })
}

/// Ends every session of `person` (but `keep`) and closes their live connections. `why` (the
/// reason, and who did it) is kept a while, so the browsers signed out this way can say why.
pub fn end_all_sessions(
    tx: &mut WriteTx<'_>,
    ok: &Allowed,
    person: PersonId,
    keep: Option<&TokenHash>,
    why: EndReason,
    by: Option<PersonId>,
) -> Result<usize> {
    let n = store::sessions::delete_all_of(tx, ok, person, keep, Some((why, by)))?;
    if keep.is_none() {
        tx.emit(crate::events::Event::disconnect(person));
    }
    Ok(n)
}

/// What a browser whose session was ended (`end`) is told, in words, naming who did it.
pub fn ended_message(r: &impl Reader, end: &SessionEnd) -> Msg {
    let by = end.by.and_then(|id| store::people::get(r, id).ok().flatten()).map(|p| p.full_name());
    match (end.reason, by) {
        (EndReason::RoleChanged, Some(by)) => msg!("ended-role-changed-by", name = by),
        (EndReason::RoleChanged, None) => msg!("ended-role-changed"),
        (EndReason::Deactivated, Some(by)) => msg!("ended-deactivated-by", name = by),
        (EndReason::Deactivated, None) => msg!("ended-deactivated"),
        (EndReason::Deleted, Some(by)) => msg!("ended-deleted-by", name = by),
        (EndReason::Deleted, None) => msg!("ended-deleted"),
        (EndReason::AccessEnded, _) => msg!("access-ended", date = Arg::Date(end.at.millis())),
        (EndReason::PasswordChanged, _) => msg!("ended-password-changed"),
        (EndReason::PasswordReset, _) => msg!("ended-password-reset"),
    }
}

/// How long sessions live.
#[derive(Clone, Copy, Debug)]
pub struct Lifetimes {
    pub idle: Duration,
    pub max_age: Duration,
}

/// A session's last use is written to the store at most this often (or a tenth of the idle
/// timeout, if that is shorter); in between, [`Activity`] remembers it.
pub const TOUCH_EVERY: Duration = Duration::from_secs(60);

/// When each session was last used, to the request: the idle timeout counts from here, not from
/// the last time the store was told (at most once a minute, so a write per request is avoided).
/// Holds an entry per session used since start; entries go with their session, and those idle
/// longer than any timeout are swept out.
#[derive(Default)]
pub struct Activity {
    last: std::sync::Mutex<std::collections::HashMap<TokenHash, Timestamp>>,
}

impl Activity {
    fn lock(&self) -> std::sync::MutexGuard<'_, std::collections::HashMap<TokenHash, Timestamp>> {
        self.last.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn last(&self, key: &TokenHash) -> Option<Timestamp> {
        self.lock().get(key).copied()
    }

    /// Records a use of the session now; sweeps out entries idle longer than `idle`.
    pub fn seen(&self, key: TokenHash, now: Timestamp, idle: Duration) {
        let mut m = self.lock();
        if m.len() >= 4096 && m.len().is_power_of_two() {
            m.retain(|_, at| now.since(*at) < idle);
        }
        m.insert(key, now);
    }

    pub fn forget(&self, key: &TokenHash) {
        self.lock().remove(key);
    }
}

/// A session found for a request, with its person, who may still sign in.
pub struct Live {
    pub session: Session,
    pub person: Person,
    /// The session's last use should be written to the store.
    pub touch: bool,
}

/// The live session with hash `key`, or why there is none: unknown, idle or too old, or its
/// person may not sign in any more (`Err(true)`: the session row should be removed).
pub fn live_session(
    r: &impl Reader,
    key: &TokenHash,
    life: Lifetimes,
    activity: &Activity,
) -> std::result::Result<Live, bool> {
    let Ok(Some(session)) = store::sessions::get(r, key) else { return Err(false) };
    let now = r.now();
    let last_use = activity.last(key).map_or(session.last_seen, |a| a.max(session.last_seen));
    let expired = now.since(last_use) >= life.idle || now.since(session.created_at) >= life.max_age;
    match store::people::get(r, session.person) {
        Ok(Some(person)) if !expired && person.can_sign_in(now) => {
            let touch = now.since(session.last_seen) >= TOUCH_EVERY.min(life.idle / 10);
            Ok(Live { session, person, touch })
        }
        _ => Err(true),
    }
}

/// Records a use of the session, for its idle timeout (a system write: nobody asked for it).
/// `at` is when the request came (not when this write runs, which may be later under load: the
/// idle timeout counts from the use itself).
pub async fn touch(store: &Store, key: TokenHash, at: Timestamp) {
    let _ = store.write(move |tx| store::sessions::touch(tx, &policy::system("record session use"), &key, at)).await;
}

/// Removes a session that has ended (idle, too old, or its person lost access).
pub async fn drop_session(store: &Store, key: TokenHash) {
    let _ = store.write(move |tx| store::sessions::delete(tx, &policy::system("drop an ended session"), &key)).await;
}

/// Whether the workspace still waits for its first Owner.
pub fn setup_needed(r: &impl Reader) -> Result<bool> {
    Ok(account::check(r, account::Action::Setup).is_ok())
}

/// At start: if nobody owns this workspace yet, make a fresh one-time setup token, print the link
/// and write it to a 0600 file in the data directory. Otherwise make sure no token or file is left.
pub async fn prepare_setup(store: &Store, data_dir: &Path, base_url: &str) -> Result<Option<String>> {
    let file = data_dir.join(SETUP_LINK_FILE);
    let startup = policy::system("prepare the setup link");
    if !setup_needed(&store.read()?)? {
        let _ = std::fs::remove_file(&file);
        if store::meta::setup_token_hash(&store.read()?)?.is_some() {
            store.write(move |tx| store::meta::set_setup_token_hash(tx, &startup, None)).await?;
        }
        return Ok(None);
    }
    let (token, hash) = crypto::new_token();
    store.write(move |tx| store::meta::set_setup_token_hash(tx, &startup, Some(hash))).await?;
    let link = format!("{base_url}/setup?token={token}");
    write_private_file(&file, &format!("{link}\n"))
        .map_err(|e| Error::internal(format!("writing {}: {e}", file.display())))?;
    tracing::info!(
        "No owner yet. Open this one-time setup link to create the owner account: {link} \
         (also in {})",
        file.display()
    );
    Ok(Some(link))
}

fn write_private_file(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    #[cfg(unix)]
    use std::os::unix::fs::OpenOptionsExt;
    let _ = std::fs::remove_file(path);
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    opts.mode(0o600);
    opts.open(path)?.write_all(text.as_bytes())
}

/// The setup form, validated.
pub struct SetupInput {
    pub token: String,
    pub first_name: Name,
    pub last_name: Name,
    pub email: Email,
    pub password: Password,
    pub company_name: Option<Name>,
    /// The workspace's default language, as the Owner's browser reads (or as they chose).
    pub language: Lang,
}

/// Creates the Owner with the one-time setup token, and signs them in. `then` runs in the same
/// transaction with the new Owner (the workspace's first channel is made there).
pub async fn setup(
    store: &Store,
    passwords: &Passwords,
    data_dir: &Path,
    input: SetupInput,
    replacing: Option<TokenHash>,
    then: fn(&mut WriteTx<'_>, PersonId) -> Result<()>,
) -> Result<NewSession> {
    let SetupInput { token, first_name, last_name, email, password, company_name, language } = input;
    let token_hash = crypto::hash_token(&token);
    // The token is checked before the password is hashed: wrong tokens cost no hashing.
    if !store::meta::setup_token_hash(&store.read()?)?.is_some_and(|s| crypto::ct_eq(&s, &token_hash)) {
        return Err(setup_token_invalid());
    }
    let hash = passwords.hash(password.into_string()).await?;
    let session = store
        .write(move |tx| {
            let ok = account::check(tx, account::Action::Setup)?;
            let stored = store::meta::setup_token_hash(tx)?;
            if !stored.is_some_and(|s| crypto::ct_eq(&s, &token_hash)) {
                return Err(setup_token_invalid());
            }
            let mut owner = Person::new(
                PersonId(tx.new_id()),
                first_name.as_str(),
                last_name.as_str(),
                email.as_str(),
                Role::Owner,
                PersonState::Active,
                tx.now(),
            );
            owner.password_hash = hash.clone();
            store::people::save(tx, &ok, &owner)?;
            store::meta::set_setup_token_hash(tx, &ok, None)?;
            if let Some(c) = &company_name {
                store::meta::set_company_name(tx, &ok, c.as_str())?;
            }
            if store::meta::language(tx)?.is_none() {
                store::meta::set_language(tx, &ok, language.code())?;
            }
            then(tx, owner.id)?;
            start_session(tx, &ok, &owner, replacing.as_ref())
        })
        .await?;
    let _ = std::fs::remove_file(data_dir.join(SETUP_LINK_FILE));
    tracing::info!(person = %session.person.id, "owner account created; the setup link is now dead");
    Ok(session)
}

fn setup_token_invalid() -> Error {
    Error::forbidden("setup_token_invalid", msg!("setup-token-invalid"))
}

/// Signs in with email and password. Unknown email and wrong password get the same answer after
/// the same work. The attempt is counted per client address and per account before any hashing
/// (parallel attempts cannot slip past the limit), and too many failures get 429. An address that
/// signed in to this account before is exempt from the account's limit (not from its own), so a
/// flood of failures from elsewhere cannot lock the account's owner out.
pub async fn login(
    store: &Store,
    passwords: &Passwords,
    limiter: &Limiter,
    client: &str,
    email: &Email,
    password: String,
    replacing: Option<TokenHash>,
) -> Result<NewSession> {
    let client_key = format!("ip:{client}");
    let account_key = format!("account:{}", email.as_str());
    let known = limiter.known_sign_in(email.as_str(), client);
    let mut keys = vec![(client_key.as_str(), limiter::CLIENT)];
    if !known {
        keys.push((account_key.as_str(), limiter::ACCOUNT));
    }
    let attempt = limiter.reserve(&keys)?;
    let person = store::people::by_email(&store.read()?, email.as_str())?;
    // Passwords longer than the maximum can never match; they are still hashed (truncated) so the
    // answer takes as long as any other wrong password.
    let candidate: String = password.chars().take(Password::MAX + 1).collect();
    let ok = match passwords.verify(candidate, person.as_ref().map(|p| p.password_hash.clone())).await {
        Ok(matched) => matched && password.chars().count() <= Password::MAX,
        Err(busy) => {
            // Not checked at all: it does not count against anyone.
            attempt.succeeded();
            return Err(busy);
        }
    };
    let Some(person) = person.filter(|_| ok) else {
        return Err(account::invalid_credentials());
    };
    attempt.succeeded();
    limiter.clear(&account_key);
    limiter.remember_sign_in(email.as_str(), client);
    let id = person.id;
    store
        .write(move |tx| {
            let person = store::people::get(tx, id)?.ok_or_else(account::invalid_credentials)?;
            let ok = account::check(tx, account::Action::SignIn(&person))?;
            start_session(tx, &ok, &person, replacing.as_ref())
        })
        .await
}

/// A person changes their own password: the current one is checked first (counted like a
/// sign-in attempt on the account, so a stolen session cannot guess it quickly), then the new one
/// is stored, every reset link dies, and every other session of the person ends (this one stays).
#[allow(clippy::too_many_arguments)]
pub async fn change_password(
    store: &Store,
    passwords: &Passwords,
    limiter: &Limiter,
    person: PersonId,
    key: TokenHash,
    current: String,
    new: Password,
) -> Result<()> {
    let account_key = format!("password:{person}");
    let attempt = limiter.reserve(&[(account_key.as_str(), limiter::ACCOUNT)])?;
    let hash = store::people::get(&store.read()?, person)?.map(|p| p.password_hash);
    let candidate: String = current.chars().take(Password::MAX + 1).collect();
    match passwords.verify(candidate, hash).await {
        Ok(true) => attempt.succeeded(),
        Ok(false) => {
            return Err(Error::invalid("wrong_current_password", msg!("wrong-current-password")));
        }
        Err(busy) => {
            attempt.succeeded();
            return Err(busy);
        }
    }
    let new_hash = passwords.hash(new.into_string()).await?;
    store
        .write(move |tx| {
            let actor = policy::actor(tx, person)?;
            let ok = account::own(&actor, "change own password");
            let mut p = store::people::get(tx, person)?.ok_or_else(|| Error::not_found("person"))?;
            p.password_hash = new_hash.clone();
            store::people::save(tx, &ok, &p)?;
            store::resets::delete_all_of(tx, &ok, person)?;
            end_all_sessions(tx, &ok, person, Some(&key), EndReason::PasswordChanged, Some(person))?;
            crate::audit::record(
                tx,
                &ok,
                Some(person),
                crate::model::AuditAction::PasswordChanged,
                crate::audit::Target::person(&p),
                String::new(),
            )
        })
        .await
}

pub async fn logout(store: &Store, person: PersonId, key: TokenHash) -> Result<()> {
    store
        .write(move |tx| {
            let actor = policy::actor(tx, person)?;
            store::sessions::delete(tx, &account::own(&actor, "sign out"), &key).map(|_| ())
        })
        .await
}

/// When a session that began at `created_at` ends for good (its absolute lifetime).
pub fn session_ends(created_at: Timestamp, now: Timestamp, life: Lifetimes) -> Duration {
    life.max_age.saturating_sub(now.since(created_at))
}
