//! Corpus-wide line counts for repetition-based boilerplate detection.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use crate::normalize::is_deleted;

/// How often each line occurs across documents, for repetition-based boilerplate detection.
///
/// Lines are compared after trimming, collapsing whitespace and lowercasing, and stored as
/// stable 64-bit hashes (FNV-1a), so counts collected in one run can be compared with another.
///
/// Memory is bounded: past [`LineCounts::LIMIT`] distinct lines, the lines seen in the fewest
/// documents are forgotten (lossy counting), so that page furniture repeated across the
/// corpus stays counted while the mass of lines seen once does not pile up. Below the limit
/// the counts are exact; the pruning depends only on the order of documents.
///
/// ```
/// use whosaid_clean::LineCounts;
/// let mut counts = LineCounts::default();
/// counts.observe("Sign up now\nSign up now\nReal text.");
/// counts.observe("  SIGN UP\u{a0}now ");
/// assert_eq!(counts.documents_with("sign up now"), 2);
/// assert_eq!(counts.documents_with("Real text."), 1);
/// ```
#[derive(Debug, Clone, Default)]
pub struct LineCounts {
    documents: HashMap<u64, u32, FnvBuild>,
}

impl LineCounts {
    /// Distinct lines kept before the rarest are forgotten: about 40 MB of counts.
    pub const LIMIT: usize = 2_000_000;

    /// Counts the distinct lines of one raw document.
    pub fn observe(&mut self, raw: &str) {
        let distinct: HashSet<u64, FnvBuild> = raw.split('\n').filter_map(line_key).collect();
        for key in distinct {
            let count = self.documents.entry(key).or_insert(0);
            *count = count.saturating_add(1);
        }
        if self.documents.len() > Self::LIMIT {
            self.prune(Self::LIMIT / 2);
        }
    }

    /// Forgets the lines seen in the fewest documents until at most `keep` remain.
    fn prune(&mut self, keep: usize) {
        let mut floor = 2;
        while self.documents.len() > keep {
            self.documents.retain(|_, n| *n >= floor);
            floor = floor.saturating_add(1);
        }
    }

    /// Number of documents containing `line` (after the same normalisation `observe` uses).
    pub fn documents_with(&self, line: &str) -> u32 {
        line_key(line).map_or(0, |key| self.documents_with_key(key))
    }

    /// Number of documents containing the line whose [`line_key`] is `key`.
    pub(crate) fn documents_with_key(&self, key: u64) -> u32 {
        self.documents.get(&key).copied().unwrap_or(0)
    }
}

/// The stable hash of a line's normalised form, or `None` for a blank line.
///
/// The form is the line's words, without deleted characters (see `is_deleted`), lowercased
/// character by character and joined by single spaces; the hash is FNV-1a over its UTF-8.
pub(crate) fn line_key(line: &str) -> Option<u64> {
    let mut hash = Fnv::default();
    let mut empty = true;
    let mut word_started = false;
    let mut feed = |bytes: &[u8], word_started: &mut bool| {
        if !*word_started && !empty {
            hash.feed(b" ");
        }
        *word_started = true;
        empty = false;
        hash.feed(bytes);
    };
    for c in line.chars() {
        if c.is_ascii() {
            // White space is ' ' and `\t` to `\r`; the other controls are deleted.
            let b = c as u8;
            if matches!(b, b' ' | b'\t'..=b'\r') {
                word_started = false;
            } else if !b.is_ascii_control() {
                feed(&[b.to_ascii_lowercase()], &mut word_started);
            }
        } else if c.is_whitespace() {
            word_started = false;
        } else if !is_deleted(c) {
            for lower in c.to_lowercase() {
                feed(lower.encode_utf8(&mut [0; 4]).as_bytes(), &mut word_started);
            }
        }
    }
    (!empty).then_some(hash.0)
}

/// A 64-bit FNV-1a hash, stable across runs and platforms; also a fast [`Hasher`] for the
/// small keys of the cleaner's maps.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fnv(u64);

/// Builds [`Fnv`] hashers for `HashMap`s.
pub(crate) type FnvBuild = BuildHasherDefault<Fnv>;

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn feed(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        self.feed(bytes);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The line key computed plainly, character by character: what [`line_key`] must give.
    fn line_key_plainly(line: &str) -> Option<u64> {
        let normal: Vec<String> = line
            .split_whitespace()
            .map(|w| {
                w.chars()
                    .filter(|&c| !is_deleted(c))
                    .flat_map(char::to_lowercase)
                    .collect::<String>()
            })
            .filter(|w| !w.is_empty())
            .collect();
        let mut hash = Fnv::default();
        hash.feed(normal.join(" ").as_bytes());
        (!normal.is_empty()).then_some(hash.0)
    }

    #[test]
    fn line_keys_agree_with_the_plain_definition() {
        for line in [
            "",
            "   ",
            "\u{1}\u{7f} \u{ad}",
            "Sign up NOW",
            "  SIGN\u{a0}up\tnow \u{200b}",
            "a \u{1}\u{2} b",
            "İstanbul ΣΟΦΙΑ Straße Ǆ ﬁ",
            "Mixed ascii and ÜNÎCÖDÉ\u{00ad}words",
            "\u{b}vertical\u{c}feed\rreturn\u{1c}group\u{1f} separators\u{85}",
            "  Words,  spaced\tout \n ",
        ] {
            assert_eq!(line_key(line), line_key_plainly(line), "{line:?}");
        }
        // The hash itself must not change: counts are compared across runs.
        assert_eq!(line_key("Sign up now"), Some(0x0dbb_e355_f27c_2fcd));
    }

    #[test]
    fn pruning_forgets_the_rarest_lines_first() {
        let mut counts = LineCounts::default();
        for i in 0..10 {
            counts.observe(&format!("Subscribe now\nline {i}"));
        }
        counts.observe("Subscribe now\nline 0");
        counts.prune(5);
        assert_eq!(counts.documents_with("Subscribe now"), 11);
        assert_eq!(counts.documents_with("line 0"), 2);
        assert_eq!(counts.documents_with("line 1"), 0);
        counts.prune(1);
        assert_eq!(counts.documents_with("Subscribe now"), 11);
        assert_eq!(counts.documents_with("line 0"), 0);
    }
}
