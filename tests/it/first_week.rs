//! The first week of a real team (issue 13), against the running server: a session ended by
//! someone says why (in its 401 and in the WebSocket's close), one's own password and name, the
//! company's name and accent colour with contrast kept, `#general` for everyone who joins,
//! department totals, role changes that never make an Owner by the way, the address the server
//! thinks it has, and the binary's `--help` and start-up log.

use std::time::Duration;

use serde_json::{Value, json};

use crate::helpers::spawn;
use crate::live::Live;

fn error_message(body: &Value) -> &str {
    body["error"]["message"].as_str().unwrap_or("")
}

#[tokio::test]
async fn a_session_ended_by_someone_says_why_in_its_401_and_its_socket() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let ivan = app.add_member(&owner, "admin", "Ivan").await;
    let mut live = Live::connect(&app, &ivan).await;

    // A demotion ends his sessions; his socket closes with 4001 naming the reason ...
    owner.patch(&format!("/api/people/{}", ivan.id), json!({"role": "employee"})).await.expect(200);
    let frame = live.closed().await.expect("a close frame");
    assert_eq!(u16::from(frame.code), 4001, "{frame:?}");
    assert!(frame.reason.contains("role_changed"), "the close names why: {frame:?}");
    // ... and a later request with the dead cookie is told who did what, in words.
    let r = ivan.get("/api/session").await.expect_error(401, "unauthorized");
    assert_eq!(r.body["error"]["reason"], "role_changed", "{}", r.text);
    assert_eq!(error_message(&r.body), "Your role was changed by Olga Owner — sign in again.");

    // Deactivation says so too, naming who did it.
    let ivan = app.login(&ivan.email, &ivan.password).await.unwrap();
    owner.patch(&format!("/api/people/{}", ivan.id), json!({"active": false})).await.expect(200);
    let r = ivan.get("/api/people").await.expect_error(401, "unauthorized");
    assert_eq!(r.body["error"]["reason"], "deactivated");
    assert!(error_message(&r.body).contains("deactivated by Olga Owner"), "{}", r.text);

    // A cookie that was never valid, or one signed out by its owner, gets the plain answer.
    let stranger = app.anon("GET", "/api/session", None).await.expect_error(401, "unauthorized");
    assert!(stranger.body["error"]["reason"].is_null());

    // The reason is not kept for ever: after two weeks the plain answer again.
    app.advance(Duration::from_secs(15 * 86_400));
    let r = ivan.get("/api/session").await.expect_error(401, "unauthorized");
    assert!(r.body["error"]["reason"].is_null(), "{}", r.text);
    // The reason is not in the log (nor the name of who did it, next to the reason).
    assert!(!crate::helpers::logs().contains("Your role was changed"), "the reason stays out of the log");
    app.assert_store_consistent();
}

#[tokio::test]
async fn ones_own_password_needs_the_current_one_and_ends_the_other_sessions() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let emma = app.add_member(&owner, "employee", "Emma").await;
    let phone = app.login(&emma.email, &emma.password).await.unwrap();

    let r = emma
        .post("/api/me/password", json!({"current_password": "not-it-at-all", "password": "a new password"}))
        .await
        .expect_error(422, "wrong_current_password");
    assert!(error_message(&r.body).contains("current password"), "{}", r.text);
    emma.post("/api/me/password", json!({"current_password": emma.password, "password": "short"}))
        .await
        .expect_error(422, "weak_password");
    phone.get("/api/session").await.expect(200);

    let r =
        emma.post("/api/me/password", json!({"current_password": emma.password, "password": "a new password"})).await;
    assert_eq!(r.status, 204, "{}", r.text);
    // This session stays; the other one ended, and says why.
    emma.get("/api/session").await.expect(200);
    let r = phone.get("/api/session").await.expect_error(401, "unauthorized");
    assert_eq!(r.body["error"]["reason"], "password_changed");
    // The new password signs in; the old one does not.
    assert!(app.login(&emma.email, &emma.password).await.is_err());
    app.login(&emma.email, "a new password").await.unwrap();
    // The audit log has it.
    let audit = owner.get("/api/audit?action=password_changed").await.expect(200);
    assert_eq!(audit.body["entries"].as_array().unwrap().len(), 1, "{}", audit.text);
}

