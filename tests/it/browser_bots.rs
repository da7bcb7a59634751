//! The Bots area in a real browser: a requester starts a request from a bot's form (with an
//! error beside a field first, and a file uploaded into it), the approver approves it from the
//! card in the bot's chat, and the requester's card turns to approved live; the approver
//! downloads the file from the request's page.

use serde_json::json;

use crate::browser::{Browser, sign_in_live};
use crate::helpers::spawn;

#[tokio::test]
#[cfg_attr(
    no_chromedriver,
    ignore = "needs chromium and chromedriver (apt-get install chromium chromium-driver; CI has them)"
)]
async fn a_request_is_started_in_the_form_and_approved_from_its_card_in_the_chat() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let ivan = app.add_member(&owner, "employee", "Ivan").await;
    let hedda = app.add_member(&owner, "employee", "Hedda").await;
    let bot = owner
        .post("/api/bots", json!({"name": "Laptop", "icon": "💻", "description": "Ask for a laptop",
            "fields": [{"key": "model", "label": "Model", "type": "choice", "options": ["Air", "Pro"], "required": true},
                       {"key": "why", "label": "Why", "type": "text", "required": true},
                       {"key": "quote", "label": "Quote", "type": "file", "required": false}],
            "route": [{"kind": "people", "name": "IT", "people": [hedda.id]}]}))
        .await
        .expect(201)
        .body;
    let Some(b1) = Browser::start().await else { return };
    let Some(b2) = Browser::start().await else { return };

    // Ivan starts a request: the rail has Bots, the bot is offered, the form checks each field.
    sign_in_live(&app, &b1, &ivan.email, &ivan.password).await;
    b1.click(".rail-btn[data-section=bots]").await;
    b1.click_text(".nav-item", "Start a request").await;
    b1.click_text(".bot-pick", "Laptop").await;
    b1.find_text("label", "Model").await;
    b1.click("form button[type=submit]").await;
    b1.find_text(".field[data-key=model] .field-error", "Fill this in.").await;
    b1.click_text(".field[data-key=model] option", "Pro").await;
    b1.fill(".field[data-key=why] input", "The old one died").await;
    let dir = tempfile::tempdir().unwrap();
    let quote = dir.path().join("quote-pro.pdf");
    std::fs::write(&quote, b"%PDF-1.4\n% a quote for a laptop\n%%EOF\n").unwrap();
    b1.find(".field[data-key=quote] input[type=file]").await.send_keys(quote.to_str().unwrap()).await.unwrap();
    b1.find_text(".field[data-key=quote] .hint", "quote-pro.pdf").await;
    b1.find_text(".field[data-key=quote] .hint", "is attached").await;
    b1.click("form button[type=submit]").await;
    b1.find_text(".req-card .req-title", "Laptop 1").await;
    b1.find_text(".req-card .req-state", "Waiting").await;
    b1.find_text(".req-card", "waiting for Hedda Tester").await;

    // Hedda finds the card in the bot's chat and approves it there.
    let chat = hedda.post("/api/chats", json!({"person_ids": [bot["account_id"]]})).await.body;
    sign_in_live(&app, &b2, &hedda.email, &hedda.password).await;
    b2.goto(&app.url(&format!("/c/{}", chat["id"].as_str().unwrap()))).await;
    b2.find_text(".msg .req-card .req-title", "Laptop 1").await;
    b2.find_text(".msg-body", "Ivan Tester asks you to approve").await;
    b2.click(".msg .req-card [data-act=approve]").await;
    b2.find(".msg .req-card[data-state=approved]").await;

    // Ivan's card turned to approved without a reload.
    b1.find(".req-card[data-state=approved]").await;
    b1.find_text(".req-card .req-state", "Approved").await;
    let mine = ivan.get("/api/requests?view=mine").await.body;
    assert_eq!(mine["requests"][0]["state"], "approved");

    // Hedda opens the request and downloads the quote Ivan attached.
    let qid = mine["requests"][0]["id"].as_str().unwrap();
    b2.goto(&app.url(&format!("/bots/requests/{qid}"))).await;
    b2.find_text(".req-values dd a", "quote-pro.pdf").await;
    let got =
        b2.c.execute(
            "const a = document.querySelector('.req-values dd a'); \
             return fetch(a.href).then(async r => [r.status, (await r.text()).includes('a quote for a laptop')]);",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(got, json!([200, true]));
    b1.close().await;
    b2.close().await;
}

#[tokio::test]
#[cfg_attr(
    no_chromedriver,
    ignore = "needs chromium and chromedriver (apt-get install chromium chromium-driver; CI has them)"
)]
async fn the_owner_edits_a_bot_and_adds_a_bot_account_and_a_webhook() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    owner.post("/api/channels", json!({"name": "alerts"})).await.expect(201);
    let Some(b) = Browser::start().await else { return };
    sign_in_live(&app, &b, &owner.email, &owner.password).await;
    // The editor: a built-in bot, a new field, a preview, saved as version 2.
    b.goto(&app.url("/bots/manage")).await;
    b.click_text(".req-row", "Pay an invoice").await;
    b.find_text(".bot-preview label", "Payee").await;
    b.click_text("button", "Add a field").await;
    let label = b.find(".editor-list .editor-row:last-child input[aria-label=Label]").await;
    label.send_keys("Cost centre").await.unwrap();
    b.find_text(".bot-preview label", "Cost centre").await;
    b.click_text("button", "Save").await;
    b.find_text(".head-titles .sub", "Version 2").await;
    let bots = owner.get("/api/bots").await.body;
    let invoice = bots["bots"].as_array().unwrap().iter().find(|x| x["kind"] == "invoice").unwrap().clone();
    assert_eq!(invoice["version"], 2);
    assert!(invoice["fields"].as_array().unwrap().iter().any(|f| f["label"] == "Cost centre"));
    // Integrations: a bot account's token and a webhook's URL, each shown once.
    b.goto(&app.url("/bots/integrations")).await;
    b.fill("input[name=name]", "Deploys").await;
    b.click_text("button", "Add bot account").await;
    b.find_text(".secret-box", "The token of Deploys").await;
    b.fill("input[aria-label^='Webhook name']", "Alertmanager").await;
    b.click_text("button", "Add incoming webhook").await;
    b.find_text(".secret-box", "The webhook").await;
    let url = b
        .find(".req-page section:nth-of-type(2) .secret-box input")
        .await
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default();
    assert!(url.contains("/hooks/"), "{url}");
    b.find_text(".req-row", "Alertmanager").await;
    b.close().await;
}
