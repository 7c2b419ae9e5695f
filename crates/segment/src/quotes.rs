//! Quotation spans: one left-to-right pass per paragraph with a stack of open quotes.
//!
//! Each quote mark first gets a *context* from its neighbours:
//!
//! - **opening** when preceded by the paragraph start, white space, an opening bracket, a
//!   dash, a slash or another opening mark, and followed by something other than white space;
//! - **closing** when preceded by anything else and followed by the paragraph end, white
//!   space, punctuation or another quote mark (anything but a letter or digit);
//! - **neither** otherwise (inside a word, or alone between spaces).
//!
//! The role then follows from the context, the code point and what is open:
//!
//! - `„` always opens. `‚` opens unless it sits inside a word (`Kremlin‚s`).
//! - A double mark (`“ ” "`) in opening context opens, whatever its code point, so
//!   `as ”frank and substantive."` opens with `”`. In closing context it closes the innermost
//!   open double quote, first closing any single quotes left open inside it (they are
//!   reported unclosed); with no double quote open it is a stray mark. In neither context
//!   (inside a word, or alone between spaces) `“` closes a quote opened with `„` (German
//!   style); otherwise a mark alone closes an open double quote, `“` opens, and what is left
//!   is stray if alone; inside a word a mark closes an open double quote, `"` opens, and `”`
//!   is stray.
//! - A single mark (`‘ ’ '`) between two letters or digits is an apostrophe (`Trump’s`,
//!   `XIV‘s`). So are the elisions `’90s`, `’16`, `’n’`, `’em`, `’til`, `’cause`, `’tis`,
//!   `’twas`, `’bout`.
//!   In opening context it opens. In closing context it closes only when the innermost open
//!   quote is a single one; otherwise it is an apostrophe (`leaders’ views`). Inside an open
//!   single quote, `s’` followed by a lower-case word is still a plural possessive when the
//!   next single mark in the paragraph could close the quote (`‘The leaders’ talks failed,’
//!   he said`, but `‘Boasters’ and ‘Blasphemers’`).
//!
//! A quote still open at the end of its paragraph ends there, unclosed. When a top-level
//! quote is left open and the next paragraph starts with an opening mark of the same kind,
//! the newswire convention for a quote running over several paragraphs, the new quote
//! records the old one in `continues` and the old one is not reported.

use std::ops::Range;

use crate::{Diagnostic, Quote};

/// Openers nested deeper than this are ignored (and reported): it bounds the work per mark
/// and keeps `Quote::depth` within a `u8`.
const MAX_DEPTH: usize = 32;

/// Diagnostics kept per paragraph, so that junk input does not flood the caller.
const MAX_REPORTS: usize = 16;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Double,
    Single,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Context {
    Opening,
    Closing,
    Neither,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    /// Closes the innermost open quote of the mark's kind.
    Close,
    /// A closing (or lone) mark with nothing to close.
    Stray,
    /// Not a quote mark here: an apostrophe, or a mark standing alone.
    None,
}

/// An open quote on the stack.
#[derive(Debug, Clone, Copy)]
struct Open {
    /// Index into the quotes found so far.
    quote: usize,
    kind: Kind,
    mark: char,
}

/// Finds the quotation spans of every paragraph.
pub(crate) fn scan(text: &str, paragraphs: &[Range<usize>]) -> (Vec<Quote>, Vec<Diagnostic>) {
    let mut scanner = Scanner {
        text,
        quotes: Vec::new(),
        kinds: Vec::new(),
        diagnostics: Vec::new(),
        reported: 0,
        stack: Vec::new(),
    };
    // A top-level quote left open at the end of the previous paragraph.
    let mut pending: Option<usize> = None;
    for (index, range) in paragraphs.iter().enumerate() {
        pending = scanner.paragraph(index, range.clone(), pending);
    }
    if let Some(quote) = pending {
        scanner.unclosed(quote);
    }
    let mut diagnostics = scanner.diagnostics;
    diagnostics.sort_by_key(|d| d.at.start);
    (scanner.quotes, diagnostics)
}

struct Scanner<'a> {
    text: &'a str,
    quotes: Vec<Quote>,
    /// The kind of each quote in `quotes`.
    kinds: Vec<Kind>,
    diagnostics: Vec<Diagnostic>,
    /// Diagnostics met in the current paragraph, kept or not.
    reported: usize,
    stack: Vec<Open>,
}

