//! People: who sees whom and what, role changes and their limits, deactivation, access end
//! dates, deletion, ownership, departments and the audit log.

use std::time::Duration;

use serde_json::{Value, json};

use crate::helpers::{User, spawn};

fn ids(r: &Value) -> Vec<String> {
    r["people"].as_array().unwrap().iter().map(|p| p["id"].as_str().unwrap().to_string()).collect()
}

fn find<'a>(r: &'a Value, id: &str) -> &'a Value {
    r["people"].as_array().unwrap().iter().find(|p| p["id"] == id).unwrap_or_else(|| panic!("{id} not listed"))
}

#[tokio::test]
async fn each_role_sees_the_directory_it_should() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let admin = app.add_member(&owner, "admin", "Ada").await;
    let integrator = app.add_member(&owner, "integrator", "Ingo").await;
    let employee = app.add_member(&owner, "employee", "Emma").await;
    let freelancer = app.add_member(&owner, "freelancer", "Fred").await;
    let everyone = [&owner, &admin, &integrator, &employee, &freelancer];

    for viewer in [&owner, &admin, &integrator] {
        let r = viewer.get("/api/people").await.expect(200);
        assert_eq!(ids(&r.body).len(), 5, "{}", r.text);
        assert_eq!(find(&r.body, &employee.id)["role"], "employee", "admins see roles");
        let card = viewer.get(&format!("/api/people/{}", freelancer.id)).await.expect(200);
        assert_eq!(card.body["role"], "freelancer");
    }
    let r = employee.get("/api/people").await.expect(200);
    assert_eq!(ids(&r.body).len(), 5);
    for p in r.body["people"].as_array().unwrap() {
        if p["id"] != employee.id.as_str() {
            assert!(p.get("role").is_none(), "an employee does not see roles: {p}");
        }
        assert!(p.get("departments").is_some(), "but sees departments");
    }
    let card = employee.get(&format!("/api/people/{}", admin.id)).await.expect(200);
    assert!(card.body.get("role").is_none());

    // A freelancer sees himself only, until he has a direct chat with someone.
    let r = freelancer.get("/api/people").await.expect(200);
    assert_eq!(ids(&r.body), vec![freelancer.id.clone()]);
    freelancer.get(&format!("/api/people/{}", employee.id)).await.expect_error(404, "not_found");
    employee.post("/api/chats", json!({"person_ids": [freelancer.id]})).await.expect(201);
    let r = freelancer.get("/api/people").await.expect(200);
    let mut seen = ids(&r.body);
    seen.sort();
    let mut want = vec![freelancer.id.clone(), employee.id.clone()];
    want.sort();
    assert_eq!(seen, want);
    let card = freelancer.get(&format!("/api/people/{}", employee.id)).await.expect(200);
    assert!(card.body.get("role").is_none());
    for u in everyone {
        u.get("/api/departments").await.expect(200);
    }
}

