//! Invitations and password resets: the ways a person gets a password.
//!
//! An invitation, the invited person (state `Invited`) and the mail carrying the link are written
//! in one transaction; the mail sender (`mail::sender`) delivers it later, retrying while the SMTP
//! server is away. Tokens are 256 random bits, stored only as hashes, single use and bound to the
//! invitation's email and role. Resending or correcting the email makes a new token; the old link
//! dies at once.
//!
//! Layer: domain (above `auth`, `audit` and `mail`; below `people`, which withdraws the invitation
//! of a person it deletes).

use std::time::Duration;

use serde::Serialize;

use crate::audit::{self, Target};
use crate::auth::{self, NewSession};
use crate::clock::Timestamp;
use crate::crypto;
use crate::error::{Error, Result};
use crate::i18n::{Arg, Lang, Msg};
use crate::ids::{DepartmentId, InvitationId, MailId, PersonId};
use crate::input::{Email, Name};
use crate::mail::{self, Letter};
use crate::model::{
    AuditAction, EndReason, Invitation, InvitationStatus, Mail, MailPurpose, PasswordReset, Person, PersonState, Role,
};
use crate::msg;
use crate::policy::people::Action;
use crate::policy::{self, Actor, Allowed, account};
use crate::store::{self, Cursor, Page, Reader, WriteTx};

/// How long a password-reset link works.
pub const RESET_TTL: Duration = Duration::from_secs(3600);

/// What invitations and resets need besides the store: the base address, the invitation
/// lifetime, and the secret key their link tokens are derived from.
#[derive(Clone)]
pub struct Context {
    pub base_url: String,
    pub ttl: Duration,
    pub secret: crypto::Secret,
}

#[derive(Serialize)]
pub struct InvitationView {
    pub id: InvitationId,
    pub person_id: PersonId,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub role: &'static str,
    pub state: &'static str,
    pub expires_at: String,
    pub created_at: String,
    pub sent_at: Option<String>,
    pub inviter: String,
    pub last_error: String,
    pub departments: Vec<DepartmentId>,
    pub access_until: Option<String>,
}

/// `expired` is not stored: a live invitation past its expiry is expired.
pub fn state_name(inv: &Invitation, now: Timestamp) -> &'static str {
    match inv.status {
        InvitationStatus::Accepted => "accepted",
        InvitationStatus::Revoked => "revoked",
        _ if inv.expires_at <= now => "expired",
        InvitationStatus::Queued => "queued",
        InvitationStatus::Sent => "sent",
        InvitationStatus::Failed => "failed",
    }
}

pub fn view(r: &impl Reader, inv: &Invitation) -> Result<InvitationView> {
    let person = store::people::get(r, inv.person)?;
    let inviter = store::people::get(r, inv.inviter)?.map(|p| p.full_name()).unwrap_or_default();
    Ok(InvitationView {
        id: inv.id,
        person_id: inv.person,
        first_name: person.as_ref().map(|p| p.first_name.clone()).unwrap_or_default(),
        last_name: person.as_ref().map(|p| p.last_name.clone()).unwrap_or_default(),
        email: inv.email.clone(),
        role: inv.role.as_str(),
        state: state_name(inv, r.now()),
        expires_at: inv.expires_at.to_rfc3339(),
        created_at: inv.created_at.to_rfc3339(),
        sent_at: inv.sent_at.map(|t| t.to_rfc3339()),
        inviter,
        last_error: inv.last_error.clone(),
        departments: person.as_ref().map(|p| p.departments.clone()).unwrap_or_default(),
        access_until: person.as_ref().and_then(|p| p.access_until).map(|t| t.to_rfc3339()),
    })
}

/// Validated input of the Invite dialog.
pub struct NewInvitation {
    pub first_name: Name,
    pub last_name: Name,
    pub email: Email,
    pub role: Role,
    pub departments: Vec<DepartmentId>,
    pub access_until: Option<Timestamp>,
    /// The language of the invitation mail (and the invitee's, until they choose another); None:
    /// the workspace's.
    pub language: Option<Lang>,
}

impl NewInvitation {
    pub fn parse(
        first_name: &str,
        last_name: &str,
        email: &str,
        role: &str,
        departments: Vec<DepartmentId>,
        access_until: Option<&str>,
    ) -> Result<NewInvitation> {
        let first_name = Name::first_name(first_name)?;
        let last_name = Name::last_name(last_name)?;
        let email = Email::parse(email)?;
        let role = parse_role(role)?;
        let access_until = match access_until.map(str::trim).filter(|s| !s.is_empty()) {
            Some(s) => Some(Timestamp::parse(s).ok_or_else(|| {
                let shown: String = s.chars().take(40).collect();
                Error::invalid("invalid_date", msg!("date-invalid", value = shown))
            })?),
            None => None,
        };
        let mut departments = departments;
        departments.sort();
        departments.dedup();
        Ok(NewInvitation { first_name, last_name, email, role, departments, access_until, language: None })
    }
}