impl Scanner<'_> {
    /// Scans one paragraph; returns the top-level quote it leaves open, if any.
    fn paragraph(
        &mut self,
        paragraph: usize,
        range: Range<usize>,
        mut pending: Option<usize>,
    ) -> Option<usize> {
        let Some(p) = self.text.get(range.clone()) else {
            return pending;
        };
        let base = range.start;
        let mut prev: Option<char> = None;
        let mut prev_opened = false;
        // Marks before this offset were already taken as apostrophes (`’n’`).
        let mut skip_until = 0;
        let singles = single_marks(p);
        let mut after = 0; // index in `singles` of the first mark after the current one
        self.reported = 0;
        for (at, c) in p.char_indices() {
            let Some(kind) = kind_of(c) else {
                prev = Some(c);
                prev_opened = false;
                continue;
            };
            let end = at + c.len_utf8();
            let rest = &p[end..];
            let next = rest.chars().next();
            let context = context(prev, prev_opened, next);
            let role = if at < skip_until {
                Role::None
            } else if kind == Kind::Single && context == Context::Opening {
                if let Some(len) = elision(c, rest) {
                    skip_until = end + len;
                    Role::None
                } else {
                    Role::Open
                }
            } else {
                let possessive = prev.is_some_and(|c| c == 's' || c == 'S')
                    && rest.starts_with(char::is_whitespace)
                    && rest.trim_start().starts_with(char::is_lowercase)
                    && {
                        while singles.get(after).is_some_and(|&(pos, _)| pos <= at) {
                            after += 1;
                        }
                        singles.get(after).is_some_and(|&(_, closer)| closer)
                    };
                self.role(c, kind, context, prev, next, possessive)
            };
            prev = Some(c);
            prev_opened = false;
            let mark = base + at..base + end;
            match role {
                Role::Open if self.stack.len() >= MAX_DEPTH => {
                    self.report(mark, "quotes nested too deeply");
                }
                Role::Open => {
                    prev_opened = true;
                    let continues = match pending.take() {
                        Some(old) if at == 0 && self.kinds[old] == kind => Some(old),
                        Some(old) => {
                            self.unclosed(old);
                            None
                        }
                        None => None,
                    };
                    self.open(mark, kind, c, paragraph, continues);
                }
                Role::Close => self.close(kind, mark),
                Role::Stray => self.report(mark, "stray quote mark"),
                Role::None => {}
            }
        }
        if let Some(old) = pending {
            self.unclosed(old);
        }
        let end = range.end;
        let mut left_open = None;
        while let Some(open) = self.stack.pop() {
            self.finish(open.quote, end, end, false);
            if self.stack.is_empty() {
                left_open = Some(open.quote);
            } else {
                self.unclosed(open.quote);
            }
        }
        left_open
    }

    fn role(
        &self,
        c: char,
        kind: Kind,
        context: Context,
        prev: Option<char>,
        next: Option<char>,
        possessive: bool,
    ) -> Role {
        let open_double = self.stack.iter().rev().find(|o| o.kind == Kind::Double);
        let alone = next.is_none_or(char::is_whitespace);
        let top = self.stack.last();
        match kind {
            Kind::Double => match (c, context) {
                ('„', _) | (_, Context::Opening) => Role::Open,
                (_, Context::Closing) if open_double.is_some() => Role::Close,
                (_, Context::Closing) => Role::Stray,
                // Neither context: alone between spaces, or inside a word.
                ('“', _) if open_double.is_some_and(|o| o.mark == '„') => Role::Close,
                _ if alone && open_double.is_some() => Role::Close,
                ('“', _) => Role::Open,
                _ if alone => Role::Stray,
                _ if open_double.is_some() => Role::Close,
                ('"', _) => Role::Open,
                _ => Role::Stray,
            },
            Kind::Single => {
                let in_word = prev.is_some_and(char::is_alphanumeric)
                    && next.is_some_and(char::is_alphanumeric);
                match context {
                    _ if in_word || possessive => Role::None,
                    _ if c == '‚' => Role::Open,
                    Context::Opening => Role::Open,
                    Context::Closing if top.is_some_and(|o| o.kind == Kind::Single) => Role::Close,
                    Context::Closing if !prev.is_some_and(char::is_alphanumeric) => Role::Stray,
                    Context::Closing | Context::Neither => Role::None,
                }
            }
        }
    }

    fn open(
        &mut self,
        mark: Range<usize>,
        kind: Kind,
        c: char,
        paragraph: usize,
        continues: Option<usize>,
    ) {
        let parent = self.stack.last().map(|o| o.quote);
        let index = self.quotes.len();
        self.quotes.push(Quote {
            outer: mark.start..mark.end,
            inner: mark.end..mark.end,
            depth: self.stack.len() as u8,
            parent,
            paragraph,
            closed: false,
            continues,
        });
        self.kinds.push(kind);
        self.stack.push(Open {
            quote: index,
            kind,
            mark: c,
        });
    }

    /// Closes the innermost open quote of `kind`, and any quotes left open inside it.
    fn close(&mut self, kind: Kind, mark: Range<usize>) {
        if !self.stack.iter().any(|o| o.kind == kind) {
            return self.report(mark, "stray quote mark");
        }
        while let Some(open) = self.stack.pop() {
            if open.kind == kind {
                self.finish(open.quote, mark.start, mark.end, true);
                return;
            }
            self.finish(open.quote, mark.start, mark.start, false);
            self.unclosed(open.quote);
        }
    }

    /// Sets the end of a quote: its words end at `inner_end`, its marks at `outer_end`.
    fn finish(&mut self, quote: usize, inner_end: usize, outer_end: usize, closed: bool) {
        let text = self.text;
        let q = &mut self.quotes[quote];
        q.inner = words(text, q.outer.end..inner_end);
        q.outer.end = outer_end;
        q.closed = closed;
    }

    fn unclosed(&mut self, quote: usize) {
        let start = self.quotes[quote].outer.start;
        let mark_len = self.text[start..].chars().next().map_or(0, char::len_utf8);
        self.report(start..start + mark_len, "unclosed quote");
    }

    fn report(&mut self, at: Range<usize>, message: &str) {
        let message = match self.reported {
            n if n < MAX_REPORTS => message,
            MAX_REPORTS => "too many odd quote marks; the rest of the paragraph is not reported",
            _ => return,
        };
        self.reported += 1;
        self.diagnostics.push(Diagnostic {
            at,
            message: message.to_owned(),
        });
    }
}