#[tokio::test]
async fn role_changes_follow_the_table_and_downgrades_end_sessions() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let admin = app.add_member(&owner, "admin", "Ada").await;
    let integrator = app.add_member(&owner, "integrator", "Ingo").await;
    let employee = app.add_member(&owner, "employee", "Emma").await;
    let other = app.add_member(&owner, "employee", "Otto").await;
    let path = |u: &User| format!("/api/people/{}", u.id);

    // An employee changes nobody's role, and edits only his own card.
    employee.patch(&path(&other), json!({"role": "freelancer"})).await.expect_error(403, "forbidden");
    employee.patch(&path(&employee), json!({"role": "admin"})).await.expect_error(403, "forbidden");
    employee.patch(&path(&other), json!({"title": "Hacked"})).await.expect_error(403, "forbidden");
    let r = employee.patch(&path(&employee), json!({"title": "Sales lead", "phone": "+49 30 1234"})).await.expect(200);
    assert_eq!(r.body["title"], "Sales lead");
    // An integrator manages employees and freelancers, never grants admin.
    integrator.patch(&path(&other), json!({"role": "admin"})).await.expect_error(403, "forbidden");
    integrator.patch(&path(&admin), json!({"role": "employee"})).await.expect_error(403, "forbidden");
    integrator.patch(&path(&other), json!({"role": "freelancer"})).await.expect(200);
    // An admin cannot touch the owner; nobody demotes the last owner.
    admin.patch(&path(&owner), json!({"role": "employee"})).await.expect_error(403, "forbidden");
    admin.patch(&path(&owner), json!({"active": false})).await.expect_error(403, "forbidden");
    owner.patch(&path(&owner), json!({"role": "admin"})).await.expect_error(409, "last_owner");
    owner.delete(&path(&owner)).await.expect_error(403, "cannot_act_on_self");
    // Bad values are explained, nothing changes.
    owner.patch(&path(&employee), json!({"role": "emperor"})).await.expect_error(422, "invalid_role");
    owner.patch(&path(&employee), json!({"first_name": ""})).await.expect_error(422, "invalid_name");
    owner.patch(&path(&employee), json!({"rol": "admin"})).await.expect_error(422, "invalid_input");
    owner.patch("/api/people/0000000000000", json!({"title": "x"})).await.expect_error(404, "not_found");
    owner.patch("/api/people/not-an-id", json!({"title": "x"})).await.expect_error(404, "not_found");
    let card = owner.get(&path(&employee)).await.expect(200);
    assert_eq!(card.body["role"], "employee");
    assert_eq!(card.body["first_name"], "Emma");

    // A downgrade takes effect at once: the session ends.
    employee.get("/api/session").await.expect(200);
    owner.patch(&path(&employee), json!({"role": "freelancer"})).await.expect(200);
    employee.get("/api/session").await.expect_error(401, "unauthorized");
    let again = app.login(&employee.email, &employee.password).await.unwrap();
    assert_eq!(again.get("/api/session").await.body["person"]["role"], "freelancer");
    // An upgrade keeps the session.
    owner.patch(&path(&employee), json!({"role": "employee"})).await.expect(200);
    again.get("/api/session").await.expect(200);
    app.assert_store_consistent();
}

#[tokio::test]
async fn deactivation_ends_sessions_at_once_and_login_says_why() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let emp = app.add_member(&owner, "employee", "Dan").await;
    let second = app.login(&emp.email, &emp.password).await.unwrap();
    let r = owner.patch(&format!("/api/people/{}", emp.id), json!({"active": false})).await.expect(200);
    assert_eq!(r.body["active"], false);
    emp.get("/api/session").await.expect_error(401, "unauthorized");
    second.get("/api/people").await.expect_error(401, "unauthorized");
    app.login(&emp.email, &emp.password).await.unwrap_err().expect_error(403, "account_deactivated");
    app.login(&emp.email, "wrong-password").await.unwrap_err().expect_error(401, "invalid_credentials");
    // The directory hides him from colleagues; admins still find him.
    let colleague = app.add_member(&owner, "employee", "Col").await;
    let r = colleague.get("/api/people").await.expect(200);
    assert!(!ids(&r.body).contains(&emp.id));
    let r = owner.get("/api/people?state=all").await.expect(200);
    assert_eq!(find(&r.body, &emp.id)["state"], "deactivated");
    owner.patch(&format!("/api/people/{}", emp.id), json!({"active": true})).await.expect(200);
    app.login(&emp.email, &emp.password).await.expect("reactivated");
}

#[tokio::test]
async fn access_end_date_ends_sessions_when_the_clock_passes_it() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let fl = app.add_member(&owner, "freelancer", "Flo").await;
    let emp = app.add_member(&owner, "employee", "Eli").await;
    let until = "2099-01-01T00:00:00Z";
    owner
        .patch(&format!("/api/people/{}", emp.id), json!({"access_until": until}))
        .await
        .expect_error(422, "access_end_not_applicable");
    owner
        .patch(&format!("/api/people/{}", fl.id), json!({"access_until": "2001-01-01T00:00:00Z"}))
        .await
        .expect_error(422, "access_until_past");
    owner
        .patch(&format!("/api/people/{}", fl.id), json!({"access_until": "tomorrow"}))
        .await
        .expect_error(422, "invalid_date");
    // Ends in two hours.
    let now = bivouac::clock::Clock::now(app.clock.as_ref());
    let end = now.plus(Duration::from_secs(7200));
    let r = owner.patch(&format!("/api/people/{}", fl.id), json!({"access_until": end.to_rfc3339()})).await.expect(200);
    assert_eq!(r.body["access_until"], end.to_rfc3339());
    fl.get("/api/session").await.expect(200);
    app.advance(Duration::from_secs(7201));
    fl.get("/api/session").await.expect_error(401, "unauthorized");
    let r = app.login(&fl.email, &fl.password).await.unwrap_err().expect_error(403, "access_ended");
    assert!(
        r.body["error"]["message"]
            .as_str()
            .unwrap()
            .contains(&bivouac::i18n::format_date(bivouac::i18n::Lang::En, end.millis())),
        "{}",
        r.text
    );
    // The sweep records that access ended.
    crate::helpers::eventually(10, || async {
        let r = owner.get("/api/audit?action=access_ended").await;
        (r.status == 200 && !r.body["entries"].as_array().unwrap().is_empty()).then_some(())
    })
    .await;
}

