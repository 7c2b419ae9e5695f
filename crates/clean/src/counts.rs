//! Corpus-wide line counts for repetition-based boilerplate detection.

use std::collections::{HashMap, HashSet};

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
    documents: HashMap<u64, u32>,
}

impl LineCounts {
    /// Distinct lines kept before the rarest are forgotten: about 40 MB of counts.
    pub const LIMIT: usize = 2_000_000;

    /// Counts the distinct lines of one raw document.
    pub fn observe(&mut self, raw: &str) {
        let distinct: HashSet<u64> = raw.split('\n').filter_map(line_key).collect();
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
        line_key(line)
            .and_then(|key| self.documents.get(&key).copied())
            .unwrap_or(0)
    }
}

/// The stable hash of a line's normalised form, or `None` for a blank line.
pub(crate) fn line_key(line: &str) -> Option<u64> {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut hash = OFFSET;
    let mut feed = |bytes: &[u8]| {
        for &b in bytes {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(PRIME);
        }
    };
    let mut empty = true;
    for word in line.split_whitespace() {
        let mut word_started = false;
        for c in word
            .chars()
            .filter(|&c| !is_deleted(c))
            .flat_map(char::to_lowercase)
        {
            if !word_started && !empty {
                feed(b" ");
            }
            word_started = true;
            feed(c.encode_utf8(&mut [0; 4]).as_bytes());
        }
        empty &= !word_started;
    }
    (!empty).then_some(hash)
}

#[cfg(test)]
mod tests {
    use super::*;

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
