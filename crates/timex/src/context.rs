//! Sentence bounds and the tense cues that steer the news strategy.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

/// The tense a sentence is about, as far as cheap lexical cues can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    /// A future cue: will, 'll, going to, scheduled, plans to, expected to, next, upcoming, ...
    Future,
    /// A past cue and no future one: was, were, had, said, ago, a verb in -ed, ...
    Past,
    /// Neither.
    Unknown,
}

static FUTURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:will|won't|shall|going\s+to|set\s+to|(?:is|are)\s+being\s+set\s+up|scheduled|slated|plans?\s+to|planned|planning\s+to|expected\s+to|expects?\s+to|intends?\s+to|to\s+be\s+held|would|next|upcoming|coming)\b|'ll\b",
    )
    .expect("valid future-cue regex")
});

static PAST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:was|were|had|did|ago|last|yesterday|earlier)\b")
        .expect("valid past-cue regex")
});

/// A reporting verb right next to a weekday ("said Friday", "Friday announced") dates the
/// report, so the weekday is past even in a sentence that talks about the future.
static REPORTING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:said|says|announced|told|reported|added|confirmed|denied|declared|stated|warned|insisted|asked|urged|wrote|disclosed|released|signed|approved|rejected|voted|agreed|decided|met|opened|closed|fell|rose|gained|dropped|issued|ordered|called|launched|began|started|ended|held)$",
    )
    .expect("valid reporting-verb regex")
});

/// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "gov", "sen", "rep", "lt", "col", "capt",
    "sgt", "prof", "rev", "inc", "corp", "co", "ltd", "vs", "no", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu",
    "thur", "thurs", "fri", "sat", "sun", "a.m", "p.m", "u.s", "u.n", "u.k", "e.g", "i.e", "etc",
    "ft", "mt", "ave", "calif", "fla", "mass", "wash", "d.c",
];

/// Byte offsets where sentences start, found in one pass.
pub(crate) struct Sentences {
    starts: Vec<usize>,
    len: usize,
}

impl Sentences {
    /// Splits `text` at `.`, `!`, `?` followed by white space (unless the period closes a known
    /// abbreviation or a single letter) and at line breaks.
    pub(crate) fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b == b'\n' {
                starts.push(i + 1);
            } else if matches!(b, b'.' | b'!' | b'?') {
                let mut j = i + 1;
                while j < bytes.len() && matches!(bytes[j], b'"' | b'\'' | b')' | b'`') {
                    j += 1;
                }
                let spaced = j < bytes.len() && matches!(bytes[j], b' ' | b'\t');
                if spaced && (b != b'.' || !is_abbreviation(&text[..i])) {
                    starts.push(j + 1);
                }
            }
            i += 1;
        }
        Sentences {
            starts,
            len: text.len(),
        }
    }

    /// The sentence holding byte `pos`.
    pub(crate) fn around(&self, pos: usize) -> Range<usize> {
        let idx = self.starts.partition_point(|&s| s <= pos).saturating_sub(1);
        let start = self.starts.get(idx).copied().unwrap_or(0);
        let end = self.starts.get(idx + 1).copied().unwrap_or(self.len);
        start..end.max(start)
    }
}

fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .next()
        .unwrap_or("");
    let lower = word.to_ascii_lowercase();
    word.chars().count() == 1 || ABBREVIATIONS.contains(&lower.as_str())
}

/// The tense of `sentence`: any future cue wins, then any past cue.
pub(crate) fn tense(sentence: &str) -> Tense {
    if FUTURE.is_match(sentence) {
        Tense::Future
    } else if PAST.is_match(sentence) {
        Tense::Past
    } else {
        Tense::Unknown
    }
}

/// How many words either side of a weekday decide whether its clause is about the future.
const WINDOW_WORDS: usize = 6;

/// Whether the weekday at `span` within `text` sits in a future sentence and is not pinned
/// to the past by an adjacent reporting verb.
pub(crate) fn weekday_is_future(text: &str, sentence: Range<usize>, span: Range<usize>) -> bool {
    let before = text
        .get(sentence.start..span.start.max(sentence.start))
        .unwrap_or("");
    let after = text
        .get(span.end.min(sentence.end)..sentence.end)
        .unwrap_or("");
    let before: Vec<&str> = before.split_whitespace().collect();
    let after: Vec<&str> = after.split_whitespace().collect();
    // "until Tuesday" sets a deadline.
    if before
        .last()
        .is_some_and(|w| w.eq_ignore_ascii_case("until"))
    {
        return true;
    }
    // The clause around the weekday: a few words either side, not the whole sentence.
    let from = before.len().saturating_sub(WINDOW_WORDS);
    let to = after.len().min(WINDOW_WORDS);
    let clause = format!("{} {}", before[from..].join(" "), after[..to].join(" "));
    if tense(&clause) != Tense::Future {
        return false;
    }
    let near = before.iter().rev().take(2).chain(after.iter().take(2));
    let reported = near
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
        .any(|w| REPORTING.is_match(w));
    !reported
}

/// The word right before `pos` (lower-cased, without punctuation).
pub(crate) fn previous_word(text: &str, pos: usize) -> String {
    let before = text.get(..pos).unwrap_or("");
    before
        .trim_end()
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// The word right after `pos` (as written, without punctuation).
pub(crate) fn next_word(text: &str, pos: usize) -> &str {
    let after = text.get(pos..).unwrap_or("");
    after
        .trim_start()
        .split(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
}
