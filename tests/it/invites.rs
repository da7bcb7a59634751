//! Invitations through a real SMTP server: delivery, retries, failures, expiry, single use,
//! revocation, corrected addresses, races; password resets; secrets kept out of logs and data.

use std::time::Duration;

use serde_json::json;

use crate::helpers::{eventually, logs, send, spawn, spawn_with, spawn_with_smtp};
use crate::smtp::{Mode, Smtp};

async fn invitation_state(u: &crate::helpers::User, email: &str) -> serde_json::Value {
    let list = u.get("/api/invitations").await.expect(200);
    list.body["invitations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["email"] == email)
        .cloned()
        .unwrap_or_else(|| panic!("no invitation for {email}: {}", list.text))
}

#[tokio::test]
async fn invite_mail_link_password_signed_in_with_role_and_departments() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let sales = owner.post("/api/departments", json!({"name": "Sales"})).await.expect(201);
    let sales_id = sales.body["id"].as_str().unwrap().to_string();
    let r = owner
        .post(
            "/api/invitations",
            json!({"first_name": "Иван", "last_name": "Petrov", "email": "Ivan@Example.com",
            "role": "employee", "departments": [sales_id]}),
        )
        .await
        .expect(201);
    assert_eq!(r.body["email"], "ivan@example.com");
    assert_eq!(r.body["role"], "employee");
    assert!(["queued", "sent"].contains(&r.body["state"].as_str().unwrap()));
    let expires = r.body["expires_at"].as_str().unwrap().to_string();
    // The invited person is visible to the admin as invited.
    let people = owner.get("/api/people?state=all").await.expect(200);
    assert!(
        people.body["people"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["email"] == "ivan@example.com" && p["state"] == "invited")
    );

    let mail = app.smtp.wait_for("ivan@example.com", 1).await;
    assert!(
        mail.data.contains("Olga Owner invited you to join Acme on Bivouac. Your role: Employee."),
        "{}",
        mail.data
    );
    // The expiry is written for people: "5 December 2026, 09:12 UTC", not an RFC 3339 stamp.
    let at = bivouac::clock::Timestamp::parse(&expires).unwrap().millis();
    let human = bivouac::i18n::format_moment(bivouac::i18n::Lang::En, at);
    assert!(mail.data.contains(&human), "the mail names the expiry as {human:?}: {}", mail.data);
    assert!(!mail.data.contains(&expires[..16].replace('T', " ")), "no machine timestamp in the mail");
    assert!(mail.data.contains("text/plain") && mail.data.contains("text/html"), "plain text plus HTML");
    let link = mail.link("/invite");
    assert!(link.starts_with(&format!("{}/invite?token=", app.base)), "{link}");
    let token = mail.token("/invite");
    assert!(token.len() >= 22);

    let look = app.anon("GET", &format!("/api/invitations/lookup?token={token}"), None).await.expect(200);
    assert_eq!(look.body["first_name"], "Иван");
    assert_eq!(look.body["role"], "employee");
    // Passwords are checked before anything changes.
    app.anon("POST", "/api/invitations/accept", Some(json!({"token": token, "password": "short"})))
        .await
        .expect_error(422, "weak_password");
    let ivan = app.accept_mail("ivan@example.com", 1, "ivan-password").await.unwrap();
    let me = ivan.get("/api/session").await.expect(200);
    assert_eq!(me.body["person"]["role"], "employee");
    assert_eq!(me.body["person"]["departments"], json!([sales_id]));
    assert_eq!(me.body["person"]["first_name"], "Иван");
    assert_eq!(invitation_state(&owner, "ivan@example.com").await["state"], "accepted");
    app.login("ivan@example.com", "ivan-password").await.expect("the new password works");
    app.assert_store_consistent();
}

