//! Mail: the letters Bivouac writes, the SMTP transport (lettre), the outbox sender
//! ([`sender`]), the mail settings as admins see them and the "send a test email" check.
//!
//! Layer: domain (below `invites`, which queues letters).

pub mod sender;

use std::time::Duration;

use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use serde::Serialize;

use crate::clock::Timestamp;
use crate::config::{SmtpConfig, SmtpSecurity};
use crate::crypto::Secret;
use crate::error::Result;
use crate::i18n::{Arg, Lang};
use crate::ids::MailId;
use crate::input::Email;
use crate::model::{InvitationStatus, Mail, MailPurpose, Role};
use crate::msg;
use crate::policy::{self, Actor};
use crate::store::{self, Reader};

/// Where a queued letter's link token goes. The data file holds the letter with this mark; the
/// sender puts the token in (derived from the server's secret key and the mail's id) only while
/// handing the mail to the SMTP server, so no usable link is ever stored.
pub const TOKEN_MARK: &str = "\u{1}token\u{1}";

/// The purpose a mail's token is derived for (`crypto::Secret::token`).
pub fn token_purpose(p: MailPurpose) -> &'static str {
    match p {
        MailPurpose::Invitation(_) => "invitation",
        MailPurpose::PasswordReset => "reset",
        MailPurpose::Missed(_) => "missed",
    }
}

/// The token in the link of mail `id` with purpose `p`.
pub fn link_token(secret: &Secret, p: MailPurpose, id: MailId) -> String {
    secret.token(token_purpose(p), id.0)
}

/// The letter of a queued mail as it goes out: the link's token put in its mark.
pub fn render(m: &Mail, secret: &Secret) -> Letter {
    let token = link_token(secret, m.purpose, m.id);
    Letter {
        subject: m.subject.clone(),
        text: m.text.replace(TOKEN_MARK, &token),
        html: m.html.replace(TOKEN_MARK, &token),
    }
}

/// A mail's words, in plain text and HTML.
pub struct Letter {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// What an invitation mail says, in the recipient's language `lang`.
pub struct InvitationWords {
    pub lang: Lang,
    pub inviter: String,
    pub first_name: String,
    /// The company's name (None: "your team", in the mail's language).
    pub company: Option<String>,
    pub role: Role,
    pub link: String,
    pub expires: Timestamp,
}

fn company_arg(company: Option<&str>) -> Arg {
    company.map_or(Arg::Key("mail-your-team"), Arg::from)
}

pub fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}

fn html_page(lang: Lang, paragraphs: &[String], button: (&str, &str), after: &[String]) -> String {
    let p = |t: &String| format!("<p style=\"margin:0 0 16px\">{}</p>", esc(t));
    format!(
        "<!doctype html><html lang=\"{}\"><body style=\"font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1b2422;\
         background:#f7f8f8;padding:24px\"><div style=\"max-width:520px;margin:0 auto;background:#fff;border:1px solid #dde2e2;\
         border-radius:12px;padding:28px\">{}<p style=\"margin:24px 0\"><a href=\"{}\" style=\"background:#0f766e;color:#fff;\
         text-decoration:none;padding:12px 20px;border-radius:8px;font-weight:600;display:inline-block\">{}</a></p>{}</div></body></html>",
        lang.code(),
        paragraphs.iter().map(p).collect::<String>(),
        esc(button.1),
        esc(button.0),
        after.iter().map(p).collect::<String>(),
    )
}

