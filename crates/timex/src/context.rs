//! Sentence bounds and the tense cues that steer the news strategy.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

/// The tense a sentence is about, as far as cheap lexical cues can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    /// A future cue: will, 'll, going to, scheduled, plans to, expected to, next, upcoming, ...
    Future,
    /// A past cue and no future one: was, were, had, ago, last, an irregular past form
    /// (took, bought, fell, ...). "said" is no cue: a past report often frames a future.
    Past,
    /// Neither.
    Unknown,
}

static FUTURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:will|won't|shall|going\s+to|set\s+to|(?:is|are)\s+being\s+set\s+up|scheduled|slated|plans?\s+to|planned\s+(?:to|for)|planning\s+to|expected\s+to|expects?\s+to|intends?\s+to|to\s+be\s+held|(?:is|are)\s+(?:due\s+)?to\s+(?:be\s+)?[a-z]+|likely\s+to|would|next|upcoming|coming)\b|'ll\b",
    )
    .expect("valid future-cue regex")
});

static PAST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:was|were|had|did|ago|last|yesterday|earlier|took|began|bought|brought|came|went|got|made|fell|rose|won|lost|met|paid|sold|held|became|gave|saw|kept|spent|struck|thought|felt|knew|ran|led)\b",
    )
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

/// A plan or a future auxiliary, which looks ahead from farther away than the weak cues
/// ("would", "next").
static FIRM_PLAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:will|shall|going\s+to|plans?\s+to|planning\s+to|scheduled\s+to|expected\s+to)\b|'ll\b")
        .expect("valid plan regex")
});

/// Present-tense verbs of scheduled events, in forms that are rarely nouns ("votes
/// Tuesday", not "the vote on Tuesday").
static SCHEDULED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:meets?|begins|starts|opens|resumes|holds|votes|visits|travels|leaves|arrives|returns|faces|hosts|heads|plays|convenes|reconvenes|testifies|goes)$")
        .expect("valid scheduled-verb regex")
});

/// A deadline right before a weekday, possibly with a clock time between: "until",
/// "as soon as", "as early as", "no later than" ("until 9 a.m. EST Tuesday").
static DEADLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:until|till|as\s+(?:soon|early)\s+as|no\s+later\s+than)\s+(?:[^\s,;.]+\s+){0,3}?(?:(?:\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\.?|noon|midnight)(?:\s+(?-i:[A-Z]{2,4}))?\s+)?(?:on\s+)?$",
    )
    .expect("valid deadline regex")
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
                // Closing quotes and brackets, straight or curly, stay with the sentence.
                let mut j = i + 1;
                while let Some(close) = text
                    .get(j..)
                    .and_then(|rest| rest.chars().next())
                    .filter(|c| matches!(c, '"' | '\'' | ')' | '`' | '”' | '’' | '»'))
                {
                    j += close.len_utf8();
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
    // No abbreviation is longer than five bytes (a test checks): most words need no closer
    // look.
    word.len() <= 5
        && (word.chars().count() == 1
            || ABBREVIATIONS.contains(&word.to_ascii_lowercase().as_str()))
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

/// What makes a month or a day without a year look ahead even without a future tense: a
/// modal ("could win in November") or a scheduled event ("the convention in July", "the
/// June referendum").
static LOOKS_AHEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:(?:can|could|(?-i:may)|might|must|should)\s+(?:not\s+)?(?:have\b)?|elections?|convention|primary|primaries|referendum|caucus(?:es)?|summit|deadline)\b",
    )
    .expect("valid looks-ahead regex")
});

/// Whether `text` names a modal or a scheduled event, which look ahead.
pub(crate) fn looks_ahead(text: &str) -> bool {
    LOOKS_AHEAD
        .find_iter(text)
        .any(|m| !m.as_str().to_ascii_lowercase().ends_with("have"))
}

/// Whether `text` holds a firm future cue: "will", "plans to", "scheduled to", ...
pub(crate) fn firm_future(text: &str) -> bool {
    FIRM_PLAN.is_match(text)
}

/// How many words either side of a weekday decide whether its clause is about the future.
const WINDOW_WORDS: usize = 6;

