//! Unicode normalisation of one line, recording every change in the offset map.
//!
//! NFC is applied per chunk: a chunk starts at a character that is its own NFC and has
//! combining class 0, so no composition or reordering can cross a chunk boundary. Almost every
//! chunk is a single unchanged character and is copied as is.

use std::ops::Range;

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use crate::offsets::Builder;

/// What becomes of one character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mapped {
    Keep,
    To(char),
    Delete,
}

/// Whether the cleaner removes `c` outright (zero-width characters, soft hyphens, controls).
pub(crate) fn is_deleted(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{180E}'
    ) || (c.is_control() && c != '\t' && c != '\n')
}

/// Whether `c` is a space the cleaner turns into ' ' (or a tab).
fn is_exotic_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\u{00A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

/// Whether `c` is blank for trimming: whitespace or a deleted character.
pub(crate) fn is_blank(c: char) -> bool {
    c.is_whitespace() || is_deleted(c)
}

fn map_char(c: char, prev: Option<char>, next: Option<char>) -> Mapped {
    if c.is_ascii() && c != '\'' && c != '\t' && !c.is_ascii_control() {
        return Mapped::Keep;
    }
    if is_deleted(c) {
        return Mapped::Delete;
    }
    if is_exotic_space(c) {
        return Mapped::To(' ');
    }
    let letter = |c: Option<char>| c.is_some_and(char::is_alphabetic);
    let spaced = |c: Option<char>| c.is_none_or(char::is_whitespace);
    let to = match c {
        '\u{2010}' | '\u{2011}' => '-',
        '\u{2012}'..='\u{2015}' | '\u{2E3A}' | '\u{2E3B}' => '—',
        '\u{2212}' if spaced(prev) && spaced(next) => '—',
        '«' | '‟' => '“',
        '»' => '”',
        '＂' | '″' => '"',
        '‹' => '‘',
        '›' => '’',
        '′' => '\'',
        '‚' | '\'' if letter(prev) && letter(next) => '’',
        _ => return Mapped::Keep,
    };
    if to == c {
        Mapped::Keep
    } else {
        Mapped::To(to)
    }
}

/// Whether NFC never changes `c` nor lets it combine with what precedes it.
fn starts_chunk(c: char) -> bool {
    c.is_ascii()
        || (canonical_combining_class(c) == 0
            && is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes)
}

/// Normalises `original[line]` into a fresh builder. When `split_at` is given, " — " is inserted
/// before the character at that original offset (a glued dateline).
pub(crate) fn normalize_line(
    original: &str,
    line: Range<usize>,
    split_at: Option<usize>,
) -> Builder {
    normalize(original, line, split_at, true)
}

/// [`normalize_line`], with `fast` copying runs of plain ASCII in one go rather than
/// character by character, which gives the same result.
fn normalize(original: &str, line: Range<usize>, split_at: Option<usize>, fast: bool) -> Builder {
    let mut out = Builder::default();
    let Some(text) = original.get(line.clone()) else {
        return out;
    };
    let base = line.start;
    let split = split_at.and_then(|at| at.checked_sub(base));
    let mut prev: Option<char> = None;
    let mut mapped = String::new();
    let mut pos = 0;
    while let Some(c) = text[pos..].chars().next() {
        let start = pos;
        if fast {
            let end = plain_run(text, start, split);
            if end > start {
                out.copy(base + start, &text[start..end]);
                prev = text[..end].chars().next_back();
                pos = end;
                continue;
            }
        }
        if split == Some(start) {
            out.replace(base + start..base + start, " — ");
        }
        let after = start + c.len_utf8();
        // Two apostrophes (or backticks) as a double quote mark: ''Of course,'' ``so''.
        if matches!(c, '\'' | '`') && text[after..].starts_with(['\'', '`']) {
            out.replace(base + start..base + start + 2, "\"");
            prev = Some('"');
            pos = start + 2;
            continue;
        }
        let mut end = after;
        for next in text[after..].chars() {
            if starts_chunk(next) {
                break;
            }
            end += next.len_utf8();
        }
        let next = text[end..].chars().next();
        let chunk = &text[start..end];
        let orig = base + start..base + end;
        if end == after {
            match map_char(c, prev, next) {
                Mapped::Keep => out.copy(orig.start, chunk),
                Mapped::To(to) => out.replace(orig, to.encode_utf8(&mut [0; 4])),
                Mapped::Delete => {}
            }
        } else {
            mapped.clear();
            let composed: Vec<char> = chunk.nfc().collect();
            for (k, &ch) in composed.iter().enumerate() {
                let before = if k == 0 { prev } else { Some(composed[k - 1]) };
                let after = composed.get(k + 1).copied().or(next);
                match map_char(ch, before, after) {
                    Mapped::Keep => mapped.push(ch),
                    Mapped::To(to) => mapped.push(to),
                    Mapped::Delete => {}
                }
            }
            if mapped == chunk {
                out.copy(orig.start, chunk);
            } else {
                out.replace(orig, &mapped);
            }
        }
        prev = chunk.chars().next_back();
        pos = end;
    }
    out
}

/// The end of the run of plain ASCII from `start`: characters that [`map_char`] keeps
/// whatever their neighbours, that are chunks of their own and that start no two-mark
/// quote. The run stops before `split` and leaves out a last character that a non-ASCII
/// one follows, since a combining mark would join it.
fn plain_run(text: &str, start: usize, split: Option<usize>) -> usize {
    let bytes = text.as_bytes();
    let plain = |b: &u8| b.is_ascii() && !b.is_ascii_control() && !matches!(b, b'\'' | b'`');
    let mut end = start + bytes[start..].iter().take_while(|b| plain(b)).count();
    if end < bytes.len() && end > start {
        end -= 1;
    }
    match split {
        Some(at) if (start..end).contains(&at) => at,
        _ => end,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_ascii_runs_normalise_as_character_by_character() {
        let long = "The minister\u{a0}said ''no'' to `them` — twice. ".repeat(300);
        for line in [
            "",
            "a",
            "Plain ASCII only, with digits 123 and punctuation!?",
            "Cafe\u{301} and e\u{301}te\u{301}: combining marks after ASCII letters",
            "''Of course,'' he said, ``so'' it's Kremlin\u{201a}s and O'Brien's 'quote'",
            "Tabs\there, controls\u{1}\u{7f} and\r a no-break\u{a0}space",
            "WashingtonUS President said \u{ab}over\u{bb} \u{2212} 5 \u{2010}",
            "\u{301}leading mark, Ⅻ, ﬁ, 한국어, ΣΟΦΙΑ",
            &long,
        ] {
            let ends = [0, 1, 10, line.len().saturating_sub(1)];
            let splits = ends.map(Some).into_iter().chain([None]);
            for split in splits.filter(|s| s.is_none_or(|at| line.is_char_boundary(at))) {
                // Lines sit anywhere in the original: offset them.
                let original = format!("xyz\n{line}");
                let range = 4..original.len();
                let split = split.map(|at| at + 4);
                assert_eq!(
                    normalize(&original, range.clone(), split, true),
                    normalize(&original, range, split, false),
                    "{line:?} split at {split:?}"
                );
            }
        }
    }

    #[test]
    fn ascii_and_common_punctuation_are_stable_chunk_starts() {
        for c in ['a', 'Z', '“', '’', '—', 'é', 'ñ'] {
            assert!(starts_chunk(c), "{c:?}");
        }
        assert!(!starts_chunk('\u{0301}'));
    }
}
