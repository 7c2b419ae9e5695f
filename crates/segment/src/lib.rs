//! Segmenting: paragraphs, sentences and quotation spans of cleaned text.
//!
//! CONTRACT (to be implemented): the signatures below are fixed; bodies are filled in.

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

/// Something odd in the input, kept so the caller can report it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Where, in the segmented text.
    pub at: Range<usize>,
    /// What, in lower case.
    pub message: String,
}

/// Segments cleaned text.
pub fn segment(text: &str) -> Segmented {
    let _ = text;
    unimplemented!()
}
