//! Message text: the mention syntax `<@person id>`. Bodies are stored as typed (validated by
//! `input::Body`); the web UI renders the small formatting language (bold, italic, code, links)
//! into DOM nodes itself, never through HTML, so a body can never inject markup.

use crate::ids::PersonId;

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
}
