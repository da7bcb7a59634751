//! Browser tests of the People and Administration screens: an administrator changes a member's
//! department and role in place, and an invitation travels from the Invite dialog through the
//! mailed link to a signed-in colleague.
//!
//! With `UI_SHOTS=1` the tests also leave screenshots in `/tmp/bivouac-shots/`.

use serde_json::json;

use crate::browser::Browser;
use crate::helpers::{TestApp, User, spawn};

async fn shot(b: &Browser, name: &str) {
    if std::env::var("UI_SHOTS").is_err() {
        return;
    }
    let dir = std::path::Path::new("/tmp/bivouac-shots");
    let _ = std::fs::create_dir_all(dir);
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    if let Ok(png) = b.c.screenshot().await {
        let _ = std::fs::write(dir.join(format!("{name}.png")), png);
    }
}

async fn sign_in(app: &TestApp, b: &Browser, email: &str, password: &str) {
    b.goto(&app.url("/login")).await;
    b.fill("input[name=email]", email).await;
    b.fill("input[name=password]", password).await;
    b.click("form button[type=submit]").await;
    b.find(".me-name").await;
}

fn name_of(u: &User) -> String {
    format!("{} {}", u.person["first_name"].as_str().unwrap(), u.person["last_name"].as_str().unwrap())
}

#[tokio::test]
async fn an_admin_changes_department_and_role_and_the_people_page_shows_it() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let admin = app.add_member(&owner, "admin", "Ada").await;
    let emma = app.add_member(&owner, "employee", "Emma").await;
    let sales = owner.post("/api/departments", json!({"name": "Sales"})).await.expect(201);
    let sales_id = sales.body["id"].as_str().unwrap().to_string();
    owner.post("/api/departments", json!({"name": "Support"})).await.expect(201);
    let Some(b) = Browser::start().await else {
        return;
    };
    sign_in(&app, &b, &admin.email, &admin.password).await;

    b.goto(&app.url("/admin/people")).await;
    let row = format!("tr[data-person-id='{}']", emma.id);
    b.find(&row).await;
    // The admin may not touch the owner's role: no select on that row.
    let owner_row = format!("tr[data-person-id='{}']", owner.id);
    b.find(&owner_row).await;
    b.gone(&format!("{owner_row} select")).await;
    shot(&b, "admin-people").await;

    // Departments: the dialog's checkboxes, saved at once.
    b.click(&format!("button[aria-label='Edit departments of {}']", name_of(&emma))).await;
    b.click(&format!("dialog input[type=checkbox][value='{sales_id}']")).await;
    shot(&b, "edit-departments").await;
    b.click("dialog button[type=submit]").await;
    b.gone("dialog").await;
    b.find_text(&format!("{row} .chip"), "Sales").await;

    // Role: the select saves on change.
    let select = b.find(&format!("{row} select[aria-label^='Role of']")).await;
    select.select_by_value("freelancer").await.unwrap();
    b.find_text(".toast", "is now a freelancer").await;
    // A freelancer row gains the access end date.
    b.find(&format!("{row} input[type=date]")).await;
    shot(&b, "role-changed").await;

    // The People page shows the department and, to an admin, the new role.
    b.goto(&app.url("/people")).await;
    let card = format!(".person-card[data-person-id='{}']", emma.id);
    b.find_text(&card, "Sales").await;
    b.find_text(&format!("{card} .role-badge"), "Freelancer").await;
    // The card opens in the side panel.
    b.click(&card).await;
    b.find_text(".panel", &emma.email).await;
    shot(&b, "people-panel").await;

    // And the server really has it.
    let p = owner.get(&format!("/api/people/{}", emma.id)).await.expect(200);
    assert_eq!(p.body["role"], "freelancer");
    assert_eq!(p.body["departments"], json!([sales_id]));
    b.close().await;
}

#[tokio::test]
async fn an_admin_invites_a_colleague_who_sets_a_password_from_the_mailed_link() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let admin = app.add_member(&owner, "admin", "Ada").await;
    owner.post("/api/departments", json!({"name": "Sales"})).await.expect(201);
    let Some(b) = Browser::start().await else {
        return;
    };
    sign_in(&app, &b, &admin.email, &admin.password).await;
    b.goto(&app.url("/admin/people")).await;
    b.click_text("button", "Invite people").await;
    b.fill("dialog input[name=first_name]", "Carla").await;
    b.fill("dialog input[name=last_name]", "Colleague").await;
    b.fill("dialog input[name=email]", "carla@example.com").await;
    // Only roles an admin may grant are offered.
    let roles = b.find("dialog select[name=role]").await;
    let offered = roles.text().await.unwrap();
    assert!(!offered.contains("Owner") && offered.contains("Administrator"), "roles offered: {offered}");
    roles.select_by_value("employee").await.unwrap();
    b.click_text("dialog label", "Sales").await;
    shot(&b, "invite-dialog").await;
    b.click("dialog button[type=submit]").await;
    b.gone("dialog").await;
    b.find_text(".toast", "carla@example.com").await;

    // The invited person is in the list, as invited.
    b.find_text("tbody tr", "carla@example.com").await;

    let link = app.smtp.wait_for("carla@example.com", 1).await.link("/invite");
    let Some(b2) = Browser::start().await else {
        return;
    };
    b2.goto(&link).await;
    b2.find_text("main", "invited you to join").await;
    // The token left the address bar.
    assert!(!b2.c.current_url().await.unwrap().as_str().contains("token"));
    // The two passwords must match (checked in the browser).
    b2.fill("input[name=password]", "carla-password").await;
    b2.fill("input[name=password_repeat]", "carla-passw0rd").await;
    b2.click("form button[type=submit]").await;
    b2.find_text(".field-error", "do not match").await;
    shot(&b2, "invite-accept").await;
    b2.fill("input[name=password_repeat]", "carla-password").await;
    b2.click("form button[type=submit]").await;
    b2.find_text(".me-name", "Carla Colleague").await;

    // The invitation shows as accepted.
    b.goto(&app.url("/admin/invitations?show=accepted")).await;
    b.find_text("tbody tr", "carla@example.com").await;
    b2.close().await;
    b.close().await;

    // The new colleague signs in with the password just set.
    let carla = app.login("carla@example.com", "carla-password").await.expect("signs in");
    assert_eq!(carla.person["role"], "employee");
    assert_eq!(carla.person["departments"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn a_colleague_pinned_from_their_card_heads_the_people_page_after_a_reload() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let emp = app.add_member(&owner, "employee", "Pia").await;
    app.add_member(&owner, "employee", "Zed").await;
    let Some(b) = Browser::start().await else { return };
    sign_in(&app, &b, &emp.email, &emp.password).await;
    b.goto(&app.url("/people")).await;
    b.click_text(".people-results .person-card", "Zed").await;
    b.click("button.pin-person").await;
    b.find_text(".pinned-people .person-card", "Zed").await;
    b.c.refresh().await.unwrap();
    b.find_text(".pinned-people .person-card", "Zed").await;
    let sidebar = emp.get("/api/sidebar").await.expect(200);
    assert_eq!(sidebar.body["pinned_people"].as_array().unwrap().len(), 1);
    shot(&b, "people-pinned").await;
    b.close().await;
}
