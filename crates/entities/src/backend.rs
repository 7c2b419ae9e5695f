//! The automata a [`Matcher`](crate::Matcher) can run on: a small trait and two back ends.
//!
//! The matcher does not scan the text with an automaton. It picks the positions where a name
//! can start (word starts whose first two bytes begin some name) and asks the back end which
//! names are prefixes of the text there: an anchored walk down the trie of names, fed with
//! ASCII-lower-cased bytes. So case folding costs no copy of the text, and no byte is fed to
//! an automaton outside a candidate.
//!
//! - [`AhoCorasick`] (the default): the contiguous NFA of the `aho-corasick` crate;
//! - [`DoubleArray`]: `daachorse`'s double-array Aho-Corasick automaton.
//!
//! With the start filter in front, the two walk about as fast. Measured with
//! `benches/matching.rs` (4.2 MB of news, 154,000 names, release build, one core of a shared
//! two-core machine), with the names split by first byte into automata of about 128 KB of
//! names each (see the matcher):
//!
//! | back end | matching | build | peak RSS growth | automata | matcher |
//! |---|---|---|---|---|---|
//! | [`AhoCorasick`] | 179 MiB/s | 0.45 s | 15 MB | 11.1 MB | 19.0 MB |
//! | [`DoubleArray`] | 191 MiB/s | 0.20 s | 31 MB | 14.4 MB | 22.3 MB |
//!
//! Run against each other in one process, the two match within a few per cent of each
//! other with 154,000 names, and the NFA is a little faster with the 5,400 embedded names,
//! which is why it stays the default. Before the split, one automaton over all the names
//! peaked at 80 MB (NFA) and 130 MB (double array) while it was built.

use std::fmt;

use aho_corasick::automaton::Automaton as _;
use aho_corasick::nfa::contiguous;
use aho_corasick::{Anchored, MatchKind};

/// A name found by a walk: its length in bytes and its pattern number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Prefix {
    /// Length of the matched pattern in bytes.
    pub len: u32,
    /// Index of the pattern in the slice given to [`Backend::build`].
    pub pattern: u32,
}

/// An automaton over a set of byte strings that finds which of them start a haystack.
///
/// Implementations must be exact: [`Backend::prefixes`] reports every pattern equal to a
/// prefix of the haystack and nothing else.
pub trait Backend: Sized + Send + Sync {
    /// Compiles `patterns`, distinct and non-empty; pattern `i` is reported as `i`.
    fn build(patterns: &[&[u8]]) -> Result<Self, String>;

    /// Pushes onto `found` every pattern that is a prefix of `haystack`, shortest first.
    ///
    /// The walk stops at the first byte no pattern continues with, so its cost is the length
    /// of the longest pattern prefix at this position, not the length of `haystack`.
    fn prefixes(&self, haystack: impl Iterator<Item = u8>, found: &mut Vec<Prefix>);

    /// Heap memory held by the automaton, in bytes.
    fn heap_bytes(&self) -> usize;
}

/// The double-array Aho-Corasick automaton of `daachorse` (bytewise).
///
/// Walks use its overlapping stepper and the cached depth of each state: a walk is still
/// anchored while the depth equals the number of bytes consumed.
#[derive(Clone)]
pub struct DoubleArray {
    automaton: daachorse::DoubleArrayAhoCorasick<u32>,
}

impl fmt::Debug for DoubleArray {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DoubleArray")
            .field("states", &self.automaton.num_states())
            .field("heap_bytes", &self.automaton.heap_bytes())
            .finish()
    }
}

impl Backend for DoubleArray {
    fn build(patterns: &[&[u8]]) -> Result<Self, String> {
        let with_values = (0..).zip(patterns).map(|(i, p)| (p, i));
        let mut automaton = daachorse::DoubleArrayAhoCorasickBuilder::new()
            .match_kind(daachorse::MatchKind::Standard)
            .build_with_values(with_values)
            .map_err(|e| e.to_string())?;
        automaton.cache_depths().map_err(|e| e.to_string())?;
        Ok(DoubleArray { automaton })
    }

    #[inline]
    fn prefixes(&self, haystack: impl Iterator<Item = u8>, found: &mut Vec<Prefix>) {
        let mut stepper = self.automaton.find_overlapping_stepper();
        let mut depth = 0;
        for byte in haystack {
            stepper.consume(byte);
            depth += 1;
            // A shallower state means the stepper took a failure transition: no pattern
            // starting at the walk's start continues with this byte.
            if stepper.depth() != Some(depth) {
                break;
            }
            // The first output of a state is its own pattern when it has one; the others
            // are proper suffixes, which start later.
            if let Some(m) = stepper.matches().next() {
                if m.end() - m.start() == depth as usize {
                    found.push(Prefix {
                        len: depth,
                        pattern: m.value(),
                    });
                }
            }
        }
    }

    fn heap_bytes(&self) -> usize {
        self.automaton.heap_bytes()
    }
}

/// The contiguous NFA of the `aho-corasick` crate, walked with anchored transitions.
#[derive(Debug, Clone)]
pub struct AhoCorasick {
    nfa: contiguous::NFA,
}

impl Backend for AhoCorasick {
    fn build(patterns: &[&[u8]]) -> Result<Self, String> {
        let nfa = contiguous::NFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .prefilter(false)
            .build(patterns)
            .map_err(|e| e.to_string())?;
        Ok(AhoCorasick { nfa })
    }

    #[inline]
    fn prefixes(&self, haystack: impl Iterator<Item = u8>, found: &mut Vec<Prefix>) {
        let Ok(mut state) = self.nfa.start_state(Anchored::Yes) else {
            return;
        };
        let mut depth = 0;
        for byte in haystack {
            state = self.nfa.next_state(Anchored::Yes, state, byte);
            depth += 1;
            if self.nfa.is_dead(state) {
                break;
            }
            if self.nfa.is_match(state) {
                // A state that is not a match of its own may carry the matches of its
                // failure state, which are proper suffixes: keep only the full-length one.
                let pattern = self.nfa.match_pattern(state, 0);
                if self.nfa.pattern_len(pattern) == depth as usize {
                    found.push(Prefix {
                        len: depth,
                        pattern: pattern.as_u32(),
                    });
                }
            }
        }
    }

    fn heap_bytes(&self) -> usize {
        self.nfa.memory_usage()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prefixes<B: Backend>(patterns: &[&str], haystack: &str) -> Vec<(u32, u32)> {
        let patterns: Vec<&[u8]> = patterns.iter().map(|p| p.as_bytes()).collect();
        let backend = B::build(&patterns).unwrap();
        let mut found = Vec::new();
        backend.prefixes(haystack.bytes(), &mut found);
        found.into_iter().map(|p| (p.len, p.pattern)).collect()
    }

    /// Suffixes of the walked text ("b" in "ab…") and later occurrences are not prefixes.
    #[test]
    fn both_back_ends_report_exactly_the_prefixes() {
        let patterns = ["abcd", "b", "ab", "bc", "abcx", "a"];
        for haystack in ["abcdef", "abc", "bcd", "xab", ""] {
            let expected = prefixes::<AhoCorasick>(&patterns, haystack);
            assert_eq!(prefixes::<DoubleArray>(&patterns, haystack), expected);
        }
        assert_eq!(
            prefixes::<DoubleArray>(&patterns, "abcdef"),
            [(1, 5), (2, 2), (4, 0)]
        );
        assert_eq!(prefixes::<DoubleArray>(&patterns, "bcd"), [(1, 1), (2, 3)]);
        assert!(prefixes::<DoubleArray>(&patterns, "xab").is_empty());
    }
}