pub fn parse_role(s: &str) -> Result<Role> {
    Role::parse(s.trim()).ok_or_else(|| {
        if s.trim().is_empty() {
            Error::invalid("invalid_role", msg!("role-missing"))
        } else {
            let shown: String = s.trim().chars().take(40).collect();
            Error::invalid("invalid_role", msg!("role-invalid", value = shown))
        }
    })
}

fn company(r: &impl Reader) -> Result<Option<String>> {
    store::meta::company_name(r)
}

/// Gives the invitation a fresh token and a fresh mail; the previous token and any unsent mail
/// for it die.
fn issue(
    tx: &mut WriteTx<'_>,
    ok: &Allowed,
    ctx: &Context,
    inv: &mut Invitation,
    person: &Person,
    inviter: &Person,
) -> Result<()> {
    if let Some(old) = inv.mail.take() {
        store::mail::delete(tx, ok, old)?;
    }
    // The token is derived from the secret key and the mail's id; only its hash is stored, and
    // the letter holds a mark where the sender puts it (see `mail::TOKEN_MARK`).
    let id = MailId(tx.new_id());
    let purpose = MailPurpose::Invitation(inv.id);
    let now = tx.now();
    inv.token_hash = crypto::hash_token(&mail::link_token(&ctx.secret, purpose, id));
    inv.expires_at = now.plus(ctx.ttl);
    inv.status = InvitationStatus::Queued;
    inv.last_error.clear();
    inv.sent_at = None;
    let letter = mail::invitation_letter(&mail::InvitationWords {
        // The language the inviter picked (kept as the invitee's), else the workspace's.
        lang: store::languages::of_person(tx, person.id)?,
        inviter: inviter.full_name(),
        first_name: person.first_name.clone(),
        company: company(tx)?,
        role: inv.role,
        link: format!("{}/invite?token={}", ctx.base_url, mail::TOKEN_MARK),
        expires: inv.expires_at,
    });
    queue(tx, ok, id, purpose, &inv.email, letter)?;
    inv.mail = Some(id);
    store::invitations::save(tx, ok, inv)
}

fn queue(tx: &mut WriteTx<'_>, ok: &Allowed, id: MailId, purpose: MailPurpose, to: &str, letter: Letter) -> Result<()> {
    let now = tx.now();
    let m = Mail {
        id,
        purpose,
        to: to.to_string(),
        subject: letter.subject,
        text: letter.text,
        html: letter.html,
        created_at: now,
        due: now,
        attempts: 0,
        last_error: String::new(),
    };
    store::mail::save(tx, ok, &m)
}

fn is_live(inv: &Invitation, now: Timestamp) -> bool {
    matches!(inv.status, InvitationStatus::Queued | InvitationStatus::Sent | InvitationStatus::Failed)
        && inv.expires_at > now
}

pub fn create(tx: &mut WriteTx<'_>, ctx: &Context, actor_id: PersonId, n: &NewInvitation) -> Result<Invitation> {
    let actor = policy::actor(tx, actor_id)?;
    let ok = policy::people::check(tx, &actor, Action::Invite { role: n.role, access_until: n.access_until })?;
    for d in &n.departments {
        if store::departments::get(tx, *d)?.is_none() {
            return Err(Error::invalid("unknown_department", msg!("unknown-department")));
        }
    }
    let (mut person, earlier) = invitee(tx, n)?;
    person.first_name = n.first_name.as_str().to_string();
    person.last_name = n.last_name.as_str().to_string();
    person.role = n.role;
    person.departments = n.departments.clone();
    person.access_until = n.access_until;
    person.access_closed = false;
    store::people::save(tx, &ok, &person)?;
    if n.language.is_some() {
        store::languages::set(tx, &ok, person.id, n.language)?;
    }
    let now = tx.now();
    let mut inv = earlier.unwrap_or_else(|| Invitation {
        id: InvitationId(tx.new_id()),
        person: person.id,
        email: person.email.clone(),
        role: n.role,
        inviter: actor.id,
        token_hash: [0; 32],
        created_at: now,
        expires_at: now,
        status: InvitationStatus::Queued,
        mail: None,
        last_error: String::new(),
        sent_at: None,
    });
    inv.role = n.role;
    inv.inviter = actor.id;
    inv.created_at = now;
    let inviter = store::people::get(tx, actor.id)?.ok_or_else(|| Error::not_found("person"))?;
    issue(tx, &ok, ctx, &mut inv, &person, &inviter)?;
    audit::record(
        tx,
        &ok,
        Some(actor.id),
        AuditAction::InvitationSent,
        Target::person(&person),
        msg!("audit-detail-invited", email = &inv.email, role = Arg::Key(inv.role.name_key())).store(),
    )?;
    Ok(inv)
}

