//! The [`Aggregator`]: corpus and per-speaker counts, and the statements kept for the report.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use crate::dates::DateRange;
use crate::{DocumentInfo, QuoteRecord, SpeakerRow};

/// Accumulates statements and documents in input order.
///
/// [`Aggregator::new`] keeps up to `max_examples` statements of every speaker as they come,
/// which suits a corpus that fits in memory. For a corpus of any size,
/// [`Aggregator::streaming`] only counts; once everything is counted, the statements are
/// read again (from `quotes.csv`) and [`Aggregator::add_example`] keeps those of the
/// speakers the report has a section for. Memory is then bounded by the number of speakers
/// and `sections × max_examples` statements.
///
/// The statements of one document are expected to arrive together, as the pipeline produces
/// them: a speaker's article count goes up each time the `doc` of their statements changes.
/// Documents and statements are counted independently, so the order of `add_document` and
/// `add` calls does not matter.
#[derive(Debug, Clone)]
pub struct Aggregator {
    pub(crate) max_examples: usize,
    /// Speakers with a section in the report, most statements first; `None` for all.
    pub(crate) sections: Option<usize>,
    /// Whether [`Aggregator::add`] keeps examples (else [`Aggregator::add_example`] does).
    examples_while_counting: bool,
    /// The speakers [`Aggregator::add_example`] keeps statements for, once chosen.
    chosen: Option<HashSet<String>>,
    pub(crate) corpus: Corpus,
    pub(crate) speakers: BTreeMap<String, Speaker>,
    /// Statements whose speaker is empty or blank.
    pub(crate) unattributed: Speaker,
}

/// Corpus-wide facts, from `add_document` except for `kinds`.
#[derive(Debug, Clone, Default)]
pub(crate) struct Corpus {
    pub(crate) documents: u64,
    pub(crate) bytes: u64,
    /// Articles per named outlet.
    pub(crate) outlets: BTreeMap<String, u64>,
    pub(crate) without_outlet: u64,
    pub(crate) published: DateRange,
    pub(crate) undated: u64,
    /// All statements, attributed or not.
    pub(crate) kinds: Kinds,
}

/// Statements by kind.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Kinds {
    pub(crate) direct: u64,
    pub(crate) partial: u64,
    pub(crate) indirect: u64,
    /// Any other `kind`: counted as a statement, in no column.
    pub(crate) other: u64,
}

impl Kinds {
    fn add(&mut self, kind: &str) {
        match kind {
            "direct" => self.direct += 1,
            "partial" => self.partial += 1,
            "indirect" => self.indirect += 1,
            _ => self.other += 1,
        }
    }

    pub(crate) fn total(&self) -> u64 {
        self.direct + self.partial + self.indirect + self.other
    }
}

/// One speaker's statistics, or those of the unattributed statements.
#[derive(Debug, Clone, Default)]
pub(crate) struct Speaker {
    pub(crate) kinds: Kinds,
    pub(crate) articles: u64,
    last_doc: Option<String>,
    pub(crate) outlets: BTreeSet<String>,
    pub(crate) when: DateRange,
    pub(crate) places: BTreeSet<String>,
    /// Places named inside the statements, with how many statements named each.
    pub(crate) talked_about: BTreeMap<String, u64>,
    /// The first `max_examples` statements, in input order.
    pub(crate) examples: Vec<QuoteRecord>,
}

impl Speaker {
    /// The places named most often inside the statements, at most `n`, most named first,
    /// ties by name.
    pub(crate) fn most_talked_about(&self, n: usize) -> Vec<&str> {
        let mut places: Vec<(&str, u64)> = self
            .talked_about
            .iter()
            .map(|(p, &count)| (p.as_str(), count))
            .collect();
        places.sort_by_key(|&(_, count)| std::cmp::Reverse(count));
        places.into_iter().take(n).map(|(p, _)| p).collect()
    }

    /// Statements counted but not kept as examples.
    pub(crate) fn more(&self) -> u64 {
        self.kinds
            .total()
            .saturating_sub(self.examples.len() as u64)
    }

    fn keep(&mut self, record: &QuoteRecord, max_examples: usize) {
        if self.examples.len() < max_examples {
            self.examples.push(record.clone());
        }
    }

    fn add(&mut self, record: &QuoteRecord) {
        self.kinds.add(&record.kind);
        if self.last_doc.as_deref() != Some(record.doc.as_str()) {
            self.articles += 1;
            self.last_doc = Some(record.doc.clone());
        }
        if !record.outlet.is_empty() && !self.outlets.contains(&record.outlet) {
            self.outlets.insert(record.outlet.clone());
        }
        self.when.add(&record.when);
        if !record.place.is_empty() && !self.places.contains(&record.place) {
            self.places.insert(record.place.clone());
        }
        for place in record
            .places_mentioned
            .split('|')
            .filter(|p| !p.trim().is_empty())
        {
            match self.talked_about.get_mut(place) {
                Some(n) => *n += 1,
                None => {
                    self.talked_about.insert(place.to_owned(), 1);
                }
            }
        }
    }
}

