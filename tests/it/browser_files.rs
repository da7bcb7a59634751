//! Files and search in a real browser (issue 14): attach an image with the paperclip, see its
//! preview in the chat and in the viewer, a file over `max_upload` refused before it is sent, then
//! another member searches for a word and jumps to the message far back in the history.

use fantoccini::key::Key;
use serde_json::json;

use crate::browser::{Browser, js, sign_in_live, wait_js, wait_js_for};
use crate::helpers::spawn_with;

/// A 640×480 PNG: a gradient, so the preview is a real picture.
fn png() -> Vec<u8> {
    let img = image::RgbImage::from_fn(640, 480, |x, y| image::Rgb([(x % 256) as u8, (y % 256) as u8, 128]));
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

/// Makes the composer's hidden file input reachable, so the driver can hand it files as the
/// system's file picker would.
async fn file_input(b: &Browser) -> fantoccini::elements::Element {
    js(b, "const i = document.querySelector('.composer input[type=file]'); i.hidden = false; i.removeAttribute('aria-hidden'); return true;").await;
    b.find(".composer input[type=file]").await
}

#[tokio::test]
#[cfg_attr(
    no_chromedriver,
    ignore = "needs chromium and chromedriver (apt-get install chromium chromium-driver; CI has them)"
)]
async fn attach_an_image_see_its_preview_then_search_a_word_and_jump_to_it() {
    let app = spawn_with(|c| c.max_upload = 2 * 1024 * 1024).await;
    let owner = app.create_owner().await;
    let mara = app.add_member(&owner, "employee", "Mara").await;
    let chat = owner
        .post("/api/channels", json!({"name": "rope-lab", "private": false, "members": [mara.id]}))
        .await
        .expect(201)
        .body["id"]
        .as_str()
        .unwrap()
        .to_string();
    let dir = tempfile::tempdir().unwrap();
    let picture = dir.path().join("drop-test.png");
    std::fs::write(&picture, png()).unwrap();
    let huge = dir.path().join("huge.bin");
    std::fs::write(&huge, vec![7u8; 3 * 1024 * 1024]).unwrap();

    let Some(b) = Browser::start().await else { return };
    sign_in_live(&app, &b, &mara.email, &mara.password).await;
    b.goto(&app.url(&format!("/c/{chat}"))).await;
    b.find(".composer textarea").await;

    // A file over the limit is refused in the tray, naming the limit, before any byte is sent.
    file_input(&b).await.send_keys(huge.to_str().unwrap()).await.unwrap();
    b.find_text(".attach-item.failed", "2 MB").await;
    b.click(".attach-item.failed button").await;
    wait_js(&b, "return document.querySelectorAll('.attach-item').length", json!(0)).await;

    // The picture uploads (its row leaves the progress bar behind), then goes with the message.
    file_input(&b).await.send_keys(picture.to_str().unwrap()).await.unwrap();
    b.find_text(".attach-item", "drop-test.png").await;
    wait_js(&b, "return document.querySelectorAll('.attach-item progress').length", json!(0)).await;
    b.fill(".composer textarea", "The quarterly drop test photo").await;
    b.find(".composer textarea").await.send_keys(&Key::Enter.to_string()).await.unwrap();

    // The message shows a loaded preview, and the viewer opens it whole.
    let thumb =
        "return [...document.querySelectorAll('.msg .file-thumb img')].some(i => i.complete && i.naturalWidth > 0)";
    // The preview shows at once (it used to stay broken when drawn before the post committed).
    wait_js(&b, thumb, json!(true)).await;
    b.click(".msg .file-thumb").await;
    b.find_text(".viewer-dialog", "640×480").await;
    wait_js(
        &b,
        "const i = document.querySelector('.viewer-img'); return !!i && i.complete && i.naturalWidth === 640",
        json!(true),
    )
    .await;
    b.find(".viewer-dialog").await.send_keys(&Key::Escape.to_string()).await.unwrap();
    let stored = owner.get(&format!("/api/channels/{chat}/messages?limit=5")).await.expect(200).body;
    assert_eq!(stored["messages"][0]["files"][0]["name"], "drop-test.png");

    // Sixty more messages bury it; the owner searches for a word of it.
    for i in 0..60 {
        owner
            .post(
                &format!("/api/channels/{chat}/messages"),
                json!({"client_id": format!("f{i}"), "body": format!("filler {i}")}),
            )
            .await
            .expect(201);
    }
    let Some(o) = Browser::start().await else { return };
    sign_in_live(&app, &o, &owner.email, &owner.password).await;
    o.goto(&app.url("/search")).await;
    // The search runs as one types (Enter would open the first hit).
    o.fill(".search-input", "quarterly").await;
    o.find_text(".search-hit mark", "quarterly").await;
    o.find_text(".search-hit", "drop-test.png").await;
    // Click the hit (found afresh each time: the list may be redrawn by the search typed a
    // moment before) until the chat opens.
    let click = "const h = [...document.querySelectorAll('.search-hit')].find(e => e.textContent.includes('quarterly drop test')); \
                 if (h && location.pathname === '/search') h.click(); return location.pathname";
    wait_js_for(&o, 30, click, json!(format!("/c/{chat}"))).await;

    // The chat opens at that message, shown, in view and highlighted, with the preview.
    let at = "const m = [...document.querySelectorAll('.chat-scroll .msg')].find(e => e.textContent.includes('quarterly drop test')); \
              if (!m) return false; const r = m.getBoundingClientRect(); \
              return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight && !!m.querySelector('.file-thumb')";
    wait_js(&o, at, json!(true)).await;
    let filler = "return [...document.querySelectorAll('.chat-scroll .msg')].some(e => e.textContent.includes('filler 59') && e.getBoundingClientRect().top < window.innerHeight && e.getBoundingClientRect().bottom > 0)";
    assert_eq!(js(&o, filler).await, json!(false), "the newest message is not what is in view");
    b.close().await;
    o.close().await;
}