/// "<inviter> invited you to join <company> on Bivouac", the role, the link and its expiry, in
/// the recipient's language.
pub fn invitation_letter(w: &InvitationWords) -> Letter {
    let l = w.lang;
    let company = || company_arg(w.company.as_deref());
    let lead =
        msg!("mail-invitation-lead", inviter = &w.inviter, company = company(), role = Arg::Key(w.role.name_key()))
            .render(l);
    let how = msg!("mail-invitation-how").render(l);
    let until =
        msg!("mail-invitation-until", expires = Arg::Moment(w.expires.millis()), inviter = &w.inviter).render(l);
    let hello = msg!("mail-hello", name = &w.first_name).render(l);
    let button = msg!("mail-invitation-button").render(l);
    Letter {
        subject: msg!("mail-invitation-subject", inviter = &w.inviter, company = company()).render(l),
        text: format!("{hello}\n\n{lead}\n{how}\n\n{}\n\n{until}\n", w.link),
        html: html_page(
            l,
            &[hello, lead, how],
            (&button, &w.link),
            &[until, msg!("mail-paste-link", link = &w.link).render(l)],
        ),
    }
}

/// The password-reset mail, in the recipient's language.
pub fn reset_letter(lang: Lang, first_name: &str, company: Option<&str>, link: &str) -> Letter {
    let hello = msg!("mail-hello", name = first_name).render(lang);
    let lead = msg!("mail-reset-lead", company = company_arg(company)).render(lang);
    let how = msg!("mail-reset-how").render(lang);
    let button = msg!("mail-reset-button").render(lang);
    Letter {
        subject: msg!("mail-reset-subject", company = company_arg(company)).render(lang),
        text: format!("{hello}\n\n{lead}\n{how}\n\n{link}\n"),
        html: html_page(
            lang,
            &[hello, lead, how],
            (&button, link),
            &[msg!("mail-paste-link", link = link).render(lang)],
        ),
    }
}

/// Why a delivery attempt did not work, and whether trying again may help.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The server took the mail; its answer.
    Delivered(String),
    /// Connection trouble, a time-out or a 4xx answer: try again later.
    Transient(String),
    /// A 5xx answer or an address that cannot work: trying again will not help.
    Permanent(String),
}

/// Talks to the configured SMTP server.
#[derive(Clone)]
pub struct Mailer {
    config: SmtpConfig,
    from: Option<Mailbox>,
}

impl Mailer {
    /// Mail comes from `smtp.from`, or `bivouac@<host of base_url>`, named "Bivouac".
    pub fn new(config: SmtpConfig, base_url: &str) -> Mailer {
        let host = base_url.split("://").nth(1).unwrap_or("localhost").split(['/', ':']).next().unwrap_or("localhost");
        let address = config.from.clone().unwrap_or_else(|| format!("bivouac@{host}"));
        let from = format!("Bivouac <{address}>").parse().ok();
        Mailer { config, from }
    }

    pub fn configured(&self) -> bool {
        self.config.host.is_some()
    }

    pub fn config(&self) -> &SmtpConfig {
        &self.config
    }

    pub fn from_address(&self) -> String {
        self.from.as_ref().map(|m| m.email.to_string()).unwrap_or_default()
    }