/// Whether the weekday at `span` within `text` lies ahead: its clause has a future cue, a
/// firm plan a little farther back, a scheduled event in the present ("votes Tuesday") or
/// a deadline ("until", "as soon as") and no past cue, and no reporting verb pins it to the
/// past ("said Friday").
pub(crate) fn weekday_is_future(text: &str, sentence: Range<usize>, span: Range<usize>) -> bool {
    let before = text
        .get(sentence.start..span.start.max(sentence.start))
        .unwrap_or("");
    let after = text
        .get(span.end.min(sentence.end)..sentence.end)
        .unwrap_or("");
    let deadline = DEADLINE.is_match(before);
    let before = phrases(before);
    let after = phrases(after);
    // The clause around the weekday: a few words either side, not the whole sentence.
    let from = before.len().saturating_sub(WINDOW_WORDS);
    // A weekday opening the sentence ("On Tuesday, the league plans to ...") dates its
    // main clause, which can run longer.
    let opening = before.len() <= 1;
    let to = after.len().min(if opening {
        2 * WINDOW_WORDS
    } else {
        WINDOW_WORDS
    });
    let clause = format!("{} {}", before[from..].join(" "), after[..to].join(" "));
    let mut tense = tense(&clause);
    // A firm plan a little farther back in the same clause still counts, unless a past
    // cue is nearer: "were planning to drive around the airport on Monday".
    if tense == Tense::Unknown {
        let wide = before.len().saturating_sub(2 * WINDOW_WORDS);
        let reach = before[wide..]
            .iter()
            .rposition(|w| w.ends_with([',', ';', ':']))
            .map_or(wide, |i| wide + i + 1);
        if FIRM_PLAN.is_match(&before[reach..].join(" ")) {
            tense = Tense::Future;
        }
    }
    // News writes scheduled events in the present: "the Senate votes Tuesday", "they meet
    // separately Monday".
    let mut lead = before.iter().rev().filter(|w| {
        !w.eq_ignore_ascii_case("on")
            && !matches!(
                w.to_ascii_lowercase().as_str(),
                "again" | "separately" | "together" | "here" | "there"
            )
    });
    let verb = lead.next();
    // "43 votes on Wednesday", "the visits on Monday": a noun, not a verb.
    let noun = lead.next().is_some_and(|w| {
        w.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                w.to_ascii_lowercase().as_str(),
                "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "two" | "three"
            )
    });
    let scheduled = !noun
        && verb.is_some_and(|w| SCHEDULED.is_match(w.trim_matches(|c: char| !c.is_alphabetic())));
    if scheduled && tense != Tense::Past {
        tense = Tense::Future;
    }
    // "until Tuesday", "as soon as Friday" set a deadline, unless the clause is past
    // ("Until Thursday, they had not called him a suspect").
    if deadline {
        return tense != Tense::Past;
    }
    if tense != Tense::Future {
        return false;
    }
    // The reporting verb of a sentence that opens with the weekday can come a few words
    // later: "On Wednesday, U.S. Defense Secretary Pete Hegseth declared that ...".
    let reach = if opening { to } else { 2 };
    let near = before.iter().rev().take(2).chain(after.iter().take(reach));
    let reported = near
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
        .any(|w| REPORTING.is_match(w));
    !reported
}

/// The words of `text`, with a run of capitalised words ("Miami International Airport")
/// kept as one, so that a long name does not push a cue out of the window.
fn phrases(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut joinable = false;
    for word in text.split_whitespace() {
        let capital = word.starts_with(char::is_uppercase);
        match out.last_mut() {
            Some(last) if joinable && capital => {
                last.push(' ');
                last.push_str(word);
            }
            _ => out.push(word.to_string()),
        }
        // "U.S." and "Mr." go on into the name; a full stop after a word ends it.
        let abbreviation = word
            .strip_suffix('.')
            .is_some_and(|w| w.contains('.') || w.len() <= 3);
        joinable = capital
            && !word.ends_with([',', ';', ':', ')'])
            && (!word.ends_with('.') || abbreviation);
    }
    out
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_abbreviation_is_longer_than_five_bytes() {
        assert!(ABBREVIATIONS.iter().all(|a| a.len() <= 5));
    }

    #[test]
    fn periods_after_abbreviations_and_initials_do_not_end_sentences() {
        let text = "Mr. Smith met Gov. Jones at 3 p.m. Friday. J. Doe left. Sentences end here.";
        let starts: Vec<&str> = Sentences::new(text)
            .starts
            .iter()
            .map(|&s| &text[s..])
            .collect();
        assert_eq!(
            starts,
            [
                text,
                "J. Doe left. Sentences end here.",
                "Sentences end here."
            ]
        );
    }
}
