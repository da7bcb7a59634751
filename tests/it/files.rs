//! Files: upload, post, download, who may see them, how they are served, limits, thumbnails,
//! freeing space, and the per-chat Files list.

use serde_json::{Value, json};

use crate::helpers::{Resp, TestApp, User, next_n, spawn, spawn_with};

/// Uploads `bytes` as the raw body with `?name=`.
pub async fn upload(u: &User, name: &str, bytes: Vec<u8>) -> Resp {
    let res = u
        .client
        .post(format!("{}/api/files", u.base))
        .query(&[("name", name)])
        .header("X-CSRF-Token", &u.csrf)
        .header("Content-Type", "application/octet-stream")
        .body(bytes)
        .send()
        .await
        .expect("upload sent");
    read(res).await
}

async fn read(res: reqwest::Response) -> Resp {
    let status = res.status().as_u16();
    let headers = res.headers().clone();
    let text = res.text().await.unwrap_or_default();
    let body = serde_json::from_str(&text).unwrap_or(Value::Null);
    Resp { status, headers, text, body }
}

/// Downloads a file: status, headers and the bytes.
pub async fn download(u: &User, path: &str, range: Option<&str>) -> (u16, reqwest::header::HeaderMap, Vec<u8>) {
    let mut req = u.client.get(format!("{}{path}", u.base));
    if let Some(r) = range {
        req = req.header("Range", r);
    }
    let res = req.send().await.unwrap();
    let status = res.status().as_u16();
    let headers = res.headers().clone();
    (status, headers, res.bytes().await.unwrap().to_vec())
}

pub async fn post_with_files(u: &User, chat: &str, body: &str, files: &[&str]) -> Resp {
    u.post(
        &format!("/api/channels/{chat}/messages"),
        json!({"client_id": format!("f{}", next_n()), "body": body, "file_ids": files}),
    )
    .await
}

pub fn png(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| image::Rgb([(x % 256) as u8, (y % 256) as u8, 128]));
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

fn noise(n: usize, seed: u64) -> Vec<u8> {
    let mut x = seed | 1;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect()
}

/// An owner, a member and an outsider, and a private channel of the first two.
async fn world(app: &TestApp) -> (User, User, User, String) {
    let owner = app.create_owner().await;
    let member = app.add_member(&owner, "employee", "Member").await;
    let outsider = app.add_member(&owner, "employee", "Outsider").await;
    let chat = owner
        .post("/api/channels", json!({"name": format!("files{}", next_n()), "private": true, "members": [member.id]}))
        .await
        .expect(201)
        .body["id"]
        .as_str()
        .unwrap()
        .to_string();
    (owner, member, outsider, chat)
}

fn blob_files(app: &TestApp) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let dir = app.dir.path().join("files");
    for sub in std::fs::read_dir(&dir).unwrap().flatten() {
        if sub.file_name() == "tmp" || !sub.path().is_dir() {
            continue;
        }
        out.extend(std::fs::read_dir(sub.path()).unwrap().flatten().map(|e| e.path()));
    }
    out
}

