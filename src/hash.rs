//! A fast hasher for the maps keyed by statement text (merchant names, order ids, place
//! mentions): the standard SipHash resists hash flooding, which a person's own statement does
//! not attempt, and cost about a tenth of the report's time on the benchmark (docs/benchmarks.md).
//! The mixing step is FxHash's (rustc's own hasher): rotate, xor a word, multiply.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` with [`FastHasher`].
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;
/// A `HashSet` with [`FastHasher`].
pub type FastSet<T> = HashSet<T, BuildHasherDefault<FastHasher>>;

/// FxHash: eight bytes per step; not for keys an attacker chooses.
#[derive(Debug, Default, Clone, Copy)]
pub struct FastHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FastHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word) ^ ((rest.len() as u64) << 59));
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::{BuildHasher, Hash};

    fn hash<T: Hash + ?Sized>(value: &T) -> u64 {
        BuildHasherDefault::<FastHasher>::default().hash_one(value)
    }

    #[test]
    fn equal_keys_hash_equal_and_near_keys_apart() {
        assert_eq!(hash("瑞幸咖啡"), hash(&"瑞幸咖啡".to_string()));
        let keys = ["", "a", "b", "ab", "ba", "12345678", "123456789", "瑞幸咖啡", "瑞幸咖啡 "];
        let mut hashes: Vec<u64> = keys.iter().map(hash).collect();
        hashes.sort_unstable();
        hashes.dedup();
        assert_eq!(hashes.len(), keys.len(), "no collisions among near keys");
        // Tuples of text and amount (refunds) too.
        assert_ne!(hash(&("2024001", 100i64)), hash(&("2024001", 101i64)));
    }

    #[test]
    fn a_map_keyed_by_text_finds_every_key() {
        let mut map: FastMap<String, usize> = FastMap::default();
        for i in 0..10_000 {
            map.insert(format!("商户{i}"), i);
        }
        assert!((0..10_000).all(|i| map.get(format!("商户{i}").as_str()) == Some(&i)));
    }
}
