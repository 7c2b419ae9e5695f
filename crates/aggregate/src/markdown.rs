//! Text helpers for GitHub-flavoured Markdown: escaping, shortening, code spans and heading
//! anchors.

use std::collections::BTreeMap;

/// Escapes `text` for inline Markdown so it renders as the same characters: emphasis, code,
/// links, HTML, tables, strikethrough, GitHub's `$` maths and headings' `#`. Line breaks and
/// runs of whitespace become single spaces, so a value never breaks out of its bullet or
/// table cell.
pub(crate) fn escape(text: &str) -> String {
    let flat = flatten(text);
    let mut out = String::with_capacity(flat.len() + flat.len() / 8);
    let mut chars = flat.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '$' => {
                out.push('\\');
                out.push(c);
            }
            // `&amp;`, `&#39;`: only an ampersand that could start an entity is escaped.
            '&' if chars
                .peek()
                .is_some_and(|&n| n == '#' || n.is_alphanumeric()) =>
            {
                out.push_str("\\&");
            }
            _ => out.push(c),
        }
    }
    out
}

/// `text` with line breaks and runs of whitespace made single spaces, trimmed.
pub(crate) fn flatten(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Shortens flattened `text` to at most `max_chars` characters on a word boundary and marks
/// the cut with ` …`. A first word longer than `max_chars` is kept whole rather than cut.
/// Trailing commas, colons and semicolons before the ellipsis are dropped.
pub(crate) fn shorten(text: &str, max_chars: usize) -> String {
    let Some((limit, _)) = text.char_indices().nth(max_chars) else {
        return text.to_owned();
    };
    let cut = if text[limit..].starts_with(' ') {
        limit
    } else {
        match text[..limit].rfind(' ') {
            Some(space) => space,
            None => match text[limit..].find(' ') {
                Some(space) => limit + space,
                None => return text.to_owned(),
            },
        }
    };
    let kept = text[..cut].trim_end_matches([' ', ',', ';', ':']);
    format!("{kept} …")
}

/// `text` as an inline code span, with a fence longer than any run of backticks inside.
pub(crate) fn code_span(text: &str) -> String {
    let text = flatten(text);
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// Heading anchors as GitHub makes them: lower case, punctuation dropped, spaces to `-`, and
/// `-1`, `-2`, … appended to repeats. Every heading of the document must pass through, in
/// order, for the suffixes to match.
#[derive(Debug, Default)]
pub(crate) struct Slugger {
    seen: BTreeMap<String, usize>,
}

impl Slugger {
    /// The anchor of a heading whose rendered text is `heading`.
    pub(crate) fn slug(&mut self, heading: &str) -> String {
        let base: String = heading
            .to_lowercase()
            .chars()
            .filter_map(|c| match c {
                ' ' => Some('-'),
                '-' | '_' => Some(c),
                c if c.is_alphanumeric() => Some(c),
                _ => None,
            })
            .collect();
        let mut slug = base.clone();
        while self.seen.contains_key(&slug) {
            let count = self.seen.entry(base.clone()).or_default();
            *count += 1;
            slug = format!("{base}-{count}");
        }
        self.seen.insert(slug.clone(), 0);
        slug
    }
}
