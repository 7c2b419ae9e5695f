//! Aggregation and reports: `quotes.csv` rows, per-speaker statistics for `speakers.csv`, and
//! the Markdown report.
//!
//! The writers take any `std::io::Write`; opening files is the caller's business.
//!
//! CONTRACT (to be implemented): the signatures below are fixed; bodies are filled in.

use std::collections::BTreeMap;

/// One statement, as it appears in `quotes.csv`. The first fourteen fields are the columns
/// of `quotes.csv` in order; the rest follow them.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct QuoteRecord {
    /// Document id (file name or JSON Lines id).
    pub doc: String,
    /// Outlet, may be empty.
    pub outlet: String,
    /// Publication date `YYYY-MM-DD`, may be empty.
    pub published: String,
    /// `direct`, `partial` or `indirect`.
    pub kind: String,
    /// Canonical speaker name, never a pronoun.
    pub speaker: String,
    /// The words in the text that identified the speaker.
    pub speaker_mention: String,
    /// The quoted words (fragments joined with " … "), or the reported clause.
    pub quote: String,
    /// The cue ("said", "wrote", "according to").
    pub cue: String,
    /// Where the statement was made, canonical.
    pub place: String,
    /// The medium ("Truth Social", "X", "interview with The Economist").
    pub medium: String,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, may be empty when nothing is known.
    pub when: String,
    /// The time expression that fixed `when`, or `published`.
    pub when_source: String,
    /// Byte offset of the quote's start in the original document text.
    pub start: usize,
    /// Byte offset of the quote's end in the original document text.
    pub end: usize,
    /// For a quote reported inside another quote, the speaker who reported it.
    pub reported_by: String,
    /// Places named inside the statement, canonical, `|`-separated.
    pub places_mentioned: String,
}

/// Per-document facts the report summarises, whether or not the document had statements.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentInfo {
    /// Document id.
    pub doc: String,
    /// Outlet, may be empty.
    pub outlet: String,
    /// Publication date, may be empty.
    pub published: String,
    /// Size of the original text in bytes.
    pub bytes: usize,
}

/// One row of `speakers.csv`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SpeakerRow {
    /// Canonical name.
    pub speaker: String,
    /// All statements.
    pub statements: u64,
    /// Direct quotes.
    pub direct: u64,
    /// Partial quotes.
    pub partial: u64,
    /// Indirect speech.
    pub indirect: u64,
    /// Distinct documents.
    pub articles: u64,
    /// Distinct outlets, `|`-separated, sorted.
    pub outlets: String,
    /// Earliest `when`.
    pub first: String,
    /// Latest `when`.
    pub last: String,
    /// Distinct places of utterance, `|`-separated, sorted.
    pub places: String,
}

/// Accumulates statements and documents in input order. Memory is bounded by the number of
/// speakers and by `max_examples` statements kept per speaker for the Markdown report.
#[derive(Debug, Clone)]
pub struct Aggregator {
    // implementation-defined
    _private: BTreeMap<String, ()>,
}

impl Aggregator {
    /// A new aggregator keeping at most `max_examples` statements per speaker for the report.
    pub fn new(max_examples: usize) -> Aggregator {
        let _ = max_examples;
        unimplemented!()
    }
    /// Records one document.
    pub fn add_document(&mut self, doc: &DocumentInfo) {
        let _ = doc;
        unimplemented!()
    }
    /// Records one statement.
    pub fn add(&mut self, record: &QuoteRecord) {
        let _ = record;
        unimplemented!()
    }
    /// Rows for `speakers.csv`, most statements first, ties by name.
    pub fn speakers(&self) -> Vec<SpeakerRow> {
        unimplemented!()
    }
    /// The Markdown report.
    pub fn markdown(&self) -> String {
        unimplemented!()
    }
}

/// Writes `quotes.csv` rows as they come: RFC 4180, UTF-8, header first, cells that would
/// start a formula neutralised.
pub struct QuoteWriter<W: std::io::Write> {
    _w: W,
}

impl<W: std::io::Write> QuoteWriter<W> {
    /// Writes the header.
    pub fn new(writer: W) -> std::io::Result<Self> {
        let _ = writer;
        unimplemented!()
    }
    /// Writes one row.
    pub fn write(&mut self, record: &QuoteRecord) -> std::io::Result<()> {
        let _ = record;
        unimplemented!()
    }
    /// Flushes and returns the inner writer.
    pub fn finish(self) -> std::io::Result<W> {
        unimplemented!()
    }
}

/// Writes `speakers.csv`.
pub fn write_speakers<W: std::io::Write>(rows: &[SpeakerRow], writer: W) -> std::io::Result<()> {
    let _ = (rows, writer);
    unimplemented!()
}

/// Makes a cell safe to open in a spreadsheet (OWASP CSV injection): a cell starting with
/// `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'`.
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    let _ = cell;
    unimplemented!()
}
