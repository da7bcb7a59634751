//! Message text: validation and the mention syntax `<@person id>`. Bodies are stored as typed;
//! the web UI renders the small formatting language (bold, italic, code, links) into DOM nodes
//! itself, never through HTML, so a body can never inject markup.

use crate::error::{Error, Result};
use crate::ids::PersonId;

/// The longest message body, in characters.
pub const MAX_BODY: usize = 10_000;
/// The longest client id.
pub const MAX_CLIENT_ID: usize = 64;

/// Trims surrounding blank space and checks length and characters.
pub fn clean_body(body: &str) -> Result<String> {
    let b = body.trim();
    if b.is_empty() {
        return Err(Error::invalid("empty_body", "The message is empty."));
    }
    let n = b.chars().count();
    if n > MAX_BODY {
        return Err(Error::invalid(
            "body_too_long",
            format!("The message has {n} characters; the most is {MAX_BODY}. Split it into several messages."),
        ));
    }
    if b.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(Error::invalid("invalid_body", "The message contains control characters."));
    }
    Ok(b.to_string())
}

/// Client ids make retries idempotent: 1 to 64 characters of letters, digits, `-` and `_`.
pub fn clean_client_id(id: &str) -> Result<String> {
    if id.is_empty()
        || id.len() > MAX_CLIENT_ID
        || !id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Err(Error::invalid(
            "invalid_client_id",
            "client_id must be 1 to 64 letters, digits, - or _ (for example a UUID).",
        ));
    }
    Ok(id.to_string())
}

/// The people mentioned as `<@id>`, each once, in order of first mention. Text that looks like a
/// mention but holds no valid id is left as text.
pub fn mentions(body: &str) -> Vec<PersonId> {
    let mut out = Vec::new();
    let mut rest = body;
    while let Some(i) = rest.find("<@") {
        rest = &rest[i + 2..];
        if let Some(end) = rest.find('>')
            && let Ok(id) = rest[..end].parse::<PersonId>()
        {
            if !out.contains(&id) {
                out.push(id);
            }
            rest = &rest[end + 1..];
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_mentions() {
        let a = PersonId(1 << 20);
        let b = PersonId(7 << 30);
        let body = format!("hi <@{a}> and <@{b}>, again <@{a}>; not <@nope> or <@{a}");
        assert_eq!(mentions(&body), vec![a, b]);
        assert!(mentions("<@").is_empty());
    }

    #[test]
    fn bodies_and_client_ids() {
        assert_eq!(clean_body("  hello\n").unwrap(), "hello");
        assert!(clean_body("   ").is_err());
        assert!(clean_body(&"x".repeat(MAX_BODY + 1)).is_err());
        assert!(clean_body(&"ё".repeat(MAX_BODY)).is_ok());
        assert!(clean_body("a\u{0}b").is_err());
        assert!(clean_client_id("c0ffee-12_ab").is_ok());
        assert!(
            clean_client_id("").is_err()
                && clean_client_id("a b").is_err()
                && clean_client_id(&"a".repeat(65)).is_err()
        );
    }
}