#[tokio::test]
async fn smtp_down_then_restart_then_up_delivers_exactly_once() {
    let smtp = Smtp::down().await;
    let mut app = spawn_with_smtp(smtp, |_| {}).await;
    let owner = app.create_owner().await;
    let r = app.invite(&owner, "Ann", "Lee", "ann@example.com", "employee").await;
    assert_eq!(r.body["state"], "queued");
    // The sender tried and noted why it could not deliver; the invitation says so.
    let inv = eventually(10, || async {
        let i = invitation_state(&owner, "ann@example.com").await;
        (!i["last_error"].as_str().unwrap_or("").is_empty()).then_some(i)
    })
    .await;
    assert_eq!(inv["state"], "queued");
    assert!(inv["last_error"].as_str().unwrap().contains("SMTP"), "{inv}");
    let status = owner.get("/api/mail").await.expect(200);
    assert_eq!(status.body["queued"], 1);

    app.restart().await;
    app.smtp.up().await;
    // The retry is due after the backoff; move time past it.
    app.advance(Duration::from_secs(3600));
    app.smtp.wait_for("ann@example.com", 1).await;
    eventually(10, || async { (invitation_state(&owner, "ann@example.com").await["state"] == "sent").then_some(()) })
        .await;
    // Given time for a duplicate to appear, none does.
    app.advance(Duration::from_secs(7200));
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(app.smtp.mails_to("ann@example.com").len(), 1, "delivered exactly once");
    assert_eq!(owner.get("/api/mail").await.body["queued"], 0);
    app.accept_mail("ann@example.com", 1, "ann-password-1").await.expect("the delivered link works");
    app.assert_store_consistent();
}

#[tokio::test]
async fn a_5xx_answer_marks_the_invitation_failed_and_resend_fixes_it() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    app.smtp.set_mode(Mode::Refuse);
    let r = app.invite(&owner, "Bo", "Typo", "bo@example.com", "freelancer").await;
    let id = r.body["id"].as_str().unwrap().to_string();
    let inv = eventually(10, || async {
        let i = invitation_state(&owner, "bo@example.com").await;
        (i["state"] == "failed").then_some(i)
    })
    .await;
    assert!(inv["last_error"].as_str().unwrap().contains("550"), "the reason is shown: {inv}");
    assert_eq!(owner.get("/api/mail").await.body["failed_invitations"], 1);
    app.smtp.set_mode(Mode::Accept);
    let r = owner.post(&format!("/api/invitations/{id}/resend"), json!({})).await.expect(200);
    assert_eq!(r.body["state"], "queued");
    app.smtp.wait_for("bo@example.com", 1).await;
    app.accept_mail("bo@example.com", 1, "bo-password-1").await.expect("the resent link works");
}

#[tokio::test]
async fn a_hanging_smtp_server_times_out_and_the_sender_goes_on() {
    let app = spawn_with(|c| c.smtp.timeout = Duration::from_millis(300)).await;
    let owner = app.create_owner().await;
    app.smtp.set_mode(Mode::Hang);
    app.invite(&owner, "Cy", "Slow", "cy@example.com", "employee").await;
    let inv = eventually(15, || async {
        let i = invitation_state(&owner, "cy@example.com").await;
        (!i["last_error"].as_str().unwrap_or("").is_empty()).then_some(i)
    })
    .await;
    assert_eq!(inv["state"], "queued", "a time-out is retried, not a failure: {inv}");
    app.smtp.set_mode(Mode::Accept);
    app.advance(Duration::from_secs(3600));
    app.smtp.wait_for("cy@example.com", 1).await;
}

