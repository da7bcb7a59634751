//! Typed ids. Every id is a `u64` that sorts by creation time (the store's writer hands them out:
//! milliseconds since the epoch in the high 48 bits, a sequence in the low 16), shown to clients as
//! a 13-character lowercase Crockford base32 string that sorts the same way.

use std::fmt;
use std::str::FromStr;

const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";

pub fn encode(v: u64) -> String {
    String::from_utf8_lossy(&encode_bytes(v)).into_owned()
}

/// The 13 characters of an id, in a stack buffer. 13 characters hold 65 bits: the value shifted
/// left by one, so the string sorts like the number.
pub fn encode_bytes(v: u64) -> [u8; 13] {
    let w = u128::from(v) << 1;
    let mut out = [0u8; 13];
    for (i, slot) in out.iter_mut().enumerate() {
        *slot = ALPHABET[((w >> (60 - 5 * i)) & 31) as usize];
    }
    out
}

pub fn decode(s: &str) -> Option<u64> {
    let b = s.as_bytes();
    if b.len() != 13 {
        return None;
    }
    let mut v: u128 = 0;
    for &c in b {
        let d = ALPHABET.iter().position(|&a| a == c.to_ascii_lowercase())? as u128;
        v = (v << 5) | d;
    }
    // 65 bits were written: the value shifted left by one.
    if v & 1 != 0 || v >> 65 != 0 {
        return None;
    }
    u64::try_from(v >> 1).ok()
}

macro_rules! id_type {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, bincode::Encode, bincode::Decode)]
        pub struct $name(pub u64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(std::str::from_utf8(&encode_bytes(self.0)).unwrap_or(""))
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({})", stringify!($name), encode(self.0))
            }
        }

        impl FromStr for $name {
            type Err = ();
            fn from_str(s: &str) -> Result<Self, ()> {
                decode(s).map($name).ok_or(())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(std::str::from_utf8(&encode_bytes(self.0)).unwrap_or(""))
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                s.parse().map_err(|()| serde::de::Error::custom(format!("{s:?} is not a valid id")))
            }
        }
    )*};
}

id_type!(
    /// A person (member of the workspace, invited or former).
    PersonId,
    /// A department in the company tree.
    DepartmentId,
    /// An invitation (one per invited person; resends replace its token).
    InvitationId,
    /// A mail in the outbox.
    MailId,
    /// A channel, direct chat or group chat.
    ChannelId,
    /// A message (ids are also the message order within a chat).
    MessageId,
    /// A sidebar folder.
    FolderId,
    /// An audit log entry.
    AuditId,
    /// A bot for business processes (its form, route and versions).
    BotId,
    /// A request made to a bot.
    RequestId,
    /// A comment in a request's discussion.
    CommentId,
    /// An incoming or outgoing webhook, or a bot account's API token.
    HookId,
    /// An uploaded file (its bytes are a blob named by their SHA-256).
    FileId,
    /// A browser's Web Push subscription.
    PushSubId,
    /// One push waiting to be delivered to one subscription.
    PushJobId,
    /// A "remind me" of one person about one message.
    ReminderId,
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_order() {
        let values = [0u64, 1, 31, 32, u64::MAX, 1 << 63, 123_456_789_012_345];
        for v in values {
            assert_eq!(decode(&encode(v)), Some(v), "{v}");
        }
        let mut sorted = values.to_vec();
        sorted.sort();
        let mut strings: Vec<String> = sorted.iter().map(|v| encode(*v)).collect();
        let before = strings.clone();
        strings.sort();
        assert_eq!(strings, before, "string order must equal numeric order");
        assert_eq!(decode("not-an-id"), None);
        assert_eq!(decode("zzzzzzzzzzzzz"), None);
    }
}