#[tokio::test]
async fn an_upload_posted_in_a_chat_is_downloaded_with_the_same_bytes_by_another_member() {
    let app = spawn().await;
    let (owner, member, outsider, chat) = world(&app).await;
    let bytes = noise(300_000, 7);
    let up = upload(&owner, "report.bin", bytes.clone()).await.expect(201);
    let id = up.body["id"].as_str().unwrap().to_string();
    assert_eq!(up.body["size"], 300_000);
    assert_eq!(up.body["name"], "report.bin");
    assert_eq!(up.body["content_type"], "application/octet-stream");
    use sha2::Digest;
    assert_eq!(up.body["sha256"], bivouac::crypto::hex(&sha2::Sha256::digest(&bytes)));
    // Before it is posted only the uploader can fetch it (the preview of the message being
    // sent); the others do not learn it exists.
    assert_eq!(download(&owner, &format!("/api/files/{id}"), None).await.0, 200);
    assert_eq!(download(&member, &format!("/api/files/{id}"), None).await.0, 404);
    let m = post_with_files(&owner, &chat, "the report", &[&id]).await.expect(201);
    assert_eq!(m.body["files"][0]["id"], id.as_str());
    assert_eq!(m.body["files"][0]["name"], "report.bin");
    let (status, headers, got) = download(&member, &format!("/api/files/{id}"), None).await;
    assert_eq!(status, 200);
    assert_eq!(got, bytes, "the same bytes");
    assert!(headers["content-disposition"].to_str().unwrap().starts_with("attachment"));
    // History shows the file too.
    let h = member.get(&format!("/api/channels/{chat}/messages")).await.expect(200);
    assert_eq!(h.body["messages"][0]["files"][0]["size"], 300_000);
    // The outsider: 404, as if it did not exist, also for the thumbnail.
    assert_eq!(download(&outsider, &format!("/api/files/{id}"), None).await.0, 404);
    assert_eq!(download(&outsider, &format!("/api/files/{id}/thumbnail"), None).await.0, 404);
    assert_eq!(download(&outsider, "/api/files/0000000000000", None).await.0, 404);
    // A member who leaves loses access.
    member.post(&format!("/api/channels/{chat}/leave"), json!({})).await.expect(204);
    assert_eq!(download(&member, &format!("/api/files/{id}"), None).await.0, 404);
    // Someone else cannot post the owner's upload, and it cannot be posted twice.
    let again = upload(&owner, "x.txt", b"hello".to_vec()).await.expect(201);
    let xid = again.body["id"].as_str().unwrap().to_string();
    let theirs = app.add_member(&owner, "employee", "Thief").await;
    owner.post(&format!("/api/channels/{chat}/members"), json!({"person_ids": [theirs.id]})).await.expect(200);
    post_with_files(&theirs, &chat, "mine now", &[&xid]).await.expect_error(422, "invalid_file");
    post_with_files(&owner, &chat, "", &[&xid]).await.expect(201);
    post_with_files(&owner, &chat, "twice", &[&xid]).await.expect_error(422, "invalid_file");
    app.assert_store_consistent();
}

#[tokio::test]
async fn an_html_file_is_served_as_an_attachment_in_a_sandbox() {
    let app = spawn().await;
    let (owner, member, _, chat) = world(&app).await;
    let html = b"<!doctype html><html><script>fetch('/api/session')</script></html>".to_vec();
    let id = upload(&owner, "page.html", html.clone()).await.expect(201).body["id"].as_str().unwrap().to_string();
    let svg = b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".to_vec();
    let sid = upload(&owner, "x.svg", svg).await.expect(201).body["id"].as_str().unwrap().to_string();
    let pid = upload(&owner, "a.png", png(20, 10)).await.expect(201).body["id"].as_str().unwrap().to_string();
    post_with_files(&owner, &chat, "files", &[&id, &sid, &pid]).await.expect(201);
    for (file, inline) in [(&id, false), (&sid, false), (&pid, true)] {
        let (status, h, _) = download(&member, &format!("/api/files/{file}"), None).await;
        assert_eq!(status, 200);
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(csp.starts_with("sandbox") && csp.contains("default-src 'none'"), "{csp}");
        assert!(!csp.contains("script-src 'self'"), "{csp}");
        assert_eq!(h["x-content-type-options"], "nosniff");
        let cd = h["content-disposition"].to_str().unwrap();
        assert_eq!(cd.starts_with("inline"), inline, "{cd}");
        let ct = h["content-type"].to_str().unwrap();
        assert!(!ct.contains("html") && !ct.contains("svg"), "served as {ct}");
    }
    let (_, h, _) = download(&member, &format!("/api/files/{id}"), None).await;
    assert!(h["content-disposition"].to_str().unwrap().contains("filename=\"page.html\""));
    assert_eq!(h["content-type"], "text/plain; charset=utf-8");
}

