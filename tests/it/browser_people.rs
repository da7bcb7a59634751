//! Browser tests of the People and Administration screens: an administrator changes a member's
//! department and role in place, and an invitation travels from the Invite dialog through the
//! mailed link to a signed-in colleague.
//!
//! With `UI_SHOTS=1` the tests also leave screenshots in `/tmp/bivouac-shots/`.

use serde_json::json;

use crate::browser::{Browser, js, name_of, shot, sign_in, wait_js};
use crate::helpers::{next_n, spawn};

#[tokio::test]
#[cfg_attr(
    no_chromedriver,
    ignore = "needs chromium and chromedriver (apt-get install chromium chromium-driver; CI has them)"
)]
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
    // The change asks once, naming the effect, before anything is saved.
    b.find_text("dialog[open] h2", "a freelancer?").await;
    b.click("dialog[open] button[type=submit]").await;
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
#[cfg_attr(
    no_chromedriver,
    ignore = "needs chromium and chromedriver (apt-get install chromium chromium-driver; CI has them)"
)]
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
    // Signed in: her name is on the person menu's button in the rail.
    b2.find(".rail .me-btn[title='Carla Colleague']").await;

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
#[cfg_attr(
    no_chromedriver,
    ignore = "needs chromium and chromedriver (apt-get install chromium chromium-driver; CI has them)"
)]
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

    // An employee may not edit or manage a colleague's card, nor open Administration; they may
    // message them and pin them.
    // (The pinned cards are redrawn whenever the chats' state changes: click the one there now.)
    js(&b, "document.querySelector('.pinned-people .person-card').click(); return true").await;
    b.find("button.pin-person").await;
    b.gone(".panel-actions a[href^='/admin/people']").await;
    wait_js(
        &b,
        "return [...document.querySelectorAll('.panel-actions button')].map(e => e.textContent)",
        json!(["Message", "Unpin"]),
    )
    .await;
    b.gone(".rail-btn[data-section=admin]").await;
    b.goto(&app.url("/admin/people")).await;
    b.find_text("main", "Not available").await;
    b.close().await;
}

#[tokio::test]
#[cfg_attr(
    no_chromedriver,
    ignore = "needs chromium and chromedriver (apt-get install chromium chromium-driver; CI has them)"
)]
async fn an_integrator_pages_through_everyone_and_gets_only_the_controls_the_server_allows() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let admin = app.add_member(&owner, "admin", "Ada").await;
    let ivo = app.add_member(&owner, "integrator", "Ivo").await;
    let emma = app.add_member(&owner, "employee", "Emma").await;
    // Fifty invited people: with the four above, a page of fifty and a few more.
    for i in 0..50 {
        app.invite(&owner, &format!("Guest{i:02}"), "Waiting", &format!("guest{i}@example.com"), "employee").await;
    }
    let Some(b) = Browser::start().await else { return };
    sign_in(&app, &b, &ivo.email, &ivo.password).await;
    b.goto(&app.url("/admin/people")).await;
    let rows = "return document.querySelectorAll('.people-table tbody tr').length";
    wait_js(&b, rows, json!(50)).await;
    b.find_text(".toolbar [aria-live]", "50+ people").await;
    b.click("button.load-more").await;
    wait_js(&b, rows, json!(54)).await;
    b.find_text(".toolbar [aria-live]", "54 people").await;
    wait_js(&b, "return document.querySelector('button.load-more').hidden", json!(true)).await;
    shot(&b, "integrator-people").await;

    // Emma's role select offers exactly what the server offers an integrator for her.
    let offered = format!(
        "return [...document.querySelectorAll(\"tr[data-person-id='{}'] select option\")].map(o => o.value)",
        emma.id
    );
    assert_eq!(js(&b, &offered).await, json!(["employee", "freelancer"]));
    // No role select on the owner's, the admin's or one's own row.
    for id in [&owner.id, &admin.id, &ivo.id] {
        b.find(&format!("tr[data-person-id='{id}']")).await;
        b.gone(&format!("tr[data-person-id='{id}'] select")).await;
    }
    // The Administration sidebar has no Audit log and no Mail.
    let nav = "return [...document.querySelectorAll('nav[aria-label=Administration] .name')].map(e => e.textContent)";
    assert_eq!(js(&b, nav).await, json!(["People", "Invitations"]));

    // "Load all" follows the cursor to the end, however small the pages.
    let all = "return import('/app/paged.js')
        .then(m => m.loadAll('/api/people', 'people', { state: 'all' }, { limit: 7 }))
        .then(list => new Set(list.map(p => p.id)).size)";
    assert_eq!(js(&b, all).await, json!(54));

    b.goto(&app.url("/admin/audit")).await;
    b.find_text("main", "Not available").await;
    b.close().await;
}

