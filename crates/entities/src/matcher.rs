//! The automaton over every name of a gazetteer, and the scan that feeds it.
//!
//! Architecture invariant: a document is scanned once. A start filter ([`Starts`]) picks
//! the few positions where a name can begin; only there does the automaton walk, anchored,
//! over ASCII-lower-cased bytes read on the fly (the text is never copied). Word boundaries
//! and case are checked on each match, never by a second pass over the text.
//!
//! The names are split by their first byte (lower-cased) into automata over about
//! [`PART_BYTES`] bytes of names each: an anchored walk only ever needs the names that start
//! with the byte it starts at, and the build's peak memory is then that of the largest piece
//! (under 10 MB with 150,000 names, against 55 MB for one automaton over all of them).

use std::ops::Range;

use crate::backend::{AhoCorasick, Backend, Prefix};
use crate::starts::Starts;
use crate::{EntityId, Gazetteer, Mention};

/// A compiled automaton over every name of a gazetteer.
///
/// Build it once per run and share it across threads by reference (`Matcher` is
/// `Send + Sync`). The type parameter picks the automaton (see [`crate::backend`]);
/// [`Matcher::new`] uses the default, [`AhoCorasick`].
///
/// Matching is case-insensitive for ASCII letters, then each match must fit the case of a
/// name (see [`Matcher::find`]). Demonyms are not matched: "Russian" is not a mention of
/// Russia.
#[derive(Debug, Clone)]
pub struct Matcher<B = AhoCorasick> {
    /// Automata over the ASCII-lower-cased names, each over those that start with some
    /// bytes.
    parts: Vec<Part<B>>,
    /// For each byte, the index in `parts` of the automaton over the names starting with it.
    part_of: [Option<u8>; 256],
    /// Where a name can start.
    starts: Starts,
    /// For each pattern (the distinct lower-cased names, sorted), its range in `names`.
    candidates: Vec<Range<u32>>,
    /// Names as written in the gazetteer, with their entity, grouped by pattern; within a
    /// pattern in entity order.
    names: Vec<(Box<str>, EntityId)>,
}

/// Pattern bytes after which the names of the next first byte go to another automaton.
const PART_BYTES: usize = 1 << 17;

/// The automaton over the patterns that start with some bytes.
#[derive(Debug, Clone)]
struct Part<B> {
    /// Its pattern `i` is the matcher's pattern `first_pattern + i`.
    automaton: B,
    first_pattern: u32,
}

/// The automaton could not be built, because the gazetteer is too large for it.
#[derive(Debug, thiserror::Error)]
#[error("cannot build the entity automaton: {0}")]
pub struct MatcherError(String);

impl Matcher {
    /// Compiles every name and alias of `gazetteer`.
    ///
    /// # Panics
    ///
    /// If the automaton exceeds the size limits of its back end (billions of states);
    /// [`Matcher::try_new`] returns an error instead.
    pub fn new(gazetteer: &Gazetteer) -> Matcher {
        match Matcher::try_new(gazetteer) {
            Ok(matcher) => matcher,
            Err(error) => panic!("{error}"),
        }
    }

    /// Compiles every name and alias of `gazetteer`, failing if the automaton grows beyond
    /// the limits of its back end.
    pub fn try_new(gazetteer: &Gazetteer) -> Result<Matcher, MatcherError> {
        Matcher::build(gazetteer)
    }
}

