//! `quotes.csv` and `speakers.csv`: RFC 4180 with `\n` line ends, UTF-8 without a byte order
//! mark, a header row first, fields quoted only when they need it.

use std::borrow::Cow;
use std::io::{self, Write};

use crate::{QuoteRecord, SpeakerRow};

/// The header of `quotes.csv`, one name per field of [`QuoteRecord`], in order.
pub const QUOTE_COLUMNS: [&str; 16] = [
    "doc",
    "outlet",
    "published",
    "kind",
    "speaker",
    "speaker_mention",
    "quote",
    "cue",
    "place",
    "medium",
    "when",
    "when_source",
    "start",
    "end",
    "reported_by",
    "places_mentioned",
];

/// The header of `speakers.csv`, one name per field of [`SpeakerRow`], in order.
pub const SPEAKER_COLUMNS: [&str; 11] = [
    "speaker",
    "statements",
    "direct",
    "partial",
    "indirect",
    "articles",
    "outlets",
    "first",
    "last",
    "places",
    "places_mentioned",
];

/// Writes `quotes.csv` rows as they come: RFC 4180, UTF-8, header first, cells that would
/// start a formula neutralised.
///
/// Records end with `\n` (not the CRLF of RFC 4180): every spreadsheet and CSV library reads
/// both, and committed reports diff cleanly. Fields holding a comma, a quote or a line break
/// are quoted, with quotes doubled, so quotes spanning paragraphs survive a round trip.
pub struct QuoteWriter<W: Write> {
    csv: csv::Writer<W>,
}

impl<W: Write> QuoteWriter<W> {
    /// Writes the header.
    pub fn new(writer: W) -> io::Result<Self> {
        let mut csv = csv_writer(writer);
        csv.write_record(QUOTE_COLUMNS)?;
        Ok(QuoteWriter { csv })
    }

    /// Writes one row.
    pub fn write(&mut self, record: &QuoteRecord) -> io::Result<()> {
        let r = record;
        let cells = [
            neutralise(&r.doc),
            neutralise(&r.outlet),
            neutralise(&r.published),
            neutralise(&r.kind),
            neutralise(&r.speaker),
            neutralise(&r.speaker_mention),
            neutralise(&r.quote),
            neutralise(&r.cue),
            neutralise(&r.place),
            neutralise(&r.medium),
            neutralise(&r.when),
            neutralise(&r.when_source),
            Cow::Owned(r.start.to_string()),
            Cow::Owned(r.end.to_string()),
            neutralise(&r.reported_by),
            neutralise(&r.places_mentioned),
        ];
        self.csv
            .write_record(cells.iter().map(|cell| cell.as_bytes()))?;
        Ok(())
    }

    /// Flushes and returns the inner writer.
    pub fn finish(self) -> io::Result<W> {
        self.csv.into_inner().map_err(|err| err.into_error())
    }
}

/// Writes `speakers.csv`: the header, then `rows` in the order given (normally
/// [`Aggregator::speakers`](crate::Aggregator::speakers)), in the same dialect as
/// [`QuoteWriter`].
pub fn write_speakers<W: Write>(rows: &[SpeakerRow], writer: W) -> io::Result<()> {
    let mut csv = csv_writer(writer);
    csv.write_record(SPEAKER_COLUMNS)?;
    for r in rows {
        let cells = [
            neutralise(&r.speaker),
            Cow::Owned(r.statements.to_string()),
            Cow::Owned(r.direct.to_string()),
            Cow::Owned(r.partial.to_string()),
            Cow::Owned(r.indirect.to_string()),
            Cow::Owned(r.articles.to_string()),
            neutralise(&r.outlets),
            neutralise(&r.first),
            neutralise(&r.last),
            neutralise(&r.places),
            neutralise(&r.places_mentioned),
        ];
        csv.write_record(cells.iter().map(|cell| cell.as_bytes()))?;
    }
    csv.flush()
}

fn csv_writer<W: Write>(writer: W) -> csv::Writer<W> {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .quote_style(csv::QuoteStyle::Necessary)
        .from_writer(writer)
}