#[tokio::test]
async fn links_expire_after_seven_days_and_work_once() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    app.invite(&owner, "Di", "Late", "di@example.com", "employee").await;
    let token = app.smtp.wait_for("di@example.com", 1).await.token("/invite");
    app.advance(Duration::from_secs(7 * 86_400 + 1));
    let r = app
        .anon("GET", &format!("/api/invitations/lookup?token={token}"), None)
        .await
        .expect_error(410, "invitation_invalid");
    assert!(r.body["error"]["message"].as_str().unwrap().contains("expired"), "{}", r.text);
    app.anon("POST", "/api/invitations/accept", Some(json!({"token": token, "password": "di-password"})))
        .await
        .expect_error(410, "invitation_invalid");
    // (The owner's own session idled out over the week; sign in again.)
    owner.get("/api/session").await.expect_error(401, "unauthorized");
    let owner = app.login("owner@example.com", "owner-password").await.unwrap();
    assert_eq!(invitation_state(&owner, "di@example.com").await["state"], "expired");
    // Inviting again works and gives a fresh week.
    app.invite(&owner, "Di", "Late", "di@example.com", "employee").await;
    app.accept_mail("di@example.com", 2, "di-password-2").await.expect("the new invitation works");

    // Second use of a link that worked.
    app.invite(&owner, "Ed", "Once", "ed@example.com", "employee").await;
    let token = app.smtp.wait_for("ed@example.com", 1).await.token("/invite");
    app.accept_mail("ed@example.com", 1, "ed-password-1").await.unwrap();
    let r =
        app.anon("POST", "/api/invitations/accept", Some(json!({"token": token, "password": "ed-password-2"}))).await;
    let r = r.expect_error(410, "invitation_invalid");
    assert!(r.body["error"]["message"].as_str().unwrap().contains("already used"), "{}", r.text);
    app.login("ed@example.com", "ed-password-1").await.expect("the first password stands");
}

#[tokio::test]
async fn revoked_and_corrected_links_die() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let r = app.invite(&owner, "Fay", "Gone", "fay@example.com", "employee").await;
    let id = r.body["id"].as_str().unwrap().to_string();
    let token = app.smtp.wait_for("fay@example.com", 1).await.token("/invite");
    owner.post(&format!("/api/invitations/{id}/revoke"), json!({})).await.expect(200);
    let r = app
        .anon("GET", &format!("/api/invitations/lookup?token={token}"), None)
        .await
        .expect_error(410, "invitation_invalid");
    assert!(r.body["error"]["message"].as_str().unwrap().contains("withdrawn"), "{}", r.text);
    assert_eq!(invitation_state(&owner, "fay@example.com").await["state"], "revoked");
    // The address is free again.
    app.invite(&owner, "Fay", "Back", "fay@example.com", "employee").await;

    // A typo, corrected: the old link dies, the new address gets a working one.
    let r = app.invite(&owner, "Gus", "Typo", "gus@exmaple.com", "employee").await;
    let id = r.body["id"].as_str().unwrap().to_string();
    let old = app.smtp.wait_for("gus@exmaple.com", 1).await.token("/invite");
    let r = owner.patch(&format!("/api/invitations/{id}"), json!({"email": "gus@example.com"})).await.expect(200);
    assert_eq!(r.body["email"], "gus@example.com");
    let r = app.anon("POST", "/api/invitations/accept", Some(json!({"token": old, "password": "gus-password"}))).await;
    let r = r.expect_error(410, "invitation_invalid");
    assert!(r.body["error"]["message"].as_str().unwrap().contains("newer invitation"), "{}", r.text);
    let gus = app.accept_mail("gus@example.com", 1, "gus-password").await.expect("the corrected link works");
    assert_eq!(gus.email, "gus@example.com");
    app.assert_store_consistent();
}

#[tokio::test]
async fn two_racing_accepts_one_wins() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    app.invite(&owner, "Hal", "Race", "hal@example.com", "employee").await;
    let token = app.smtp.wait_for("hal@example.com", 1).await.token("/invite");
    let mut tasks = Vec::new();
    for i in 0..4 {
        let (client, url, token) = (app.client(), app.url("/api/invitations/accept"), token.clone());
        tasks.push(tokio::spawn(async move {
            send(&client, "POST", &url, Some(json!({"token": token, "password": format!("racer-password-{i}")})), None)
                .await
        }));
    }
    let mut statuses = Vec::new();
    for t in tasks {
        statuses.push(t.await.unwrap().status);
    }
    statuses.sort();
    assert_eq!(statuses, vec![201, 410, 410, 410], "exactly one accept wins");
    app.assert_store_consistent();
}