/// Corpus totals, for a one-line log message or a front end's own summary.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// Documents recorded with [`Aggregator::add_document`].
    pub documents: u64,
    /// Their total size in bytes.
    pub bytes: u64,
    /// Distinct named outlets.
    pub outlets: usize,
    /// All statements, attributed or not.
    pub statements: u64,
    /// Direct quotes.
    pub direct: u64,
    /// Partial quotes.
    pub partial: u64,
    /// Indirect speech.
    pub indirect: u64,
    /// Distinct named speakers.
    pub speakers: usize,
    /// Statements with no identifiable speaker.
    pub unattributed: u64,
}

impl Aggregator {
    /// A new aggregator keeping at most `max_examples` statements per speaker for the report.
    pub fn new(max_examples: usize) -> Aggregator {
        Aggregator {
            max_examples,
            sections: None,
            examples_while_counting: true,
            chosen: None,
            corpus: Corpus::default(),
            speakers: BTreeMap::new(),
            unattributed: Speaker::default(),
        }
    }

    /// An aggregator that only counts: the report gives the `sections` speakers with the
    /// most statements a section each, with at most `max_examples` statements passed to
    /// [`Aggregator::add_example`] after counting.
    pub fn streaming(max_examples: usize, sections: usize) -> Aggregator {
        Aggregator {
            sections: Some(sections),
            examples_while_counting: false,
            ..Aggregator::new(max_examples)
        }
    }

    /// Keeps `record` as an example for the report if its speaker has a section there and
    /// fewer than `max_examples` statements are kept for them. Call it, in input order, for
    /// the statements already counted with [`Aggregator::add`]; they are not counted again.
    pub fn add_example(&mut self, record: &QuoteRecord) {
        let max = self.max_examples;
        if record.speaker.trim().is_empty() {
            self.unattributed.keep(record, max);
            return;
        }
        if self.chosen.is_none() {
            let chosen = self
                .ranked()
                .into_iter()
                .take(self.sections.unwrap_or(usize::MAX))
                .map(|(name, _)| name.to_owned())
                .collect();
            self.chosen = Some(chosen);
        }
        if self
            .chosen
            .as_ref()
            .is_some_and(|c| c.contains(&record.speaker))
            && let Some(speaker) = self.speakers.get_mut(&record.speaker)
        {
            speaker.keep(record, max);
        }
    }

    /// Records one document.
    pub fn add_document(&mut self, doc: &DocumentInfo) {
        let corpus = &mut self.corpus;
        corpus.documents += 1;
        corpus.bytes = corpus.bytes.saturating_add(doc.bytes as u64);
        if doc.outlet.is_empty() {
            corpus.without_outlet += 1;
        } else if let Some(count) = corpus.outlets.get_mut(&doc.outlet) {
            *count += 1;
        } else {
            corpus.outlets.insert(doc.outlet.clone(), 1);
        }
        if crate::dates::is_iso(&doc.published) {
            corpus.published.add(&doc.published);
        } else {
            corpus.undated += 1;
        }
    }

    /// Records one statement. A statement with an empty (or blank) speaker is counted as
    /// unattributed.
    pub fn add(&mut self, record: &QuoteRecord) {
        self.corpus.kinds.add(&record.kind);
        let speaker = if record.speaker.trim().is_empty() {
            &mut self.unattributed
        } else if let Some(speaker) = self.speakers.get_mut(&record.speaker) {
            speaker
        } else {
            self.speakers.entry(record.speaker.clone()).or_default()
        };
        speaker.add(record);
        if self.examples_while_counting {
            speaker.keep(record, self.max_examples);
        }
    }

    /// Rows for `speakers.csv`, most statements first, ties by name.
    pub fn speakers(&self) -> Vec<SpeakerRow> {
        self.ranked()
            .into_iter()
            .map(|(name, s)| SpeakerRow {
                speaker: name.to_owned(),
                statements: s.kinds.total(),
                direct: s.kinds.direct,
                partial: s.kinds.partial,
                indirect: s.kinds.indirect,
                articles: s.articles,
                outlets: join(&s.outlets),
                first: s.when.first.clone().unwrap_or_default(),
                last: s.when.last.clone().unwrap_or_default(),
                places: join(&s.places),
                places_mentioned: s
                    .most_talked_about(usize::MAX)
                    .into_iter()
                    .collect::<Vec<_>>()
                    .join("|"),
            })
            .collect()
    }

    /// Corpus totals.
    pub fn summary(&self) -> Summary {
        let kinds = self.corpus.kinds;
        Summary {
            documents: self.corpus.documents,
            bytes: self.corpus.bytes,
            outlets: self.corpus.outlets.len(),
            statements: kinds.total(),
            direct: kinds.direct,
            partial: kinds.partial,
            indirect: kinds.indirect,
            speakers: self.speakers.len(),
            unattributed: self.unattributed.kinds.total(),
        }
    }

    /// Named speakers, most statements first, ties by name.
    pub(crate) fn ranked(&self) -> Vec<(&str, &Speaker)> {
        let mut ranked: Vec<_> = self
            .speakers
            .iter()
            .map(|(name, s)| (name.as_str(), s))
            .collect();
        // The map is sorted by name and the sort is stable, so ties keep name order.
        ranked.sort_by_key(|(_, s)| std::cmp::Reverse(s.kinds.total()));
        ranked
    }
}

fn join(set: &BTreeSet<String>) -> String {
    set.iter().map(String::as_str).collect::<Vec<_>>().join("|")
}
