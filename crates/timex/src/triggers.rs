//! The trigger-word prefilter: where in a text each rule can match at all.
//!
//! Each rule lists words one of which every match of it contains ([`Words`]): a month name
//! for the date rules, a unit ("day", "year") for durations, "quarter" for quarters, a
//! digit for clock times. One Aho-Corasick pass finds every occurrence of every such word,
//! overlapping ones included. A rule whose words are absent is not run; otherwise it only
//! looks in windows around its words, as far as one of its matches can reach.
//!
//! How far a match can reach is read off the rule's regex: its bounded parts match at most
//! so many ASCII characters, and its unbounded repetitions (`\s+`, `\d+`, `(?:,\d{3})+`)
//! match only runs of their own characters, which cost nothing. A window reaches out from
//! the word either side until it has passed that many ASCII characters of other kinds
//! (non-ASCII characters cost nothing either, which can only widen it).
//!
//! Three things let a rule match without one of its words written in ASCII, and a text
//! holding any of them is searched whole: the long s and the Kelvin sign (which `(?i)`
//! folds to `s` and `k`) and digits beyond ASCII (which `\d` matches).

use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use regex_syntax::hir::{Class, Hir, HirKind};

/// The words one of which every match of a rule contains.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Words {
    /// Any of these, in any ASCII case (for rules under `(?i)`).
    AnyCase(&'static [&'static str]),
    /// Any of these, exactly as written (for case-sensitive rules: "May", "Friday").
    Exact(&'static [&'static str]),
    /// A digit.
    Digit,
}

/// The trigger words of a list of rules, compiled once.
pub(crate) struct Prefilter {
    /// Every trigger word, in ASCII lowercase.
    automaton: AhoCorasick,
    /// What each pattern of the automaton triggers.
    patterns: Vec<Pattern>,
    /// The rules triggered by a digit (bit `i` is rule `i`).
    digit_rules: u64,
    /// For each rule, how many ASCII characters its bounded parts can match.
    reach: Vec<usize>,
    /// ASCII characters that unbounded repetitions in some rule can match.
    free: [bool; 128],
}