#[tokio::test]
async fn inviting_refuses_bad_input_and_duplicates() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let base = json!({"first_name": "Ida", "last_name": "Case", "email": "ida@example.com", "role": "employee"});
    let with = |k: &str, v: serde_json::Value| {
        let mut b = base.clone();
        b[k] = v;
        b
    };
    owner.post("/api/invitations", with("email", json!("ida@"))).await.expect_error(422, "invalid_email");
    owner.post("/api/invitations", with("first_name", json!("  "))).await.expect_error(422, "invalid_name");
    owner.post("/api/invitations", with("role", json!(""))).await.expect_error(422, "invalid_role");
    owner.post("/api/invitations", with("role", json!("king"))).await.expect_error(422, "invalid_role");
    let mut no_role = base.clone();
    no_role.as_object_mut().unwrap().remove("role");
    owner.post("/api/invitations", no_role).await.expect_error(422, "invalid_input");
    let past = json!("2020-01-01T00:00:00Z");
    let mut b = with("role", json!("freelancer"));
    b["access_until"] = past;
    owner.post("/api/invitations", b).await.expect_error(422, "access_until_past");
    owner
        .post("/api/invitations", with("access_until", json!("2099-01-01")))
        .await
        .expect_error(422, "access_end_not_applicable");
    owner
        .post("/api/invitations", with("departments", json!(["0000000000000"])))
        .await
        .expect_error(422, "unknown_department");
    assert!(app.smtp.mails().is_empty(), "nothing was sent for refused invitations");

    owner.post("/api/invitations", base.clone()).await.expect(201);
    let r = owner.post("/api/invitations", base.clone()).await.expect_error(409, "invitation_pending");
    assert!(r.body["error"]["message"].as_str().unwrap().contains("ida@example.com"));
    let r = owner
        .post("/api/invitations", with("email", json!("owner@example.com")))
        .await
        .expect_error(409, "email_taken");
    assert!(r.body["error"]["message"].as_str().unwrap().contains("Olga Owner"));

    // An Integrator may invite Employees and Freelancers, not Admins; an Employee nobody.
    let integrator = app.add_member(&owner, "integrator", "Ingrid").await;
    integrator.post("/api/invitations", with("email", json!("x1@example.com"))).await.expect(201);
    integrator
        .post("/api/invitations", {
            let mut b = with("email", json!("x2@example.com"));
            b["role"] = json!("admin");
            b
        })
        .await
        .expect_error(403, "forbidden");
    let employee = app.add_member(&owner, "employee", "Emil").await;
    employee.post("/api/invitations", with("email", json!("x3@example.com"))).await.expect_error(403, "forbidden");
    employee.get("/api/invitations").await.expect_error(403, "forbidden");
    app.assert_store_consistent();
}

#[tokio::test]
async fn password_reset_works_once_and_ends_other_sessions() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let known = app.anon("POST", "/api/password-reset", Some(json!({"email": "owner@example.com"}))).await.expect(202);
    let unknown =
        app.anon("POST", "/api/password-reset", Some(json!({"email": "nobody@example.com"}))).await.expect(202);
    assert_eq!(known.text, unknown.text, "the same answer either way");
    let mail = app.smtp.wait_for("owner@example.com", 1).await;
    assert!(mail.data.contains("Reset your Bivouac password"));
    let token = mail.token("/reset");
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(app.smtp.mails_to("nobody@example.com").is_empty());

    let client = app.client();
    send(
        &client,
        "POST",
        &app.url("/api/password-reset/complete"),
        Some(json!({"token": token, "password": "tiny"})),
        None,
    )
    .await
    .expect_error(422, "weak_password");
    let r = send(
        &client,
        "POST",
        &app.url("/api/password-reset/complete"),
        Some(json!({"token": token, "password": "brand-new-password"})),
        None,
    )
    .await
    .expect(200);
    assert_eq!(r.body["person"]["email"], "owner@example.com");
    owner.get("/api/session").await.expect_error(401, "unauthorized");
    send(&client, "GET", &app.url("/api/session"), None, None).await.expect(200);
    app.anon("POST", "/api/password-reset/complete", Some(json!({"token": token, "password": "another-password"})))
        .await
        .expect_error(410, "reset_invalid");
    assert!(app.login("owner@example.com", "owner-password").await.is_err());
    app.login("owner@example.com", "brand-new-password").await.expect("the new password works");

    // A link older than an hour is dead.
    app.anon("POST", "/api/password-reset", Some(json!({"email": "owner@example.com"}))).await.expect(202);
    let token = app.smtp.wait_for("owner@example.com", 2).await.token("/reset");
    app.advance(Duration::from_secs(3601));
    app.anon("POST", "/api/password-reset/complete", Some(json!({"token": token, "password": "late-password"})))
        .await
        .expect_error(410, "reset_invalid");
}