/// Makes a cell safe to open in a spreadsheet (OWASP CSV injection): a cell starting with
/// `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'`.
///
/// Leading whitespace other than tab and carriage return (spaces, line feeds, no-break
/// spaces) is looked through: `" =1+1"` becomes `"' =1+1"` too, because spreadsheets that
/// trim cells on import would otherwise see a formula. The check is on characters only;
/// full-width look-alikes such as `＝` are left alone, as spreadsheets do not evaluate them.
///
/// ```
/// use whosaid_aggregate::neutralise;
///
/// assert_eq!(neutralise("=HYPERLINK(\"http://x\")"), "'=HYPERLINK(\"http://x\")");
/// assert_eq!(neutralise("  -5 degrees"), "'  -5 degrees");
/// assert_eq!(neutralise("We are on the right track"), "We are on the right track");
/// ```
///
/// A cell that would read as a neutralised one (`'=1`) is neutralised too (`''=1`), so
/// [`restore`] gives back exactly the original text.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    if needs_neutralising(cell) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// The cell [`neutralise`] was given: `restore(&neutralise(x)) == x` for every `x`.
///
/// ```
/// use whosaid_aggregate::{neutralise, restore};
///
/// for cell in ["=1+1", "'=1+1", "it's", " -5", "plain"] {
///     assert_eq!(restore(&neutralise(cell)), cell);
/// }
/// ```
pub fn restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if needs_neutralising(rest) => rest,
        _ => cell,
    }
}

fn needs_neutralising(cell: &str) -> bool {
    let lead = cell.trim_start_matches(|c: char| c.is_whitespace() && c != '\t' && c != '\r');
    lead.starts_with(['=', '+', '-', '@', '\t', '\r'])
        || lead.strip_prefix('\'').is_some_and(needs_neutralising)
}

/// Reads `quotes.csv` back, as [`QuoteWriter`] wrote it: the cells [`restore`]d, so each
/// record equals the one written.
pub struct QuoteReader<R: io::Read> {
    csv: csv::Reader<R>,
    row: csv::StringRecord,
}

impl<R: io::Read> QuoteReader<R> {
    /// Reads and checks the header.
    pub fn new(reader: R) -> io::Result<Self> {
        let mut csv = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(reader);
        let mut row = csv::StringRecord::new();
        if !csv.read_record(&mut row)? || row.iter().ne(QUOTE_COLUMNS) {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "not a quotes.csv header",
            ));
        }
        Ok(QuoteReader { csv, row })
    }
}

impl<R: io::Read> Iterator for QuoteReader<R> {
    type Item = io::Result<QuoteRecord>;

    fn next(&mut self) -> Option<Self::Item> {
        match self.csv.read_record(&mut self.row) {
            Ok(true) => Some(parse_quote(&self.row)),
            Ok(false) => None,
            Err(e) => Some(Err(e.into())),
        }
    }
}

fn parse_quote(row: &csv::StringRecord) -> io::Result<QuoteRecord> {
    let bad = |what: &str| {
        io::Error::new(
            io::ErrorKind::InvalidData,
            format!(
                "quotes.csv line {}: {what}",
                row.position().map_or(0, |p| p.line())
            ),
        )
    };
    if row.len() != QUOTE_COLUMNS.len() {
        return Err(bad("wrong number of fields"));
    }
    let text = |i: usize| restore(&row[i]).to_owned();
    let number = |i: usize| {
        row[i]
            .parse::<usize>()
            .map_err(|_| bad("offset is not a number"))
    };
    Ok(QuoteRecord {
        doc: text(0),
        outlet: text(1),
        published: text(2),
        kind: text(3),
        speaker: text(4),
        speaker_mention: text(5),
        quote: text(6),
        cue: text(7),
        place: text(8),
        medium: text(9),
        when: text(10),
        when_source: text(11),
        start: number(12)?,
        end: number(13)?,
        reported_by: text(14),
        places_mentioned: text(15),
    })
}