/// The person to invite: a new one, or one invited before whose invitation is no longer live
/// (with that invitation, to reuse). Refuses an address that has an account or a live invitation.
fn invitee(tx: &mut WriteTx<'_>, n: &NewInvitation) -> Result<(Person, Option<Invitation>)> {
    let now = tx.now();
    let Some(p) = store::people::by_email(tx, n.email.as_str())? else {
        let id = PersonId(tx.new_id());
        return Ok((Person::new(id, "", "", n.email.as_str(), n.role, PersonState::Invited, now), None));
    };
    if p.state != PersonState::Invited {
        return Err(Error::conflict(
            "email_taken",
            msg!("email-has-account", email = n.email.as_str(), name = p.full_name()),
        ));
    }
    let inv = store::invitations::of_person(tx, p.id)?;
    if let Some(inv) = inv.as_ref().filter(|i| is_live(i, now)) {
        return Err(Error::conflict(
            "invitation_pending",
            msg!("invitation-pending", email = n.email.as_str(), date = Arg::Date(inv.expires_at.millis())),
        ));
    }
    Ok((p, inv))
}

/// Loads an invitation the actor may manage (those who may invite its role), with the proof.
fn managed(tx: &WriteTx<'_>, actor: &Actor, id: InvitationId) -> Result<(Invitation, Allowed)> {
    let inv = store::invitations::get(tx, id)?.ok_or_else(|| Error::not_found("invitation"))?;
    let ok = policy::people::check(tx, actor, Action::ManageInvitation(&inv))?;
    Ok((inv, ok))
}

fn still_open(inv: &Invitation) -> Result<()> {
    match inv.status {
        InvitationStatus::Accepted => Err(Error::conflict("invitation_accepted", msg!("invitation-already-accepted"))),
        InvitationStatus::Revoked => Err(Error::conflict("invitation_revoked", msg!("invitation-was-revoked"))),
        _ => Ok(()),
    }
}

pub fn resend(tx: &mut WriteTx<'_>, ctx: &Context, actor_id: PersonId, id: InvitationId) -> Result<Invitation> {
    let actor = policy::actor(tx, actor_id)?;
    let (mut inv, ok) = managed(tx, &actor, id)?;
    still_open(&inv)?;
    let person = store::people::get(tx, inv.person)?.ok_or_else(|| Error::not_found("person"))?;
    let inviter = store::people::get(tx, actor.id)?.ok_or_else(|| Error::not_found("person"))?;
    issue(tx, &ok, ctx, &mut inv, &person, &inviter)?;
    audit::record(tx, &ok, Some(actor.id), AuditAction::InvitationResent, Target::person(&person), inv.email.clone())?;
    Ok(inv)
}

/// The link of an invitation whose mail has not gone out yet, for the inviter to hand over
/// another way (there is no mail server yet, or it is down). The token is derived again from the
/// secret key and the queued mail's id, as the sender would put it into the mail: the same link,
/// working once. Once the mail server took the mail, the link is only in the mail (409).
/// Recorded in the audit log.
pub fn queued_link(tx: &mut WriteTx<'_>, ctx: &Context, actor_id: PersonId, id: InvitationId) -> Result<String> {
    let actor = policy::actor(tx, actor_id)?;
    let (inv, ok) = managed(tx, &actor, id)?;
    still_open(&inv)?;
    if inv.expires_at <= tx.now() {
        return Err(Error::conflict("invitation_expired", msg!("invitation-expired-resend")));
    }
    let Some(mail_id) = inv.mail else {
        return Err(Error::conflict("invitation_mailed", msg!("invitation-mailed")));
    };
    let token = mail::link_token(&ctx.secret, MailPurpose::Invitation(inv.id), mail_id);
    if !crypto::ct_eq(&crypto::hash_token(&token), &inv.token_hash) {
        return Err(Error::conflict("invitation_mailed", msg!("invitation-link-gone")));
    }
    let person = store::people::get(tx, inv.person)?.ok_or_else(|| Error::not_found("person"))?;
    audit::record(
        tx,
        &ok,
        Some(actor.id),
        AuditAction::InvitationLinkCopied,
        Target::person(&person),
        inv.email.clone(),
    )?;
    Ok(format!("{}/invite?token={token}", ctx.base_url))
}