    fn transport(&self) -> Result<AsyncSmtpTransport<Tokio1Executor>, String> {
        let host = self.config.host.as_deref().ok_or("no SMTP server is configured (smtp.host)")?;
        let builder = match self.config.security {
            SmtpSecurity::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host),
            SmtpSecurity::StartTls => {
                AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(host).map_err(|e| e.to_string())?
            }
            SmtpSecurity::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(host).map_err(|e| e.to_string())?,
        };
        let mut builder = builder.port(self.config.port).timeout(Some(self.config.timeout));
        if let (Some(u), Some(p)) = (&self.config.username, &self.config.password) {
            builder = builder.credentials(Credentials::new(u.clone(), p.clone()));
        }
        Ok(builder.build())
    }

    /// One delivery attempt, bounded by the SMTP time-out, never hanging.
    pub async fn send(&self, to: &str, letter: &Letter) -> Outcome {
        let transport = match self.transport() {
            Ok(t) => t,
            Err(e) => return Outcome::Transient(e),
        };
        let Some(from) = self.from.clone() else {
            return Outcome::Permanent("the sender address (smtp.from) is not a valid email address".into());
        };
        let to: Mailbox = match to.parse() {
            Ok(m) => m,
            Err(e) => return Outcome::Permanent(format!("{to} is not an address mail can be sent to: {e}")),
        };
        let message = match Message::builder()
            .from(from)
            .to(to)
            .subject(letter.subject.clone())
            .multipart(MultiPart::alternative_plain_html(letter.text.clone(), letter.html.clone()))
        {
            Ok(m) => m,
            Err(e) => return Outcome::Permanent(format!("the mail could not be built: {e}")),
        };
        // lettre's time-out covers each socket operation; this one covers the whole conversation.
        let whole = self.config.timeout * 4 + Duration::from_secs(1);
        match tokio::time::timeout(whole, transport.send(message)).await {
            Err(_) => Outcome::Transient(format!("the SMTP server did not finish within {}s", whole.as_secs())),
            Ok(Ok(resp)) => {
                Outcome::Delivered(format!("{} {}", resp.code(), resp.message().collect::<Vec<_>>().join(" ")))
            }
            Ok(Err(e)) if e.is_permanent() => Outcome::Permanent(format!("the SMTP server refused the mail: {e}")),
            Ok(Err(e)) if e.is_transient() => Outcome::Transient(format!("the SMTP server asked to try later: {e}")),
            Ok(Err(e)) if e.is_timeout() => Outcome::Transient(format!("the SMTP server did not answer in time: {e}")),
            Ok(Err(e)) => Outcome::Transient(format!(
                "cannot talk to the SMTP server {}:{}: {e}",
                self.config.host.as_deref().unwrap_or(""),
                self.config.port
            )),
        }
    }
}

/// The mail settings and the outbox, as whoever handles invitations sees them.
#[derive(Serialize)]
pub struct Status {
    pub configured: bool,
    pub host: Option<String>,
    pub port: u16,
    pub security: String,
    pub from: String,
    pub queued: usize,
    pub failed_invitations: usize,
}

pub fn status(r: &impl Reader, actor: &Actor, mailer: &Mailer) -> Result<Status> {
    let _ = policy::mail::check(actor, policy::mail::Action::SeeStatus)?;
    let c = mailer.config();
    let failed = store::invitations::all(r)?.iter().filter(|i| i.status == InvitationStatus::Failed).count();
    Ok(Status {
        configured: mailer.configured(),
        host: c.host.clone(),
        port: c.port,
        security: format!("{:?}", c.security).to_lowercase(),
        from: mailer.from_address(),
        queued: store::mail::queued(r)?,
        failed_invitations: failed,
    })
}

#[derive(Serialize)]
pub struct TestAnswer {
    pub delivered: bool,
    pub to: String,
    pub answer: String,
}

/// Sends a test mail right now (not through the outbox) to `to` (or the actor's own address) and
/// reports the SMTP server's answer.
pub async fn send_test(
    actor: &Actor,
    own_email: &str,
    to: Option<Email>,
    mailer: &Mailer,
    base_url: &str,
) -> Result<TestAnswer> {
    let _ = policy::mail::check(actor, policy::mail::Action::SendTest)?;
    let to = to.map(Email::into_string).unwrap_or_else(|| own_email.to_string());
    // In the language of the administrator who asked (the request's).
    let lang = crate::i18n::current();
    let body = msg!("mail-test-body", url = base_url).render(lang);
    let letter = Letter {
        subject: msg!("mail-test-subject").render(lang),
        text: format!("{body}\n"),
        html: format!("<p>{}</p>", esc(&body)),
    };
    let (delivered, answer) = match mailer.send(&to, &letter).await {
        Outcome::Delivered(a) => (true, msg!("mail-test-accepted", answer = a).render(lang)),
        Outcome::Transient(a) | Outcome::Permanent(a) => (false, a),
    };
    tracing::info!(delivered, "test email sent by an administrator");
    Ok(TestAnswer { delivered, to, answer })
}