/// Moves to `path` inside the app (no page load, so an error collector stays in place).
async fn nav(b: &Browser, path: &str) {
    js(b, &format!("history.pushState(null, '', '{path}'); dispatchEvent(new PopStateEvent('popstate')); return true"))
        .await;
}

#[tokio::test]
#[cfg_attr(
    no_chromedriver,
    ignore = "needs chromium and chromedriver (apt-get install chromium chromium-driver; CI has them)"
)]
async fn an_owner_opens_every_screen_and_each_draws_from_the_new_shapes() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let emma = app.add_member(&owner, "employee", "Emma").await;
    let admin = app.add_member(&owner, "admin", "Ada").await;
    owner.post("/api/departments", json!({"name": "Sales", "head_id": emma.id})).await.expect(201);
    app.invite(&owner, "Carla", "Colleague", "carla@example.com", "freelancer").await;
    let team = owner.post("/api/channels", json!({"name": "team", "members": [emma.id]})).await.expect(201);
    let team = team.body["id"].as_str().unwrap().to_string();
    admin.post("/api/channels", json!({"name": "elsewhere", "private": false})).await.expect(201);
    let root = emma
        .post(&format!("/api/channels/{team}/messages"), json!({"client_id": format!("c{}", next_n()), "body": "Root"}))
        .await
        .expect(201);
    let root = root.body["id"].as_str().unwrap().to_string();
    owner
        .post(
            &format!("/api/channels/{team}/messages"),
            json!({"client_id": format!("c{}", next_n()), "body": "A reply", "thread_root": root}),
        )
        .await
        .expect(201);
    let Some(b) = Browser::start().await else { return };
    sign_in(&app, &b, "owner@example.com", "owner-password").await;
    js(
        &b,
        "window.__errors = [];
            addEventListener('error', (e) => window.__errors.push(String(e.message)));
            addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
            return true",
    )
    .await;

    // The audit log: the actions' words come from the server, for entries and the filter.
    nav(&b, "/admin/audit").await;
    b.find_text(".audit-table .action-tag", "Department created").await;
    b.find_text("select[aria-label=Action] option", "Invitation accepted").await;
    b.find("select[aria-label=Action]").await.select_by_value("invitation_sent").await.unwrap();
    wait_js(
        &b,
        "return [...new Set([...document.querySelectorAll('.audit-table .action-tag')].map(e => e.textContent))]",
        json!(["Invited"]),
    )
    .await;

    nav(&b, "/admin/invitations").await;
    b.find_text("tbody tr", "carla@example.com").await;
    nav(&b, "/admin/mail").await;
    b.find_text("main", "SMTP server").await;
    nav(&b, "/people/structure").await;
    b.find_text(".tree-node", "Sales").await;
    b.find_text(".tree-node .head", "Emma").await;
    b.find_text("nav[aria-label=Departments] .nav-item", "Sales").await;

    // A channel's members come from their own list; another public channel can be browsed.
    nav(&b, &format!("/c/{team}")).await;
    b.find(".chat-view .composer-input").await;
    b.find_text(".members-btn", "2").await;
    // The header is redrawn as the chat's details arrive: click whichever button is there now.
    js(&b, "document.querySelector('.members-btn').click(); return true").await;
    b.find_text(".member-list", "Emma Tester").await;
    b.find_text(".panel .about-form", "Archive").await;
    b.click(".sidebar-head button[aria-haspopup=menu]").await;
    b.click_text(".menu button", "Browse channels").await;
    b.find_text("dialog .browse-item", "elsewhere").await;
    b.click_text("dialog button", "Close").await;
    b.gone("dialog").await;
    nav(&b, "/threads").await;
    b.find_text(".thread-card", "Root").await;

    b.gone(".error-state").await;
    assert_eq!(js(&b, "return window.__errors").await, json!([]));
    b.close().await;
}