#[tokio::test]
async fn everyone_changes_their_own_name_and_title() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let fl = app.add_member(&owner, "freelancer", "Fred").await;
    let r = fl.patch("/api/me", json!({"first_name": "Frederick", "title": "Translator"})).await.expect(200);
    assert_eq!(r.body["first_name"], "Frederick");
    assert_eq!(r.body["title"], "Translator");
    assert_eq!(fl.get("/api/session").await.body["person"]["first_name"], "Frederick");
    fl.patch("/api/me", json!({"last_name": "  "})).await.expect_error(422, "invalid_name");
    fl.patch("/api/me", json!({"role": "owner"})).await.expect_error(422, "invalid_input");
    assert_eq!(owner.get(&format!("/api/people/{}", fl.id)).await.body["role"], "freelancer");
}

#[tokio::test]
async fn the_owner_names_the_company_and_sets_an_accent_that_stays_readable() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let admin = app.add_member(&owner, "admin", "Ada").await;

    let ws = admin.get("/api/workspace").await.expect(200);
    assert_eq!(ws.body["name"], "Acme");
    assert_eq!(ws.body["can"]["edit"], false);
    assert!(ws.body["theme"].is_null());
    assert_eq!(app.anon("GET", "/theme.css", None).await.text, "", "no colour set: Bivouac's own");

    // Only an owner changes it.
    admin.patch("/api/workspace", json!({"name": "Ada Inc"})).await.expect_error(403, "forbidden");
    // A colour must be a colour.
    owner.patch("/api/workspace", json!({"accent_color": "teal"})).await.expect_error(422, "invalid_color");
    owner.patch("/api/workspace", json!({"language": "xx"})).await.expect_error(422, "invalid_language");

    // Bright yellow: white text on it would be unreadable, so the shades are worked out.
    let r = owner
        .patch("/api/workspace", json!({"name": "Acme Rope Works", "accent_color": "#FFFF00", "language": "de"}))
        .await
        .expect(200);
    assert_eq!(r.body["name"], "Acme Rope Works");
    assert_eq!(r.body["accent_color"], "#ffff00");
    assert_eq!(r.body["language"], "de");
    let light = r.body["theme"]["light"]["accent"].as_str().unwrap();
    let dark = r.body["theme"]["dark"]["accent"].as_str().unwrap();
    let rgb = |h: &str| bivouac::input::Color::parse(h).unwrap().0;
    let c = bivouac::workspace::contrast;
    assert!(c(rgb(light), [0xff, 0xff, 0xff]) >= 4.5, "white text on the light accent {light}");
    assert!(c(rgb(light), [0xf7, 0xf8, 0xf8]) >= 4.5, "the light accent {light} as text");
    let on_dark = r.body["theme"]["dark"]["on_accent"].as_str().unwrap();
    assert!(c(rgb(dark), rgb(on_dark)) >= 4.5, "text on the dark accent {dark}");
    assert!(c(rgb(dark), [0x1d, 0x26, 0x25]) >= 4.5, "the dark accent {dark} on the dark surface");

    // The stylesheet carries them, for every page (also before sign-in), light and dark.
    let css = app.anon("GET", "/theme.css", None).await;
    assert_eq!(css.status, 200);
    assert!(css.header("content-type").unwrap_or("").starts_with("text/css"));
    assert!(css.text.contains(&format!("--accent: {light}")) && css.text.contains(&format!("--accent: {dark}")));
    assert!(css.text.contains("prefers-color-scheme: dark"));
    // The new name is everyone's.
    assert_eq!(admin.get("/api/session").await.body["company_name"], "Acme Rope Works");
    // Back to Bivouac's own colour.
    owner.patch("/api/workspace", json!({"accent_color": null})).await.expect(200);
    assert_eq!(app.anon("GET", "/theme.css", None).await.text, "");
    let audit = owner.get("/api/audit?action=workspace_changed").await.expect(200);
    assert_eq!(audit.body["entries"].as_array().unwrap().len(), 2);
}

fn channel_names(r: &crate::helpers::Resp) -> Vec<String> {
    r.body.as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap_or("").to_string()).collect()
}

