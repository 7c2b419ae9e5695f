//! The whosaid pipeline as a library: input readers, the stages wired together, and the
//! report writers. `cargo xtask report`, the tests and the benches all call this code.
//!
//! ```text
//! input -> clean -> segment -> match entities -> time expressions -> attribute -> aggregate -> report
//! ```
//!
//! [`analyze`] runs the pure stages on one [`Document`]; [`run`] is the batch job: it reads an
//! [`Input`], analyses documents in parallel, and writes `quotes.csv`, `speakers.csv` and
//! `report.md` so that the same input gives byte-identical reports at any thread count.

mod input;
mod run;

pub use input::{Input, InputError, ManifestRow};
pub use run::{Progress, RunConfig, RunSummary, run, run_with_progress};
pub use whosaid_aggregate::QuoteRecord;
pub use whosaid_attribute as attribute;
pub use whosaid_entities::Date;

use whosaid_attribute::{Attributor, StatementKind};
use whosaid_clean::{CleanOptions, LineCounts};
use whosaid_entities::{Gazetteer, GazetteerError, Kind, Matcher, MatcherError};

/// One article to analyse.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// File name or JSON Lines id.
    pub id: String,
    /// Where it came from, for messages: a path, or `path:line` for JSON Lines.
    pub origin: String,
    /// Outlet, when known.
    pub outlet: Option<String>,
    /// Publication date, when known.
    pub published: Option<Date>,
    /// ISO 639-1 language code, when known.
    pub language: Option<String>,
    /// The original text.
    pub text: String,
}