impl<B: Backend> Matcher<B> {
    /// Compiles every name and alias of `gazetteer` with the back end `B`:
    /// `Matcher::<backend::DoubleArray>::build(&gazetteer)`.
    pub fn build(gazetteer: &Gazetteer) -> Result<Matcher<B>, MatcherError> {
        let too_many = || MatcherError("more than 4 billion names".to_owned());
        // Every name, sorted by its lower-cased form: the names of one pattern come
        // together, and in entity order, since the sort is stable. No lower-cased copy of
        // all names is ever made.
        let mut all: Vec<(&str, EntityId)> = Vec::new();
        for (id, entity) in (0..).zip(gazetteer.entities()) {
            for name in std::iter::once(&entity.canonical).chain(&entity.aliases) {
                if !name.trim().is_empty() {
                    all.push((name, id));
                }
            }
        }
        all.sort_by(|(a, _), (b, _)| folded(a).cmp(folded(b)));
        let mut candidates = Vec::new();
        let mut names: Vec<(Box<str>, EntityId)> = Vec::with_capacity(all.len());
        for pattern in all.chunk_by(|(a, _), (b, _)| a.eq_ignore_ascii_case(b)) {
            let start = names.len();
            for &(name, id) in pattern {
                if !names[start..].iter().any(|(n, i)| **n == *name && *i == id) {
                    names.push((Box::from(name), id));
                }
            }
            let range = u32::try_from(start).map_err(|_| too_many())?
                ..u32::try_from(names.len()).map_err(|_| too_many())?;
            candidates.push(range);
        }
        drop(all);
        names.shrink_to_fit();
        // Automata over the patterns of whole first bytes, about PART_BYTES each, each built
        // from a lower-cased copy of its own patterns only.
        let first_byte = |range: &Range<u32>| folded(&names[range.start as usize].0).next();
        let mut parts = Vec::new();
        let mut part_of = [None; 256];
        let mut lowered = Vec::new();
        let mut ends = Vec::new();
        let mut start = 0;
        while start < candidates.len() {
            let index = u8::try_from(parts.len()).map_err(|_| too_many())?;
            lowered.clear();
            ends.clear();
            let mut end = start;
            while let Some(range) = candidates.get(end) {
                let byte = first_byte(range);
                let new_byte = end > start && byte != first_byte(&candidates[end - 1]);
                if new_byte && lowered.len() >= PART_BYTES {
                    break;
                }
                lowered.extend(folded(&names[range.start as usize].0));
                ends.push(lowered.len());
                if let Some(byte) = byte {
                    part_of[usize::from(byte)] = Some(index);
                }
                end += 1;
            }
            let patterns: Vec<&[u8]> = std::iter::once(0)
                .chain(ends.iter().copied())
                .zip(&ends)
                .map(|(start, &end)| &lowered[start..end])
                .collect();
            parts.push(Part {
                automaton: B::build(&patterns).map_err(MatcherError)?,
                first_pattern: u32::try_from(start).map_err(|_| too_many())?,
            });
            start = end;
        }
        let starts = Starts::new(names.iter().map(|(name, _)| &**name));
        Ok(Matcher {
            parts,
            part_of,
            starts,
            candidates,
            names,
        })
    }

    /// The automata, each over the names that start with some bytes, for their statistics.
    pub fn automata(&self) -> impl Iterator<Item = &B> {
        self.parts.iter().map(|part| &part.automaton)
    }

    /// Heap memory held by the matcher in bytes: the automata, the start tables and the
    /// names.
    pub fn heap_bytes(&self) -> usize {
        self.automata().map(B::heap_bytes).sum::<usize>()
            + self.parts.capacity() * std::mem::size_of::<Part<B>>()
            + self.starts.heap_bytes()
            + self.candidates.capacity() * std::mem::size_of::<Range<u32>>()
            + self.names.capacity() * std::mem::size_of::<(Box<str>, EntityId)>()
            + self.names.iter().map(|(n, _)| n.len()).sum::<usize>()
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
        let bytes = text.as_bytes();
        let candidates = self.starts.candidates(bytes);
        // At most one mention per candidate: the vector never grows by copying.
        let mut mentions = Vec::with_capacity(candidates.len());
        let mut found = Vec::new();
        let mut resume = 0;
        for at in candidates {
            if at < resume {
                continue;
            }
            let rest = bytes.get(at..).unwrap_or_default();
            let Some(part) = rest
                .first()
                .and_then(|b| self.part_of[usize::from(b.to_ascii_lowercase())])
                .and_then(|index| self.parts.get(usize::from(index)))
            else {
                continue;
            };
            found.clear();
            part.automaton
                .prefixes(rest.iter().map(u8::to_ascii_lowercase), &mut found);
            if let Some(mention) = self.accept(text, at, part.first_pattern, &found) {
                resume = mention.range.end;
                mentions.push(mention);
            }
        }
        mentions
    }

    /// The mention starting at `start`: the longest of the names `found` there (by a part
    /// whose first pattern is `first_pattern`) that is acceptable.
    fn accept(
        &self,
        text: &str,
        start: usize,
        first_pattern: u32,
        found: &[Prefix],
    ) -> Option<Mention> {
        found.iter().rev().find_map(|prefix| {
            let range = start..start + prefix.len as usize;
            let pattern = first_pattern as usize + prefix.pattern as usize;
            let entity = self.entity(text, range.clone(), pattern)?;
            Some(Mention { range, entity })
        })
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

/// The bytes of `name` with ASCII letters in lower case.
fn folded(name: &str) -> impl Iterator<Item = u8> + '_ {
    name.bytes().map(|b| b.to_ascii_lowercase())
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
    use super::{Matcher, case_fits, words};
    use crate::backend::{AhoCorasick, Backend, DoubleArray};
    use crate::{Gazetteer, Mention};

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

    /// The matcher as it was first written: one unanchored leftmost-longest search over an
    /// ASCII-lower-cased copy of the text, each match checked, a rejected one retried with
    /// shorter names at the same start. The scan with start tables must agree with it.
    pub(super) fn reference<B: Backend>(
        matcher: &Matcher<B>,
        ac: &aho_corasick::AhoCorasick,
        text: &str,
    ) -> Vec<Mention> {
        use aho_corasick::Input;
        let lower = text.to_ascii_lowercase();
        let haystack = lower.as_bytes();
        let mut mentions = Vec::new();
        let mut at = 0;
        'scan: while let Some(m) = ac.find(Input::new(haystack).range(at..)) {
            let (start, mut end, mut pattern) = (m.start(), m.end(), m.pattern().as_usize());
            loop {
                if let Some(entity) = matcher.entity(text, start..end, pattern) {
                    mentions.push(Mention {
                        range: start..end,
                        entity,
                    });
                    at = end;
                    continue 'scan;
                }
                let shorter = end
                    .checked_sub(1)
                    .and_then(|e| ac.find(Input::new(haystack).range(start..e)))
                    .filter(|m| m.start() == start);
                match shorter {
                    Some(m) => (end, pattern) = (m.end(), m.pattern().as_usize()),
                    None => break,
                }
            }
            at = start + text[start..].chars().next().map_or(1, char::len_utf8);
        }
        mentions
    }

