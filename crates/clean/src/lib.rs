//! Cleaning: turns a raw news page into article text.
//!
//! The cleaner drops what is not article text (paywall and subscription notices, prompts,
//! photo captions and credits, reading-time badges, page furniture), normalises Unicode
//! (NFC, no-break spaces, quote and dash variants) and splits glued datelines
//! ("WashingtonUS President" becomes "Washington — US President"). Every byte of the cleaned
//! text maps back to the original input through [`OffsetMap`].
//!
//! Cleaning works line by line: a paragraph is one non-empty line. Each line is trimmed and
//! normalised on its own (recording every change), judged by the rules in `classify`, and the
//! kept lines are joined with `\n`.
//!
//! ```
//! use whosaid_clean::{clean, CleanOptions, DropReason};
//! let raw = "WashingtonUS President Joe Smith said on Monday it was \u{ab}over\u{bb}.\r\n3 min\r\n";
//! let is_place = |w: &str| w == "Washington";
//! let options = CleanOptions { language: Some("en"), corpus: None, is_place: &is_place };
//! let cleaned = clean(raw, &options);
//! assert_eq!(cleaned.text, "Washington — US President Joe Smith said on Monday it was “over”.");
//! assert_eq!(cleaned.dropped[0].reason, DropReason::ReadingTime);
//! let over = cleaned.text.find("“over”").unwrap();
//! let original = cleaned.map.range_to_original(over..over + "“over”".len());
//! assert_eq!(&raw[original], "\u{ab}over\u{bb}");
//! ```
//!
//! Architecture invariant: offsets in [`Dropped`] and from [`OffsetMap`] point into the original
//! input; the cleaner never panics and runs in time linear in the input.

mod classify;
mod counts;
mod lang;
mod normalize;
mod offsets;

use std::ops::Range;

pub use counts::LineCounts;
pub use offsets::OffsetMap;

use classify::{Line, Tokens, classify};
use lang::{Target, sample};
use normalize::{is_blank, normalize_line};
use offsets::Builder;

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

/// Cleans one document.
pub fn clean(original: &str, options: &CleanOptions<'_>) -> Cleaned {
    let target = options.language.and_then(Target::from_code);
    let paragraphs: Vec<Paragraph> = lines(original)
        .filter_map(|range| Paragraph::new(original, range, options.is_place))
        .collect();
    let tokens: Vec<Tokens> = paragraphs
        .iter()
        .map(|p| Tokens::of(sample(&p.normalized.text)))
        .collect();
    let lines: Vec<Line<'_>> = paragraphs
        .iter()
        .zip(&tokens)
        .map(|(p, t)| Line::new(&p.normalized.text, &original[p.original.clone()], t))
        .collect();
    let verdicts = classify(&lines, target, options.corpus);

    let mut out = Builder::default();
    let mut dropped = Vec::new();
    let mut previous_end: Option<usize> = None;
    for (paragraph, verdict) in paragraphs.iter().zip(verdicts) {
        if let Some(reason) = verdict {
            dropped.push(Dropped {
                original: paragraph.original.clone(),
                reason,
            });
            continue;
        }
        let span = paragraph
            .normalized
            .original_span()
            .unwrap_or_else(|| paragraph.original.clone());
        if let Some(end) = previous_end {
            out.replace(end..span.start, "\n");
        }
        out.append(&paragraph.normalized);
        previous_end = Some(span.end);
    }
    let (text, map) = out.finish();
    Cleaned { text, map, dropped }
}

/// One non-blank line: its trimmed original range and its normalised text.
struct Paragraph {
    original: Range<usize>,
    normalized: Builder,
}

impl Paragraph {
    fn new(original: &str, line: Range<usize>, is_place: &dyn Fn(&str) -> bool) -> Option<Self> {
        let text = original.get(line.clone())?;
        let trimmed = text.trim_start_matches(is_blank);
        let start = line.start + (text.len() - trimmed.len());
        let trimmed = trimmed.trim_end_matches(is_blank);
        if trimmed.is_empty() {
            return None;
        }
        let range = start..start + trimmed.len();
        let split = glued_dateline(trimmed, is_place).map(|at| start + at);
        let normalized = normalize_line(original, range.clone(), split);
        (!normalized.text.trim().is_empty()).then_some(Paragraph {
            original: range,
            normalized,
        })
    }
}

/// The byte ranges of the lines of `text`, without their `\n`.
fn lines(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = 0;
    memchr::memchr_iter(b'\n', text.as_bytes())
        .chain(std::iter::once(text.len()))
        .map(move |end| {
            let line = start..end;
            start = end + 1;
            line
        })
}

/// Where to split a dateline glued to the first sentence ("WashingtonUS President …"): after a
/// leading capitalised word of at least three letters that is a known place and is directly
/// followed by an uppercase letter.
fn glued_dateline(line: &str, is_place: &dyn Fn(&str) -> bool) -> Option<usize> {
    let bytes = line.as_bytes();
    if !bytes.first()?.is_ascii_uppercase() {
        return None;
    }
    let lower = bytes[1..]
        .iter()
        .take_while(|b| b.is_ascii_lowercase())
        .count();
    let at = 1 + lower;
    let glued = lower >= 2 && bytes.get(at).is_some_and(u8::is_ascii_uppercase);
    (glued && is_place(&line[..at])).then_some(at)
}