#[tokio::test]
async fn setup_makes_general_and_everyone_who_joins_is_in_it() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let chats = owner.get("/api/channels").await.expect(200);
    assert_eq!(channel_names(&chats), vec!["general".to_string()]);
    let general = chats.body[0]["id"].as_str().unwrap().to_string();
    assert_eq!(chats.body[0]["private"], false);

    let mut live = Live::connect(&app, &owner).await;
    let emma = app.add_member(&owner, "employee", "Emma").await;
    assert_eq!(channel_names(&emma.get("/api/channels").await.expect(200)), vec!["general".to_string()]);
    // The owner sees her arrive.
    let added = live.next("member.added").await;
    assert_eq!(added["channel_id"], general.as_str());
    assert_eq!(added["person_id"], emma.id.as_str());

    // A freelancer sees only the chats they are added to: not #general.
    let fl = app.add_member(&owner, "freelancer", "Fred").await;
    assert!(channel_names(&fl.get("/api/channels").await.expect(200)).is_empty());
    let members = owner.get(&format!("/api/channels/{general}/members")).await.expect(200);
    assert_eq!(members.body["members"].as_array().unwrap().len(), 2, "{}", members.text);
    app.assert_store_consistent();
}

#[tokio::test]
async fn department_counts_include_their_sub_departments() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let sales = owner.post("/api/departments", json!({"name": "Sales"})).await.expect(201).body["id"].clone();
    let emea = owner.post("/api/departments", json!({"name": "EMEA", "parent_id": sales})).await.expect(201).body["id"]
        .clone();
    let north =
        owner.post("/api/departments", json!({"name": "North", "parent_id": emea})).await.expect(201).body["id"]
            .clone();
    for (name, dep) in [("Ann", &sales), ("Bob", &emea), ("Cid", &north), ("Dee", &north)] {
        let p = app.add_member(&owner, "employee", name).await;
        owner.patch(&format!("/api/people/{}", p.id), json!({"departments": [dep]})).await.expect(200);
    }
    let deps = owner.get("/api/departments").await.expect(200);
    let by =
        |name: &str| deps.body["departments"].as_array().unwrap().iter().find(|d| d["name"] == name).unwrap().clone();
    assert_eq!((by("Sales")["member_count"].clone(), by("Sales")["total_member_count"].clone()), (json!(1), json!(4)));
    assert_eq!((by("EMEA")["member_count"].clone(), by("EMEA")["total_member_count"].clone()), (json!(1), json!(3)));
    assert_eq!((by("North")["member_count"].clone(), by("North")["total_member_count"].clone()), (json!(2), json!(2)));
}

#[tokio::test]
async fn owner_is_never_a_role_in_the_select_but_its_own_capability() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let admin = app.add_member(&owner, "admin", "Ada").await;
    let emp = app.add_member(&owner, "employee", "Emil").await;
    let as_owner = owner.get(&format!("/api/people/{}", emp.id)).await.expect(200);
    let roles: Vec<&str> =
        as_owner.body["can"]["roles"].as_array().unwrap().iter().map(|r| r.as_str().unwrap()).collect();
    assert_eq!(roles, vec!["admin", "integrator", "employee", "freelancer"]);
    assert_eq!(as_owner.body["can"]["roles_signing_out"], json!(["freelancer"]));
    assert_eq!(as_owner.body["can"]["make_owner"], true);
    assert_eq!(as_owner.body["can"]["transfer_ownership"], true);
    let as_admin = admin.get(&format!("/api/people/{}", emp.id)).await.expect(200);
    assert_eq!(as_admin.body["can"]["make_owner"], false);
    // "Add another owner" is still one explicit request, for an owner.
    owner.patch(&format!("/api/people/{}", emp.id), json!({"role": "owner"})).await.expect(200);
    let again = owner.get(&format!("/api/people/{}", emp.id)).await.expect(200);
    assert_eq!(again.body["can"]["make_owner"], false, "already an owner");
}

