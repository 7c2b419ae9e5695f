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
            // The possessive 's after a word is one token: "Trump’s" gives "Trump", "’s".
            let rest = &slice[i + c.len_utf8()..];
            let after_word = slice[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
            if matches!(c, '’' | '\'')
                && after_word
                && rest.starts_with(['s', 'S'])
                && !rest[1..].starts_with(char::is_alphanumeric)
            {
                let end = i + c.len_utf8() + 1;
                tokens.push(Token {
                    range: base + i..base + end,
                    word: false,
                });
                chars.next();
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
                Some((j, d)) if matches!(d, '’' | '\'' | '-' | '.' | '&') => {
                    // A joiner stays inside the word only when a letter or digit follows; the
                    // possessive 's is split off as its own token.
                    let rest = &slice[j + d.len_utf8()..];
                    let next = rest.chars().next();
                    let possessive = matches!(d, '’' | '\'')
                        && rest.starts_with(['s', 'S'])
                        && !rest[1..].starts_with(char::is_alphanumeric);
                    if next.is_some_and(char::is_alphanumeric) && !possessive {
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
            words("doesn’t self-made 1,000"),
            ["doesn’t", "self-made", "1", ",", "000"]
        );
    }
}
