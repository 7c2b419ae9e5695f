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
    let mut out = Builder::default();
    let Some(text) = original.get(line.clone()) else {
        return out;
    };
    let base = line.start;
    let mut chars = text.char_indices().peekable();
    let mut prev: Option<char> = None;
    let mut mapped = String::new();
    while let Some((start, c)) = chars.next() {
        if split_at == Some(base + start) {
            out.replace(base + start..base + start, " — ");
        }
        // Two apostrophes (or backticks) as a double quote mark: ''Of course,'' ``so''.
        if matches!(c, '\'' | '`') && matches!(chars.peek(), Some(&(_, '\'' | '`'))) {
            chars.next();
            out.replace(base + start..base + start + 2, "\"");
            prev = Some('"');
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(i, next)) = chars.peek() {
            if starts_chunk(next) {
                break;
            }
            end = i + next.len_utf8();
            chars.next();
        }
        let next = chars.peek().map(|&(_, n)| n);
        let chunk = &text[start..end];
        let orig = base + start..base + end;
        if end == start + c.len_utf8() {
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
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_and_common_punctuation_are_stable_chunk_starts() {
        for c in ['a', 'Z', '“', '’', '—', 'é', 'ñ'] {
            assert!(starts_chunk(c), "{c:?}");
        }
        assert!(!starts_chunk('\u{0301}'));
    }
}
