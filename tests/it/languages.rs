//! Answers in the reader's language: error messages follow `Accept-Language` (codes never change).

use serde_json::json;

use crate::helpers::spawn;

#[tokio::test]
async fn errors_come_in_the_browsers_language_with_the_same_codes() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let ask = |lang: &'static str| {
        owner
            .client
            .post(app.url("/api/channels"))
            .header("x-csrf-token", &owner.csrf)
            .header("accept-language", lang)
            .json(&json!({"name": "   "}))
            .send()
    };
    let cases = [
        ("de-DE,de;q=0.9", "„Kanalname“ darf nicht leer sein."),
        ("ru", "Поле «Название канала» не может быть пустым."),
        ("es-ES", "«Nombre del canal» no puede estar vacío."),
        ("fr-FR, en;q=0.5", "Channel name must not be empty."),
    ];
    for (lang, words) in cases {
        let r = ask(lang).await.unwrap();
        assert_eq!(r.status(), 422);
        let body: serde_json::Value = r.json().await.unwrap();
        assert_eq!(body["error"]["code"], "invalid_name", "{lang}");
        assert_eq!(body["error"]["message"], words, "{lang}");
    }
    // Not found, with the thing named in the language too.
    let r =
        owner.client.get(app.url("/api/people/0000000000002")).header("accept-language", "ru").send().await.unwrap();
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(body["error"]["code"], "not_found");
    assert_eq!(body["error"]["message"], "Сотрудник: не найдено, или у вас нет доступа.");
}

/// A request's language: the person's choice, else the browser's, else the workspace's, else
/// English; `PATCH /api/me {language: null}` follows the browser again.
#[tokio::test]
async fn the_persons_choice_beats_the_browser_which_beats_the_workspace() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let empty_channel = |lang: &'static str| {
        owner
            .client
            .post(app.url("/api/channels"))
            .header("x-csrf-token", &owner.csrf)
            .header("accept-language", lang)
            .json(&json!({"name": "   "}))
            .send()
    };
    let message = |r: reqwest::Response| async move {
        let body: serde_json::Value = r.json().await.unwrap();
        assert_eq!(body["error"]["code"], "invalid_name");
        body["error"]["message"].as_str().unwrap().to_string()
    };
    // A browser in none of our languages gets the workspace's (English at first).
    assert_eq!(message(empty_channel("fr").await.unwrap()).await, "Channel name must not be empty.");
    assert_eq!(crate::bots::bot_of(&owner, "invoice").await["name"], "Pay an invoice");
    owner.patch("/api/workspace", json!({"language": "es"})).await.expect(200);
    assert_eq!(message(empty_channel("fr").await.unwrap()).await, "«Nombre del canal» no puede estar vacío.");
    // The built-in bots nobody has used yet speak it too.
    assert_eq!(crate::bots::bot_of(&owner, "invoice").await["name"], "Pagar una factura");
    assert_eq!(message(empty_channel("de").await.unwrap()).await, "„Kanalname“ darf nicht leer sein.");
    let s = owner.get("/api/session").await.expect(200);
    assert_eq!(s.body["workspace_language"], "es");
    assert_eq!(s.body["person"]["language"], serde_json::Value::Null);

    // The person picks Russian: it wins over the German browser, and the answer says so.
    let me = owner.patch("/api/me", json!({"language": "ru"})).await.expect(200);
    assert_eq!(me.body["language"], "ru");
    assert_eq!(me.body["first_name"], "Olga", "the answer is the person as before");
    assert_eq!(message(empty_channel("de").await.unwrap()).await, "Поле «Название канала» не может быть пустым.");
    assert_eq!(owner.get("/api/session").await.expect(200).body["person"]["language"], "ru");
    // A language we do not speak is refused, in the person's language.
    let r = owner.patch("/api/me", json!({"language": "fr"})).await.expect_error(422, "invalid_language");
    assert_eq!(r.body["error"]["message"], "Язык должен быть одним из: en, ru, de или es.");
    // Back to the browser's.
    let me = owner.patch("/api/me", json!({"language": null})).await.expect(200);
    assert_eq!(me.body["language"], serde_json::Value::Null);
    assert_eq!(message(empty_channel("de").await.unwrap()).await, "„Kanalname“ darf nicht leer sein.");
}