pub fn correct_email(
    tx: &mut WriteTx<'_>,
    ctx: &Context,
    actor_id: PersonId,
    id: InvitationId,
    email: &Email,
) -> Result<Invitation> {
    let actor = policy::actor(tx, actor_id)?;
    let (mut inv, ok) = managed(tx, &actor, id)?;
    still_open(&inv)?;
    let mut person = store::people::get(tx, inv.person)?.ok_or_else(|| Error::not_found("person"))?;
    let old = inv.email.clone();
    person.email = email.as_str().to_string();
    store::people::save(tx, &ok, &person)?;
    inv.email = person.email.clone();
    let inviter = store::people::get(tx, actor.id)?.ok_or_else(|| Error::not_found("person"))?;
    issue(tx, &ok, ctx, &mut inv, &person, &inviter)?;
    audit::record(
        tx,
        &ok,
        Some(actor.id),
        AuditAction::InvitationEmailCorrected,
        Target::person(&person),
        format!("{old} -> {}", inv.email),
    )?;
    Ok(inv)
}

pub fn revoke(tx: &mut WriteTx<'_>, actor_id: PersonId, id: InvitationId) -> Result<Invitation> {
    let actor = policy::actor(tx, actor_id)?;
    let (mut inv, ok) = managed(tx, &actor, id)?;
    still_open(&inv)?;
    let person = withdraw(tx, &ok, &mut inv)?;
    audit::record(tx, &ok, Some(actor.id), AuditAction::InvitationRevoked, Target::person(&person), inv.email.clone())?;
    Ok(inv)
}

/// Revokes the invitation and removes the invited (never joined) person, freeing the email.
fn withdraw(tx: &mut WriteTx<'_>, ok: &Allowed, inv: &mut Invitation) -> Result<Person> {
    if let Some(m) = inv.mail.take() {
        store::mail::delete(tx, ok, m)?;
    }
    inv.status = InvitationStatus::Revoked;
    store::invitations::save(tx, ok, inv)?;
    let mut person = store::people::get(tx, inv.person)?.ok_or_else(|| Error::not_found("person"))?;
    if person.state == PersonState::Invited {
        person.state = PersonState::Deleted;
        store::people::save(tx, ok, &person)?;
    }
    Ok(person)
}

/// When an invited person is deleted (`ok` allowed that), their open invitation dies with them.
pub fn withdraw_for_person(tx: &mut WriteTx<'_>, ok: &Allowed, person: PersonId) -> Result<()> {
    if let Some(mut inv) = store::invitations::of_person(tx, person)?
        && still_open(&inv).is_ok()
    {
        withdraw(tx, ok, &mut inv)?;
    }
    Ok(())
}

/// A page of the invitations `actor` may manage, newest first.
pub fn list(r: &impl Reader, actor: &Actor, before: Option<&Cursor>, limit: usize) -> Result<Page<InvitationView>> {
    let _ = policy::people::check(r, actor, Action::ListInvitations)?;
    let page = store::invitations::page(r, before, limit, |inv| {
        Ok(policy::people::check(r, actor, Action::ManageInvitation(inv)).is_ok())
    })?;
    page.try_map(|inv| view(r, &inv))
}

/// Finds the live invitation for a token, or says (410) why the link does not work.
fn live_by_token(r: &impl Reader, token: &str) -> Result<Invitation> {
    let hash = crypto::hash_token(token);
    let invalid = |m: Msg| Error::gone("invitation_invalid", m);
    let Some(inv) = store::invitations::by_token(r, &hash)? else {
        return Err(invalid(msg!("invitation-link-invalid")));
    };
    let inviter = match store::people::get(r, inv.inviter)? {
        Some(p) => Arg::from(p.full_name()),
        None => Arg::Key("your-administrator"),
    };
    if !crypto::ct_eq(&inv.token_hash, &hash) {
        return Err(invalid(msg!("invitation-link-replaced", inviter = inviter)));
    }
    match inv.status {
        InvitationStatus::Accepted => Err(invalid(msg!("invitation-used"))),
        InvitationStatus::Revoked => Err(invalid(msg!("invitation-withdrawn", inviter = inviter))),
        _ if inv.expires_at <= r.now() => {
            Err(invalid(msg!("invitation-expired-on", date = Arg::Date(inv.expires_at.millis()), inviter = inviter)))
        }
        _ => Ok(inv),
    }
}

#[derive(Serialize)]
pub struct Lookup {
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub role: &'static str,
    pub company_name: String,
    pub inviter: String,
    pub expires_at: String,
}

