//! HTTP for mail settings as admins see them, and "send a test email".

use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::Json;
use super::session::SignedIn;
use super::state::AppState;
use crate::error::Result;
use crate::input::Email;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/api/mail").get(status)).service(web::resource("/api/mail/test").post(test));
}

async fn status(state: web::Data<AppState>, me: SignedIn) -> Result<HttpResponse> {
    Ok(HttpResponse::Ok().json(crate::mail::status(&state.store.read()?, &me.actor(), &state.mailer)?))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TestBody {
    to: Option<String>,
}

async fn test(state: web::Data<AppState>, me: SignedIn, body: Json<TestBody>) -> Result<HttpResponse> {
    let to = body.into_inner().to.filter(|t| !t.trim().is_empty()).map(|t| Email::parse(&t)).transpose()?;
    let answer = crate::mail::send_test(&me.actor(), &me.person.email, to, &state.mailer, &state.base_url).await?;
    Ok(HttpResponse::Ok().json(answer))
}
