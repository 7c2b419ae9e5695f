//! Sentences: a small, list-driven rule set.
//!
//! A candidate boundary is a run of terminators (`.`, `!`, `?`, `…`), optionally followed by
//! closing quote marks or brackets, then white space. It is a boundary when all hold:
//!
//! 1. the sentence so far has a letter or digit (so a leading `“… (I) have` is no boundary);
//! 2. the next word does not start with a lower-case letter (`“Stop!” he wrote` is one
//!    sentence);
//! 3. for a lone period right after a word:
//!    - a [`TITLES`] word (`Mr.`, `Sen.`, `No.`, `vs.`, `e.g.`) never ends a sentence;
//!    - an [`AMBIGUOUS`] word (`Inc.`, `Jan.`), a dotted acronym (`U.S.`, `a.m.`, `J.D.`) or
//!      a single capital initial (`G.`) ends one only when the next word is one of
//!      [`STARTERS`] or the next sentence opens with a quote mark: `in the U.S. The
//!      president` splits, `U.S. President Trump` and `G. W. Bush` do not.
//!
//! Decimals (`3.5`) never qualify, as no white space follows the period.

use std::ops::Range;

use crate::Sentence;

/// Abbreviations that precede what they qualify, so never end a sentence.
const TITLES: &[&str] = &[
    "Adm", "Capt", "Cmdr", "Col", "Det", "Dr", "Fr", "Ft", "Gen", "Gov", "Hon", "Insp", "Lt",
    "Maj", "Messrs", "Mr", "Mrs", "Ms", "Mt", "No", "Nos", "Pres", "Prof", "Rep", "Rev", "Sen",
    "Sgt", "St", "Supt", "cf", "e.g", "i.e", "vs", "v",
];

/// Abbreviations that may end a sentence: a boundary only before a [`STARTERS`] word.
const AMBIGUOUS: &[&str] = &[
    "Ave", "Blvd", "Bros", "Co", "Corp", "Dept", "Inc", "Jr", "Ltd", "Rd", "Sr", "Univ", "al",
    "approx", "etc", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
    "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
];

/// Capitalised words that usually start a sentence and are seldom part of a name.
const STARTERS: &[&str] = &[
    "A",
    "After",
    "Also",
    "Although",
    "An",
    "And",
    "As",
    "Asked",
    "At",
    "Because",
    "Before",
    "Both",
    "But",
    "Despite",
    "Each",
    "Earlier",
    "For",
    "He",
    "Her",
    "His",
    "How",
    "However",
    "I",
    "If",
    "In",
    "Instead",
    "It",
    "Its",
    "Last",
    "Later",
    "Meanwhile",
    "Most",
    "My",
    "Now",
    "On",
    "Or",
    "Our",
    "She",
    "Since",
    "So",
    "Some",
    "Still",
    "That",
    "The",
    "Their",
    "Then",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Though",
    "Thus",
    "To",
    "We",
    "What",
    "When",
    "Where",
    "While",
    "Who",
    "Why",
    "Yet",
    "You",
];

/// Longest word looked at before a period when checking for an abbreviation.
const MAX_ABBREVIATION: usize = 16;

/// Appends the sentences of the paragraph at `para` (a range into `text`).
pub(crate) fn split(text: &str, para: Range<usize>, paragraph: usize, out: &mut Vec<Sentence>) {
    let Some(p) = text.get(para.clone()) else {
        return;
    };
    let base = para.start;
    let bytes = p.as_bytes();
    let mut push = |start: usize, end: usize| {
        let s = &p[start..end];
        let trimmed = s.trim();
        if !trimmed.is_empty() {
            let lead = s.len() - s.trim_start().len();
            let start = base + start + lead;
            out.push(Sentence {
                range: start..start + trimmed.len(),
                paragraph,
            });
        }
    };

    let mut start = 0;
    let mut has_content = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if terminator_len(&bytes[i..]) == 0 {
            if b.is_ascii_alphanumeric() {
                has_content = true;
            } else if b >= 0xC0 {
                // A lead byte, so `i` is a char boundary.
                has_content |= p[i..].chars().next().is_some_and(char::is_alphanumeric);
            }
            i += 1;
            continue;
        }
        let run_start = i;
        let mut j = i;
        while let n @ 1.. = terminator_len(&bytes[j..]) {
            j += n;
        }
        let run_end = j;
        while let n @ 1.. = closer_len(&bytes[j..]) {
            j += n;
        }
        // Every step above moved over whole chars, so `j` is a char boundary.
        let rest = &p[j..];
        let after_space = rest.trim_start();
        if after_space.len() == rest.len() || after_space.is_empty() {
            // Not followed by white space (3.5, U.S.-led), or the paragraph ends here.
            i = j.max(i + 1);
            continue;
        }
        let next = p.len() - after_space.len();
        let is_boundary = has_content
            && !after_space.starts_with(char::is_lowercase)
            && (run_end - run_start > 1
                || j > run_end
                || bytes[run_start] != b'.'
                || period_ends_sentence(&p[..run_start], after_space));
        if is_boundary {
            push(start, j);
            start = next;
            has_content = false;
        }
        i = next;
    }
    push(start, p.len());
}

/// Length of the terminator at the start of `bytes`, 0 if none.
fn terminator_len(bytes: &[u8]) -> usize {
    match bytes {
        [b'.' | b'!' | b'?', ..] => 1,
        [0xE2, 0x80, 0xA6, ..] => 3, // …
        _ => 0,
    }
}

/// Length of the closing quote mark or bracket at the start of `bytes`, 0 if none.
fn closer_len(bytes: &[u8]) -> usize {
    match bytes {
        [b'"' | b'\'' | b')' | b']', ..] => 1,
        [0xE2, 0x80, 0x99 | 0x9C | 0x9D, ..] => 3, // ’ “ ”
        _ => 0,
    }
}

/// Decides a lone period after a word, given the text before it and the next sentence.
fn period_ends_sentence(before: &str, next: &str) -> bool {
    let word_start = before
        .char_indices()
        .rev()
        .take(MAX_ABBREVIATION + 1)
        .find(|&(_, c)| c.is_whitespace())
        .map_or(0, |(at, c)| at + c.len_utf8());
    if before.len() - word_start > MAX_ABBREVIATION * 4 {
        return true;
    }
    let word = before[word_start..].trim_start_matches(|c: char| !c.is_alphanumeric());
    if word.chars().count() > MAX_ABBREVIATION {
        return true;
    }
    if TITLES.contains(&word) {
        return false;
    }
    let mut chars = word.chars();
    let initial = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    let acronym = word.contains('.');
    if !(initial || acronym || AMBIGUOUS.contains(&word)) {
        return true;
    }
    if next.starts_with(['“', '"', '‘', '„', '‚']) {
        return true;
    }
    let next_word = next
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    STARTERS.contains(&next_word)
}
