//! The automaton over every name of a gazetteer.
//!
//! Architecture invariant: a document is scanned once by one automaton; word boundaries and
//! case are checked on each match, never by a second pass over the text.

use std::collections::HashMap;
use std::ops::Range;

use aho_corasick::{AhoCorasick, Input, MatchKind};

use crate::{EntityId, Gazetteer, Mention};

/// A compiled automaton over every name of a gazetteer.
///
/// Build it once per run and share it across threads by reference (`Matcher` is
/// `Send + Sync`).
///
/// Matching is case-insensitive for ASCII letters, then each match must fit the case of a
/// name (see [`Matcher::find`]). Demonyms are not matched: "Russian" is not a mention of
/// Russia.
#[derive(Debug, Clone)]
pub struct Matcher {
    /// Over the ASCII-lower-cased names; pattern `i` stands for `candidates[i]`.
    automaton: AhoCorasick,
    /// For each pattern, its range in `names`.
    candidates: Vec<Range<u32>>,
    /// Names as written in the gazetteer, with their entity, in entity order.
    names: Vec<(Box<str>, EntityId)>,
}

/// The automaton could not be built, because the gazetteer is too large for it.
#[derive(Debug, thiserror::Error)]
#[error("cannot build the entity automaton: {0}")]
pub struct MatcherError(#[from] aho_corasick::BuildError);

impl Matcher {
    /// Compiles every name and alias of `gazetteer`.
    ///
    /// # Panics
    ///
    /// If the automaton exceeds the size limits of `aho-corasick` (billions of states);
    /// [`Matcher::try_new`] returns an error instead.
    pub fn new(gazetteer: &Gazetteer) -> Matcher {
        match Matcher::try_new(gazetteer) {
            Ok(matcher) => matcher,
            Err(error) => panic!("{error}"),
        }
    }

    /// Compiles every name and alias of `gazetteer`, failing if the automaton grows beyond
    /// the limits of `aho-corasick`.
    pub fn try_new(gazetteer: &Gazetteer) -> Result<Matcher, MatcherError> {
        let mut pattern_of: HashMap<String, usize> = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut per_pattern: Vec<Vec<(&str, EntityId)>> = Vec::new();
        for (id, entity) in (0..).zip(gazetteer.entities()) {
            for name in std::iter::once(&entity.canonical).chain(&entity.aliases) {
                let name = name.as_str();
                if name.trim().is_empty() {
                    continue;
                }
                let lower = name.to_ascii_lowercase();
                let index = *pattern_of.entry(lower).or_insert_with_key(|lower| {
                    patterns.push(lower.clone());
                    per_pattern.push(Vec::new());
                    patterns.len() - 1
                });
                let candidates = &mut per_pattern[index];
                if !candidates.contains(&(name, id)) {
                    candidates.push((name, id));
                }
            }
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)?;
        let mut candidates = Vec::with_capacity(per_pattern.len());
        let mut names = Vec::new();
        for list in per_pattern {
            let start = u32::try_from(names.len()).unwrap_or(u32::MAX);
            names.extend(list.into_iter().map(|(name, id)| (Box::from(name), id)));
            let end = u32::try_from(names.len()).unwrap_or(u32::MAX);
            candidates.push(start..end);
        }
        Ok(Matcher {
            automaton,
            candidates,
            names,
        })
    }

    /// All leftmost-longest whole-word matches in `text`, in order.
    ///
    /// A match is accepted when:
    ///
    /// - it is a whole word: the characters around it are not letters or digits (so
    ///   "Trump's" and "Trump’s" name Trump, "Trumpism" and "Kievan" name nobody);
    /// - its case fits a name: it is written exactly like the name, or it is all upper case
    ///   ("PUTIN SAYS"), or its words start like the name's: the first word with the same
    ///   case, later words upper case where the name's are ("may" is not May, "turkey" is not
    ///   Turkey, while "Charles De Gaulle" is Charles de Gaulle). A name word in capitals
    ///   ("WHO") needs capitals in the text ("Who" is not the WHO).
    ///
    /// When the longest match at a position is rejected, shorter names starting there are
    /// tried ("Kyiv Oblasts" still names Kyiv). When several entities share the name, the
    /// first defined among those written exactly like the text wins, else the first defined
    /// whose case fits: "Georgia" is the country if countries come first. Telling them
    /// apart by context is left to later stages.
    pub fn find(&self, text: &str) -> Vec<Mention> {
        let lower = text.to_ascii_lowercase();
        let haystack = lower.as_bytes();
        let mut mentions = Vec::new();
        let mut at = 0;
        while at < haystack.len() {
            let Some(m) = self.automaton.find(Input::new(haystack).range(at..)) else {
                break;
            };
            match self.accept(text, haystack, m.start(), m.end(), m.pattern().as_usize()) {
                Some(mention) => {
                    at = mention.range.end;
                    mentions.push(mention);
                }
                None => at = next_char(text, m.start()),
            }
        }
        mentions
    }

    /// The mention starting at `start`: the match up to `end` if it is acceptable, else the
    /// longest shorter one that is.
    fn accept(
        &self,
        text: &str,
        haystack: &[u8],
        start: usize,
        mut end: usize,
        mut pattern: usize,
    ) -> Option<Mention> {
        loop {
            if let Some(entity) = self.entity(text, start..end, pattern) {
                return Some(Mention {
                    range: start..end,
                    entity,
                });
            }
            // Any match starting at `start` is the leftmost one of the shorter range, so an
            // unanchored search finds it; the automaton needs no anchored start state.
            let m = self
                .automaton
                .find(Input::new(haystack).range(start..end.checked_sub(1)?))
                .filter(|m| m.start() == start)?;
            (end, pattern) = (m.end(), m.pattern().as_usize());
        }
    }

    /// The entity named by `text[range]`, a match of `pattern`, if it is a whole word and
    /// its case fits.
    fn entity(&self, text: &str, range: Range<usize>, pattern: usize) -> Option<EntityId> {
        let surface = text.get(range.clone())?;
        let before = text.get(..range.start)?.chars().next_back();
        let after = text.get(range.end..)?.chars().next();
        let joined = |outside: Option<char>, edge: Option<char>| {
            outside.is_some_and(char::is_alphanumeric) && edge.is_some_and(char::is_alphanumeric)
        };
        if joined(before, surface.chars().next()) || joined(after, surface.chars().next_back()) {
            return None;
        }
        let candidates = self.candidates.get(pattern)?;
        let candidates = self
            .names
            .get(candidates.start as usize..candidates.end as usize)?;
        candidates
            .iter()
            .find(|(name, _)| **name == *surface)
            .or_else(|| candidates.iter().find(|(name, _)| case_fits(surface, name)))
            .map(|&(_, id)| id)
    }
}

/// The byte offset of the character after the one at `at`.
fn next_char(text: &str, at: usize) -> usize {
    at + text
        .get(at..)
        .and_then(|rest| rest.chars().next())
        .map_or(1, char::len_utf8)
}

/// Whether `surface`, equal to `name` up to ASCII case, is written in a way that can stand
/// for the name (see [`Matcher::find`]).
fn case_fits(surface: &str, name: &str) -> bool {
    let has_upper = surface.chars().any(char::is_uppercase);
    if has_upper && !surface.chars().any(char::is_lowercase) {
        return true;
    }
    // ASCII lower-casing keeps byte offsets, so the words are at the same offsets in both.
    for (i, range) in words(name).enumerate() {
        let (Some(surface_word), Some(name_word)) = (surface.get(range.clone()), name.get(range))
        else {
            return false;
        };
        if surface_word == name_word {
            continue;
        }
        let is_acronym =
            name_word.chars().count() > 1 && !name_word.chars().any(char::is_lowercase);
        if is_acronym {
            return false;
        }
        let (Some(s), Some(n)) = (surface_word.chars().next(), name_word.chars().next()) else {
            return false;
        };
        if n.is_uppercase() && !s.is_uppercase() {
            return false;
        }
        if i == 0 && s.is_uppercase() && !n.is_uppercase() {
            return false;
        }
    }
    true
}

/// Byte ranges of the words (runs of letters and digits) of `s`.
fn words(s: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut chars = s.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = chars.find(|(_, c)| c.is_alphanumeric())?;
        let mut end = s.len();
        while let Some(&(i, c)) = chars.peek() {
            if !c.is_alphanumeric() {
                end = i;
                break;
            }
            chars.next();
        }
        Some(start..end)
    })
}

#[cfg(test)]
mod tests {
    use super::{case_fits, words};

    #[test]
    fn words_are_runs_of_letters_and_digits() {
        let w: Vec<_> = words("J.D. Vance-Smith").collect();
        assert_eq!(w, [0..1, 2..3, 5..10, 11..16]);
        assert_eq!(words("").count(), 0);
    }

    #[test]
    fn case_guard() {
        assert!(case_fits("PUTIN", "Putin"));
        assert!(case_fits("Charles De Gaulle", "Charles de Gaulle"));
        assert!(!case_fits("may", "May"));
        assert!(!case_fits("Who", "WHO"));
        assert!(!case_fits("Les Escaldes", "les Escaldes"));
        assert!(case_fits("Mcdonald", "McDonald"));
    }

    #[test]
    fn matcher_is_send_and_sync() {
        fn shared<T: Send + Sync>() {}
        shared::<super::Matcher>();
    }
}