    /// The automaton of [`reference`].
    pub(super) fn reference_automaton<B: Backend>(
        matcher: &Matcher<B>,
    ) -> aho_corasick::AhoCorasick {
        let patterns: Vec<String> = matcher
            .candidates
            .iter()
            .map(|r| matcher.names[r.start as usize].0.to_ascii_lowercase())
            .collect();
        aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(&patterns)
            .unwrap()
    }

    /// Checks both back ends against [`reference`] on `text` and on every suffix of its
    /// first `cuts` characters.
    fn agree(gazetteer: &Gazetteer, text: &str, cuts: usize) -> usize {
        let double_array = Matcher::<DoubleArray>::build(gazetteer).unwrap();
        let aho_corasick = Matcher::<AhoCorasick>::build(gazetteer).unwrap();
        let ac = reference_automaton(&double_array);
        for (cut, _) in text.char_indices().take(cuts.max(1)) {
            let text = &text[cut..];
            let expected = reference(&double_array, &ac, text);
            assert_eq!(double_array.find(text), expected, "{text}");
            assert_eq!(aho_corasick.find(text), expected, "{text}");
        }
        double_array.find(text).len()
    }

    #[test]
    fn start_tables_agree_with_a_plain_leftmost_longest_scan() {
        let csv = "canonical,kind,aliases,extra\n\
                   's-Hertogenbosch,city,Den Bosch,cc=NL\n\
                   ‘Ajmān,city,Ajman,cc=AE\n\
                   eBay,org,,\n\
                   les Escaldes,city,Escaldes,cc=AD\n\
                   X,org,,\n\
                   Åland,region,,cc=AX\n\
                   10 Downing Street,org,Number 10,cc=GB\n\
                   Us,city,,cc=XX\n";
        let mut gazetteer = Gazetteer::embedded();
        gazetteer.merge(Gazetteer::from_csv(csv.as_bytes(), "test.csv").unwrap());
        let text = "Trump's-Hertogenbosch, ‘Ajmān and x‘Ajmān; EBAY, ebay, Ebay; LES ESCALDES, \
                    les Escaldes, Les Escaldes; X, x, X1, ÅLAND, Åland, åland, xÅland; \
                    10 Downing Street, 210 Downing Street, Number 10. PUTIN's Kyiv Oblasts \
                    The New York Times Georgia U.S. US Us us; ÉTrump, Trumpé \u{301}Putin X; \
                    the white house, tHe White House, THE WHITE HOUSE, the White House; \
                    de La Madrid, de la madrid, DE LA MADRID; 10 DOWNING STREET, 10 downing \
                    street; al-qaeda, al-Qaeda, AL-QAEDA, xal-Qaeda, ebay, eBAY";
        assert_eq!(agree(&gazetteer, text, usize::MAX), 34);
    }

    /// With `../shared` present: the large gazetteers over real news.
    #[test]
    fn start_tables_agree_on_shared_news() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared");
        let Ok(news) = std::fs::read_to_string(format!("{root}/corpora/bbc_news_2004_2005.jsonl"))
        else {
            eprintln!("note: ../shared absent; skipping the comparison on real news");
            return;
        };
        let mut gazetteer = Gazetteer::embedded();
        for name in ["gazetteer_country", "gazetteer_person", "gazetteer_place"] {
            let path = format!("{root}/gazetteers/{name}.csv");
            let file = std::fs::File::open(&path).unwrap();
            gazetteer.merge(Gazetteer::from_csv(std::io::BufReader::new(file), &path).unwrap());
        }
        let end = news
            .char_indices()
            .nth(400_000)
            .map_or(news.len(), |(i, _)| i);
        let mentions = agree(&gazetteer, &news[..end], 1);
        assert!(mentions > 2_000, "{mentions} mentions");
    }
}