/// The kind of a quote mark, or `None` for any other char.
fn kind_of(c: char) -> Option<Kind> {
    match c {
        '“' | '”' | '„' | '"' => Some(Kind::Double),
        '‘' | '’' | '‚' | '\'' => Some(Kind::Single),
        _ => None,
    }
}

fn context(prev: Option<char>, prev_opened: bool, next: Option<char>) -> Context {
    let after_opening = prev_opened
        || prev
            .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '{' | '/') || is_dash(c));
    let before_closing = next.is_none_or(|c| !c.is_alphanumeric());
    match (after_opening, next) {
        (true, Some(c)) if !c.is_whitespace() => Context::Opening,
        (false, _) if before_closing => Context::Closing,
        _ => Context::Neither,
    }
}

/// The single marks of `p` that are not inside a word, in order, each with whether it could
/// close a quote (is in closing context).
fn single_marks(p: &str) -> Vec<(usize, bool)> {
    let mut marks = Vec::new();
    let mut prev = None;
    for (at, c) in p.char_indices() {
        if matches!(c, '‘' | '’' | '‚' | '\'') {
            let next = p[at + c.len_utf8()..].chars().next();
            let in_word =
                prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric);
            if !in_word {
                let closer = c != '‚' && context(prev, false, next) == Context::Closing;
                marks.push((at, closer));
            }
        }
        prev = Some(c);
    }
    marks
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—')
}

/// For a single mark opening an elision (`’90s`, `’16`, `’n’`, `’em`), the length of `rest` it
/// covers, so that a closing mark in it is not taken for a quote.
fn elision(c: char, rest: &str) -> Option<usize> {
    if c == '‚' {
        return None;
    }
    let word_len = rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len());
    let word = &rest[..word_len];
    let after = &rest[word_len..];
    let ends_word = |s: &str| !s.starts_with(char::is_alphanumeric);
    // `’n’`: the elision is closed by a second mark.
    if word.eq_ignore_ascii_case("n") {
        if let Some(m) = after.chars().next().filter(|&m| matches!(m, '’' | '\'')) {
            return ends_word(&after[m.len_utf8()..]).then_some(word_len + m.len_utf8());
        }
        return Some(word_len);
    }
    // `’90s`, `’16`: a decade or a year.
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    let year = digits == 2 && (word.len() == 2 || word.len() == 3 && word.ends_with('s'));
    let elided = ["em", "til", "cause", "tis", "twas", "bout"]
        .iter()
        .any(|e| word.eq_ignore_ascii_case(e));
    (year || elided).then_some(word_len)
}

/// The words of a quote: `range` trimmed of white space and of a leading ellipsis.
fn words(text: &str, range: Range<usize>) -> Range<usize> {
    let Some(s) = text.get(range.clone()) else {
        return range.start..range.start;
    };
    // Each step keeps a suffix of `s`, so the start is found from the lengths.
    let words = s.trim_start();
    let words = words
        .strip_prefix('…')
        .or_else(|| words.strip_prefix("..."))
        .unwrap_or(words)
        .trim_start();
    let start = range.start + s.len() - words.len();
    start..start + words.trim_end().len()
}
