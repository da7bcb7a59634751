//! The one place values are encoded: a leading format byte, then bincode 2 (standard
//! configuration: little-endian, variable-length integers). A record written by a newer format
//! is refused with a clear error instead of being misread; when the format changes, `decode`
//! learns to read both and a migration rewrites old rows.

use bincode::config::{Configuration, standard};

pub const FORMAT: u8 = 1;

const CONFIG: Configuration = standard();

/// Records are at most this large when read back; anything claiming more is corrupt.
const LIMIT: usize = 16 << 20;

pub fn encode<T: bincode::Encode>(value: &T) -> Vec<u8> {
    let mut out = Vec::with_capacity(64);
    out.push(FORMAT);
    // Encoding into a Vec cannot fail for our plain data types.
    bincode::encode_into_std_write(value, &mut out, CONFIG).expect("encoding into a Vec");
    out
}

pub fn decode<T: bincode::Decode<()>>(bytes: &[u8]) -> Result<T, String> {
    match bytes.first() {
        Some(&FORMAT) => {}
        Some(v) => return Err(format!("record format {v} is not known to this version")),
        None => return Err("empty record".into()),
    }
    let (value, used) = bincode::decode_from_slice(&bytes[1..], CONFIG.with_limit::<LIMIT>())
        .map_err(|e| format!("undecodable record: {e}"))?;
    if used != bytes.len() - 1 {
        return Err(format!("{} trailing bytes after the record", bytes.len() - 1 - used));
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;
    use proptest::prelude::*;

    /// Decodes `bytes` as every stored record type; none may panic.
    fn decode_all(bytes: &[u8]) {
        let _ = decode::<Person>(bytes);
        let _ = decode::<Session>(bytes);
        let _ = decode::<SessionEnd>(bytes);
        let _ = decode::<Department>(bytes);
        let _ = decode::<AuditEntry>(bytes);
        let _ = decode::<Invitation>(bytes);
        let _ = decode::<Mail>(bytes);
        let _ = decode::<PasswordReset>(bytes);
        let _ = decode::<Channel>(bytes);
        let _ = decode::<Message>(bytes);
        let _ = decode::<ReadPos>(bytes);
        let _ = decode::<Sidebar>(bytes);
        let _ = decode::<DepartmentFolder>(bytes);
        let _ = decode::<Folder>(bytes);
        let _ = decode::<bots::Bot>(bytes);
        let _ = decode::<bots::BotDef>(bytes);
        let _ = decode::<bots::Request>(bytes);
        let _ = decode::<bots::Comment>(bytes);
        let _ = decode::<bots::Card>(bytes);
        let _ = decode::<bots::Absence>(bytes);
        let _ = decode::<bots::BotAccount>(bytes);
        let _ = decode::<bots::Hook>(bytes);
        let _ = decode::<bots::Delivery>(bytes);
        let _ = decode::<Profile>(bytes);
        let _ = decode::<PushSubscription>(bytes);
        let _ = decode::<PushJob>(bytes);
        let _ = decode::<Missed>(bytes);
        let _ = decode::<MissedState>(bytes);
        let _ = decode::<Reminder>(bytes);
    }

    proptest! {
        // `FUZZ_CASES` runs these longer: `FUZZ_CASES=200000 cargo test --release --lib codec`.
        #![proptest_config(ProptestConfig::with_cases(
            std::env::var("FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(2000)
        ))]
        #[test]
        fn arbitrary_bytes_never_panic_a_decoder(mut bytes in proptest::collection::vec(any::<u8>(), 0..600), versioned in any::<bool>()) {
            if versioned && !bytes.is_empty() {
                bytes[0] = FORMAT;
            }
            decode_all(&bytes);
        }

        #[test]
        fn a_damaged_real_record_is_refused_or_read_never_a_panic(flip in 0usize..4096, bit in 0u8..8, cut in 0usize..4096) {
            let m = Message {
                id: crate::ids::MessageId(42),
                channel: crate::ids::ChannelId(7),
                author: crate::ids::PersonId(9),
                body: "hello <@0000000000001>".into(),
                mentions: vec![crate::ids::PersonId(1)],
                thread_root: None,
                seq: 3,
                reply_count: 0,
                last_reply_at: None,
                created_at: crate::clock::Timestamp(1),
                edited_at: None,
                deleted: false,
                client_id: "c1".into(),
            };
            let mut bytes = encode(&m);
            let i = flip % bytes.len();
            bytes[i] ^= 1 << bit;
            bytes.truncate(cut.max(1).min(bytes.len()));
            decode_all(&bytes);
        }
    }

    #[derive(bincode::Encode, bincode::Decode, PartialEq, Debug)]
    struct R {
        a: u64,
        b: String,
        c: Vec<u32>,
    }

    #[test]
    fn round_trip_and_refusals() {
        let r = R { a: 7, b: "x".into(), c: vec![1, 2] };
        let bytes = encode(&r);
        assert_eq!(bytes[0], FORMAT);
        assert_eq!(decode::<R>(&bytes).unwrap(), r);
        let mut newer = bytes.clone();
        newer[0] = 9;
        assert!(decode::<R>(&newer).unwrap_err().contains("format 9"));
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(decode::<R>(&longer).is_err());
        assert!(decode::<R>(&bytes[..bytes.len() - 1]).is_err());
        assert!(decode::<R>(&[]).is_err());
    }
}
