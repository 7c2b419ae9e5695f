//! Aggregation and reports: `quotes.csv` rows, per-speaker statistics for `speakers.csv`, and
//! the Markdown report `report.md`.
//!
//! This is the last, pure stage of the pipeline: statements go in one at a time, in input
//! order, and text comes out. The writers take any [`std::io::Write`]; opening files is the
//! caller's business.
//!
//! ```
//! use whosaid_aggregate::{Aggregator, DocumentInfo, QuoteRecord, QuoteWriter};
//!
//! let doc = DocumentInfo {
//!     doc: "000.txt".into(),
//!     outlet: "The Independent".into(),
//!     published: "2025-05-20".into(),
//!     bytes: 2048,
//! };
//! let quote = QuoteRecord {
//!     doc: "000.txt".into(),
//!     kind: "direct".into(),
//!     speaker: "Vladimir Putin".into(),
//!     quote: "We are generally on the right track.".into(),
//!     cue: "said".into(),
//!     when: "2025-05-19".into(),
//!     ..QuoteRecord::default()
//! };
//!
//! let mut aggregator = Aggregator::new(20);
//! let mut quotes = QuoteWriter::new(Vec::new())?;
//! aggregator.add_document(&doc);
//! aggregator.add(&quote);
//! quotes.write(&quote)?;
//!
//! let csv = String::from_utf8(quotes.finish()?).unwrap();
//! assert!(csv.starts_with("doc,outlet,published,kind,speaker,"));
//! assert_eq!(aggregator.speakers()[0].speaker, "Vladimir Putin");
//! assert!(aggregator.markdown().starts_with("# Who said what\n"));
//! # Ok::<(), std::io::Error>(())
//! ```
//!
//! # Invariants
//!
//! - Deterministic: the same records in the same order give byte-identical output. Nothing is
//!   iterated in hash order.
//! - Bounded memory: per speaker, a fixed number of counters, the distinct outlets and places
//!   (small vocabularies), and at most `max_examples` statements.
//! - Every string cell written to a CSV file goes through [`neutralise`].

mod csv_files;
mod dates;
mod markdown;
mod report;
mod stats;

pub use csv_files::{
    QUOTE_COLUMNS, QuoteReader, QuoteWriter, SPEAKER_COLUMNS, neutralise, restore, write_speakers,
};
pub use report::ReportOptions;
pub use stats::{Aggregator, Summary};

/// One statement, as it appears in `quotes.csv`: the fields are the columns of `quotes.csv`,
/// in order (see [`QUOTE_COLUMNS`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
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
#[derive(Debug, Clone, Default, PartialEq, Eq)]
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
    /// Distinct documents. The statements of one document are expected to arrive together,
    /// as the pipeline produces them; each change of `doc` for this speaker counts one.
    pub articles: u64,
    /// Distinct outlets, `|`-separated, sorted.
    pub outlets: String,
    /// Earliest `when` (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), empty when no statement had one.
    /// Dates compare as text, so `2025-05` comes before `2025-05-01`.
    pub first: String,
    /// Latest `when`, compared the same way as `first`.
    pub last: String,
    /// Distinct places of utterance, `|`-separated, sorted.
    pub places: String,
    /// Places named inside the statements, `|`-separated, most named first.
    pub places_mentioned: String,
}