pub fn lookup(r: &impl Reader, token: &str) -> Result<Lookup> {
    let inv = live_by_token(r, token)?;
    let person = store::people::get(r, inv.person)?.ok_or_else(|| Error::not_found("invitation"))?;
    Ok(Lookup {
        first_name: person.first_name,
        last_name: person.last_name,
        email: inv.email,
        role: inv.role.as_str(),
        company_name: company(r)?.unwrap_or_default(),
        inviter: store::people::get(r, inv.inviter)?.map(|p| p.full_name()).unwrap_or_default(),
        expires_at: inv.expires_at.to_rfc3339(),
    })
}

/// Sets the password and signs the invited person in. Of two racing accepts, the writer runs one
/// first; the second then finds the invitation accepted and gets 410.
pub fn accept(
    tx: &mut WriteTx<'_>,
    token: &str,
    password_hash: &str,
    replacing: Option<&crypto::TokenHash>,
) -> Result<NewSession> {
    let mut inv = live_by_token(tx, token)?;
    let mut person = store::people::get(tx, inv.person)?.ok_or_else(|| Error::not_found("invitation"))?;
    let ok = account::check(tx, account::Action::AcceptInvitation { person: &person, invitation: &inv })?;
    person.state = PersonState::Active;
    person.password_hash = password_hash.to_string();
    store::people::save(tx, &ok, &person)?;
    if let Some(m) = inv.mail.take() {
        store::mail::delete(tx, &ok, m)?;
    }
    inv.status = InvitationStatus::Accepted;
    store::invitations::save(tx, &ok, &inv)?;
    audit::record(
        tx,
        &ok,
        Some(person.id),
        AuditAction::InvitationAccepted,
        Target::person(&person),
        inv.email.clone(),
    )?;
    auth::start_session(tx, &ok, &person, replacing)
}

/// Queues a reset mail if `email` belongs to someone who may sign in. Says nothing either way.
/// The mail is in the person's own language, else `lang` (the asking browser's).
pub fn request_reset(tx: &mut WriteTx<'_>, ctx: &Context, email: &str, lang: Lang) -> Result<()> {
    let Some(person) = store::people::by_email(tx, email)? else { return Ok(()) };
    let Ok(ok) = account::check(tx, account::Action::RequestReset(&person)) else { return Ok(()) };
    let id = MailId(tx.new_id());
    let hash = crypto::hash_token(&mail::link_token(&ctx.secret, MailPurpose::PasswordReset, id));
    let now = tx.now();
    let reset = PasswordReset { person: person.id, created_at: now, expires_at: now.plus(RESET_TTL) };
    store::resets::save(tx, &ok, &hash, &reset)?;
    let link = format!("{}/reset?token={}", ctx.base_url, mail::TOKEN_MARK);
    let lang = store::languages::get(tx, person.id)?.unwrap_or(lang);
    let letter = mail::reset_letter(lang, &person.first_name, company(tx)?.as_deref(), &link);
    queue(tx, &ok, id, MailPurpose::PasswordReset, &person.email, letter)
}

fn reset_invalid() -> Error {
    Error::gone("reset_invalid", msg!("reset-invalid"))
}

/// The reset a token belongs to, if it still works (410 otherwise). Cheap: one lookup.
pub fn live_reset(r: &impl Reader, token: &str) -> Result<PasswordReset> {
    let reset = store::resets::get(r, &crypto::hash_token(token))?.ok_or_else(reset_invalid)?;
    if reset.expires_at <= r.now() {
        return Err(reset_invalid());
    }
    Ok(reset)
}

/// Sets a new password with a reset token (once, within the hour), ends every other session of
/// the person, and signs them in.
pub fn complete_reset(
    tx: &mut WriteTx<'_>,
    token: &str,
    password_hash: &str,
    replacing: Option<&crypto::TokenHash>,
) -> Result<NewSession> {
    let reset = live_reset(tx, token)?;
    let mut person = store::people::get(tx, reset.person)?.ok_or_else(reset_invalid)?;
    let ok = account::check(tx, account::Action::SignIn(&person))?;
    // This link and every other outstanding reset link of the person die with the new password.
    store::resets::delete_all_of(tx, &ok, person.id)?;
    person.password_hash = password_hash.to_string();
    store::people::save(tx, &ok, &person)?;
    auth::end_all_sessions(tx, &ok, person.id, None, EndReason::PasswordReset, None)?;
    audit::record(tx, &ok, Some(person.id), AuditAction::PasswordReset, Target::person(&person), String::new())?;
    auth::start_session(tx, &ok, &person, replacing)
}