/// Why the run's resources could not be built.
#[derive(Debug, thiserror::Error)]
pub enum ResourceError {
    /// A gazetteer file is missing or malformed (the message names the file and line).
    #[error(transparent)]
    Gazetteer(#[from] GazetteerError),
    /// The gazetteer is too large for the automaton.
    #[error(transparent)]
    Matcher(#[from] MatcherError),
}

/// Everything built once per run and shared by reference across threads: the gazetteer,
/// its compiled automaton and the attribution lexicons.
pub struct Resources {
    /// People, organisations, places and media.
    pub gazetteer: Gazetteer,
    /// The automaton over every name in `gazetteer`.
    pub matcher: Matcher,
    /// The attribution stage with its lexicons.
    pub attributor: Attributor,
}

impl Resources {
    /// The embedded default gazetteer and lexicons.
    pub fn embedded() -> Resources {
        Resources::with_gazetteer(Gazetteer::embedded())
            .expect("the embedded gazetteer compiles (checked by the entities tests)")
    }

    /// The embedded defaults plus the gazetteer CSV files given (same columns as
    /// `../shared/gazetteers`). A malformed file is an error naming the file and line.
    /// A gazetteer too large for the automaton is an error too.
    pub fn with_gazetteer_files(paths: &[std::path::PathBuf]) -> Result<Resources, ResourceError> {
        let mut gazetteer = Gazetteer::embedded();
        for path in paths {
            let name = path.display().to_string();
            let file = std::fs::File::open(path).map_err(|error| GazetteerError::Io {
                source_name: name.clone(),
                error,
            })?;
            gazetteer.merge(Gazetteer::from_csv(std::io::BufReader::new(file), &name)?);
        }
        Resources::with_gazetteer(gazetteer)
    }

    fn with_gazetteer(gazetteer: Gazetteer) -> Result<Resources, ResourceError> {
        let matcher = Matcher::try_new(&gazetteer)?;
        let attributor = Attributor::new(&gazetteer);
        Ok(Resources {
            gazetteer,
            matcher,
            attributor,
        })
    }

    /// Whether `word` names a place in the gazetteer.
    pub fn is_place(&self, word: &str) -> bool {
        self.gazetteer
            .lookup(word)
            .is_some_and(|id| self.gazetteer.get(id).kind == Kind::Place)
    }
}

/// Analyses one document: its statements, in text order, with byte offsets into `doc.text`.
pub fn analyze(doc: &Document, resources: &Resources) -> Vec<QuoteRecord> {
    analyze_with(doc, resources, None)
}

/// Like [`analyze`], with line repetition counts from the whole corpus so that page
/// furniture repeated across articles is recognised.
pub fn analyze_with(
    doc: &Document,
    resources: &Resources,
    corpus: Option<&LineCounts>,
) -> Vec<QuoteRecord> {
    let prepared = Prepared::new(doc, resources, corpus);
    let context = prepared.context(doc, resources);
    let (cleaned, text) = (&prepared.cleaned, prepared.cleaned.text.as_str());
    let statements = resources.attributor.attribute(&context);
    let published = doc.published.map(|d| d.to_string()).unwrap_or_default();
    statements
        .into_iter()
        .map(|s| {
            let span = s.span();
            let original = cleaned.map.range_to_original(span);
            let (when, when_source) = match (&s.when, &s.when_source) {
                (Some(w), Some(src)) => (w.iso(), flatten(&text[src.clone()])),
                (Some(w), None) => (w.iso(), "published".to_owned()),
                (None, _) => (
                    published.clone(),
                    if published.is_empty() {
                        String::new()
                    } else {
                        "published".to_owned()
                    },
                ),
            };
            QuoteRecord {
                doc: doc.id.clone(),
                outlet: doc.outlet.clone().unwrap_or_default(),
                published: published.clone(),
                kind: match s.kind {
                    StatementKind::Direct => "direct",
                    StatementKind::Partial => "partial",
                    StatementKind::Indirect => "indirect",
                }
                .to_owned(),
                speaker: s
                    .speaker
                    .as_ref()
                    .map(|sp| sp.name.clone())
                    .unwrap_or_default(),
                speaker_mention: s
                    .speaker
                    .as_ref()
                    .map(|sp| flatten(&text[sp.mention.clone()]))
                    .unwrap_or_default(),
                quote: s
                    .fragments
                    .iter()
                    .map(|f| flatten(&text[f.clone()]))
                    .collect::<Vec<_>>()
                    .join(" … "),
                cue: s
                    .cue
                    .as_ref()
                    .map(|c| flatten(&text[c.clone()]))
                    .unwrap_or_default(),
                place: s.place.clone().unwrap_or_default(),
                medium: s.medium.clone().unwrap_or_default(),
                when,
                when_source,
                start: original.start,
                end: original.end,
                reported_by: s.reported_by.clone().unwrap_or_default(),
                places_mentioned: s.places_mentioned.join("|"),
            }
        })
        .collect()
}

/// Every paragraph of a document as the attribution tagger sees it: its tokens' byte ranges
/// in `doc.text` and their features. `cargo xtask train` labels them from gold annotations.
pub fn tagger_paragraphs(
    doc: &Document,
    resources: &Resources,
) -> Vec<whosaid_attribute::TaggerParagraph> {
    let prepared = Prepared::new(doc, resources, None);
    let context = prepared.context(doc, resources);
    let mut paragraphs = resources.attributor.tagger_paragraphs(&context);
    for (ranges, _) in &mut paragraphs {
        for r in ranges.iter_mut() {
            *r = prepared.cleaned.map.range_to_original(r.clone());
        }
    }
    paragraphs
}

/// Every subject–verb clause of a document the clause classifier would judge, with byte
/// ranges in `doc.text`. `cargo xtask train` labels them from gold annotations.
pub fn clause_candidates(
    doc: &Document,
    resources: &Resources,
) -> Vec<whosaid_attribute::ClauseCandidate> {
    let prepared = Prepared::new(doc, resources, None);
    let context = prepared.context(doc, resources);
    let mut candidates = resources.attributor.clause_candidates(&context);
    for c in &mut candidates {
        c.source = prepared.cleaned.map.range_to_original(c.source.clone());
        c.cue = prepared.cleaned.map.range_to_original(c.cue.clone());
    }
    candidates
}

/// A document through the stages before attribution.
struct Prepared {
    cleaned: whosaid_clean::Cleaned,
    segmented: whosaid_segment::Segmented,
    mentions: Vec<whosaid_entities::Mention>,
    timexes: Vec<whosaid_timex::Timex>,
}

impl Prepared {
    fn new(doc: &Document, resources: &Resources, corpus: Option<&LineCounts>) -> Prepared {
        let is_place = |w: &str| resources.is_place(w);
        let options = CleanOptions {
            language: doc.language.as_deref().or(Some("en")),
            corpus,
            is_place: &is_place,
        };
        let cleaned = whosaid_clean::clean(&doc.text, &options);
        let text = cleaned.text.as_str();
        let segmented = whosaid_segment::segment(text);
        let mentions = resources.matcher.find(text);
        let timexes = whosaid_timex::find(text, doc.published);
        Prepared {
            cleaned,
            segmented,
            mentions,
            timexes,
        }
    }

    fn context<'a>(
        &'a self,
        doc: &Document,
        resources: &'a Resources,
    ) -> whosaid_attribute::Context<'a> {
        whosaid_attribute::Context {
            text: &self.cleaned.text,
            segmented: &self.segmented,
            mentions: &self.mentions,
            timexes: &self.timexes,
            gazetteer: &resources.gazetteer,
            published: doc.published,
        }
    }
}

/// Collapses runs of white space (a quote running across paragraphs) into single spaces.
fn flatten(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