#[tokio::test]
async fn range_requests_return_the_asked_part() {
    let app = spawn().await;
    let (owner, member, _, chat) = world(&app).await;
    let bytes = noise(100_000, 3);
    let id = upload(&owner, "big.bin", bytes.clone()).await.expect(201).body["id"].as_str().unwrap().to_string();
    post_with_files(&owner, &chat, "range", &[&id]).await.expect(201);
    let (status, h, got) = download(&member, &format!("/api/files/{id}"), Some("bytes=1000-1999")).await;
    assert_eq!(status, 206);
    assert_eq!(got, &bytes[1000..2000]);
    assert_eq!(h["content-range"], "bytes 1000-1999/100000");
    let (status, _, got) = download(&member, &format!("/api/files/{id}"), Some("bytes=-10")).await;
    assert_eq!((status, got.as_slice()), (206, &bytes[99_990..]));
}

#[tokio::test]
async fn a_file_over_max_upload_is_refused_before_it_is_stored() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    // The default limit is 100 MiB: 101 MiB is refused from its Content-Length.
    let big = vec![0u8; 101 << 20];
    let r = upload(&owner, "big.bin", big).await;
    r.clone().expect_error(413, "file_too_large");
    assert!(r.body["error"]["message"].as_str().unwrap().contains("100MiB"), "{}", r.text);
    assert!(blob_files(&app).is_empty(), "nothing stored");
    // A body without a length is stopped when it passes the limit.
    let small = spawn_with(|c| c.max_upload = 64 << 10).await;
    let o = small.create_owner().await;
    // Chunked, over a raw connection: the answer comes before the client has sent it all.
    let answer = {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let mut conn = tokio::net::TcpStream::connect(("127.0.0.1", small.port)).await.unwrap();
        let head = format!(
            "POST /api/files?name=stream.bin HTTP/1.1\r\nHost: localhost\r\nCookie: {}\r\nX-CSRF-Token: {}\r\n\
             Transfer-Encoding: chunked\r\n\r\n",
            o.cookie, o.csrf
        );
        conn.write_all(head.as_bytes()).await.unwrap();
        let chunk = [format!("{:x}\r\n", 8192).into_bytes(), vec![1u8; 8192], b"\r\n".to_vec()].concat();
        for _ in 0..40 {
            if conn.write_all(&chunk).await.is_err() {
                break;
            }
        }
        let mut buf = Vec::new();
        let _ = tokio::time::timeout(std::time::Duration::from_secs(5), conn.read_to_end(&mut buf)).await;
        String::from_utf8_lossy(&buf).into_owned()
    };
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(answer.contains("file_too_large"), "{answer}");
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert!(blob_files(&small).is_empty());
    let tmp: Vec<_> = std::fs::read_dir(small.dir.path().join("files/tmp")).unwrap().collect();
    assert!(tmp.is_empty(), "no partial upload is left: {tmp:?}");
    // Under the limit is fine.
    upload(&o, "ok.bin", vec![1u8; 60 << 10]).await.expect(201);
}

#[tokio::test]
async fn multipart_uploads_work_like_raw_ones() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    let boundary = "XbivouacX";
    let mut body = Vec::new();
    body.extend_from_slice(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhi\r\n").as_bytes(),
    );
    body.extend_from_slice(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"notes.txt\"\r\nContent-Type: text/html\r\n\r\n")
            .as_bytes(),
    );
    body.extend_from_slice("Привет, мир".as_bytes());
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let res = owner
        .client
        .post(format!("{}/api/files", owner.base))
        .header("X-CSRF-Token", &owner.csrf)
        .header("Content-Type", format!("multipart/form-data; boundary={boundary}"))
        .body(body)
        .send()
        .await
        .unwrap();
    let r = read(res).await.expect(201);
    assert_eq!(r.body["name"], "notes.txt");
    assert_eq!(r.body["size"], "Привет, мир".len());
    // The client said text/html; the content says plain text.
    assert_eq!(r.body["content_type"], "text/plain; charset=utf-8");
}