/// The invitation mail is in the language the inviter picks, else the workspace's, with the date
/// written the language's way; the invitee reads Bivouac in that language once signed in.
#[tokio::test]
async fn invitation_mails_come_in_the_chosen_language_with_dates_written_its_way() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let r = owner
        .post(
            "/api/invitations",
            json!({"first_name": "Dieter", "last_name": "Deutsch", "email": "dieter@example.com",
                   "role": "employee", "language": "de"}),
        )
        .await
        .expect(201);
    let expires = bivouac::clock::Timestamp::parse(r.body["expires_at"].as_str().unwrap()).unwrap().millis();
    let mail = app.smtp.wait_for("dieter@example.com", 1).await;
    assert!(mail.data.contains("Olga Owner lädt Sie zu Bivouac ein (Acme)"), "the subject: {}", mail.data);
    assert!(mail.data.contains("Hallo Dieter,"), "{}", mail.data);
    assert!(mail.data.contains("Ihre Rolle: Mitarbeiter."), "{}", mail.data);
    let german = bivouac::i18n::format_moment(bivouac::i18n::Lang::De, expires);
    assert!(german.contains(". ") && german.ends_with(" UTC"), "{german}");
    assert!(mail.data.contains(&format!("bis {german}")), "the expiry as {german:?}: {}", mail.data);
    assert!(mail.data.contains("Einladung annehmen"), "the button: {}", mail.data);
    assert!(!mail.data.contains("invited you"), "no English left: {}", mail.data);
    // Signed in, the invitee's session carries the language picked for them.
    let dieter = app.accept_mail("dieter@example.com", 1, "dieter-password").await.unwrap();
    assert_eq!(dieter.get("/api/session").await.expect(200).body["person"]["language"], "de");

    // No language picked: the workspace's (Russian), with a Russian date.
    owner.patch("/api/workspace", json!({"language": "ru"})).await.expect(200);
    let r = app.invite(&owner, "Иван", "Петров", "ivan@example.com", "freelancer").await;
    let expires = bivouac::clock::Timestamp::parse(r.body["expires_at"].as_str().unwrap()).unwrap().millis();
    let mail = app.smtp.wait_for("ivan@example.com", 1).await;
    assert!(mail.data.contains("Здравствуйте, Иван!"), "{}", mail.data);
    assert!(mail.data.contains("Ваша роль: Фрилансер."), "{}", mail.data);
    let russian = bivouac::i18n::format_moment(bivouac::i18n::Lang::Ru, expires);
    assert!(russian.contains(" г., "), "{russian}");
    assert!(mail.data.contains(&russian), "the expiry as {russian:?}: {}", mail.data);
    assert!(mail.data.contains("Принять приглашение"), "{}", mail.data);
    // The invitee did not choose; they follow their browser.
    let ivan = app.accept_mail("ivan@example.com", 1, "ivan-password").await.unwrap();
    assert_eq!(ivan.get("/api/session").await.expect(200).body["person"]["language"], serde_json::Value::Null);

    // A language we do not speak is refused before anything is sent.
    owner
        .post(
            "/api/invitations",
            json!({"first_name": "Jean", "last_name": "Dupont", "email": "jean@example.com",
                   "role": "employee", "language": "fr"}),
        )
        .await
        .expect_error(422, "invalid_language");

    // A password reset comes in the person's own language.
    dieter.patch("/api/me", json!({"language": "es"})).await.expect(200);
    app.anon("POST", "/api/password-reset", Some(json!({"email": "dieter@example.com"}))).await.expect(202);
    let mail = app.smtp.wait_for("dieter@example.com", 2).await;
    assert!(mail.data.contains("Restablecer su contraseña de Bivouac (Acme)"), "{}", mail.data);
    assert!(mail.data.contains("Elegir una contraseña nueva"), "{}", mail.data);
}