#[tokio::test]
async fn deleting_a_member_keeps_the_name_frees_the_email_and_hides_them() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let emp = app.add_member(&owner, "employee", "Del").await;
    owner.delete(&format!("/api/people/{}", emp.id)).await.expect(204);
    emp.get("/api/session").await.expect_error(401, "unauthorized");
    owner.get(&format!("/api/people/{}", emp.id)).await.expect_error(404, "not_found");
    owner.delete(&format!("/api/people/{}", emp.id)).await.expect_error(404, "not_found");
    assert!(app.login(&emp.email, &emp.password).await.is_err());
    // The address can be invited again.
    app.invite(&owner, "Del", "Again", &emp.email, "employee").await;
    app.assert_store_consistent();
}

#[tokio::test]
async fn ownership_can_be_transferred() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let admin = app.add_member(&owner, "admin", "Ada").await;
    admin.post(&format!("/api/people/{}/transfer-ownership", admin.id), json!({})).await.expect_error(403, "forbidden");
    owner
        .post(&format!("/api/people/{}/transfer-ownership", owner.id), json!({}))
        .await
        .expect_error(422, "invalid_new_owner");
    owner.post(&format!("/api/people/{}/transfer-ownership", admin.id), json!({})).await.expect(200);
    assert_eq!(admin.get("/api/session").await.body["person"]["role"], "owner");
    assert_eq!(owner.get("/api/session").await.body["person"]["role"], "admin");
    // The old owner is now an admin who cannot touch the owner.
    owner.patch(&format!("/api/people/{}", admin.id), json!({"role": "employee"})).await.expect_error(403, "forbidden");
    let r = admin.get("/api/audit?action=ownership_transferred").await.expect(200);
    assert_eq!(r.body["entries"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn departments_form_a_tree_with_clear_refusals() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let emp = app.add_member(&owner, "employee", "Dee").await;
    let mk = |name: &str, parent: Option<&str>| json!({"name": name, "parent_id": parent});
    let company =
        owner.post("/api/departments", mk("Company", None)).await.expect(201).body["id"].as_str().unwrap().to_string();
    let sales = owner.post("/api/departments", mk("Sales", Some(&company))).await.expect(201).body["id"]
        .as_str()
        .unwrap()
        .to_string();
    let east = owner.post("/api/departments", mk("East", Some(&sales))).await.expect(201).body["id"]
        .as_str()
        .unwrap()
        .to_string();
    owner.post("/api/departments", mk("sales", Some(&company))).await.expect_error(409, "department_exists");
    owner.post("/api/departments", mk("", None)).await.expect_error(422, "invalid_name");
    owner.post("/api/departments", mk("X", Some("0000000000000"))).await.expect_error(422, "unknown_department");
    emp.post("/api/departments", mk("Mine", None)).await.expect_error(403, "forbidden");
    // Cycles are refused.
    owner
        .patch(&format!("/api/departments/{company}"), json!({"parent_id": east}))
        .await
        .expect_error(422, "department_cycle");
    owner
        .patch(&format!("/api/departments/{sales}"), json!({"parent_id": sales}))
        .await
        .expect_error(422, "department_cycle");
    // Rename and move.
    let r = owner
        .patch(
            &format!("/api/departments/{east}"),
            json!({"name": "East & Asia", "parent_id": company, "head_id": emp.id}),
        )
        .await
        .expect(200);
    assert_eq!(r.body["parent_id"], company.as_str());
    assert_eq!(r.body["head_id"], emp.id.as_str());
    // People belong to several departments.
    owner.patch(&format!("/api/people/{}", emp.id), json!({"departments": [sales, east]})).await.expect(200);
    let r = emp.get(&format!("/api/people?department={sales}")).await.expect(200);
    assert_eq!(ids(&r.body), vec![emp.id.clone()]);
    // Refused while it has members or sub-departments, with a message saying so.
    let r = owner.delete(&format!("/api/departments/{sales}")).await.expect_error(409, "department_has_members");
    assert!(r.body["error"]["message"].as_str().unwrap().contains("1 person"), "{}", r.text);
    let r = owner.delete(&format!("/api/departments/{company}")).await.expect_error(409, "department_has_children");
    assert!(r.body["error"]["message"].as_str().unwrap().contains("sub-department"), "{}", r.text);
    owner.patch(&format!("/api/people/{}", emp.id), json!({"departments": [east]})).await.expect(200);
    owner.delete(&format!("/api/departments/{sales}")).await.expect(204);
    let list = emp.get("/api/departments").await.expect(200);
    let names: Vec<&str> =
        list.body["departments"].as_array().unwrap().iter().map(|d| d["name"].as_str().unwrap()).collect();
    assert_eq!(names, vec!["Company", "East & Asia"]);
    app.assert_store_consistent();
}

#[tokio::test]
async fn the_audit_log_records_admin_actions_and_cannot_be_changed() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let admin = app.add_member(&owner, "admin", "Ada").await;
    let emp = app.add_member(&owner, "employee", "Emil").await;
    admin.patch(&format!("/api/people/{}", emp.id), json!({"role": "freelancer"})).await.expect(200);
    admin.patch(&format!("/api/people/{}", emp.id), json!({"active": false})).await.expect(200);
    let r = owner.get("/api/audit").await.expect(200);
    let entries = r.body["entries"].as_array().unwrap();
    let actions: Vec<&str> = entries.iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert_eq!(&actions[..2], &["person_deactivated", "role_changed"], "newest first: {actions:?}");
    assert!(actions.contains(&"invitation_sent"));
    let change = &entries[1];
    assert_eq!(change["actor"]["name"], "Ada Tester");
    assert_eq!(change["target"]["name"], "Emil Tester");
    assert_eq!(change["detail"], "Employee → Freelancer");
    assert!(change["at"].as_str().unwrap().ends_with('Z'));
    let r = owner.get(&format!("/api/audit?actor={}", admin.id)).await.expect(200);
    assert!(r.body["entries"].as_array().unwrap().iter().all(|e| e["actor"]["id"] == admin.id.as_str()));
    let r = owner.get(&format!("/api/audit?target={}&action=role_changed", emp.id)).await.expect(200);
    assert_eq!(r.body["entries"].as_array().unwrap().len(), 1);
    let page = owner.get("/api/audit?limit=2").await.expect(200);
    let before = page.body["next_before"].as_str().expect("a next page").to_string();
    let next = owner.get(&format!("/api/audit?limit=2&before={before}")).await.expect(200);
    assert_ne!(next.body["entries"][0]["id"], page.body["entries"][0]["id"]);
    // Integrators and employees cannot read it; nobody can change it.
    let integrator = app.add_member(&owner, "integrator", "Ines").await;
    integrator.get("/api/audit").await.expect_error(403, "forbidden");
    owner.delete("/api/audit").await.expect_error(405, "method_not_allowed");
    owner.patch("/api/audit", json!({})).await.expect_error(405, "method_not_allowed");
}

#[tokio::test]
async fn an_invited_persons_role_changes_only_through_a_new_invitation() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let r = app.invite(&owner, "Ina", "Vited", "ina@example.com", "employee").await;
    let person = r.body["person_id"].as_str().unwrap().to_string();
    owner
        .patch(&format!("/api/people/{person}"), json!({"role": "freelancer"}))
        .await
        .expect_error(409, "not_yet_joined");
    owner.patch(&format!("/api/people/{person}"), json!({"title": "Analyst"})).await.expect(200);
    app.accept_mail("ina@example.com", 1, "ina-password").await.expect("the invitation still works");
    // Audit pages end where the log ends.
    let total = owner.get("/api/audit?limit=200").await.body["entries"].as_array().unwrap().len();
    let page = owner.get(&format!("/api/audit?limit={total}")).await.expect(200);
    assert!(page.body["next_before"].is_null(), "no next page when the log fits: {}", page.text);
}
