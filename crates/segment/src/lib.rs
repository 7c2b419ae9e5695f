//! Segmenting: paragraphs, sentences and quotation spans of cleaned text.
//!
//! The input is text as the cleaner leaves it: paragraphs are the non-empty lines, quote
//! marks are reduced to `“ ” „ "` (double) and `‘ ’ ‚ '` (single). [`segment`] makes one
//! pass per concern and returns byte ranges into the text it was given; it never panics and
//! runs in linear time.
//!
//! - Paragraphs: each line that is not blank, trimmed of white space.
//! - Sentences: split inside a paragraph at `.`, `!`, `?`, `…` or `...` followed by white
//!   space and a word that does not start in lower case. A period after a known
//!   abbreviation, a dotted acronym (`U.S.`, `a.m.`) or a single capital initial (`G.`) is
//!   a boundary only when the next word is a common sentence starter (`The`, `He`, `But`,
//!   ...); titles (`Mr.`, `Dr.`, `Sen.`, `No.`, `vs.`, `e.g.`) never end a sentence. See
//!   the lists in `sentences.rs`.
//! - Quotes: each quote mark gets a role from its neighbours first and its code point
//!   second, with a stack of open quotes per paragraph. See `quotes.rs` for the rules.
//! - Transcript turns: paragraphs opened by a speaker's label in capitals ("PENCE: Well,
//!   look, …"), when a document has at least two of them for two speakers. See `turns.rs`.
//!
//! ```
//! let s = whosaid_segment::segment("“We agreed,” Mr. Trump said. He left.\n");
//! assert_eq!(s.sentences.len(), 2);
//! assert_eq!(&"“We agreed,” Mr. Trump said. He left."[s.quotes[0].inner.clone()], "We agreed,");
//! ```

mod paragraphs;
mod quotes;
mod sentences;
mod turns;

use std::ops::Range;

/// The segmentation of one cleaned document. All ranges are byte ranges into the text given
/// to [`segment`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Segmented {
    /// Paragraphs: the non-empty lines, without their newline, in order.
    pub paragraphs: Vec<Range<usize>>,
    /// Sentences, in order; a sentence never crosses a paragraph boundary.
    pub sentences: Vec<Sentence>,
    /// Quotation spans ordered by start; nested quotes come after their parent.
    pub quotes: Vec<Quote>,
    /// Transcript turns, in order.
    pub turns: Vec<Turn>,
    /// Odd things met on the way (an unclosed quote, a stray closing mark).
    pub diagnostics: Vec<Diagnostic>,
}

/// One sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte range, trimmed of surrounding white space.
    pub range: Range<usize>,
    /// Index into [`Segmented::paragraphs`].
    pub paragraph: usize,
}

/// One quotation span within a single paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// The span including its quote marks (the closing mark absent when unclosed).
    pub outer: Range<usize>,
    /// The words inside the marks.
    pub inner: Range<usize>,
    /// 0 for a top-level quote, 1 for a quote inside it, and so on.
    pub depth: u8,
    /// Index of the enclosing quote in [`Segmented::quotes`], for nested quotes.
    pub parent: Option<usize>,
    /// Index into [`Segmented::paragraphs`].
    pub paragraph: usize,
    /// False when no closing mark was found before the paragraph ended.
    pub closed: bool,
    /// For a quote that continues one left open at the end of the previous paragraph (the
    /// next paragraph opens with a quote mark), the index of that earlier quote.
    pub continues: Option<usize>,
}

/// One turn of a transcript: "WALLACE: Do you really see those two as equivalent?"
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Turn {
    /// The speaker's label, without its colon ("WALLACE", "JAKE TAPPER", "Q").
    pub label: Range<usize>,
    /// The words spoken: the rest of the labelled paragraph, then any paragraphs up to the
    /// next turn, each without an opening or closing quote mark of its own paragraph.
    pub speech: Vec<Range<usize>>,
    /// Index into [`Segmented::paragraphs`] of the labelled paragraph.
    pub paragraph: usize,
}

/// Something odd in the input, kept so the caller can report it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Where, in the segmented text.
    pub at: Range<usize>,
    /// What, in lower case.
    pub message: String,
}

/// Segments cleaned text.
///
/// Every range in the result points into `text`; ranges always fall on `char` boundaries.
pub fn segment(text: &str) -> Segmented {
    let paragraphs = paragraphs::split(text);
    let mut sentences = Vec::new();
    for (index, range) in paragraphs.iter().enumerate() {
        sentences::split(text, range.clone(), index, &mut sentences);
    }
    let (quotes, diagnostics) = quotes::scan(text, &paragraphs);
    let turns = turns::scan(text, &paragraphs);
    Segmented {
        paragraphs,
        sentences,
        quotes,
        turns,
        diagnostics,
    }
}
