//! Validated input: once a value is an [`Email`], [`Name`], [`Password`], [`Body`] or any other
//! type here, it is known good, so invalid data cannot reach the store. Use cases take these types
//! in their input structs; the HTTP layer parses request bodies into them.
//!
//! Layer: leaf (imports only `error`).

use unicode_normalization::UnicodeNormalization;

use crate::error::{Error, Result, Status};
use crate::i18n::{Arg, Msg};
use crate::msg;

/// A 422 with a catalog message.
fn invalid(code: &'static str, m: Msg) -> Error {
    Error::t(Status::Unprocessable, code, m)
}

/// Characters that change how the text around them is shown without being seen themselves:
/// bidirectional embeddings, overrides and isolates, which can make a name read backwards
/// ("Trojan Source"). The plain direction marks (U+200E, U+200F, U+061C) that right-to-left
/// writers need stay allowed.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Characters that take no visible space: zero-width spaces and joiners, the word joiner,
/// invisible operators, the byte-order mark, soft hyphen, Hangul fillers, variation selectors,
/// white space and direction controls.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200D}'
            | '\u{2060}'..='\u{2064}'
            | '\u{FEFF}'
            | '\u{00AD}'
            | '\u{034F}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{3164}'
            | '\u{FFA0}'
            | '\u{180E}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{061C}'
    ) || c.is_whitespace()
        || is_bidi_control(c)
}

/// Whether `s` shows nothing at all.
fn shows_nothing(s: &str) -> bool {
    s.chars().all(is_invisible)
}

/// The NFC form of `s`, refusing bidirectional controls (naming the one found).
fn clean_text(label: &'static str, code: &'static str, s: &str) -> Result<String> {
    if let Some(c) = s.chars().find(|c| is_bidi_control(*c)) {
        let char = format!("U+{:04X}", u32::from(c));
        return Err(invalid(code, msg!("name-direction-control", field = Arg::Key(label), char = char)));
    }
    Ok(s.nfc().collect())
}

/// A lower-cased email address of a plausible shape (we do not try to be RFC 5322: the mail
/// server is the final judge, and a typo shows up as a failed invitation the admin can correct).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    /// The longest address (RFC 5321's path limit).
    pub const MAX: usize = 254;

    pub fn parse(s: &str) -> Result<Email> {
        let trimmed = s.trim();
        let bad = |why: &'static str| {
            // A hostile "address" can be huge; the message shows only its start.
            let mut shown: String = trimmed.chars().take(60).collect();
            if trimmed.chars().count() > 60 {
                shown.push('…');
            }
            invalid("invalid_email", msg!("email-invalid", email = shown, why = Arg::Key(why)))
        };
        if trimmed.is_empty() {
            return Err(invalid("invalid_email", msg!("email-missing")));
        }
        if trimmed.len() > Self::MAX {
            return Err(bad("email-too-long"));
        }
        let e = trimmed.to_lowercase();
        let (local, domain) = e.split_once('@').ok_or_else(|| bad("email-no-at"))?;
        if local.is_empty() || local.len() > 64 {
            return Err(bad("email-local-length"));
        }
        if domain.contains('@') {
            return Err(bad("email-two-ats"));
        }
        let labels: Vec<&str> = domain.split('.').collect();
        if labels.len() < 2 || labels.iter().any(|l| l.is_empty() || l.starts_with('-') || l.ends_with('-')) {
            return Err(bad("email-domain-shape"));
        }
        if !domain.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '-') {
            return Err(bad("email-domain-chars"));
        }
        if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
            return Err(bad("email-dots"));
        }
        if !local.chars().all(|c| c.is_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c)) {
            return Err(bad("email-local-chars"));
        }
        Ok(Email(e))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }

    pub fn domain(&self) -> &str {
        self.0.split_once('@').map(|(_, d)| d).unwrap_or("")
    }
}

/// Checks one line of text a person typed and gives its NFC form: at most `max` characters, no
/// control characters, no direction controls.
fn one_line(label: &'static str, v: &str, max: usize) -> Result<String> {
    if v.chars().any(char::is_control) {
        return Err(invalid("invalid_name", msg!("name-control", field = Arg::Key(label))));
    }
    let v = clean_text(label, "invalid_name", v)?;
    if v.chars().count() > max {
        return Err(invalid("invalid_name", msg!("name-too-long", field = Arg::Key(label), max = max)));
    }
    Ok(v)
}

/// A required one-line name (a person's first or last name, a department, channel, folder or
/// company name): trimmed, not empty, without control characters, within a length.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Name(String);

impl Name {
    /// `label` is the catalog key of the field's name, for the error (`field-first-name`).
    pub fn parse(label: &'static str, s: &str, max: usize) -> Result<Name> {
        let v = s.trim();
        if v.is_empty() {
            return Err(invalid("invalid_name", msg!("name-empty", field = Arg::Key(label))));
        }
        if shows_nothing(v) {
            return Err(invalid("invalid_name", msg!("name-invisible", field = Arg::Key(label))));
        }
        Ok(Name(one_line(label, v, max)?))
    }

    pub fn first_name(s: &str) -> Result<Name> {
        Name::parse("field-first-name", s, 100)
    }

