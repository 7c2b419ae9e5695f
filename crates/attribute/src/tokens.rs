//! A small tokenizer for attribution patterns: words (with inner apostrophes, hyphens and
//! abbreviation periods) and single punctuation marks, each with its byte range.

use std::ops::Range;

/// One token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the text.
    pub range: Range<usize>,
    /// A word rather than punctuation.
    pub word: bool,
}

/// Abbreviations that keep their period.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "St", "Jr",
    "Sr", "Rev", "Capt", "Cmdr", "Adm", "Pres", "Amb", "Supt", "Insp", "Det", "No", "Inc", "Corp",
    "Ltd", "Co",
];

/// The byte length of the clitic after apostrophe `mark` ("s", "ve", "re", "ll", "d", "m",
/// in any case), when `rest` opens with one that no letter or digit follows.
fn clitic(mark: char, rest: &str) -> Option<usize> {
    if !matches!(mark, '’' | '\'') {
        return None;
    }
    ["s", "ve", "re", "ll", "d", "m"].into_iter().find_map(|c| {
        let head = rest.get(..c.len())?;
        (head.eq_ignore_ascii_case(c) && !rest[c.len()..].starts_with(char::is_alphanumeric))
            .then_some(c.len())
    })
}

/// Splits `text[range]` into tokens.
pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Token> {
    let mut tokens = Vec::new();
    let slice = &text[range.clone()];
    let base = range.start;
    let mut chars = slice.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if !c.is_alphanumeric() {
            // The possessive 's and the clitics 've, 're, 'll, 'd, 'm after a word are one
            // token: "Trump’s" gives "Trump", "’s"; "I’ve" gives "I", "’ve".
            let rest = &slice[i + c.len_utf8()..];
            let after_word = slice[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
            if let Some(len) = clitic(c, rest).filter(|_| after_word) {
                let end = i + c.len_utf8() + len;
                tokens.push(Token {
                    range: base + i..base + end,
                    word: false,
                });
                // The clitic is ASCII: one char per byte.
                for _ in 0..len {
                    chars.next();
                }
                continue;
            }
            tokens.push(Token {
                range: base + i..base + i + c.len_utf8(),
                word: false,
            });
            continue;
        }
        let mut end = i + c.len_utf8();
        loop {
            match chars.peek().copied() {
                Some((j, d)) if d.is_alphanumeric() => {
                    end = j + d.len_utf8();
                    chars.next();
                }
                // "12,000" is one number: a comma between a digit and three more.
                Some((j, ','))
                    if {
                        let rest = &slice.as_bytes()[j + 1..];
                        slice[..j].ends_with(|c: char| c.is_ascii_digit())
                            && rest.len() >= 3
                            && rest[..3].iter().all(u8::is_ascii_digit)
                            && !rest.get(3).is_some_and(u8::is_ascii_digit)
                    } =>
                {
                    end = j + 1;
                    chars.next();
                }
                Some((j, d)) if matches!(d, '’' | '\'' | '-' | '.' | '&') => {
                    // A joiner stays inside the word only when a letter or digit follows; the
                    // possessive 's and the clitics are split off as their own token.
                    let rest = &slice[j + d.len_utf8()..];
                    let next = rest.chars().next();
                    if next.is_some_and(char::is_alphanumeric) && clitic(d, rest).is_none() {
                        end = j + d.len_utf8();
                        chars.next();
                    } else {
                        break;
                    }
                }
                _ => break,
            }
        }
        // Abbreviations and initials keep their final period: Mr., U.S., J.D.
        let word = &slice[i..end];
        if slice[end..].starts_with('.') {
            let initials = word
                .split('.')
                .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase));
            let lower_initials = word.len() == 3 && matches!(word, "a.m" | "p.m");
            if ABBREVIATIONS.contains(&word) || initials || lower_initials {
                end += 1;
                chars.next();
            }
        }
        tokens.push(Token {
            range: base + i..base + end,
            word: true,
        });
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        tokenize(s, 0..s.len())
            .into_iter()
            .map(|t| &s[t.range])
            .collect()
    }

    #[test]
    fn abbreviations_keep_periods_and_possessives_split() {
        assert_eq!(
            words("Mr. Trump’s U.S. envoy J.D. Vance said: “Go.”"),
            [
                "Mr.", "Trump", "’s", "U.S.", "envoy", "J.D.", "Vance", "said", ":", "“", "Go",
                ".", "”"
            ]
        );
        assert_eq!(
            words("doesn’t self-made 12,000,000 1,2 3, 456"),
            [
                "doesn’t",
                "self-made",
                "12,000,000",
                "1",
                ",",
                "2",
                "3",
                ",",
                "456"
            ]
        );
        assert_eq!(
            words("I’ve WE'RE she’ll O’Neill’d Ma’am"),
            [
                "I",
                "’ve",
                "WE",
                "'RE",
                "she",
                "’ll",
                "O’Neill",
                "’d",
                "Ma’am"
            ]
        );
    }
}
