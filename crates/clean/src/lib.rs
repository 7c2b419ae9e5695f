//! Cleaning: turns a raw news page into article text.
//!
//! The cleaner drops what is not article text (paywall and subscription notices, prompts,
//! photo captions and credits, reading-time badges, page furniture), normalises Unicode
//! (NFC, no-break spaces, quote and dash variants) and splits glued datelines
//! ("WashingtonUS President" becomes "Washington — US President"). Every byte of the cleaned
//! text maps back to the original input through [`OffsetMap`].
//!
//! CONTRACT (to be implemented): the signatures below are fixed; bodies are filled in.

use std::ops::Range;

/// How to clean one document.
pub struct CleanOptions<'a> {
    /// The article's language as an ISO 639-1 code ("en"), when known. Lines confidently in
    /// another language are dropped.
    pub language: Option<&'a str>,
    /// Line repetition counts across the corpus, when the caller collected them.
    pub corpus: Option<&'a LineCounts>,
    /// Tells whether a word is a known place name; used to split glued datelines.
    pub is_place: &'a dyn Fn(&str) -> bool,
}

/// The cleaned text of one document with its map back to the original.
#[derive(Debug, Clone)]
pub struct Cleaned {
    /// Kept paragraphs, one per line, separated by a single `\n`.
    pub text: String,
    /// Maps byte offsets in `text` to byte offsets in the original input.
    pub map: OffsetMap,
    /// What was dropped and why, in original offsets.
    pub dropped: Vec<Dropped>,
}

/// A dropped stretch of the original input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dropped {
    /// Byte range in the original input.
    pub original: Range<usize>,
    /// Why it was dropped.
    pub reason: DropReason,
}

/// Why a line was not article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DropReason {
    /// Text in another language than the article (e.g. a Spanish paywall in an English page).
    ForeignLanguage,
    /// Subscription, paywall, login, notification, newsletter or comment prompt.
    Prompt,
    /// Photo caption or credit.
    Caption,
    /// Reading-time badge such as "3 min".
    ReadingTime,
    /// Byline ("By Josh Boak") or other short non-sentence furniture ("stats", "Archived In", "_").
    Furniture,
    /// A line repeated within the page or across many pages of the corpus.
    Repeated,
}

/// Maps offsets in cleaned text back to offsets in the original input.
#[derive(Debug, Clone, Default)]
pub struct OffsetMap {
    // implementation-defined
}

impl OffsetMap {
    /// The original offset of cleaned offset `pos` (as a start position).
    pub fn to_original(&self, pos: usize) -> usize {
        let _ = pos;
        unimplemented!()
    }

    /// The original byte range of a cleaned byte range. The result starts at the original
    /// position of `range.start` and ends just after the original text of the last cleaned byte.
    pub fn range_to_original(&self, range: Range<usize>) -> Range<usize> {
        let _ = range;
        unimplemented!()
    }
}

/// How often each line occurs across documents, for repetition-based boilerplate detection.
#[derive(Debug, Clone, Default)]
pub struct LineCounts {
    // implementation-defined: hashes of normalised lines -> number of documents
}

impl LineCounts {
    /// Counts the distinct lines of one raw document.
    pub fn observe(&mut self, raw: &str) {
        let _ = raw;
        unimplemented!()
    }
    /// Number of documents containing `line` (after the same normalisation `observe` uses).
    pub fn documents_with(&self, line: &str) -> u32 {
        let _ = line;
        unimplemented!()
    }
}

/// Cleans one document.
pub fn clean(original: &str, options: &CleanOptions<'_>) -> Cleaned {
    let _ = (original, options);
    unimplemented!()
}