#[tokio::test]
async fn setup_status_tells_the_page_the_servers_address() {
    let app = spawn().await;
    let r = app.anon("GET", "/api/setup", None).await.expect(200);
    assert_eq!(r.body["needed"], true);
    assert_eq!(r.body["base_url"], app.base.as_str());
    assert_eq!(r.body["base_url_set"], false);
    let set = crate::helpers::spawn_with(|c| c.base_url = Some("https://chat.example.com".into())).await;
    let r = set.anon("GET", "/api/setup", None).await.expect(200);
    assert_eq!(r.body["base_url"], "https://chat.example.com");
    assert_eq!(r.body["base_url_set"], true);
}

/// The binary as an operator meets it: `--help` gives base_url one default, and the start-up log
/// (to a file here, as under journald) has the real port and no terminal colour codes.
#[tokio::test]
async fn help_and_start_up_log_are_written_for_the_operator() {
    let (ok, help) = crate::support::process::run(&["--help"]);
    assert!(ok);
    let line = help.lines().find(|l| l.contains("--base-url")).expect("--base-url in --help");
    assert_eq!(line.matches("default").count(), 1, "one default for base_url: {line}");
    let next = help.lines().skip_while(|l| !l.contains("--base-url")).nth(1).unwrap_or("");
    assert!(!next.contains("default"), "no second default in its description: {next}");

    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let port = crate::support::process::free_port();
    let log = dir.path().join("bivouac.log");
    let server = crate::support::process::Server::start_with(
        &data,
        port,
        &["--log", "info"],
        crate::support::process::Log::File(log.clone()),
    )
    .await;
    let text = std::fs::read_to_string(&log).unwrap();
    drop(server);
    assert!(text.contains(&format!("base_url = http://localhost:{port}")), "the real port, not <port>:\n{text}");
    assert!(!text.contains("<port>"), "{text}");
    assert!(text.contains("/setup?token="), "the setup link is in the log:\n{text}");
    assert!(!text.contains('\u{1b}'), "no ANSI colour codes when the log is not a terminal:\n{text}");
}

/// Without a mail server, the first colleague still gets in: the inviter copies the link of the
/// queued invitation and hands it over. Once a mail server took the mail, the link is only there.
#[tokio::test]
async fn without_a_mail_server_the_inviter_copies_the_invitation_link() {
    let app = crate::helpers::spawn_with(|c| c.smtp.host = None).await;
    let owner = app.create_owner().await;
    let r = app.invite(&owner, "Carla", "Colleague", "carla@example.com", "employee").await;
    assert_eq!(r.body["state"], "queued");
    let id = r.body["id"].as_str().unwrap().to_string();
    let link = owner.post(&format!("/api/invitations/{id}/link"), json!({})).await.expect(200);
    let link = link.body["link"].as_str().unwrap().to_string();
    assert!(link.starts_with(&format!("{}/invite?token=", app.base)), "{link}");
    let token = link.split("token=").nth(1).unwrap();
    let client = app.client();
    let r = crate::helpers::send(
        &client,
        "POST",
        &app.url("/api/invitations/accept"),
        Some(json!({"token": token, "password": "carla-password"})),
        None,
    )
    .await
    .expect(201);
    assert_eq!(r.body["person"]["email"], "carla@example.com");
    // Used: no more link; the audit log says who copied it.
    owner.post(&format!("/api/invitations/{id}/link"), json!({})).await.expect_error(409, "invitation_accepted");
    let audit = owner.get("/api/audit?action=invitation_link_copied").await.expect(200);
    assert_eq!(audit.body["entries"][0]["actor"]["name"], "Olga Owner", "{}", audit.text);
    // An employee may not (and cannot even tell the invitation exists).
    let emp = app.login("carla@example.com", "carla-password").await.unwrap();
    emp.post(&format!("/api/invitations/{id}/link"), json!({})).await.expect_error(404, "not_found");

    // With a mail server, once the mail is out, the link is only in the mail.
    let app = spawn().await;
    let owner = app.create_owner().await;
    let r = app.invite(&owner, "Dora", "Delivered", "dora@example.com", "employee").await;
    app.smtp.wait_for("dora@example.com", 1).await;
    let id = r.body["id"].as_str().unwrap();
    crate::helpers::eventually(10, || async {
        let r = owner.post(&format!("/api/invitations/{id}/link"), json!({})).await;
        (r.status == 409).then_some(r)
    })
    .await
    .expect_error(409, "invitation_mailed");
}
