//! Mail settings as admins see them, and "send a test email".

use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};

use super::{Letter, Outcome};
use crate::app::AppState;
use crate::auth::SignedIn;
use crate::error::Result;
use crate::http::Json;
use crate::model::InvitationStatus;
use crate::people::Email;
use crate::policy::{self, Action};
use crate::store;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/api/mail").get(status)).service(web::resource("/api/mail/test").post(test));
}

#[derive(Serialize)]
struct Status {
    configured: bool,
    host: Option<String>,
    port: u16,
    security: String,
    from: String,
    queued: usize,
    failed_invitations: usize,
}

async fn status(state: web::Data<AppState>, me: SignedIn) -> Result<HttpResponse> {
    let r = state.store.read()?;
    // Whoever handles invitations needs to know whether mail goes out.
    policy::check(&r, &me.actor(), Action::ListInvitations)?;
    let c = state.mailer.config();
    let failed = store::invitations::all(&r)?.iter().filter(|i| i.status == InvitationStatus::Failed).count();
    Ok(HttpResponse::Ok().json(Status {
        configured: state.mailer.configured(),
        host: c.host.clone(),
        port: c.port,
        security: format!("{:?}", c.security).to_lowercase(),
        from: state.mailer.from_address(),
        queued: store::mail::queued(&r)?,
        failed_invitations: failed,
    }))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TestBody {
    to: Option<String>,
}

#[derive(Serialize)]
struct TestAnswer {
    delivered: bool,
    to: String,
    answer: String,
}

/// Sends a test mail right now (not through the outbox) and reports the SMTP server's answer.
async fn test(state: web::Data<AppState>, me: SignedIn, body: Json<TestBody>) -> Result<HttpResponse> {
    policy::check(&state.store.read()?, &me.actor(), Action::ManageMail)?;
    let to = match body.into_inner().to.filter(|t| !t.trim().is_empty()) {
        Some(t) => Email::parse(&t)?.into_string(),
        None => me.person.email.clone(),
    };
    let letter = Letter {
        subject: "Bivouac test email".into(),
        text: format!("This is a test email from Bivouac at {}. Mail works.\n", state.base_url),
        html: format!("<p>This is a test email from Bivouac at {}. Mail works.</p>", state.base_url),
    };
    let outcome = state.mailer.send(&to, &letter).await;
    let (delivered, answer) = match outcome {
        Outcome::Delivered(a) => (true, format!("The SMTP server accepted the mail: {a}")),
        Outcome::Transient(a) | Outcome::Permanent(a) => (false, a),
    };
    tracing::info!(delivered, "test email sent by an administrator");
    Ok(HttpResponse::Ok().json(TestAnswer { delivered, to, answer }))
}
