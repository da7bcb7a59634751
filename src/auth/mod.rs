//! Accounts and sessions: first-run setup, sign-in, sign-out, and the session check every
//! signed-in request passes through ([`SignedIn`]).
//!
//! Sessions are 256-bit random tokens in an HttpOnly cookie, stored only as a hash, with an idle
//! timeout and an absolute lifetime. Each session has its own CSRF token, which state-changing
//! requests send back in `X-CSRF-Token`.

pub mod http;
pub mod limiter;

use std::path::Path;

use crate::app::AppState;
use crate::clock::Timestamp;
use crate::crypto::{self, TokenHash};
use crate::error::{Error, Result};
use crate::ids::PersonId;
use crate::model::{InboxAccess, Person, PersonState, Role, Session};
use crate::people::{Email, Name, Password};
use crate::store::{self, Reader, Store, WriteTx};

pub use http::SignedIn;

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
pub fn start_session(tx: &mut WriteTx<'_>, person: &Person, replacing: Option<&TokenHash>) -> Result<NewSession> {
    if let Some(old) = replacing {
        store::sessions::delete(tx, old)?;
    }
    let (token, key) = crypto::new_token();
    let csrf = crypto::base64url(&crypto::random_bytes::<24>());
    let now = tx.now();
    store::sessions::create(
        tx,
        &key,
        &Session { person: person.id, csrf: csrf.clone(), created_at: now, last_seen: now },
    )?;
    Ok(NewSession { token, csrf, person: person.clone() })
}

/// Ends every session of `person` and closes their live connections.
pub fn end_all_sessions(tx: &mut WriteTx<'_>, person: PersonId, keep: Option<&TokenHash>) -> Result<usize> {
    let n = store::sessions::delete_all_of(tx, person, keep)?;
    tx.emit(crate::events::Event::disconnect(person));
    Ok(n)
}

pub fn owner_exists(r: &impl Reader) -> Result<bool> {
    Ok(store::people::all(r)?.iter().any(|p| p.role == Role::Owner && p.state != PersonState::Deleted))
}

/// At start: if nobody owns this workspace yet, make a fresh one-time setup token, print the link
/// and write it to a 0600 file in the data directory. Otherwise make sure no token or file is left.
pub async fn prepare_setup(store: &Store, data_dir: &Path, base_url: &str) -> Result<Option<String>> {
    let file = data_dir.join(SETUP_LINK_FILE);
    if owner_exists(&store.read()?)? {
        let _ = std::fs::remove_file(&file);
        if store::meta::setup_token_hash(&store.read()?)?.is_some() {
            store.write(|tx| store::meta::set_setup_token_hash(tx, None)).await?;
        }
        return Ok(None);
    }
    let (token, hash) = crypto::new_token();
    store.write(move |tx| store::meta::set_setup_token_hash(tx, Some(hash))).await?;
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

pub struct SetupInput {
    pub token: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub password: String,
    pub company_name: Option<String>,
}

/// Creates the Owner with the one-time setup token, and signs them in.
pub async fn setup(state: &AppState, input: SetupInput, replacing: Option<TokenHash>) -> Result<NewSession> {
    // 410 comes first: once set up, the answer is the same whatever was sent.
    if owner_exists(&state.store.read()?)? {
        return Err(setup_done());
    }
    let first = Name::parse("First name", &input.first_name, 100)?;
    let last = Name::parse("Last name", &input.last_name, 100)?;
    let email = Email::parse(&input.email)?;
    let company = match input.company_name.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
        Some(c) => Some(Name::parse("Company name", c, 100)?),
        None => None,
    };
    let password = Password::parse(input.password)?;
    let hash = state.passwords.hash(password.into_string()).await?;
    let token_hash = crypto::hash_token(&input.token);
    let session = state
        .store
        .write(move |tx| {
            if owner_exists(tx)? {
                return Err(setup_done());
            }
            let stored = store::meta::setup_token_hash(tx)?;
            if !stored.is_some_and(|s| crypto::ct_eq(&s, &token_hash)) {
                return Err(Error::forbidden(
                    "setup_token_invalid",
                    "This setup link is not valid. Use the newest link the server printed at start \
                     (it is also in setup-link.txt in the data directory).",
                ));
            }
            let mut owner = Person::new(
                PersonId(tx.new_id()),
                &first,
                &last,
                email.as_str(),
                Role::Owner,
                PersonState::Active,
                tx.now(),
            );
            owner.password_hash = hash.clone();
            store::people::save(tx, &owner)?;
            store::meta::set_setup_token_hash(tx, None)?;
            if let Some(c) = &company {
                store::meta::set_company_name(tx, c)?;
            }
            start_session(tx, &owner, replacing.as_ref())
        })
        .await?;
    let _ = std::fs::remove_file(state.config.data_dir.join(SETUP_LINK_FILE));
    tracing::info!(person = %session.person.id, "owner account created; the setup link is now dead");
    Ok(session)
}

fn setup_done() -> Error {
    Error::gone("setup_done", "This workspace is already set up. Sign in instead.")
}

fn invalid_credentials() -> Error {
    Error::new(crate::error::Status::Unauthorized, "invalid_credentials", "Wrong email or password.")
}

/// Signs in with email and password. Unknown email and wrong password get the same answer after
/// the same work; too many failures per client address or account get 429 before any hashing.
pub async fn login(
    state: &AppState,
    client: &str,
    email: &str,
    password: String,
    replacing: Option<TokenHash>,
) -> Result<NewSession> {
    let email = email.trim().to_lowercase();
    let client_key = format!("ip:{client}");
    let account_key = format!("account:{email}");
    let keys = [(client_key.as_str(), limiter::CLIENT), (account_key.as_str(), limiter::ACCOUNT)];
    state.limiter.check(&keys)?;
    let person = store::people::by_email(&state.store.read()?, &email)?;
    // Passwords longer than the maximum can never match; they are still hashed (truncated) so the
    // answer takes as long as any other wrong password.
    let candidate: String = password.chars().take(Password::MAX + 1).collect();
    let ok = state.passwords.verify(candidate, person.as_ref().map(|p| p.password_hash.clone())).await?
        && password.chars().count() <= Password::MAX;
    let Some(person) = person.filter(|_| ok) else {
        state.limiter.fail(&keys);
        return Err(invalid_credentials());
    };
    state.limiter.clear(&account_key);
    let now = state.clock.now();
    refuse_if_cannot_sign_in(&person, now)?;
    let id = person.id;
    state
        .store
        .write(move |tx| {
            let person = store::people::get(tx, id)?.ok_or_else(invalid_credentials)?;
            refuse_if_cannot_sign_in(&person, tx.now())?;
            start_session(tx, &person, replacing.as_ref())
        })
        .await
}

/// Why a person who knows their password still cannot sign in.
pub fn refuse_if_cannot_sign_in(p: &Person, now: Timestamp) -> Result<()> {
    if let Some(until) = p.access_until.filter(|u| *u <= now) {
        return Err(Error::forbidden(
            "access_ended",
            format!("Your access ended on {}. Ask an administrator if you need it again.", until.date()),
        ));
    }
    match p.state {
        PersonState::Active => Ok(()),
        PersonState::Deactivated => Err(Error::forbidden(
            "account_deactivated",
            "Your account has been deactivated. Ask an administrator of your workspace.",
        )),
        PersonState::Invited | PersonState::Deleted => Err(invalid_credentials()),
    }
}

pub async fn logout(state: &AppState, key: TokenHash) -> Result<()> {
    state.store.write(move |tx| store::sessions::delete(tx, &key).map(|_| ())).await
}
