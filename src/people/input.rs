//! Validated input: once a value is an [`Email`], [`Name`] or [`Password`], it is known good, so
//! invalid data cannot reach the store.

use crate::error::{Error, Result};

/// A lower-cased email address of a plausible shape (we do not try to be RFC 5322: the mail
/// server is the final judge, and a typo shows up as a failed invitation the admin can correct).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub fn parse(s: &str) -> Result<Email> {
        let e = s.trim().to_lowercase();
        let bad =
            |why: &str| Error::invalid("invalid_email", format!("{:?} is not a valid email address: {why}.", s.trim()));
        if e.is_empty() {
            return Err(Error::invalid("invalid_email", "The email address is missing."));
        }
        if e.len() > 254 {
            return Err(bad("it is longer than 254 characters"));
        }
        let (local, domain) = e.split_once('@').ok_or_else(|| bad("it has no @"))?;
        if local.is_empty() || local.len() > 64 {
            return Err(bad("the part before @ must be 1 to 64 characters"));
        }
        if domain.contains('@') {
            return Err(bad("it has more than one @"));
        }
        let labels: Vec<&str> = domain.split('.').collect();
        if labels.len() < 2 || labels.iter().any(|l| l.is_empty() || l.starts_with('-') || l.ends_with('-')) {
            return Err(bad("the part after @ must be a domain such as example.com"));
        }
        if !domain.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '-') {
            return Err(bad("the domain has characters a domain cannot have"));
        }
        if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
            return Err(bad("dots cannot start, end or repeat before the @"));
        }
        if !local.chars().all(|c| c.is_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c)) {
            return Err(bad("the part before @ has characters an address cannot have"));
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

/// A first name, last name, title, department or channel name: trimmed, without control
/// characters, within a length.
pub struct Name;

impl Name {
    /// `label` names the field in the error ("First name"); `code` is the error code.
    pub fn parse(label: &str, s: &str, max: usize) -> Result<String> {
        let v = s.trim();
        let code = "invalid_name";
        if v.is_empty() {
            return Err(Error::invalid(code, format!("{label} must not be empty.")));
        }
        Name::optional(label, v, max)
    }

    /// Like [`Name::parse`] but empty is allowed (titles, phone numbers, descriptions).
    pub fn optional(label: &str, s: &str, max: usize) -> Result<String> {
        let v = s.trim();
        if v.chars().count() > max {
            return Err(Error::invalid("invalid_name", format!("{label} must be at most {max} characters.")));
        }
        if v.chars().any(char::is_control) {
            return Err(Error::invalid(
                "invalid_name",
                format!("{label} must not contain control characters or line breaks."),
            ));
        }
        Ok(v.to_string())
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
            return Err(Error::invalid(
                "weak_password",
                format!("The password must have at least {} characters.", Self::MIN),
            ));
        }
        if n > Self::MAX {
            return Err(Error::invalid(
                "invalid_password",
                format!("The password must have at most {} characters.", Self::MAX),
            ));
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
    }

    #[test]
    fn names_and_passwords() {
        assert_eq!(Name::parse("First name", "  Ivan ", 100).unwrap(), "Ivan");
        assert!(Name::parse("First name", "   ", 100).is_err());
        assert!(Name::parse("First name", "a\nb", 100).is_err());
        assert!(Name::parse("First name", &"x".repeat(101), 100).is_err());
        assert!(Password::parse("short".into()).is_err());
        assert!(Password::parse(" 8 chars".into()).is_ok());
        assert!(Password::parse("ё".repeat(256)).is_ok());
        assert!(Password::parse("x".repeat(257)).is_err());
    }
}
