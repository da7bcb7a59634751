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