#[tokio::test]
async fn an_image_gets_a_thumbnail_made_once() {
    let app = spawn().await;
    let (owner, member, _, chat) = world(&app).await;
    let up = upload(&owner, "photo.png", png(1200, 600)).await.expect(201);
    assert_eq!(up.body["content_type"], "image/png");
    assert_eq!(up.body["image"]["width"], 1200);
    assert_eq!(up.body["image"]["height"], 600);
    assert_eq!(up.body["image"]["thumbnail"], true);
    let id = up.body["id"].as_str().unwrap().to_string();
    post_with_files(&owner, &chat, "look", &[&id]).await.expect(201);
    let (status, h, bytes) = download(&member, &format!("/api/files/{id}/thumbnail"), None).await;
    assert_eq!(status, 200);
    let t = image::load_from_memory(&bytes).unwrap();
    assert_eq!((t.width(), t.height()), (400, 200));
    assert!(h["content-type"].to_str().unwrap().starts_with("image/"));
    // A file that only claims to be an image gets none.
    let fake = upload(&owner, "fake.png", b"not an image".to_vec()).await.expect(201);
    assert!(fake.body["image"].is_null());
    let fid = fake.body["id"].as_str().unwrap().to_string();
    post_with_files(&owner, &chat, "fake", &[&fid]).await.expect(201);
    assert_eq!(download(&member, &format!("/api/files/{fid}/thumbnail"), None).await.0, 404);
    // A decompression bomb (64 megapixels of zeros in a small file): its size is read from the
    // header, and it is not decoded.
    let bomb = {
        let mut out = std::io::Cursor::new(Vec::new());
        let enc = image::codecs::png::PngEncoder::new(&mut out);
        use image::ImageEncoder;
        enc.write_image(&vec![0u8; 8000 * 8000], 8000, 8000, image::ExtendedColorType::L8).unwrap();
        out.into_inner()
    };
    assert!(bomb.len() < 1 << 20);
    let r = upload(&owner, "bomb.png", bomb).await.expect(201);
    assert_eq!(r.body["image"]["width"], 8000);
    assert_eq!(r.body["image"]["thumbnail"], false);
}

#[tokio::test]
async fn deleting_the_last_message_with_a_file_frees_its_space() {
    let app = spawn().await;
    let (owner, _, _, chat) = world(&app).await;
    let bytes = noise(50_000, 11);
    let a = upload(&owner, "a.bin", bytes.clone()).await.expect(201).body["id"].as_str().unwrap().to_string();
    let b = upload(&owner, "b.bin", bytes.clone()).await.expect(201).body["id"].as_str().unwrap().to_string();
    assert_eq!(blob_files(&app).len(), 1, "the same content is stored once");
    let m1 = post_with_files(&owner, &chat, "one", &[&a]).await.expect(201).body["id"].as_str().unwrap().to_string();
    let m2 = post_with_files(&owner, &chat, "two", &[&b]).await.expect(201).body["id"].as_str().unwrap().to_string();
    owner.delete(&format!("/api/messages/{m1}")).await.expect(200);
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(blob_files(&app).len(), 1, "still used by the other message");
    owner.delete(&format!("/api/messages/{m2}")).await.expect(200);
    crate::helpers::eventually(5, || async { blob_files(&app).is_empty().then_some(()) }).await;
    app.assert_store_consistent();
}

