//! What a file is, from its first bytes: the type we serve it as, never the one the client said.
//!
//! Only types we recognise by signature get their own type; UTF-8 text without NULs is
//! `text/plain` (an uploaded HTML or SVG file is text here, never `text/html` or `image/svg+xml`,
//! so a browser never renders it as a page); everything else is `application/octet-stream`.

/// How many leading bytes [`sniff`] needs.
pub const HEAD: usize = 4096;

/// The content type of a file that starts with `head` (its first [`HEAD`] bytes or all of it).
pub fn sniff(head: &[u8]) -> &'static str {
    let starts = |sig: &[u8]| head.starts_with(sig);
    if starts(b"\x89PNG\r\n\x1a\n") {
        "image/png"
    } else if starts(b"\xff\xd8\xff") {
        "image/jpeg"
    } else if starts(b"GIF87a") || starts(b"GIF89a") {
        "image/gif"
    } else if head.len() >= 12 && &head[..4] == b"RIFF" && &head[8..12] == b"WEBP" {
        "image/webp"
    } else if head.len() >= 12 && &head[..4] == b"RIFF" && &head[8..12] == b"WAVE" {
        "audio/wav"
    } else if starts(b"%PDF-") {
        "application/pdf"
    } else if starts(b"PK\x03\x04") {
        zip_kind(head)
    } else if starts(b"\x1f\x8b") {
        "application/gzip"
    } else if starts(b"7z\xbc\xaf\x27\x1c") {
        "application/x-7z-compressed"
    } else if starts(b"Rar!\x1a\x07") {
        "application/vnd.rar"
    } else if head.len() >= 12 && &head[4..8] == b"ftyp" {
        if &head[8..12] == b"qt  " { "video/quicktime" } else { "video/mp4" }
    } else if starts(b"\x1a\x45\xdf\xa3") {
        "video/webm"
    } else if starts(b"OggS") {
        "audio/ogg"
    } else if starts(b"ID3") || (head.len() >= 2 && head[0] == 0xff && head[1] & 0xe0 == 0xe0) {
        "audio/mpeg"
    } else if starts(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") {
        "application/x-ole-storage"
    } else if is_text(head) {
        "text/plain; charset=utf-8"
    } else {
        "application/octet-stream"
    }
}

/// Office documents are zip files whose first entry names the kind.
fn zip_kind(head: &[u8]) -> &'static str {
    let has = |needle: &[u8]| head.windows(needle.len()).any(|w| w == needle);
    if has(b"word/") {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    } else if has(b"xl/") {
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    } else if has(b"ppt/") {
        "application/vnd.openxmlformats-officedocument.presentationml.presentation"
    } else if has(b"mimetypeapplication/vnd.oasis.opendocument.text") {
        "application/vnd.oasis.opendocument.text"
    } else {
        "application/zip"
    }
}

/// UTF-8 without NUL bytes (a multi-byte character cut at the end of `head` is fine).
fn is_text(head: &[u8]) -> bool {
    if head.contains(&0) {
        return false;
    }
    match std::str::from_utf8(head) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none() && head.len() - e.valid_up_to() < 4,
    }
}

/// Whether browsers may show a file of this type in place: raster images and PDFs.
pub fn inline(content_type: &str) -> bool {
    is_raster_image(content_type) || content_type == "application/pdf"
}

/// The image types we make thumbnails of (and show inline).
pub fn is_raster_image(content_type: &str) -> bool {
    matches!(content_type, "image/png" | "image/jpeg" | "image/gif" | "image/webp")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_come_from_the_content() {
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n...."), "image/png");
        assert_eq!(sniff(b"%PDF-1.7"), "application/pdf");
        assert_eq!(sniff(b"<html><script>alert(1)</script>"), "text/plain; charset=utf-8");
        assert_eq!(sniff(b"<svg xmlns='http://www.w3.org/2000/svg'><script/></svg>"), "text/plain; charset=utf-8");
        assert_eq!(sniff("Привет".as_bytes()), "text/plain; charset=utf-8");
        assert_eq!(sniff(&"Привет".as_bytes()[..5]), "text/plain; charset=utf-8");
        assert_eq!(sniff(b"\x00\x01\x02"), "application/octet-stream");
        assert!(inline("image/png") && inline("application/pdf") && !inline("text/plain; charset=utf-8"));
    }
}