/// The rules one trigger word triggers.
#[derive(Debug, Default)]
struct Pattern {
    /// Rules triggered whatever the case (bit `i` is rule `i`).
    any_case: u64,
    /// Rules triggered only by one spelling.
    exact: Vec<(&'static str, u64)>,
}

impl Prefilter {
    /// Compiles the trigger words of each rule, given with its regex, in rule order.
    /// At most 64 rules.
    ///
    /// Panics if a regex does not parse, which the rules' tests rule out.
    pub(crate) fn new<'a>(rules: impl IntoIterator<Item = (Words, &'a str)>) -> Prefilter {
        let mut words: Vec<String> = Vec::new();
        let mut patterns: Vec<Pattern> = Vec::new();
        let mut digit_rules = 0;
        let mut reach = Vec::new();
        let mut free = [false; 128];
        for (i, (triggers, src)) in rules.into_iter().enumerate() {
            assert!(i < 64, "at most 64 rules");
            let bit = 1u64 << i;
            let hir = regex_syntax::parse(src).expect("valid rule regex");
            reach.push(bounded_len(&hir, &mut free));
            let (list, exact) = match triggers {
                Words::Digit => {
                    digit_rules |= bit;
                    continue;
                }
                Words::AnyCase(list) => (list, false),
                Words::Exact(list) => (list, true),
            };
            for &word in list {
                let lower = word.to_ascii_lowercase();
                let k = match words.iter().position(|w| *w == lower) {
                    Some(k) => k,
                    None => {
                        words.push(lower);
                        patterns.push(Pattern::default());
                        patterns.len() - 1
                    }
                };
                if exact {
                    patterns[k].exact.push((word, bit));
                } else {
                    patterns[k].any_case |= bit;
                }
            }
        }
        let automaton = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&words)
            .expect("trigger words compile");
        Prefilter {
            automaton,
            patterns,
            digit_rules,
            reach,
            free,
        }
    }

    /// Where each rule may match in `text`: for each rule, disjoint byte ranges in
    /// increasing order around the occurrences of its trigger words, which hold every
    /// match of the rule; none when it cannot match.
    pub(crate) fn windows(&self, text: &str) -> Vec<Vec<Range<usize>>> {
        if !text.is_ascii() && text.chars().any(defeats_filter) {
            return vec![vec![0..text.len()]; self.reach.len()];
        }
        // Trigger occurrences as (start, end, rules), in order of start.
        let mut found: Vec<(usize, usize, u64)> = Vec::new();
        for m in self.automaton.find_overlapping_iter(text) {
            let pattern = &self.patterns[m.pattern().as_usize()];
            let mut rules = pattern.any_case;
            for &(spelling, bits) in &pattern.exact {
                if text.as_bytes()[m.range()] == *spelling.as_bytes() {
                    rules |= bits;
                }
            }
            if rules != 0 {
                found.push((m.start(), m.end(), rules));
            }
        }
        if self.digit_rules != 0 {
            // A run of digits is one occurrence: its window holds those of its digits.
            let bytes = text.as_bytes();
            let mut i = 0;
            while let Some(start) = bytes[i..]
                .iter()
                .position(u8::is_ascii_digit)
                .map(|k| i + k)
            {
                let len = bytes[start..]
                    .iter()
                    .take_while(|b| b.is_ascii_digit())
                    .count();
                found.push((start, start + len, self.digit_rules));
                i = start + len;
            }
        }
        found.sort_unstable_by_key(|&(start, end, _)| (start, end));

        // costs[i]: bytes up to `i` that a match pays for out of its reach. (Past 4 GB the
        // count stops growing, which only widens the windows.)
        let mut costs = Vec::with_capacity(text.len() + 1);
        let mut cost = 0u32;
        costs.push(cost);
        for &b in text.as_bytes() {
            cost = cost.saturating_add(u32::from(b.is_ascii() && !self.free[usize::from(b)]));
            costs.push(cost);
        }
        let mut windows = vec![Vec::new(); self.reach.len()];
        for &(start, end, rules) in &found {
            let mut rules = rules;
            while rules != 0 {
                let i = rules.trailing_zeros() as usize;
                rules &= rules - 1;
                let reach = u32::try_from(self.reach[i]).unwrap_or(u32::MAX);
                // The farthest a match holding this word can start and end. Starts only
                // grow along `found`, so the windows of a rule come in order.
                let floor = costs[start].saturating_sub(reach);
                let from = costs.partition_point(|&c| c < floor);
                let ceiling = costs[end].saturating_add(reach);
                let to = costs.partition_point(|&c| c <= ceiling) - 1;
                push_merged(&mut windows[i], from..to);
            }
        }
        windows
    }
}

/// Appends `range` to sorted disjoint `ranges` whose starts do not exceed its start,
/// merging it with the last one when they touch.
fn push_merged(ranges: &mut Vec<Range<usize>>, range: Range<usize>) {
    match ranges.last_mut() {
        Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
        _ => ranges.push(range),
    }
}

/// The most ASCII characters the bounded parts of `hir` can match; the ASCII characters
/// its unbounded repetitions can match are marked in `free`. Any match of `hir` then holds
/// at most that many ASCII characters that are not `free`.
fn bounded_len(hir: &Hir, free: &mut [bool; 128]) -> usize {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => 0,
        HirKind::Literal(literal) => literal.0.iter().filter(|b| b.is_ascii()).count(),
        HirKind::Class(Class::Unicode(class)) => {
            usize::from(class.iter().next().is_some_and(|r| r.start().is_ascii()))
        }
        HirKind::Class(Class::Bytes(class)) => {
            usize::from(class.iter().next().is_some_and(|r| r.start().is_ascii()))
        }
        HirKind::Capture(capture) => bounded_len(&capture.sub, free),
        HirKind::Concat(parts) => parts.iter().map(|h| bounded_len(h, free)).sum(),
        HirKind::Alternation(parts) => parts
            .iter()
            .map(|h| bounded_len(h, free))
            .max()
            .unwrap_or(0),
        HirKind::Repetition(repetition) => match repetition.max {
            Some(max) => bounded_len(&repetition.sub, free) * max as usize,
            None => {
                mark_ascii(&repetition.sub, free);
                0
            }
        },
    }
}

