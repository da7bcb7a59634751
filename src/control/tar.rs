//! The backup format: a POSIX tar (ustar) file holding `bivouac.redb` first and then every blob
//! it names (`files/ab/<sha-256 hex>`, and `....thumb` for thumbnails). `tar tf` lists it and
//! `tar xf` unpacks it into a data directory. Only regular files with short names are written or
//! read, so a few dozen lines do it.

use std::io::{self, Read, Write};

pub const BLOCK: u64 = 512;

/// The bytes an entry of `size` bytes takes: its header and its data padded to a block.
pub fn entry_len(size: u64) -> u64 {
    BLOCK + size.div_ceil(BLOCK) * BLOCK
}

/// The end of an archive: two zero blocks.
pub const END_LEN: u64 = 2 * BLOCK;

fn octal(field: &mut [u8], v: u64) {
    let s = format!("{:0width$o}", v, width = field.len() - 1);
    field[..s.len()].copy_from_slice(s.as_bytes());
    field[field.len() - 1] = 0;
}

fn header(name: &str, size: u64) -> io::Result<[u8; 512]> {
    if name.len() >= 100 {
        return Err(io::Error::other(format!("tar: name too long: {name}")));
    }
    let mut h = [0u8; 512];
    h[..name.len()].copy_from_slice(name.as_bytes());
    octal(&mut h[100..108], 0o600);
    octal(&mut h[108..116], 0);
    octal(&mut h[116..124], 0);
    octal(&mut h[124..136], size);
    octal(&mut h[136..148], 0);
    h[148..156].copy_from_slice(b"        ");
    h[156] = b'0';
    h[257..263].copy_from_slice(b"ustar\0");
    h[263..265].copy_from_slice(b"00");
    let sum: u32 = h.iter().map(|b| u32::from(*b)).sum();
    let s = format!("{sum:06o}\0 ");
    h[148..156].copy_from_slice(s.as_bytes());
    Ok(h)
}

/// Writes one entry: `size` bytes read from `data` (exactly; fewer is an error).
pub fn write_entry(out: &mut impl Write, name: &str, size: u64, data: &mut impl Read) -> io::Result<()> {
    out.write_all(&header(name, size)?)?;
    let copied = io::copy(&mut data.take(size), out)?;
    if copied != size {
        return Err(io::Error::other(format!("{name} ended after {copied} of {size} bytes")));
    }
    let pad = (BLOCK - size % BLOCK) % BLOCK;
    out.write_all(&vec![0u8; pad as usize])
}

pub fn write_end(out: &mut impl Write) -> io::Result<()> {
    out.write_all(&[0u8; 2 * BLOCK as usize])
}

/// Reads the next entry's header: its name and size, or None at the end of the archive.
pub fn next_entry(input: &mut impl Read) -> io::Result<Option<(String, u64)>> {
    let mut h = [0u8; 512];
    input.read_exact(&mut h)?;
    if h.iter().all(|b| *b == 0) {
        return Ok(None);
    }
    let field = |r: std::ops::Range<usize>| {
        let f = &h[r];
        let end = f.iter().position(|b| *b == 0 || *b == b' ').unwrap_or(f.len());
        String::from_utf8_lossy(&f[..end]).trim().to_string()
    };
    let stored = u32::from_str_radix(&field(148..156), 8).map_err(|_| io::Error::other("tar: bad checksum field"))?;
    let mut sum = 0u32;
    for (i, b) in h.iter().enumerate() {
        sum += if (148..156).contains(&i) { u32::from(b' ') } else { u32::from(*b) };
    }
    if sum != stored {
        return Err(io::Error::other("tar: a header is damaged (checksum mismatch)"));
    }
    if h[156] != b'0' && h[156] != 0 {
        return Err(io::Error::other("tar: only regular files are expected in a Bivouac backup"));
    }
    let size = u64::from_str_radix(&field(124..136), 8).map_err(|_| io::Error::other("tar: bad size field"))?;
    Ok(Some((field(0..100), size)))
}

/// Skips the padding after an entry's data.
pub fn skip_pad(input: &mut impl Read, size: u64) -> io::Result<()> {
    let pad = (BLOCK - size % BLOCK) % BLOCK;
    io::copy(&mut input.take(pad), &mut io::sink())?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_round_trip() {
        let mut out = Vec::new();
        write_entry(&mut out, "bivouac.redb", 5, &mut &b"hello"[..]).unwrap();
        write_entry(&mut out, "files/ab/cd", 0, &mut &b""[..]).unwrap();
        write_end(&mut out).unwrap();
        assert_eq!(out.len() as u64, entry_len(5) + entry_len(0) + END_LEN);
        let mut r = &out[..];
        let (n, s) = next_entry(&mut r).unwrap().unwrap();
        assert_eq!((n.as_str(), s), ("bivouac.redb", 5));
        let mut data = vec![0; 5];
        r.read_exact(&mut data).unwrap();
        skip_pad(&mut r, 5).unwrap();
        assert_eq!(data, b"hello");
        assert_eq!(next_entry(&mut r).unwrap().unwrap(), ("files/ab/cd".to_string(), 0));
        assert!(next_entry(&mut r).unwrap().is_none());
        let mut bad = out.clone();
        bad[3] ^= 1;
        assert!(next_entry(&mut &bad[..]).is_err());
    }
}
