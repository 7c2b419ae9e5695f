//! Spelling variants of people's names written with initials.

/// A piece of a name: an ordinary word, or a run of initials ("J.D.", "J. D.", "W.").
enum Piece<'a> {
    Word(&'a str),
    Initials(Vec<char>),
}

/// How a run of initials is written.
#[derive(Clone, Copy)]
enum Style {
    /// "J.D."
    Dotted,
    /// "J. D."
    Spaced,
    /// "JD"
    Bare,
    /// "J.D"
    NoFinalDot,
}

/// The other usual spellings of a name with initials: "J.D. Vance" gives "JD Vance",
/// "J. D. Vance" and "J.D Vance"; "George W. Bush" gives "George W Bush". A name without
/// dotted initials has no variants: "JD" alone could as well be an acronym.
pub(crate) fn initials_variants(name: &str) -> Vec<String> {
    let pieces = pieces(name);
    if !pieces.iter().any(|p| matches!(p, Piece::Initials(_))) {
        return Vec::new();
    }
    let mut variants: Vec<String> = Vec::new();
    for style in [Style::Dotted, Style::Spaced, Style::Bare, Style::NoFinalDot] {
        let variant = render(&pieces, style);
        if variant != name && !variants.contains(&variant) {
            variants.push(variant);
        }
    }
    variants
}

fn pieces(name: &str) -> Vec<Piece<'_>> {
    let mut pieces = Vec::new();
    for token in name.split_whitespace() {
        match initials(token) {
            Some(letters) => match pieces.last_mut() {
                // "J. D." is one run, like "J.D.".
                Some(Piece::Initials(run)) => run.extend(letters),
                _ => pieces.push(Piece::Initials(letters)),
            },
            None => pieces.push(Piece::Word(token)),
        }
    }
    pieces
}

/// The letters of a token made only of dotted upper-case initials ("J.D.", "J.D", "W."),
/// or `None`.
fn initials(token: &str) -> Option<Vec<char>> {
    let mut letters = Vec::new();
    let mut dots = 0;
    let mut chars = token.chars().peekable();
    while let Some(c) = chars.next() {
        if !c.is_uppercase() {
            return None;
        }
        letters.push(c);
        match chars.next() {
            Some('.') => dots += 1,
            None => break,
            Some(_) => return None,
        }
    }
    (dots > 0 && (dots == letters.len() || letters.len() > 1)).then_some(letters)
}

fn render(pieces: &[Piece<'_>], style: Style) -> String {
    let mut out = String::new();
    for piece in pieces {
        if !out.is_empty() {
            out.push(' ');
        }
        match piece {
            Piece::Word(word) => out.push_str(word),
            Piece::Initials(letters) => {
                for (i, &letter) in letters.iter().enumerate() {
                    let last = i + 1 == letters.len();
                    out.push(letter);
                    match style {
                        Style::Dotted => out.push('.'),
                        Style::Spaced => out.push_str(if last { "." } else { ". " }),
                        Style::Bare => {}
                        Style::NoFinalDot if !last => out.push('.'),
                        Style::NoFinalDot => {}
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::initials_variants;

    #[test]
    fn variants() {
        assert_eq!(
            initials_variants("J.D. Vance"),
            ["J. D. Vance", "JD Vance", "J.D Vance"]
        );
        assert_eq!(
            initials_variants("J. D. Vance"),
            ["J.D. Vance", "JD Vance", "J.D Vance"]
        );
        assert_eq!(initials_variants("George W. Bush"), ["George W Bush"]);
        assert_eq!(
            initials_variants("John F. Kennedy Jr."),
            ["John F Kennedy Jr."]
        );
        assert!(initials_variants("JD Vance").is_empty());
        assert!(initials_variants("D.Barrow").is_empty());
        assert!(initials_variants("").is_empty());
    }
}