/// Marks in `free` every ASCII character that `hir` can match.
fn mark_ascii(hir: &Hir, free: &mut [bool; 128]) {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => {}
        HirKind::Literal(literal) => {
            for &b in literal.0.iter().filter(|b| b.is_ascii()) {
                free[usize::from(b)] = true;
            }
        }
        HirKind::Class(Class::Unicode(class)) => {
            for range in class.iter() {
                for c in u32::from(range.start())..=u32::from(range.end()).min(127) {
                    free[c as usize] = true;
                }
            }
        }
        HirKind::Class(Class::Bytes(class)) => {
            for range in class.iter() {
                for b in range.start()..=range.end().min(127) {
                    free[usize::from(b)] = true;
                }
            }
        }
        HirKind::Capture(capture) => mark_ascii(&capture.sub, free),
        HirKind::Repetition(repetition) => mark_ascii(&repetition.sub, free),
        HirKind::Concat(parts) | HirKind::Alternation(parts) => {
            for part in parts {
                mark_ascii(part, free);
            }
        }
    }
}

/// Whether `c` can stand in a rule's match for an ASCII trigger character: the long s and
/// the Kelvin sign are `s` and `k` under `(?i)`, and `\d` matches every decimal digit.
fn defeats_filter(c: char) -> bool {
    !c.is_ascii() && (c == '\u{17F}' || c == '\u{212A}' || c.is_numeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prefilter() -> Prefilter {
        Prefilter::new([
            (
                Words::AnyCase(&["day", "week"]),
                r"(?i)\b(?:a|\d+)\s+(?:days?|weeks?)\b",
            ),
            (Words::Exact(&["May"]), r"\bMay\s+\d{1,2}\b"),
            (Words::Digit, r"\b\d{1,2}\s*[ap]m\b"),
        ])
    }

    #[test]
    fn windows_reach_as_far_as_a_match_can() {
        let p = prefilter();
        // "a" + "weeks": at most 6 bytes that are not white space or digits, either side.
        assert_eq!(p.reach, [6, 5, 4]);
        let text = "In May they spent 3      WEEKS, said one, in may at 10 pm.";
        let week = text.find("WEEKS").unwrap();
        let windows = p.windows(text);
        // Six ASCII characters either side of "WEEK", not counting white space and digits,
        // which the regex's unbounded `\s+` and `\d+` can match without limit.
        assert_eq!(&text[windows[0][0].clone()], "y spent 3      WEEKS, said ");
        assert!(windows[0][0].contains(&week));
        // "May" is case-sensitive: "may" triggers nothing.
        assert_eq!(windows[1].len(), 1);
        assert_eq!(&text[windows[1][0].clone()], "In May they s");
        // Every digit is a trigger; windows that touch merge.
        assert_eq!(windows[2].len(), 2);
        assert_eq!(&text[windows[2][1].clone()], "ay at 10 pm.");
    }

    #[test]
    fn a_rule_without_its_words_gets_no_window() {
        let none: Vec<Vec<Range<usize>>> = vec![Vec::new(); 3];
        assert_eq!(prefilter().windows("Nothing here."), none);
    }

    #[test]
    fn characters_that_case_folding_or_digits_reach_open_the_whole_text() {
        let p = prefilter();
        for text in ["a dayſ", "a wee\u{212a}", "\u{663} pm"] {
            assert_eq!(p.windows(text), vec![vec![0..text.len()]; 3], "{text}");
        }
        // Other non-ASCII text is filtered as usual, and costs nothing.
        let text = "“ça” a day";
        assert_eq!(p.windows(text)[0], std::slice::from_ref(&(0..text.len())));
        assert!(p.windows(text)[1].is_empty());
    }
}