    pub fn last_name(s: &str) -> Result<Name> {
        Name::parse("field-last-name", s, 100)
    }

    pub fn company(s: &str) -> Result<Name> {
        Name::parse("field-company-name", s, 100)
    }

    pub fn department(s: &str) -> Result<Name> {
        Name::parse("field-department-name", s, 100)
    }

    /// A channel name; a leading `#` is not part of it.
    pub fn channel(s: &str) -> Result<Name> {
        Name::parse("field-channel-name", s.trim().trim_start_matches('#'), 80)
    }

    pub fn folder(s: &str) -> Result<Name> {
        Name::parse("field-folder-name", s, 60)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

impl std::fmt::Display for Name {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// An optional one-line text (a title): trimmed, may be empty.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Line(String);

impl Line {
    pub fn parse(label: &'static str, s: &str, max: usize) -> Result<Line> {
        let v = s.trim();
        if !v.is_empty() && shows_nothing(v) {
            return Err(invalid("invalid_name", msg!("name-invisible", field = Arg::Key(label))));
        }
        Ok(Line(one_line(label, v, max)?))
    }

    pub fn title(s: &str) -> Result<Line> {
        Line::parse("field-title", s, 100)
    }

    /// A phone number: digits, spaces and `+ - ( ) . /`, or empty.
    pub fn phone(s: &str) -> Result<Line> {
        let v = Line::parse("field-phone", s, 40)?;
        if !v.0.chars().all(|c| c.is_ascii_digit() || " +-()./".contains(c)) {
            return Err(invalid("invalid_phone", msg!("phone-invalid")));
        }
        Ok(v)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

/// A channel description: up to 500 characters, may be empty, may span lines.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Description(String);

impl Description {
    pub const MAX: usize = 500;

    pub fn parse(s: &str) -> Result<Description> {
        let d = s.trim();
        if d.chars().count() > Self::MAX {
            return Err(invalid("invalid_description", msg!("description-too-long", max = Self::MAX)));
        }
        if d.chars().any(|c| c.is_control() && c != '\n') {
            return Err(invalid("invalid_description", msg!("description-control")));
        }
        Ok(Description(clean_text("field-description", "invalid_description", d)?))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A colour written `#rrggbb` (or `#rgb`), kept as lower-case `#rrggbb`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Color(pub [u8; 3]);

impl Color {
    pub fn parse(s: &str) -> Result<Color> {
        let bad = || {
            let shown: String = s.trim().chars().take(40).collect();
            invalid("invalid_color", msg!("color-invalid", value = shown))
        };
        let hex = s.trim().strip_prefix('#').ok_or_else(bad)?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(bad());
        }
        let digit = |i: usize, n: usize| u8::from_str_radix(&hex[i..i + n], 16).map_err(|_| bad());
        match hex.len() {
            6 => Ok(Color([digit(0, 2)?, digit(2, 2)?, digit(4, 2)?])),
            3 => Ok(Color([digit(0, 1)? * 17, digit(1, 1)? * 17, digit(2, 1)? * 17])),
            _ => Err(bad()),
        }
    }

    /// `#rrggbb`
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0[0], self.0[1], self.0[2])
    }
}

/// A language the interface and mails can be in: `en`, `ru`, `de` or `es`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Language(&'static str);

impl Language {
    pub const ALL: [&'static str; 4] = ["en", "ru", "de", "es"];

    pub fn parse(s: &str) -> Result<Language> {
        let s = s.trim().to_ascii_lowercase();
        Language::ALL
            .into_iter()
            .find(|l| *l == s)
            .map(Language)
            .ok_or_else(|| invalid("invalid_language", msg!("language-invalid")))
    }

    /// The language as the catalogs know it.
    pub fn lang(self) -> crate::i18n::Lang {
        crate::i18n::Lang::parse(self.0).unwrap_or_default()
    }

    pub fn as_str(self) -> &'static str {
        self.0
    }
}

/// A password of 8 to 256 characters, kept exactly as typed (never trimmed or truncated).
pub struct Password(String);

impl Password {
    pub const MIN: usize = 8;
    pub const MAX: usize = 256;

    pub fn parse(s: String) -> Result<Password> {
        let n = s.chars().count();
        if n < Self::MIN {
            return Err(invalid("weak_password", msg!("password-too-short", min = Self::MIN)));
        }
        if n > Self::MAX {
            return Err(invalid("invalid_password", msg!("password-too-long", max = Self::MAX)));
        }
        Ok(Password(s))
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(redacted)")
    }
}

/// A message body: trimmed, not empty, at most [`Body::MAX`] characters, no control characters
/// but line breaks and tabs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Body(String);

impl Body {
    /// The longest message body, in characters.
    pub const MAX: usize = 10_000;

    pub fn parse(body: &str) -> Result<Body> {
        let b = body.trim();
        if b.is_empty() {
            return Err(invalid("empty_body", msg!("body-empty")));
        }
        let n = b.chars().count();
        if n > Self::MAX {
            return Err(invalid("body_too_long", msg!("body-too-long", length = n, max = Self::MAX)));
        }
        if b.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
            return Err(invalid("invalid_body", msg!("body-control")));
        }
        if shows_nothing(b) {
            return Err(invalid("empty_body", msg!("body-invisible")));
        }
        Ok(Body(b.nfc().collect()))
    }

    /// The empty body of a message that carries only files.
    pub fn empty() -> Body {
        Body(String::new())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A client id, which makes a retried post idempotent: 1 to 64 letters, digits, `-` and `_`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClientId(String);

impl ClientId {
    pub const MAX: usize = 64;

    pub fn parse(id: &str) -> Result<ClientId> {
        if id.is_empty()
            || id.len() > Self::MAX
            || !id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return Err(invalid("invalid_client_id", msg!("client-id-invalid")));
        }
        Ok(ClientId(id.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        assert_eq!(Email::parse("  Ivan.Petrov@Example.COM ").unwrap().as_str(), "ivan.petrov@example.com");
        assert!(Email::parse("user+tag@sub.example.org").is_ok());
        for bad in [
            "",
            "plain",
            "a@b",
            "a@@b.com",
            "a b@c.com",
            ".a@b.com",
            "a..b@c.com",
            "a@-b.com",
            "a@b..com",
            "<script>@x.com",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
        let huge = format!("{}@example.com", "x".repeat(100_000));
        let e = Email::parse(&huge).unwrap_err();
        assert!(e.message.len() < 200, "the error does not echo a huge address: {}", e.message.len());
    }

    #[test]
    fn names_and_passwords() {
        assert_eq!(Name::first_name("  Ivan ").unwrap().as_str(), "Ivan");
        assert!(Name::first_name("   ").is_err());
        assert!(Name::first_name("a\nb").is_err());
        assert!(Name::first_name(&"x".repeat(101)).is_err());
        assert_eq!(Name::channel(" #general").unwrap().as_str(), "general");
        assert_eq!(Line::title("").unwrap().as_str(), "");
        assert!(Line::phone("+49 (30) 123-45").is_ok() && Line::phone("call me").is_err());
        assert!(Password::parse("short".into()).is_err());
        assert!(Password::parse(" 8 chars".into()).is_ok());
        assert!(Password::parse("ё".repeat(256)).is_ok());
        assert!(Password::parse("x".repeat(257)).is_err());
    }

    #[test]
    fn invisible_and_direction_tricks_are_refused() {
        let e = Name::first_name("Ivan\u{202E}naV").unwrap_err();
        assert!(e.message.contains("U+202E"), "{}", e.message);
        assert!(Name::channel("\u{200B}\u{200B}").unwrap_err().message.contains("invisible"));
        assert!(Name::first_name("\u{2066}").is_err());
        assert!(Line::title("\u{FEFF}").is_err());
        assert!(Body::parse("\u{200B}\u{2060}\u{200D}").is_err());
        // Real writing that uses joiners or marks stays allowed.
        assert!(Body::parse("👩\u{200D}💻 done").is_ok());
        assert!(Name::last_name("\u{05D3}\u{05B8}\u{05D5}\u{05B4}\u{05D3}\u{200F}").is_ok());
        // One name, however it was typed.
        assert_eq!(Name::first_name("Rene\u{0301}").unwrap(), Name::first_name("Ren\u{00E9}").unwrap());
    }

    #[test]
    fn bodies_and_client_ids() {
        assert_eq!(Body::parse("  hello\n").unwrap().as_str(), "hello");
        assert!(Body::parse("   ").is_err());
        assert!(Body::parse(&"x".repeat(Body::MAX + 1)).is_err());
        assert!(Body::parse(&"ё".repeat(Body::MAX)).is_ok());
        assert!(Body::parse("a\u{0}b").is_err());
        assert!(ClientId::parse("c0ffee-12_ab").is_ok());
        assert!(
            ClientId::parse("").is_err()
                && ClientId::parse("a b").is_err()
                && ClientId::parse(&"a".repeat(65)).is_err()
        );
    }
}

/// An emoji reaction: one short visible token (an emoji, with its joiners and variation
/// selectors, or a word such as `+1`): the name rules (NFC, no control or direction characters,
/// not only invisible ones), no spaces, at most 32 characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reaction(String);

impl Reaction {
    pub fn parse(s: &str) -> Result<Reaction> {
        let v = s.trim();
        if v.is_empty() || shows_nothing(v) {
            return Err(invalid("invalid_reaction", msg!("reaction-empty")));
        }
        if v.chars().any(char::is_whitespace) {
            return Err(invalid("invalid_reaction", msg!("reaction-one")));
        }
        let v = one_line("field-reaction", v, 32)?;
        Ok(Reaction(v))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A status text ("On vacation until 12 Dec"): one line, at most 100 characters, may be empty.
/// Its emoji: at most one short token, as a [`Reaction`].
pub fn status_text(s: &str) -> Result<String> {
    let v = s.trim();
    if v.is_empty() {
        return Ok(String::new());
    }
    if shows_nothing(v) {
        return Err(invalid("invalid_name", msg!("name-invisible", field = Arg::Key("field-status"))));
    }
    one_line("field-status", v, 100)
}