#[tokio::test]
async fn no_token_or_password_in_logs_or_left_in_the_data_file() {
    let mut app = spawn().await;
    let owner = app.create_owner().await;
    app.invite(&owner, "Lu", "Quiet", "lu@example.com", "employee").await;
    let mail = app.smtp.wait_for("lu@example.com", 1).await;
    let token = mail.token("/invite");
    app.accept_mail("lu@example.com", 1, "lu-secret-password").await.unwrap();
    app.anon("POST", "/api/password-reset", Some(json!({"email": "lu@example.com"}))).await.expect(202);
    let reset = app.smtp.wait_for("lu@example.com", 2).await.token("/reset");
    app.anon("POST", "/api/password-reset/complete", Some(json!({"token": reset, "password": "lu-newer-secret"})))
        .await
        .expect(200);
    app.login("lu@example.com", "lu-newer-secret").await.unwrap();
    // Wait for the sender to record the delivery of the reset mail.
    eventually(10, || async { (owner.get("/api/mail").await.body["queued"] == 0).then_some(()) }).await;
    let log = logs();
    for secret in [&token, &reset, "lu-secret-password", "lu-newer-secret", &owner.csrf] {
        assert!(!log.contains(secret), "the log contains a secret: {secret}");
    }
    app.stop().await;
    let bytes = std::fs::read(app.dir.path().join("bivouac.redb")).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    assert!(!text.contains(&token) && !text.contains(&reset), "a usable token remains in the data file");
    assert!(!text.contains("lu-secret-password"));
}

#[tokio::test]
async fn admins_can_send_a_test_email() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let r = owner.post("/api/mail/test", json!({})).await.expect(200);
    assert_eq!(r.body["delivered"], true, "{}", r.text);
    assert!(r.body["answer"].as_str().unwrap().contains("250"), "{}", r.text);
    app.smtp.wait_for("owner@example.com", 1).await;
    app.smtp.set_mode(Mode::Refuse);
    let r = owner.post("/api/mail/test", json!({"to": "someone@example.com"})).await.expect(200);
    assert_eq!(r.body["delivered"], false);
    assert!(r.body["answer"].as_str().unwrap().contains("550"), "{}", r.text);
    let status = owner.get("/api/mail").await.expect(200);
    assert_eq!(status.body["configured"], true);
    app.smtp.set_mode(Mode::Accept);
    let emp = app.add_member(&owner, "employee", "Eve").await;
    emp.post("/api/mail/test", json!({})).await.expect_error(403, "forbidden");
}

#[tokio::test]
async fn a_4xx_answer_is_retried_not_failed() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    app.smtp.set_mode(Mode::Defer);
    app.invite(&owner, "Tia", "Later", "tia@example.com", "employee").await;
    let inv = eventually(10, || async {
        let i = invitation_state(&owner, "tia@example.com").await;
        (!i["last_error"].as_str().unwrap_or("").is_empty()).then_some(i)
    })
    .await;
    assert_eq!(inv["state"], "queued", "{inv}");
    assert!(inv["last_error"].as_str().unwrap().contains("451"), "{inv}");
    app.smtp.set_mode(Mode::Accept);
    app.advance(Duration::from_secs(3600));
    app.smtp.wait_for("tia@example.com", 1).await;
    eventually(10, || async { (invitation_state(&owner, "tia@example.com").await["state"] == "sent").then_some(()) })
        .await;
}