#[tokio::test]
async fn uploads_nobody_posts_are_collected_after_a_day() {
    let app = spawn().await;
    let owner = app.create_owner().await;
    upload(&owner, "left.bin", noise(1000, 5)).await.expect(201);
    assert_eq!(blob_files(&app).len(), 1);
    let store = app.state().store.clone();
    assert_eq!(bivouac::files::collect_pending(&store).await.unwrap(), 0, "a fresh upload stays");
    app.advance(std::time::Duration::from_secs(25 * 3600));
    assert_eq!(bivouac::files::collect_pending(&store).await.unwrap(), 1);
    app.state().blobs.drain_trash(&store).await.unwrap();
    assert!(blob_files(&app).is_empty());
    app.assert_store_consistent();
}

#[tokio::test]
async fn a_chat_lists_its_files_newest_first_a_page_at_a_time() {
    let app = spawn().await;
    let (owner, member, outsider, chat) = world(&app).await;
    for i in 0..5 {
        let id = upload(&owner, &format!("f{i}.txt"), format!("file {i}").into_bytes()).await.expect(201).body["id"]
            .as_str()
            .unwrap()
            .to_string();
        post_with_files(&owner, &chat, &format!("file {i}"), &[&id]).await.expect(201);
    }
    let p1 = member.get(&format!("/api/channels/{chat}/files?limit=3")).await.expect(200);
    let names: Vec<&str> = p1.body["files"].as_array().unwrap().iter().map(|f| f["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["f4.txt", "f3.txt", "f2.txt"]);
    let next = p1.body["next_before"].as_str().unwrap();
    let p2 = member.get(&format!("/api/channels/{chat}/files?limit=3&before={next}")).await.expect(200);
    assert_eq!(p2.body["files"].as_array().unwrap().len(), 2);
    outsider.get(&format!("/api/channels/{chat}/files")).await.expect(404);
}

/// Uploads and posts files until `stop`; returns (file id, sha-256 hex) of every acknowledged
/// post, in order.
async fn upload_load(
    u: User,
    chat: String,
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    count: std::sync::Arc<std::sync::atomic::AtomicUsize>,
) -> Vec<(String, String)> {
    let mut acked = Vec::new();
    for i in 0..10_000u64 {
        if stop.load(std::sync::atomic::Ordering::SeqCst) {
            break;
        }
        let bytes = noise(20_000 + (i as usize % 7) * 9_000, i + 1);
        let res = u
            .client
            .post(format!("{}/api/files", u.base))
            .query(&[("name", format!("load-{i}.bin"))])
            .header("X-CSRF-Token", &u.csrf)
            .body(bytes)
            .send()
            .await;
        let Ok(res) = res else { break };
        if res.status() != 201 {
            break;
        }
        let v: Value = res.json().await.unwrap_or_default();
        let (id, sha) = (v["id"].as_str().unwrap_or("").to_string(), v["sha256"].as_str().unwrap_or("").to_string());
        let posted = u
            .client
            .post(format!("{}/api/channels/{chat}/messages", u.base))
            .header("X-CSRF-Token", &u.csrf)
            .json(&json!({"client_id": format!("u{i}"), "body": "", "file_ids": [id]}))
            .send()
            .await;
        match posted {
            Ok(r) if r.status() == 201 => {
                acked.push((id, sha));
                count.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            }
            _ => break,
        }
    }
    acked
}

async fn has_file(u: &User, id: &str, sha: &str) -> bool {
    let (status, _, bytes) = download(u, &format!("/api/files/{id}"), None).await;
    use sha2::Digest;
    status == 200 && bivouac::crypto::hex(&sha2::Sha256::digest(&bytes)) == sha
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn backup_while_uploading_restores_every_acknowledged_file() {
    use crate::process::ServerExt;
    use crate::support::process::{Server, free_port, run};
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    std::fs::create_dir_all(&dir).unwrap();
    let s = Server::start(&dir, free_port()).await;
    let owner = s.owner().await;
    let chat = owner.post("/api/channels", json!({"name": "uploads"})).await.expect(201).body["id"]
        .as_str()
        .unwrap()
        .to_string();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut loads = Vec::new();
    for _ in 0..2 {
        loads.push(tokio::spawn(upload_load(owner.clone(), chat.clone(), stop.clone(), Default::default())));
    }
    tokio::time::sleep(std::time::Duration::from_millis(700)).await;
    // What was acknowledged before the backup starts must all be in it: the server's own list.
    let before: Vec<Value> =
        owner.get(&format!("/api/channels/{chat}/files?limit=200")).await.expect(200).body["files"]
            .as_array()
            .unwrap()
            .clone();
    assert!(!before.is_empty());
    let file = tmp.path().join("backup.tar");
    let (ok, text) = tokio::task::spawn_blocking({
        let (file, dir) = (file.clone(), dir.clone());
        move || run(&["backup", file.to_str().unwrap(), "--data-dir", dir.to_str().unwrap()])
    })
    .await
    .unwrap();
    assert!(ok && text.contains("from the running server") && text.contains("checked clean"), "{text}");
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    let mut acked = Vec::new();
    for l in loads {
        acked.extend(l.await.unwrap());
    }
    drop(s);
    let fresh = tmp.path().join("fresh");
    let (ok, text) = run(&["restore", file.to_str().unwrap(), "--data-dir", fresh.to_str().unwrap()]);
    assert!(ok, "{text}");
    let (ok, text) = run(&["check", "--data-dir", fresh.to_str().unwrap()]);
    assert!(ok, "the restored directory checks clean, every file's hash included: {text}");
    let s = Server::start(&fresh, free_port()).await;
    let owner = s.login().await;
    let shas: std::collections::BTreeMap<String, String> = acked.into_iter().collect();
    for f in &before {
        let id = f["id"].as_str().unwrap();
        assert!(has_file(&owner, id, &shas[id]).await, "the acknowledged file {id} is not restored intact");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_during_uploads_leaves_no_message_without_its_file() {
    use crate::process::ServerExt;
    use crate::support::process::{Server, free_port, run};
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    std::fs::create_dir_all(&dir).unwrap();
    let rounds = std::env::var("KILL_ROUNDS").ok().and_then(|v| v.parse().ok()).unwrap_or(3u64);
    let mut all = Vec::new();
    for round in 0..rounds {
        let s = Server::start(&dir, free_port()).await;
        let owner = if round == 0 { s.owner().await } else { s.login().await };
        let chat = owner.post("/api/channels", json!({"name": format!("k{round}")})).await.expect(201).body["id"]
            .as_str()
            .unwrap()
            .to_string();
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let count = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let loads: Vec<_> = (0..3)
            .map(|_| tokio::spawn(upload_load(owner.clone(), chat.clone(), stop.clone(), count.clone())))
            .collect();
        // Kill while uploads are under way: after a few have been acknowledged (a loaded machine
        // is slower to get there), plus a varying moment.
        for _ in 0..400 {
            if count.load(std::sync::atomic::Ordering::SeqCst) >= 2 {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100 + round * 137 % 400)).await;
        s.signal(libc::SIGKILL);
        let (_, s) = tokio::task::spawn_blocking(move || {
            let mut s = s;
            (s.wait(), s)
        })
        .await
        .unwrap();
        stop.store(true, std::sync::atomic::Ordering::SeqCst);
        for l in loads {
            all.extend(l.await.unwrap());
        }
        drop(s);
        // Every row names a file that is there with its hash: `check` hashes them all.
        let (ok, text) = run(&["check", "--data-dir", dir.to_str().unwrap()]);
        assert!(ok, "after kill -9 every file of every message is there: {text}");
    }
    let s = Server::start(&dir, free_port()).await;
    let owner = s.login().await;
    assert!(all.len() > 5, "the load ran");
    for (id, sha) in &all {
        assert!(has_file(&owner, id, sha).await, "an acknowledged file {id} is lost");
    }
    println!("kill -9 during uploads: {rounds} rounds, {} acknowledged posts with files, none lost", all.len());
}
