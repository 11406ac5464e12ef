//! Statement text that repeats from row to row (statuses, payment methods, provider categories,
//! merchants, the account) held once per file and shared by the rows that carry it, instead of
//! one allocation per row and field: allocating and freeing the rows' strings was a quarter of
//! the parsing time and most of its memory (docs/benchmarks.md).

use rustc_hash::FxHashSet;
use std::sync::Arc;

/// Text shared between rows; reads as a `str`.
pub type Shared = Arc<str>;

/// Beyond this many distinct texts a file's field is taken to be unique per row (a bank's
/// free-text payee): new texts are then still shared out, but no longer remembered.
const MAX_DISTINCT: usize = 1 << 14;

/// The empty text, one allocation for the whole program.
pub fn empty() -> Shared {
    static EMPTY: std::sync::OnceLock<Shared> = std::sync::OnceLock::new();
    Arc::clone(EMPTY.get_or_init(|| Arc::from("")))
}

/// Hands out one [`Shared`] per distinct text.
#[derive(Debug, Default)]
pub struct Interner {
    seen: FxHashSet<Shared>,
}

impl Interner {
    /// The shared copy of `text`, made on first sight.
    pub fn get(&mut self, text: &str) -> Shared {
        if text.is_empty() {
            return empty();
        }
        if let Some(shared) = self.seen.get(text) {
            return Arc::clone(shared);
        }
        let shared: Shared = Arc::from(text);
        if self.seen.len() < MAX_DISTINCT {
            self.seen.insert(Arc::clone(&shared));
        }
        shared
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_text_is_one_allocation_and_a_full_interner_still_answers() {
        let mut names = Interner::default();
        let a = names.get("交易成功");
        let b = names.get(&String::from("交易成功"));
        assert!(Arc::ptr_eq(&a, &b));
        assert!(!Arc::ptr_eq(&a, &names.get("退款成功")));
        assert!(Arc::ptr_eq(&names.get(""), &empty()));
        for i in 0..MAX_DISTINCT + 10 {
            assert_eq!(&*names.get(&i.to_string()), i.to_string());
        }
        assert_eq!(names.seen.len(), MAX_DISTINCT);
        let late = (MAX_DISTINCT + 5).to_string();
        assert!(!Arc::ptr_eq(&names.get(&late), &names.get(&late)), "not remembered");
        assert!(Arc::ptr_eq(&names.get("1"), &names.get("1")), "still shared");
    }
}
