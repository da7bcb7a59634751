//! Composite keys: big-endian u64s concatenated, so byte order equals tuple order.

pub fn k1(a: u64) -> [u8; 8] {
    a.to_be_bytes()
}

pub fn k2(a: u64, b: u64) -> [u8; 16] {
    let mut k = [0u8; 16];
    k[..8].copy_from_slice(&a.to_be_bytes());
    k[8..].copy_from_slice(&b.to_be_bytes());
    k
}

pub fn k3(a: u64, b: u64, c: u64) -> [u8; 24] {
    let mut k = [0u8; 24];
    k[..8].copy_from_slice(&a.to_be_bytes());
    k[8..16].copy_from_slice(&b.to_be_bytes());
    k[16..].copy_from_slice(&c.to_be_bytes());
    k
}

/// The `i`-th u64 of a composite key (0 if the key is too short, which `check` reports).
pub fn part(key: &[u8], i: usize) -> u64 {
    key.get(i * 8..i * 8 + 8).and_then(|b| b.try_into().ok()).map(u64::from_be_bytes).unwrap_or(0)
}

/// A key made of `prefix` followed by arbitrary bytes.
pub fn with_prefix(prefix: u64, rest: &[u8]) -> Vec<u8> {
    let mut k = Vec::with_capacity(8 + rest.len());
    k.extend_from_slice(&prefix.to_be_bytes());
    k.extend_from_slice(rest);
    k
}

/// The inclusive key range of all keys starting with the u64 `prefix` followed by `n` more u64s.
pub fn prefix_range(prefix: u64, n: usize) -> (Vec<u8>, Vec<u8>) {
    let mut lo = prefix.to_be_bytes().to_vec();
    let mut hi = lo.clone();
    lo.extend(std::iter::repeat_n(0u8, n * 8));
    hi.extend(std::iter::repeat_n(0xffu8, n * 8));
    (lo, hi)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_order_is_tuple_order() {
        let mut pairs = vec![(2u64, 1u64), (1, u64::MAX), (1, 2), (0, 5), (u64::MAX, 0)];
        let mut keys: Vec<[u8; 16]> = pairs.iter().map(|(a, b)| k2(*a, *b)).collect();
        pairs.sort();
        keys.sort();
        let back: Vec<(u64, u64)> = keys.iter().map(|k| (part(k, 0), part(k, 1))).collect();
        assert_eq!(back, pairs);
    }
}
