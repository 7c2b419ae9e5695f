//! Transcript turns: paragraphs opened by a speaker's label in capitals.
//!
//! ```text
//! WALLACE: Do you really see those two as equivalent?
//! PENCE: Well, look, you know, Mark Cuban has been out there …
//! ```
//!
//! A label is one to four words in capitals (or `Q` and `A`), at most 30 bytes, at the start
//! of a paragraph (after an opening quote mark, as transcripts quoted paragraph by paragraph
//! have) and followed by a colon and a space. A document has turns only when at least two
//! paragraphs carry a label and the labels name at least two speakers (by their last word,
//! so "JAKE TAPPER" and "TAPPER" are one): a lone "UPDATE:" or a headline in capitals
//! ("FIX IS IN: PBS Moderators …") is no transcript. Labels an editor writes ("UPDATE",
//! "CORRECTION", "BYLINE") never open a turn. Paragraphs without a label between two turns
//! go on with the turn before them, except a stage direction in brackets ("(CROSSTALK.)").

use std::ops::Range;

use crate::Turn;

/// Labels an editor writes, not a speaker.
const EDITORIAL: &[&str] = &[
    "AP",
    "BREAKING",
    "BUSTED",
    "BYLINE",
    "CLARIFICATION",
    "CONTACT",
    "CORRECTION",
    "DATELINE",
    "EDITOR’S NOTE",
    "EDITOR'S NOTE",
    "EMAIL",
    "EXCLUSIVE",
    "LOOK",
    "NOTE",
    "PHOTO",
    "PHOTOS",
    "READ MORE",
    "RELATED",
    "SOURCE",
    "SOURCES",
    "UPDATE",
    "UPDATED",
    "VIDEO",
    "WATCH",
];

/// Opening quote marks a quoted transcript paragraph starts with.
const OPENING_MARKS: &[char] = &['“', '"', '„', '«'];

/// A paragraph's words without the quote marks a quoted transcript puts around each
/// paragraph: an opening mark, and then a closing one at its end.
fn unquoted(text: &str, paragraph: Range<usize>) -> Range<usize> {
    let p = &text[paragraph.clone()];
    let rest = p.trim_start_matches(OPENING_MARKS);
    if rest.len() == p.len() {
        return paragraph;
    }
    let start = paragraph.end - rest.len();
    start..start + rest.trim_end_matches(['”', '"', '»']).len()
}

/// The label opening a paragraph's words `words` and the range of its speech, if it has one.
fn label(text: &str, words: Range<usize>) -> Option<(Range<usize>, Range<usize>)> {
    let rest = &text[words.clone()];
    let colon = rest.find(": ")?;
    if colon == 0 || colon > 30 {
        return None;
    }
    let name = &rest[..colon];
    let capital_word = |w: &str| {
        w.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && w.chars()
                .all(|c| c.is_uppercase() || matches!(c, '.' | '’' | '\'' | '-'))
    };
    let single = matches!(name, "Q" | "A");
    if name.split(' ').count() > 4
        || !name.split(' ').all(capital_word)
        || (name.len() < 2 && !single)
        || EDITORIAL.contains(&name)
    {
        return None;
    }
    // "UN: PEACEKEEPERS PAYING …": a headline in capitals, not a turn.
    let speech = rest[colon + 2..].trim_start();
    let first = speech.split_whitespace().next()?;
    if first.chars().nth(1).is_some() && first.chars().all(char::is_uppercase) {
        return None;
    }
    Some((
        words.start..words.start + colon,
        words.end - speech.len()..words.end,
    ))
}

/// Whether a paragraph is a stage direction: "(CROSSTALK.)", "[LAUGHTER]", "….".
fn stage_direction(paragraph: &str) -> bool {
    let p = paragraph.trim_start_matches(OPENING_MARKS);
    p.starts_with(['(', '[']) || !p.chars().any(char::is_alphabetic)
}

/// The turns of a document, in order.
pub(crate) fn scan(text: &str, paragraphs: &[Range<usize>]) -> Vec<Turn> {
    let labelled: Vec<(usize, Range<usize>, Range<usize>)> = paragraphs
        .iter()
        .enumerate()
        .filter_map(|(pi, r)| label(text, unquoted(text, r.clone())).map(|(l, s)| (pi, l, s)))
        .collect();
    let speaker = |l: &Range<usize>| text[l.clone()].rsplit(' ').next().unwrap_or_default();
    let mut speakers: Vec<&str> = labelled.iter().map(|(_, l, _)| speaker(l)).collect();
    speakers.sort_unstable();
    speakers.dedup();
    if labelled.len() < 2 || speakers.len() < 2 {
        return Vec::new();
    }
    let mut turns = Vec::with_capacity(labelled.len());
    for (k, (pi, label, speech)) in labelled.iter().enumerate() {
        let mut speech = vec![speech.clone()];
        // Paragraphs up to the next turn go on with this one.
        if let Some((next, _, _)) = labelled.get(k + 1) {
            speech.extend(
                paragraphs[pi + 1..*next]
                    .iter()
                    .filter(|p| !stage_direction(&text[(*p).clone()]))
                    .map(|p| unquoted(text, p.clone())),
            );
        }
        turns.push(Turn {
            label: label.clone(),
            speech,
            paragraph: *pi,
        });
    }
    turns
}
